/*
 * The self-check page (docs/tools/self-check.md): paste or open a draft,
 * check it with SelfCheck.checkText and list the findings. Everything runs
 * in the browser: nothing is sent anywhere and nothing is stored.
 *
 * Stable DOM ids (the browser tests rely on them):
 *   #self-check          the tool; data-scripts lists the scripts the page loads
 *   #self-check-input    textarea with the draft
 *   #self-check-file     file input (.txt, .md, .docx)
 *   #self-check-run      button “检查”
 *   #self-check-clear    button “清空”
 *   #self-check-status   one-line status and notices (role=status)
 *   #self-check-summary  counts of errors, warnings and hints
 *   #self-check-results  <ol> of findings: each <li class="zz-self-check__item">
 *                        has data-line, data-column, data-length (code points,
 *                        1-based), data-rule and data-severity, and says its
 *                        place as 第N段 with the text around it; clicking it
 *                        selects that place in the textarea and scrolls it
 *                        into view, inside the textarea and on the page
 *   #self-check-back     button under the textarea, shown after a finding is
 *                        clicked: back to that finding in the list
 *   #self-check-show-rules  checkbox (for maintainers; ?rules=1 ticks it):
 *                        shows the rule IDs, hidden from readers
 *   #self-check-rules    <tbody> filled with every rule of the ruleset
 * Text from the draft is only ever written with textContent.
 */
(function () {
  "use strict";

  var MAX_SHOWN = 500;
  var SEVERITY_NAMES = { error: "错误", warning: "警告", hint: "建议" };
  var EDITED = "（检查后文本框里的内容改过了，改完请再点“检查”。）";

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function setStatus(text, kind) {
    var status = byId("self-check-status");
    status.textContent = text;
    status.className = "zz-self-check__status" + (kind ? " zz-self-check__status--" + kind : "");
  }

  // The text the listed findings were found in; when the reader edits the
  // box afterwards, a click looks for the excerpt near its old place.
  var checked = null;
  var shownItem = null;  // the finding last shown in the box

  // Where the box draws offsets start..end, in px from the top of its
  // content (padding included, scrolling ignored). A textarea cannot tell:
  // a hidden copy with the same content width, font and wrapping holds the
  // text up to the selection, and the selection's first line is measured.
  function selectionTop(input, start, end) {
    var style = window.getComputedStyle(input);
    var copy = element("div", "zz-self-check__measure");
    ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing", "wordSpacing",
     "textIndent", "tabSize", "wordBreak", "overflowWrap", "paddingTop", "paddingLeft", "paddingRight"]
      .forEach(function (name) { copy.style[name] = style[name]; });
    // clientWidth: the box's width inside its borders and scroll bar.
    copy.style.boxSizing = "content-box";
    copy.style.width = Math.max(0, input.clientWidth - parseFloat(style.paddingLeft) -
                                parseFloat(style.paddingRight)) + "px";
    copy.appendChild(document.createTextNode(input.value.slice(0, start)));
    var mark = copy.appendChild(element("span", "", input.value.slice(start, end) || "\u200B"));
    input.parentNode.appendChild(copy);
    var first = mark.getClientRects()[0] || mark.getBoundingClientRect();
    var top = first.top - copy.getBoundingClientRect().top;
    copy.parentNode.removeChild(copy);
    return top;
  }

  function scrollPageBy(delta) {
    if (Math.abs(delta) < 1) {
      return;
    }
    var y = (window.pageYOffset || document.documentElement.scrollTop) + delta;
    try {
      window.scrollTo({ top: y, behavior: "instant" });  // not smooth: the box must be there now
    } catch (err) {
      window.scrollTo(0, y);
    }
  }

  // Scrolls the page so that the line `offset` px below the box's top shows
  // in the visible part of the window: below Material's sticky header and,
  // on a phone with the keyboard open, above the keyboard.
  function showOnPage(input, offset, lineHeight) {
    var view = window.visualViewport;
    var viewTop = view ? view.offsetTop : 0;
    var viewBottom = viewTop + (view ? view.height : window.innerHeight);
    var header = document.querySelector(".md-header");
    var ceiling = Math.max(viewTop, header ? header.getBoundingClientRect().bottom : 0);
    var box = input.getBoundingClientRect();
    var gap = lineHeight / 2;
    // With its label above it when there is room: the reader sees which box this is.
    var label = document.querySelector("label[for='" + input.id + "']");
    var labelTop = label ? label.getBoundingClientRect().top : box.top;
    var top = box.bottom - labelTop + 2 * gap <= viewBottom - ceiling ? labelTop : box.top;
    if (box.bottom - top + 2 * gap <= viewBottom - ceiling) {
      // The whole box fits: show all of it, moving the page as little as possible.
      if (top < ceiling + gap) {
        scrollPageBy(top - ceiling - gap);
      } else if (box.bottom > viewBottom - gap) {
        scrollPageBy(box.bottom - viewBottom + gap);
      }
    } else {
      // Only part of the box fits: the selected line a third of the way down.
      scrollPageBy(box.top + offset - (ceiling + (viewBottom - ceiling) / 3));
    }
  }

  function reveal(input, start, end) {
    var lineHeight = parseFloat(window.getComputedStyle(input).lineHeight) || 24;
    var top = selectionTop(input, start, end);
    // Inside the box: the selected line a third of the way down.
    input.scrollTop = Math.max(0, top - input.clientHeight / 3);
    showOnPage(input, top - input.scrollTop, lineHeight);
  }

  // On a phone, focusing the box opens the keyboard, which shrinks the
  // visible part of the window a moment later: show the selection again.
  function revealAfterKeyboard(input, start, end) {
    var view = window.visualViewport;
    if (!view) {
      return;
    }
    var until = Date.now() + 1500;
    function resized() {
      if (Date.now() > until || input.selectionStart !== start || input.selectionEnd !== end) {
        view.removeEventListener("resize", resized);
        return;
      }
      reveal(input, start, end);
    }
    view.addEventListener("resize", resized);
    window.setTimeout(function () { view.removeEventListener("resize", resized); }, 1500);
  }

  // The finding's offsets in the box; after an edit, the excerpt nearest its
  // old place, or null when it is gone.
  function placeOf(item, text) {
    var place = window.SelfCheckPlaces.locate(checked, {
      line: item.getAttribute("data-line"), column: item.getAttribute("data-column"),
      length: item.getAttribute("data-length") });
    if (text === checked) {
      return place;
    }
    var excerpt = checked.slice(place.start, place.end);
    var before = excerpt ? text.lastIndexOf(excerpt, place.start) : -1;
    var after = excerpt ? text.indexOf(excerpt, place.start) : -1;
    if (before === -1 && after === -1) {
      return null;
    }
    var at = before === -1 || (after !== -1 && after - place.start < place.start - before) ? after : before;
    return { start: at, end: at + excerpt.length };
  }

  function select(item) {
    var input = byId("self-check-input");
    var place = placeOf(item, input.value);
    if (!place) {
      byId("self-check-summary").textContent = "文本框里的内容检查后改过了，这一处已经找不到；请再点“检查”。";
      return;
    }
    input.focus({ preventScroll: true });
    input.setSelectionRange(place.start, place.end);
    reveal(input, place.start, place.end);
    revealAfterKeyboard(input, place.start, place.end);
    shownItem = item;
    byId("self-check-back").hidden = false;
  }

  // Back from the text box to the finding the reader came from (on a phone
  // the list is several screens below the box).
  function backToFinding() {
    if (!shownItem || !shownItem.parentNode) {
      byId("self-check-back").hidden = true;
      return;
    }
    shownItem.scrollIntoView({ block: "center" });
    shownItem.querySelector(".zz-self-check__locate").focus({ preventScroll: true });
  }

  function renderFinding(finding, text, paragraphs) {
    var place = window.SelfCheckPlaces.locate(text, finding);
    var item = element("li", "zz-self-check__item zz-self-check__item--" + finding.severity);
    item.setAttribute("data-line", finding.line);
    item.setAttribute("data-column", finding.column);
    item.setAttribute("data-length", finding.length);
    item.setAttribute("data-rule", finding.rule);
    item.setAttribute("data-severity", finding.severity);
    var head = element("div", "zz-self-check__head");
    head.appendChild(element("span", "zz-self-check__badge", SEVERITY_NAMES[finding.severity] || finding.severity));
    var where = window.SelfCheckPlaces.where(paragraphs, finding.line);
    var locate = element("button", "zz-self-check__locate", where);
    locate.type = "button";
    locate.setAttribute("aria-label", where + "：在上面的文本框中选中这一处");
    head.appendChild(locate);
    head.appendChild(window.SelfCheckPlaces.context(text, place.start, place.end, "zz-self-check__excerpt"));
    item.appendChild(head);
    item.appendChild(element("p", "zz-self-check__message", finding.message));
    item.appendChild(element("p", "zz-self-check__suggestion", "建议：" + finding.suggestion));
    item.appendChild(element("p", "zz-self-check__rule", "规则编号 " + finding.rule));
    return item;
  }

  function summary(findings) {
    var counts = { error: 0, warning: 0, hint: 0 };
    findings.forEach(function (f) { counts[f.severity] += 1; });
    if (!findings.length) {
      return "没有发现问题。自查只能发现常见的错漏，交稿前请再按“交稿前检查”清单通读一遍。";
    }
    var text = "共发现 " + counts.error + " 处错误、" + counts.warning + " 处警告、" + counts.hint + " 条写作建议。";
    if (findings.length > MAX_SHOWN) {
      text += "下面只列出前 " + MAX_SHOWN + " 条。";
    }
    return text;
  }

  function check() {
    var text = byId("self-check-input").value;
    var results = byId("self-check-results");
    results.textContent = "";
    if (!text.trim()) {
      byId("self-check-summary").textContent = "";
      setStatus("请先粘贴材料或打开文件。", "notice");
      return;
    }
    var findings = window.SelfCheck.checkText(text, window.SELF_CHECK_RULESET, "draft");
    var paragraphs = window.SelfCheckPlaces.paragraphs(text);
    var list = document.createDocumentFragment();
    findings.slice(0, MAX_SHOWN).forEach(function (f) { list.appendChild(renderFinding(f, text, paragraphs)); });
    results.appendChild(list);
    checked = text;
    shownItem = null;
    byId("self-check-back").hidden = true;
    byId("self-check-summary").textContent = summary(findings);
  }

  function openFile(file) {
    if (!file) {
      return;
    }
    setStatus("正在读取“" + file.name + "”……", "");
    var reader = new FileReader();
    reader.onerror = function () {
      setStatus("无法读取“" + file.name + "”。", "error");
    };
    reader.onload = function () {
      var draft;
      try {
        draft = window.SelfCheckReader.read(file.name, reader.result);
      } catch (err) {
        byId("self-check-results").textContent = "";
        byId("self-check-summary").textContent = "";
        setStatus(err.message, "error");
        return;
      }
      byId("self-check-input").value = draft.text;
      setStatus(draft.notices.length ? draft.notices.join(" ") : "已读取“" + file.name + "”。",
                draft.notices.length ? "notice" : "");
      check();
    };
    reader.readAsArrayBuffer(file);
  }

  // Rule IDs mean nothing to readers; maintainers tick the box to see them
  // in the findings and in the table of rules.
  function showRuleIds(on) {
    byId("self-check").classList.toggle("zz-self-check--rule-ids", on);
    var rules = byId("self-check-rules");
    if (rules) {
      // An attribute, not a class: Material styles only tables without one.
      rules.parentNode.setAttribute("data-rule-ids", on ? "shown" : "hidden");
    }
  }

  function renderRules(ruleset) {
    var body = byId("self-check-rules");
    if (!body) {
      return;
    }
    body.textContent = "";
    ruleset.rules.forEach(function (rule) {
      var row = element("tr");
      row.appendChild(element("td", "", rule.id));
      row.appendChild(element("td", "", ruleset.classes[rule["class"]] || rule["class"]));
      row.appendChild(element("td", "", ruleset.severities[rule.severity] || rule.severity));
      row.appendChild(element("td", "", rule.title));
      body.appendChild(row);
    });
  }

  function init() {
    var app = byId("self-check");
    if (!app || app.getAttribute("data-ready") === "1") {
      return;
    }
    if (!window.SelfCheck || !window.SelfCheckReader || !window.SelfCheckPlaces || !window.SELF_CHECK_RULESET) {
      setStatus("自查工具没有加载完整（缺少规则或脚本文件），请联系网站维护人员。", "error");
      return;
    }
    app.setAttribute("data-ready", "1");
    byId("self-check-run").addEventListener("click", check);
    byId("self-check-clear").addEventListener("click", function () {
      byId("self-check-input").value = "";
      byId("self-check-file").value = "";
      byId("self-check-results").textContent = "";
      byId("self-check-summary").textContent = "";
      checked = null;
      shownItem = null;
      byId("self-check-back").hidden = true;
      setStatus("已清空。", "");
    });
    byId("self-check-file").addEventListener("change", function (event) {
      openFile(event.target.files && event.target.files[0]);
    });
    byId("self-check-input").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        check();
      }
    });
    byId("self-check-input").addEventListener("input", function () {
      var summaryLine = byId("self-check-summary");
      var listed = checked !== null && byId("self-check-results").firstChild;
      if (listed && summaryLine.textContent.indexOf(EDITED) === -1) {
        summaryLine.textContent += EDITED;
      }
    });
    byId("self-check-results").addEventListener("click", function (event) {
      var item = event.target.closest ? event.target.closest(".zz-self-check__item") : null;
      if (item) {
        select(item);
      }
    });
    byId("self-check-back").addEventListener("click", backToFinding);
    var showRules = byId("self-check-show-rules");
    showRules.checked = /[?&]rules=1(&|$)/.test(window.location.search);
    showRules.addEventListener("change", function () { showRuleIds(showRules.checked); });
    showRuleIds(showRules.checked);
    // The draft is nowhere else: leaving the page would lose it.
    window.addEventListener("beforeunload", function (event) {
      if (byId("self-check-input").value.trim()) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
    renderRules(window.SELF_CHECK_RULESET);
    setStatus("准备就绪：粘贴材料后点“检查”，或打开 .txt、.md、.docx 文件。", "");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
