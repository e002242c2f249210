/*
 * Where a self-check finding is, said the way a reader finds it: the
 * paragraph (第N段: non-empty lines, counted from the top, as Word's
 * paragraphs are) and the text around the excerpt. Shared by 材料自查
 * (self-check/ui.js) and the writing desk (writing-desk/findings.js).
 *
 *   SelfCheckPlaces.locate(text, finding)  -> {start, end} UTF-16 offsets of
 *       the finding's line, column and length (1-based, code points)
 *   SelfCheckPlaces.paragraphs(text)       -> numbers: numbers[line] is the
 *       paragraph of that 1-based line (a blank line has the next one's)
 *   SelfCheckPlaces.where(numbers, line)   -> "第3段"
 *   SelfCheckPlaces.context(text, start, end, className) -> a <q> with a few
 *       characters before and after and the excerpt in a <mark>
 *
 * The draft's text is only ever written with textContent.
 */
(function (root) {
  "use strict";

  var AROUND = 12;     // characters shown on each side of the excerpt
  var LONGEST = 40;    // an excerpt longer than this is cut in the middle
  var MORE = "……";

  function advance(text, at, codePoints) {
    for (var k = 0; k < codePoints && at < text.length; k++) {
      at += text.codePointAt(at) > 0xFFFF ? 2 : 1;
    }
    return at;
  }

  // The engine counts lines after a leading BOM, as the reader strips it.
  function lineStart(text, line) {
    var at = text.charAt(0) === "\uFEFF" ? 1 : 0;
    for (var i = 1; i < line; i++) {
      var next = text.indexOf("\n", at);
      if (next === -1) {
        return text.length;
      }
      at = next + 1;
    }
    return at;
  }

  function locate(text, finding) {
    var start = advance(text, lineStart(text, Number(finding.line)), Number(finding.column) - 1);
    return { start: start, end: advance(text, start, Number(finding.length)) };
  }

  function paragraphs(text) {
    var lines = text.replace(/^\uFEFF/, "").split("\n");
    var total = lines.filter(function (line) { return line.trim(); }).length;
    var numbers = [0];
    var count = 0;
    lines.forEach(function (line) {
      // A blank line is told as the paragraph after it (or the last one).
      count += line.trim() ? 1 : 0;
      numbers.push(line.trim() ? count : Math.max(1, Math.min(count + 1, total)));
    });
    return numbers;
  }

  function where(numbers, line) {
    var n = numbers[Math.min(Number(line), numbers.length - 1)] || 1;
    return "第" + n + "段";
  }

  // Never cut a character written as two UTF-16 units (rare CJK, emoji).
  function safe(text, at) {
    var code = text.charCodeAt(at);
    return code >= 0xDC00 && code <= 0xDFFF ? at - 1 : at;
  }

  function context(text, start, end, className) {
    var lineFrom = text.lastIndexOf("\n", start - 1) + 1;
    var lineTo = text.indexOf("\n", end);
    if (lineTo === -1) {
      lineTo = text.length;
    }
    var from = Math.max(lineFrom, safe(text, start - AROUND));
    var to = Math.min(lineTo, safe(text, end + AROUND));
    var excerpt = text.slice(start, Math.min(end, lineTo));
    if (excerpt.length > LONGEST) {
      var half = LONGEST / 2;
      excerpt = excerpt.slice(0, safe(excerpt, half)) + MORE + excerpt.slice(safe(excerpt, excerpt.length - half));
    }
    var quote = document.createElement("q");
    quote.className = className;
    quote.appendChild(document.createTextNode((from > lineFrom ? MORE : "") + text.slice(from, start)));
    var mark = quote.appendChild(document.createElement("mark"));
    mark.textContent = excerpt;
    quote.appendChild(document.createTextNode(text.slice(Math.max(end, start), to) + (to < lineTo ? MORE : "")));
    return quote;
  }

  root.SelfCheckPlaces = { locate: locate, paragraphs: paragraphs, where: where, context: context };
})(typeof self !== "undefined" ? self : this);
