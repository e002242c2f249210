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
 *                        1-based), data-rule and data-severity; clicking it
 *                        selects that place in the textarea
 *   #self-check-rules    <tbody> filled with every rule of the ruleset
 * Text from the draft is only ever written with textContent.
 */
(function () {
  "use strict";

  var MAX_SHOWN = 500;
  var SEVERITY_NAMES = { error: "错误", warning: "警告", hint: "建议" };

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

  // UTF-16 offset in text of a 1-based line and column counted in code points.
  function offsetOf(text, line, column) {
    var at = text.charAt(0) === "\uFEFF" ? 1 : 0;
    for (var i = 1; i < line; i++) {
      var next = text.indexOf("\n", at);
      if (next === -1) {
        return text.length;
      }
      at = next + 1;
    }
    return advance(text, at, column - 1);
  }

  function advance(text, at, codePoints) {
    for (var k = 0; k < codePoints && at < text.length; k++) {
      at += text.codePointAt(at) > 0xFFFF ? 2 : 1;
    }
    return at;
  }

  function select(item) {
    var input = byId("self-check-input");
    var text = input.value;
    var start = offsetOf(text, Number(item.getAttribute("data-line")), Number(item.getAttribute("data-column")));
    var end = advance(text, start, Number(item.getAttribute("data-length")));
    var lineHeight = parseFloat(window.getComputedStyle(input).lineHeight) || 20;
    var lineIndex = text.slice(0, start).split("\n").length - 1;
    input.scrollTop = Math.max(0, lineIndex * lineHeight - input.clientHeight / 3);
    input.focus();
    input.setSelectionRange(start, end);
    if (input.scrollIntoView) {
      input.scrollIntoView({ block: "nearest" });
    }
  }

  function renderFinding(finding) {
    var item = element("li", "zz-self-check__item zz-self-check__item--" + finding.severity);
    item.setAttribute("data-line", finding.line);
    item.setAttribute("data-column", finding.column);
    item.setAttribute("data-length", finding.length);
    item.setAttribute("data-rule", finding.rule);
    item.setAttribute("data-severity", finding.severity);
    var head = element("div", "zz-self-check__head");
    head.appendChild(element("span", "zz-self-check__badge", SEVERITY_NAMES[finding.severity] || finding.severity));
    var locate = element("button", "zz-self-check__locate", "第 " + finding.line + " 行第 " + finding.column + " 字");
    locate.type = "button";
    locate.title = "在上面的文本框中选中这一处";
    head.appendChild(locate);
    head.appendChild(element("q", "zz-self-check__excerpt", finding.excerpt));
    head.appendChild(element("code", "zz-self-check__rule", finding.rule));
    item.appendChild(head);
    item.appendChild(element("p", "zz-self-check__message", finding.message));
    item.appendChild(element("p", "zz-self-check__suggestion", "建议：" + finding.suggestion));
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
    var list = document.createDocumentFragment();
    findings.slice(0, MAX_SHOWN).forEach(function (f) { list.appendChild(renderFinding(f)); });
    results.appendChild(list);
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
    if (!window.SelfCheck || !window.SelfCheckReader || !window.SELF_CHECK_RULESET) {
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
    byId("self-check-results").addEventListener("click", function (event) {
      var item = event.target.closest ? event.target.closest(".zz-self-check__item") : null;
      if (item) {
        select(item);
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
