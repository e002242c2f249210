/*
 * Draft self-check engine (材料自查): the one engine. The page runs it in
 * the browser; the command line and the build run this same file through an
 * embedded V8 (src/zzshh/selfcheck/engine.py), so all three agree.
 *
 *   SelfCheck.checkText(text, ruleset, profile) -> [finding]
 *
 * `ruleset` is the JSON built by src/zzshh/selfcheck/ruleset.py (the site
 * serves it as window.SELF_CHECK_RULESET); `profile` is "draft" (default),
 * "site_page" or "template". A finding has rule, severity, line, column,
 * length, excerpt, message, suggestion; line and column are 1-based and
 * count code points.
 *
 * Internally positions are UTF-16 offsets (what RegExp gives); they are
 * turned into code points only when a finding is made.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.SelfCheck = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var EXCERPT_MAX = 40;
  var SURROGATE = /[\uD800-\uDFFF]/;

  // ------------------------------------------------------------ text helpers

  function splitLines(text) {
    if (text.charAt(0) === "\uFEFF") {
      text = text.slice(1);
    }
    return text.split(/\r\n|\r|\n/);
  }

  function fill(template, fields) {
    return template.replace(/\{([a-z0-9_]+)\}/g, function (_, name) {
      var value = fields[name];
      return value === undefined || value === null ? "" : String(value);
    });
  }

  function codePoints(text) {
    return SURROGATE.test(text) ? Array.from(text).length : text.length;
  }

  function shorten(text, limit) {
    limit = limit || EXCERPT_MAX;
    if (!SURROGATE.test(text)) {
      return text.length <= limit ? text : text.slice(0, limit) + "…";
    }
    var chars = Array.from(text);
    return chars.length <= limit ? text : chars.slice(0, limit).join("") + "…";
  }

  // The first n code points of text from a UTF-16 offset.
  function take(text, from, n) {
    // n code points span at most 2n UTF-16 units: never scan the rest of a long line.
    var rest = text.slice(from, from + 2 * n);
    if (!SURROGATE.test(rest)) {
      return rest.slice(0, n);
    }
    return Array.from(rest).slice(0, n).join("");
  }

  // The last (or first) n code points.
  function lastChars(text, n) {
    var chars = Array.from(text);
    return chars.slice(Math.max(0, chars.length - n)).join("");
  }

  function firstChars(text, n) {
    return Array.from(text).slice(0, n).join("");
  }

  function strip(text, chars) {
    var start = 0;
    var end = text.length;
    while (start < end && chars.indexOf(text.charAt(start)) !== -1) {
      start++;
    }
    while (end > start && chars.indexOf(text.charAt(end - 1)) !== -1) {
      end--;
    }
    return text.slice(start, end);
  }

  function rstrip(text, chars) {
    var end = text.length;
    while (end > 0 && chars.indexOf(text.charAt(end - 1)) !== -1) {
      end--;
    }
    return text.slice(0, end);
  }

  // Every match of a global regex, like Python's finditer.
  function allMatches(regex, text) {
    var found = [];
    var m;
    regex.lastIndex = 0;
    while ((m = regex.exec(text)) !== null) {
      found.push(m);
      if (m[0].length === 0) {
        regex.lastIndex += 1;
      }
    }
    return found;
  }

  function hit(rule, line, start, end, fields, severity, excerpt) {
    return { rule: rule, line: line, start: start, end: end, fields: fields || {},
             severity: severity || "", excerpt: excerpt || "" };
  }

  function unique(list) {
    return list.filter(function (value, index) { return list.indexOf(value) === index; });
  }

  function some(words, text) {
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) !== -1) {
        return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------- line rules

  var QUOTE_PAIRS = { "\"": ["“", "”"], "'": ["‘", "’"] };

  function rightOf(match, spec) {
    if (spec.transform === "quotes") {
      var first = match.charAt(0);
      var pair = QUOTE_PAIRS[first] || ["“", "”"];
      if (match.length >= 2 && match.charAt(match.length - 1) === first) {
        return pair[0] + match.slice(1, -1) + pair[1];
      }
      return pair[0] + "或" + pair[1];
    }
    if (spec.transform === "map") {
      return Array.from(match).map(function (c) {
        return Object.prototype.hasOwnProperty.call(spec.map, c) ? spec.map[c] : c;
      }).join("");
    }
    if (spec.transform === "replace") {
      return match.replace(spec.replace[0], function () { return spec.replace[1]; });
    }
    return "";
  }

  function patternRule(rule) {
    var specs = rule.patterns.map(function (p) { return [new RegExp(p.source, "gu"), p]; });
    return function (lines, skipUntil) {
      var hits = [];
      lines.forEach(function (line, index) {
        specs.forEach(function (pair) {
          allMatches(pair[0], line).forEach(function (m) {
            if (m.index < skipUntil[index]) {
              return;
            }
            var fields = { match: m[0], right: rightOf(m[0], pair[1]),
                           group1: m.length > 1 ? (m[1] || "") : "" };
            hits.push(hit(rule.id, index, m.index, m.index + m[0].length, fields));
          });
        });
      });
      return hits;
    };
  }

  function dictionaryRule(rule, entries) {
    var compiled = entries.map(function (e) {
      return [e.pattern ? new RegExp(e.pattern, "gu") : null, e];
    });
    function make(index, start, end, match, entry) {
      var fields = { match: match, right: entry.right, note: entry.note };
      return hit(rule.id, index, start, end, fields, entry.severity);
    }

    return function (lines) {
      var hits = [];
      // Plain entries never contain a line break: search the whole text at
      // once (fast) and work out the line afterwards.
      var joined = lines.join("\n");
      var starts = [0];
      for (var i = 0; i < lines.length - 1; i++) {
        starts.push(starts[i] + lines[i].length + 1);
      }
      compiled.forEach(function (pair) {
        var entry = pair[1];
        if (!pair[0]) {
          var literal = entry.wrong;
          var at = joined.indexOf(literal);
          while (at !== -1) {
            var index = lineOf(starts, at);
            var start = at - starts[index];
            hits.push(make(index, start, start + literal.length, literal, entry));
            at = joined.indexOf(literal, at + literal.length);
          }
          return;
        }
        lines.forEach(function (line, index) {
          allMatches(pair[0], line).forEach(function (m) {
            hits.push(make(index, m.index, m.index + m[0].length, m[0], entry));
          });
        });
      });
      return hits;
    };
  }

  // The index of the last line start at or before offset.
  function lineOf(starts, offset) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  function variantRule(rule, variants, pattern) {
    var keys = Object.keys(variants);
    var regex = keys.length ? new RegExp(pattern, "gu") : null;
    return function (lines) {
      var hits = [];
      if (!regex) {
        return hits;
      }
      lines.forEach(function (line, index) {
        allMatches(regex, line).forEach(function (m) {
          hits.push(hit(rule.id, index, m.index, m.index + m[0].length,
                        { match: m[0], right: variants[m[0]] }));
        });
      });
      return hits;
    };
  }

  function doubledRule(rule, doubled) {
    var regex = new RegExp(doubled.pattern, "gu");
    var whitelist = doubled.whitelist;

    function allowed(line, at, ch) {
      var pair = ch + ch;
      for (var i = 0; i < whitelist.length; i++) {
        var word = whitelist[i];
        var offset = word.indexOf(pair);
        while (offset !== -1) {
          var begin = at - offset;
          if (begin >= 0 && line.substr(begin, word.length) === word) {
            return true;
          }
          offset = word.indexOf(pair, offset + 1);
        }
      }
      return false;
    }

    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        allMatches(regex, line).forEach(function (m) {
          if (!allowed(line, m.index, m[1])) {
            hits.push(hit(rule.id, index, m.index, m.index + m[0].length, { match: m[0], char: m[1] }));
          }
        });
      });
      return hits;
    };
  }

  // ---------------------------------------------------------------- terms

  var SENTENCE_END = /[。！？!?]/gu;
  var GAP_PUNCTUATION = "“”\"‘’，,：:（()）、—–- \t\u3000";
  var QUOTES = /[“”"‘’ \t\u3000]/gu;
  var LEADING_CONNECTOR = /^(?:以及|和|与|及)/u;
  var MASK = "■";

  function termRules(terms, config) {
    var entries = terms.map(function (t) {
      return { regex: new RegExp(t.pattern, "gu"), term: t,
               enumRe: t.enum ? new RegExp(t.enum, "gu") : null,
               itemRe: t.item ? new RegExp(t.item, "gu") : null };
    });
    var connectors = config.connectors;
    var introducers = config.introducers;
    var maxGap = config.max_gap;
    var windowSize = config.window;

    function consumeGap(text, start, limit) {
      var at = start;
      while (at < text.length && at - start < limit) {
        if (GAP_PUNCTUATION.indexOf(text.charAt(at)) !== -1) {
          at += 1;
          continue;
        }
        var word = null;
        for (var i = 0; i < connectors.length; i++) {
          if (text.startsWith(connectors[i], at)) {
            word = connectors[i];
            break;
          }
        }
        if (word === null) {
          break;
        }
        at += word.length;
      }
      return at;
    }

    function adjacent(gap) {
      return gap.length <= maxGap && consumeGap(gap, 0, gap.length) === gap.length;
    }

    function introduced(gap) {
      return some(introducers, gap);
    }

    function checkWording(index, line, offset, masked, a, b, term, fields) {
      var after = consumeGap(masked, b, maxGap);
      if (!introduced(masked.slice(b, after))) {
        return [];
      }
      var windowText = take(masked, after, windowSize).replace(QUOTES, "");
      for (var i = 0; i < term.members.length; i++) {
        if (windowText.indexOf(term.members[i]) === -1) {
          var excerpt = line.slice(offset + a, offset + after) + take(line, offset + after, 30);
          return [hit("PR-TERM-003", index, offset + a, offset + b, fields, "", excerpt)];
        }
      }
      return [];
    }

    function check(index, line, offset, masked, a, b, entry) {
      var term = entry.term;
      var fields = { term: term.term, wording: term.wording };
      if (term.mode === "wording") {
        return checkWording(index, line, offset, masked, a, b, term, fields);
      }
      var best = null;
      allMatches(entry.enumRe, masked).forEach(function (m) {
        var p = m.index;
        var q = m.index + m[0].length;
        var gap;
        var rank;
        if (p >= b) {
          gap = masked.slice(b, p);
          rank = [0, p - b];
        } else if (q <= a) {
          gap = masked.slice(q, a);
          rank = [1, a - q];
        } else {
          return;
        }
        if (adjacent(gap) && (best === null || rank[0] < best.rank[0] ||
                              (rank[0] === best.rank[0] && rank[1] < best.rank[1]))) {
          best = { rank: rank, m: m, gap: gap };
        }
      });
      if (best === null) {
        return [];
      }
      var m = best.m;
      var members = term.members;
      var matched = [];
      var wrong = [];
      var width = Math.max.apply(null, members.map(function (x) { return codePoints(x); }));
      allMatches(entry.itemRe, m[0]).forEach(function (item) {
        var clean = item[0].replace(QUOTES, "").replace(LEADING_CONNECTOR, "");
        var member = null;
        var shown;
        var i;
        if (term.mode === "suffix") {
          for (i = 0; i < members.length; i++) {
            if (clean.endsWith(members[i])) { member = members[i]; break; }
          }
          shown = lastChars(clean, width);
        } else {
          for (i = 0; i < members.length; i++) {
            if (clean.startsWith(members[i])) { member = members[i]; break; }
          }
          shown = firstChars(clean, width);
        }
        if (member === null) {
          wrong.push(shown);
        } else {
          matched.push(member);
        }
      });
      var items = matched.length + wrong.length;
      var attempt = introduced(best.gap) ||
        (items >= members.length - 1 && unique(matched).length >= members.length - 2);
      if (!attempt) {
        return [];
      }
      var missing = members.filter(function (x) { return matched.indexOf(x) === -1; });
      var start = offset + m.index;
      var end = offset + m.index + m[0].length;
      if (wrong.length || missing.length) {
        var parts = [];
        if (wrong.length) {
          parts.push(wrong.map(function (w) { return "“" + w + "”"; }).join("") + "不在其中");
        }
        if (missing.length) {
          parts.push("缺少" + missing.map(function (x) { return "“" + x + "”"; }).join(""));
        }
        return [hit("PR-TERM-001", index, start, end,
                    { term: fields.term, wording: fields.wording, detail: parts.join("，") })];
      }
      if (unique(matched).join("\u0000") !== members.join("\u0000")) {
        return [hit("PR-TERM-002", index, start, end, fields)];
      }
      return [];
    }

    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        var found = [];
        entries.forEach(function (entry, order) {
          allMatches(entry.regex, line).forEach(function (m) {
            found.push([m.index, m.index + m[0].length, order]);
          });
        });
        if (!found.length) {
          return;
        }
        found.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
        sentences(line).forEach(function (span) {
          var inside = found.filter(function (f) { return span[0] <= f[0] && f[0] < span[1]; });
          if (!inside.length) {
            return;
          }
          var sentence = line.slice(span[0], span[1]);
          var masked = sentence;
          inside.forEach(function (f) {
            masked = masked.slice(0, f[0] - span[0]) + MASK.repeat(f[1] - f[0]) + masked.slice(f[1] - span[0]);
          });
          inside.forEach(function (f) {
            hits = hits.concat(check(index, line, span[0], masked, f[0] - span[0], f[1] - span[0], entries[f[2]]));
          });
        });
      });
      return uniqueHits(hits);
    };
  }

  function sentences(line) {
    var spans = [];
    var start = 0;
    allMatches(SENTENCE_END, line).forEach(function (m) {
      spans.push([start, m.index + m[0].length]);
      start = m.index + m[0].length;
    });
    if (start < line.length) {
      spans.push([start, line.length]);
    }
    return spans;
  }

  function uniqueHits(hits) {
    var seen = {};
    return hits.filter(function (h) {
      var key = [h.rule, h.line, h.start, h.end].join(" ");
      if (seen[key]) {
        return false;
      }
      seen[key] = true;
      return true;
    });
  }

  // ------------------------------------------------------------ structure

  var PREFIX = /^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t\u3000]*/u;
  var LEVELS = [
    [1, /^([一二三四五六七八九十]{1,3})([、．.])/u],
    [2, /^([（(])([一二三四五六七八九十]{1,3})([）)])(、?)/u],
    [3, /^([0-9]{1,2})([.．、])(?![0-9])/u],
    [4, /^([（(])([0-9]{1,2})([）)])/u]
  ];
  var LEVEL_NAMES = { 1: "一级", 2: "二级", 3: "三级", 4: "四级" };
  var INLINE = /(?<![^。；：，！？;:,!?）)*\t \u3000])([一二三四五六七八九十])是(?![否非])/gu;
  var TITLE_END = /[。：:]/u;
  var DIGITS = "一二三四五六七八九";
  var TRIM = " \t\u3000*#_-";
  var TRIM_EMPTY = " \t\u3000*_。，：:；";
  var AREA_LABEL = 16;

  function cnValue(text) {
    if (text.indexOf("十") === -1) {
      return text.length === 1 ? DIGITS.indexOf(text) + 1 : 0;
    }
    var at = text.indexOf("十");
    var tens = text.slice(0, at);
    var ones = text.slice(at + 1);
    if (tens.length > 1 || ones.length > 1 || ones.indexOf("十") !== -1) {
      return 0;
    }
    return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (ones ? DIGITS.indexOf(ones) + 1 : 0);
  }

  function cnFormat(number) {
    var tens = Math.floor(number / 10);
    var ones = number % 10;
    var head = tens === 0 ? "" : (tens === 1 ? "十" : DIGITS.charAt(tens - 1) + "十");
    return head + (ones ? DIGITS.charAt(ones - 1) : "");
  }

  function label(level, number) {
    if (level === 1) { return cnFormat(number) + "、"; }
    if (level === 2) { return "（" + cnFormat(number) + "）"; }
    if (level === 3) { return number + "."; }
    return "（" + number + "）";
  }

  function parseMarker(line) {
    var start = PREFIX.exec(line)[0].length;
    var rest = line.slice(start);
    for (var i = 0; i < LEVELS.length; i++) {
      var level = LEVELS[i][0];
      var m = LEVELS[i][1].exec(rest);
      if (!m) {
        continue;
      }
      var value;
      if (level === 1 || level === 2) {
        value = cnValue(level === 1 ? m[1] : m[2]);
      } else {
        value = parseInt(level === 3 ? m[1] : m[2], 10);
      }
      if (value === 0) {
        return null;
      }
      var style;
      if (level === 1) { style = m[2]; }
      else if (level === 2) { style = m[1] + m[3] + m[4]; }
      else if (level === 3) { style = m[2] === "、" ? "、" : "."; }
      else { style = m[1] + m[3]; }
      var end = start + m[0].length;
      var text = rstrip(line.slice(end), " \t\u3000*_");
      var cut = TITLE_END.exec(text);
      return { level: level, value: value, start: start, end: end, raw: m[0], style: style,
               title: cut ? text.slice(0, cut.index) : text,
               body: cut ? text.slice(cut.index + cut[0].length) : "" };
    }
    return null;
  }

  function structureRules(config, hanClass) {
    var order = config.parts.map(function (p) { return p.id; });
    var names = {};
    var keywords = {};
    config.parts.forEach(function (p) { names[p.id] = p.name; keywords[p.id] = p.keywords; });
    /* A part some branches report orally is a warning when missing, not an error. */
    var missingSeverity = {};
    config.parts.forEach(function (p) { missingSeverity[p.id] = p.missing_severity || ""; });
    var hanChar = new RegExp("[" + hanClass + "]", "gu");
    var concrete = new RegExp(config.concrete, "u");
    var minChars = config.min_area_chars;

    function classify(title) {
      for (var i = 0; i < config.classify_order.length; i++) {
        var part = config.classify_order[i];
        if (some(keywords[part], title)) {
          return part;
        }
      }
      return "";
    }

    function styleDetail(m, firstStyle) {
      if (m.level === 1 && m.style !== "、") {
        return "一级序号“" + m.raw + "”应写作“" + label(1, m.value) + "”。";
      }
      if (m.level === 2 && m.style !== "（）") {
        return "二级序号“" + m.raw + "”应写作“" + label(2, m.value) + "”。";
      }
      if (m.level === 4 && m.style !== "（）") {
        return "四级序号“" + m.raw + "”应写作“" + label(4, m.value) + "”。";
      }
      if (m.level === 3) {
        if (firstStyle[3] === null) {
          firstStyle[3] = m.style;
        } else if (firstStyle[3] !== m.style) {
          return "三级序号“" + m.raw + "”与同一级前面序号的写法不一致（一个用“.”，一个用“、”）。";
        }
      }
      return "";
    }

    function numbering(lines, markers, partial) {
      var hits = [];
      var previous = { 1: 0, 2: 0, 3: 0, 4: 0 };
      var firstStyle = { 3: null, 4: null };
      var inline = 0;
      markers.forEach(function (m, index) {
        if (m) {
          for (var level = m.level + 1; level < 5; level++) {
            previous[level] = 0;
            firstStyle[level] = null;
          }
          if (m.level <= 3) {
            inline = 0;
          }
          var expected = previous[m.level] + 1;
          if (m.value !== expected && !(partial && m.level === 1 && previous[1] === 0)) {
            hits.push(hit("PR-STRUCT-003", index, m.start, m.end,
                          { level: LEVEL_NAMES[m.level], found: m.raw, expected: label(m.level, expected) }));
          }
          previous[m.level] = m.value;
          var detail = styleDetail(m, firstStyle);
          if (detail) {
            hits.push(hit("PR-STRUCT-004", index, m.start, m.end, { detail: detail }));
          }
        }
        allMatches(INLINE, lines[index]).forEach(function (im) {
          var value = cnValue(im[1]);
          if (value !== 1 && value !== inline + 1) {
            hits.push(hit("PR-STRUCT-007", index, im.index, im.index + im[0].length,
                          { found: im[0], expected: cnFormat(inline + 1) + "是" }));
          }
          inline = value;
        });
      });
      return hits;
    }

    function empty(lines, markers, headings) {
      var hits = [];
      var bounds = headings.map(function (h) { return h[0]; }).concat([lines.length]);
      headings.forEach(function (h, k) {
        var m = h[1];
        var section = lines.slice(h[0] + 1, bounds[k + 1]);
        var filled = section.some(function (line) { return strip(line, TRIM) !== ""; });
        if (strip(m.body, TRIM) === "" && !filled) {
          hits.push(hit("PR-STRUCT-005", h[0], m.start, m.end + m.title.length,
                        { part: shorten(m.raw + m.title, 30) }));
        }
      });
      markers.forEach(function (m, index) {
        if (!m || m.level !== 2 || strip(m.title + m.body, TRIM_EMPTY) !== "") {
          return;
        }
        var following = null;
        for (var j = index + 1; j < lines.length; j++) {
          if (strip(lines[j], TRIM) !== "") {
            following = j;
            break;
          }
        }
        if (following === null || (markers[following] && markers[following].level <= 2)) {
          hits.push(hit("PR-STRUCT-005", index, m.start, m.end, { part: m.raw }));
        }
      });
      return hits;
    }

    function sectionsOf(lines, headings) {
      var sections = {};
      var bounds = headings.map(function (h) { return h[0]; }).concat([lines.length]);
      headings.forEach(function (h, k) {
        if (h[2]) {
          (sections[h[2]] = sections[h[2]] || []).push([h[0], bounds[k + 1]]);
        }
      });
      return sections;
    }

    function areas(markers, sections) {
      var found = [];
      (sections.problems || []).forEach(function (span) {
        var lines = [];
        for (var i = span[0] + 1; i < span[1]; i++) {
          if (markers[i] && markers[i].level === 2) {
            lines.push(i);
          }
        }
        lines.forEach(function (index, k) {
          var stop = k + 1 < lines.length ? lines[k + 1] : span[1];
          found.push([index, markers[index], index + 1, stop]);
        });
      });
      return found;
    }

    function areaLabel(m) {
      return m.raw + shorten(m.title, AREA_LABEL);
    }

    function hints(lines, markers, sections) {
      var hits = [];
      areas(markers, sections).forEach(function (area) {
        var m = area[1];
        var body = [m.body].concat(lines.slice(area[2], area[3])).join("\n");
        var count = (body.match(hanChar) || []).length;
        if (count === 0 && (m.title.match(hanChar) || []).length === 0) {
          return; // an empty area: PR-STRUCT-005
        }
        var fields = { area: areaLabel(m), count: String(count) };
        if (count < minChars) {
          hits.push(hit("PR-HINT-001", area[0], m.start, m.end + m.title.length, fields));
        } else if (!concrete.test(body)) {
          hits.push(hit("PR-HINT-002", area[0], m.start, m.end + m.title.length, fields));
        }
      });
      return hits;
    }

    function parts(lines, headings) {
      var hits = [];
      var present = {};
      var seen = [];
      headings.forEach(function (h) {
        if (h[2] && !present[h[2]]) {
          present[h[2]] = h;
          seen.push(h[2]);
        }
      });
      var missing = {}; // "heading line|severity" -> names of the parts missing before it
      var locations = [];
      order.forEach(function (part, k) {
        if (present[part]) {
          return;
        }
        var later = order.slice(k + 1).filter(function (p) { return present[p]; });
        var h = later.length ? present[later[0]] : headings[headings.length - 1];
        var key = h[0] + "|" + missingSeverity[part];
        if (!missing[key]) {
          missing[key] = [];
          locations.push({ key: key, h: h, severity: missingSeverity[part] });
        }
        missing[key].push(names[part]);
      });
      locations.forEach(function (l) {
        hits.push(hit("PR-STRUCT-001", l.h[0], l.h[1].start, l.h[1].end + l.h[1].title.length,
                      { part: missing[l.key].join("”和“") }, l.severity));
      });
      var furthest = -1;
      seen.sort(function (x, y) { return present[x][0] - present[y][0]; });
      seen.forEach(function (part) {
        var h = present[part];
        var rank = order.indexOf(part);
        if (rank < furthest) {
          hits.push(hit("PR-STRUCT-002", h[0], h[1].start, h[1].end + h[1].title.length,
                        { part: names[part], before: names[order[furthest]] }));
        } else {
          furthest = rank;
        }
      });
      return hits;
    }

    function answered(lines, markers, sections) {
      if (!sections.problems || !sections.causes || !sections.measures) {
        return [];
      }
      var texts = {};
      ["causes", "measures"].forEach(function (part) {
        var collected = [];
        sections[part].forEach(function (span) {
          for (var i = span[0]; i < span[1]; i++) {
            collected.push(lines[i]);
          }
        });
        texts[part] = collected.join("\n");
      });
      var answeredIn = {};
      ["causes", "measures"].forEach(function (part) {
        answeredIn[part] = config.topics.map(function (t) { return some(t.answer, texts[part]); });
      });
      var hits = [];
      areas(markers, sections).forEach(function (area) {
        var m = area[1];
        var topics = [];
        config.topics.forEach(function (t, k) {
          if (some(t.area, m.title)) {
            topics.push(k);
          }
        });
        if (!topics.length) {
          return;
        }
        var answered = ["causes", "measures"].some(function (part) {
          return topics.some(function (k) { return answeredIn[part][k]; });
        });
        if (!answered) {
          hits.push(hit("PR-STRUCT-006", area[0], m.start, m.end + m.title.length, { area: areaLabel(m) }));
        }
      });
      return hits;
    }

    return function (lines, markers) {
      var headings = [];
      markers.forEach(function (m, i) {
        if (m && m.level === 1) {
          headings.push([i, m, classify(m.title)]);
        }
      });
      var recognized = unique(headings.map(function (h) { return h[2]; }).filter(Boolean));
      var partial = recognized.length < 2;
      var hits = numbering(lines, markers, partial);
      hits = hits.concat(empty(lines, markers, headings));
      var sections = sectionsOf(lines, headings);
      hits = hits.concat(hints(lines, markers, sections));
      if (partial) {
        for (var i = 0; i < lines.length; i++) {
          if (strip(lines[i], TRIM) !== "") {
            hits.push(hit("PR-STRUCT-008", i, 0, lines[i].length));
            break;
          }
        }
        return hits;
      }
      hits = hits.concat(parts(lines, headings));
      return hits.concat(answered(lines, markers, sections));
    };
  }

  // --------------------------------------------------------------- engine

  var cache = {};

  function compile(ruleset) {
    if (cache[ruleset.version]) {
      return cache[ruleset.version];
    }
    var lineRules = {};
    var rules = {};
    ruleset.rules.forEach(function (rule) {
      rules[rule.id] = rule;
      if (rule.check === "pattern") {
        lineRules[rule.id] = patternRule(rule);
      } else if (rule.check === "dictionary") {
        lineRules[rule.id] = dictionaryRule(rule, ruleset.miswritten);
      } else if (rule.check === "variants") {
        lineRules[rule.id] = variantRule(rule, ruleset.variants, ruleset.variant_pattern);
      } else if (rule.check === "doubled") {
        lineRules[rule.id] = doubledRule(rule, ruleset.doubled);
      }
    });
    var engine = {
      rules: rules,
      lineRules: lineRules,
      terms: termRules(ruleset.terms, ruleset.term_config),
      structure: structureRules(ruleset.structure, ruleset.han_class)
    };
    cache[ruleset.version] = engine;
    return engine;
  }

  function checkText(text, ruleset, profile) {
    ruleset = ruleset || (typeof window !== "undefined" ? window.SELF_CHECK_RULESET : null);
    if (!ruleset) {
      throw new Error("SelfCheck: no ruleset");
    }
    var engine = compile(ruleset);
    var chosen = ruleset.profiles[profile || "draft"];
    var rules = ruleset.rules.filter(function (r) {
      return chosen.classes.indexOf(r["class"]) !== -1 && chosen.skip_rules.indexOf(r.id) === -1;
    });
    var enabled = {};
    rules.forEach(function (r) { enabled[r.id] = true; });
    var lines = splitLines(String(text));
    var markers = lines.map(parseMarker);
    var skipUntil = markers.map(function (m) { return m ? m.end : 0; });
    var hits = [];
    rules.forEach(function (rule) {
      if (engine.lineRules[rule.id]) {
        hits = hits.concat(engine.lineRules[rule.id](lines, skipUntil));
      }
    });
    if (rules.some(function (r) { return r.check === "term"; })) {
      hits = hits.concat(engine.terms(lines));
    }
    if (rules.some(function (r) { return r.check === "structure"; })) {
      hits = hits.concat(engine.structure(lines, markers));
    }
    return findings(hits, enabled, engine.rules, lines);
  }

  // UTF-16 offset -> code point column, per line: a line is scanned once,
  // however many hits it has (a one-line file can have thousands).
  function columns(lines) {
    var tables = {};
    return function (index, offset) {
      var table = tables[index];
      if (table === undefined) {
        var line = lines[index];
        table = null;
        if (SURROGATE.test(line)) {
          table = new Int32Array(line.length + 1);
          for (var i = 0, count = 0; i < line.length; i++) {
            table[i] = count;
            var code = line.charCodeAt(i);
            if (code < 0xDC00 || code > 0xDFFF || i === 0 || line.charCodeAt(i - 1) < 0xD800 ||
                line.charCodeAt(i - 1) > 0xDBFF) {
              count += 1;
            }
          }
          table[line.length] = count;
        }
        tables[index] = table;
      }
      return table ? table[offset] : offset;
    };
  }

  function findings(hits, enabled, rules, lines) {
    var found = [];
    var seen = {};
    var column = columns(lines);
    hits.forEach(function (h) {
      if (!enabled[h.rule]) {
        return;
      }
      var key = [h.rule, h.line, h.start, h.end].join(" ");
      if (seen[key]) {
        return;
      }
      seen[key] = true;
      var rule = rules[h.rule];
      var line = lines[h.line];
      var start = column(h.line, h.start);
      var excerpt = h.excerpt || line.slice(h.start, h.end);
      found.push({
        rule: h.rule,
        severity: h.severity || rule.severity,
        line: h.line + 1,
        column: start + 1,
        length: column(h.line, h.end) - start,
        excerpt: shorten(excerpt),
        message: fill(rule.message, h.fields),
        suggestion: fill(rule.suggestion, h.fields)
      });
    });
    found.sort(function (x, y) {
      return x.line - y.line || x.column - y.column ||
        (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0) || x.length - y.length;
    });
    return found;
  }

  return { checkText: checkText, splitLines: splitLines };
});
