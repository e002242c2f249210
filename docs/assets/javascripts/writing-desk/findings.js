/*
 * The writing desk's self-check results: the findings of SelfCheck.checkText
 * (the engine and ruleset of 材料自查) as a list whose items jump to their
 * place in the draft box.
 *
 *   WritingDeskFindings.show(text, results, summary)   checks text, fills the
 *       <ol> results (li with data-line, data-column, data-length, data-rule,
 *       data-severity; its place told as 第N段 with the text around the
 *       excerpt, as 材料自查 tells it; no rule IDs) and the summary line
 *   WritingDeskFindings.locate(li)                    selects its place
 *
 * Needs SelfCheck, SELF_CHECK_RULESET, SelfCheckPlaces (loaded with the
 * self-check) and WritingDeskEditor. Finding text is only ever written with
 * textContent.
 */
(function (root) {
  "use strict";

  var MAX_SHOWN = 300;
  var SEVERITY_NAMES = { error: "错误", warning: "警告", hint: "建议" };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text || "";
    return node;
  }

  function render(finding, text, paragraphs) {
    var Places = root.SelfCheckPlaces;
    var place = Places.locate(text, finding);
    var item = element("li", "zz-desk__finding zz-desk__finding--" + finding.severity);
    ["line", "column", "length", "rule", "severity"].forEach(function (key) {
      item.setAttribute("data-" + key, finding[key]);
    });
    var head = element("div", "zz-desk__finding-head");
    head.appendChild(element("span", "zz-desk__badge", SEVERITY_NAMES[finding.severity] || finding.severity));
    var where = Places.where(paragraphs, finding.line);
    var locate = element("button", "zz-desk__locate", where);
    locate.type = "button";
    locate.setAttribute("aria-label", where + "：在草稿框中选中这一处");
    head.appendChild(locate);
    head.appendChild(Places.context(text, place.start, place.end, "zz-desk__excerpt"));
    item.appendChild(head);
    item.appendChild(element("p", "zz-desk__message", finding.message + " 建议：" + finding.suggestion));
    return item;
  }

  function show(text, results, summary) {
    var findings = root.SelfCheck.checkText(text, root.SELF_CHECK_RULESET, "draft");
    var counts = { error: 0, warning: 0, hint: 0 };
    findings.forEach(function (f) { counts[f.severity] += 1; });
    var paragraphs = root.SelfCheckPlaces.paragraphs(text);
    var list = document.createDocumentFragment();
    findings.slice(0, MAX_SHOWN).forEach(function (f) { list.appendChild(render(f, text, paragraphs)); });
    results.textContent = "";
    results.appendChild(list);
    summary.textContent = findings.length
      ? "共发现 " + counts.error + " 处错误、" + counts.warning + " 处警告、" + counts.hint + " 条写作建议。" +
        (findings.length > MAX_SHOWN ? "下面只列出前 " + MAX_SHOWN + " 条。" : "")
      : "没有发现问题。交稿前请再按“交稿前检查”清单通读一遍。";
  }

  function locate(item) {
    root.WritingDeskEditor.selectAt(Number(item.getAttribute("data-line")), Number(item.getAttribute("data-column")),
                                    Number(item.getAttribute("data-length")));
  }

  root.WritingDeskFindings = { show: show, locate: locate };
})(typeof self !== "undefined" ? self : this);
