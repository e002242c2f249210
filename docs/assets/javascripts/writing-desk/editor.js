/*
 * The writing desk's draft box (#desk-draft): a textarea over a layer
 * (#desk-marks) with the same box and wrapping, where 【…】 placeholders are
 * highlighted; live counts (#desk-counts); selecting a place and scrolling
 * the page to it (the box grows with its text, so the page scrolls).
 *
 *   WritingDeskEditor.refresh()              after the text changed
 *   WritingDeskEditor.selectRange(start, end)  UTF-16 offsets
 *   WritingDeskEditor.selectAt(line, column, length)  1-based, code points
 *                                            (a self-check finding's place)
 *   WritingDeskEditor.selectNextPlaceholder() -> false when none is left
 *
 * Needs WritingDeskDraft. The draft is only ever written as text nodes.
 */
(function (root) {
  "use strict";

  var Draft = root.WritingDeskDraft;

  function byId(id) {
    return document.getElementById(id);
  }

  // Rebuilds the layer; with `caret`, an empty span marks that offset.
  function renderMarks(caret) {
    var text = byId("desk-draft").value;
    var marks = byId("desk-marks");
    marks.textContent = "";
    var last = 0;
    var caretNode = null;
    function plain(upTo) {
      if (caret !== undefined && caretNode === null && caret >= last && caret <= upTo) {
        marks.appendChild(document.createTextNode(text.slice(last, caret)));
        caretNode = marks.appendChild(document.createElement("span"));
        last = caret;
      }
      marks.appendChild(document.createTextNode(text.slice(last, upTo)));
    }
    text.replace(Draft.PLACEHOLDER, function (found, at) {
      plain(at);
      marks.appendChild(document.createElement("mark")).textContent = found;
      last = at + found.length;
      return found;
    });
    plain(text.length);
    marks.appendChild(document.createTextNode("\n"));
    return caretNode;
  }

  function fit() {
    var draft = byId("desk-draft");
    draft.style.height = "auto";
    draft.style.height = draft.scrollHeight + "px";
  }

  function refresh() {
    renderMarks();
    fit();
    var counts = Draft.counts(byId("desk-draft").value);
    byId("desk-counts").textContent = "全文 " + counts.characters + " 字（不计空格），还有 " + counts.placeholders +
      " 处方头括号待替换。";
  }

  function selectRange(start, end) {
    var draft = byId("desk-draft");
    draft.focus({ preventScroll: true });
    draft.setSelectionRange(start, end);
    var caret = renderMarks(start);
    if (caret && caret.scrollIntoView) {
      caret.scrollIntoView({ block: "center" });
    }
  }

  function advance(text, at, codePoints) {
    for (var k = 0; k < codePoints && at < text.length; k++) {
      at += text.codePointAt(at) > 0xFFFF ? 2 : 1;
    }
    return at;
  }

  function selectAt(line, column, length) {
    var text = byId("desk-draft").value;
    var at = 0;
    for (var i = 1; i < line && at <= text.length; i++) {
      var next = text.indexOf("\n", at);
      at = next === -1 ? text.length : next + 1;
    }
    var start = advance(text, at, column - 1);
    selectRange(start, advance(text, start, length));
  }

  // From the end of the selection on, then from the top.
  function selectNextPlaceholder() {
    var draft = byId("desk-draft");
    var pattern = new RegExp(Draft.PLACEHOLDER.source, "g");
    pattern.lastIndex = draft.selectionEnd || 0;
    var found = pattern.exec(draft.value);
    if (!found) {
      pattern.lastIndex = 0;
      found = pattern.exec(draft.value);
    }
    if (found) {
      selectRange(found.index, found.index + found[0].length);
    }
    return !!found;
  }

  root.WritingDeskEditor = { refresh: refresh, selectRange: selectRange, selectAt: selectAt,
                             selectNextPlaceholder: selectNextPlaceholder };
})(typeof self !== "undefined" ? self : this);
