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

  // ruleset.miswritten_words packs the entries without a pattern, joined by
  // "|": wrong, its edits ("=" + the whole correction, or pairs of index
  // digit and character replacing characters of wrong), then "~" + the index
  // of its note in ruleset.miswritten_notes and "!" for a warning (see
  // ruleset.py _pack).
  function unpackWords(packed, notes) {
    return (packed ? packed.split("|") : []).map(function (item) {
      var severity = "";
      var note = "";
      if (item.charAt(item.length - 1) === "!") {
        severity = "warning";
        item = item.slice(0, -1);
      }
      var tilde = item.indexOf("~");
      if (tilde !== -1) {
        note = notes ? notes[Number(item.slice(tilde + 1))] : "";
        item = item.slice(0, tilde);
      }
      var cut = item.search(/[0-9=]/);
      var wrong = item.slice(0, cut);
      var right;
      if (item.charAt(cut) === "=") {
        right = item.slice(cut + 1);
      } else {
        var chars = wrong.split("");
        for (var k = cut; k + 1 < item.length; k += 2) {
          chars[Number(item.charAt(k))] = item.charAt(k + 1);
        }
        right = chars.join("");
      }
      return { wrong: wrong, right: right, note: note, severity: severity };
    });
  }

  // Linear in the text whatever the size of the dictionary: literal entries
  // are indexed by their first character (longest first, so the longest
  // entry wins at a position), and all pattern entries run as one alternation.
  function dictionaryRule(rule, entries, packed, notes) {
    var byFirst = Object.create(null);
    entries.filter(function (e) { return !e.pattern; }).concat(unpackWords(packed, notes)).forEach(function (e) {
      var first = e.wrong.charAt(0);
      (byFirst[first] = byFirst[first] || []).push(e);
    });
    Object.keys(byFirst).forEach(function (first) {
      byFirst[first].sort(function (a, b) { return b.wrong.length - a.wrong.length; });
    });
    // Each pattern becomes one capturing group; groups inside a pattern are
    // counted so that the group of every entry is known.
    var groups = [];
    var sources = [];
    var next = 1;
    entries.filter(function (e) { return e.pattern; }).forEach(function (e) {
      groups.push([next, e]);
      next += new RegExp(e.pattern + "|", "u").exec("").length;
      sources.push("(" + e.pattern + ")");
    });
    var combined = sources.length ? new RegExp(sources.join("|"), "gu") : null;
    function make(index, start, end, match, entry) {
      var fields = { match: match, right: entry.right, note: entry.note || "" };
      return hit(rule.id, index, start, end, fields, entry.severity || "");
    }

    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        for (var i = 0; i < line.length; i++) {
          var candidates = byFirst[line.charAt(i)];
          if (!candidates) {
            continue;
          }
          for (var c = 0; c < candidates.length; c++) {
            var wrong = candidates[c].wrong;
            if (line.substr(i, wrong.length) === wrong) {
              hits.push(make(index, i, i + wrong.length, wrong, candidates[c]));
              i += wrong.length - 1;
              break;
            }
          }
        }
        if (combined) {
          allMatches(combined, line).forEach(function (m) {
            for (var g = 0; g < groups.length; g++) {
              if (m[groups[g][0]] !== undefined) {
                hits.push(make(index, m.index, m.index + m[0].length, m[0], groups[g][1]));
                return;
              }
            }
          });
        }
      });
      return hits;
    };
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

  // PR-NEAR-001: a four-character window that sounds like a frequent phrase
  // (same toneless pinyin) and differs from it in one character, e.g. 不忘初新.
  // `data` is built by src/zzshh/selfcheck/near_miss.py (its docstring
  // describes the encoding); windows the miswritten dictionary (PR-WORD-001)
  // already reports are left to it. Linear: two set lookups per character,
  // four more where a window starts or ends like a target.
  function nearMissRule(rule, data, entries, packed) {
    var digits = data.digits;
    var width = digits.length;
    var base = Math.floor(width / 2);
    var value = {};
    for (var d = 0; d < width; d++) {
      value[digits.charAt(d)] = d;
    }
    var syllables = data.syllables.split(" ");
    var frequent = data.frequent;

    function numbers(text) {
      var out = [];
      var n = 0;
      for (var i = 0; i < text.length; i++) {
        var v = value[text.charAt(i)];
        if (v >= base) {
          n = n * base + v - base;
        } else {
          out.push(n * base + v);
          n = 0;
        }
      }
      return out;
    }

    // The alphabet: per syllable, code point gaps; 0 closes a group.
    var order = [];
    var reading = Object.create(null);
    var group = 0;
    var code = 0x4E00 - 1;
    numbers(data.alphabet).forEach(function (gap) {
      if (gap === 0) {
        group += 1;
        code = 0x4E00 - 1;
        return;
      }
      code += gap;
      order.push(String.fromCharCode(code));
      if (group < syllables.length) {
        reading[String.fromCharCode(code)] = group;
      }
    });

    function words(text) {
      var out = [];
      var at = 0;
      var word = "";
      while (at < text.length) {
        word = word.slice(0, value[text.charAt(at)]);
        at += 1;
        while (word.length < 4) {
          var v = value[text.charAt(at)];
          if (v < frequent.length) {
            word += frequent.charAt(v);
            at += 1;
          } else {
            word += order[(v - frequent.length) * width + value[text.charAt(at + 1)]];
            at += 2;
          }
        }
        out.push(word);
      }
      return out;
    }

    var targets = words(data.targets);
    var keys = targets.map(function (w) {
      return [reading[w.charAt(0)], reading[w.charAt(1)], reading[w.charAt(2)], reading[w.charAt(3)]];
    });
    var pairs = numbers(data.target_readings);
    var position = 0;
    for (var k = 0; k + 1 < pairs.length; k += 2) {
      position += pairs[k];
      keys[position >> 2][position & 3] = pairs[k + 1];
    }
    var known = Object.create(null);
    targets.concat(words(data.known)).forEach(function (w) { known[w] = true; });
    // Each target under its four "three characters and a gap" forms; and
    // its first and last two characters, one of which a window must share.
    var byContext = Object.create(null);
    var heads = new Set();
    var tails = new Set();
    targets.forEach(function (w, n) {
      for (var p = 0; p < 4; p++) {
        var context = w.slice(0, p) + "\u0000" + w.slice(p + 1);
        (byContext[context] = byContext[context] || []).push([p, keys[n][p], w]);
      }
      heads.add(w.charCodeAt(0) * 65536 + w.charCodeAt(1));
      tails.add(w.charCodeAt(2) * 65536 + w.charCodeAt(3));
    });
    var listed = Object.create(null);
    entries.filter(function (e) { return !e.pattern; }).concat(unpackWords(packed)).forEach(function (e) {
      listed[e.wrong] = true;
    });
    var patterns = entries.filter(function (e) { return e.pattern; }).map(function (e) {
      return new RegExp(e.pattern, "gu");
    });

    // head/tail: whether w starts/ends like a target (else p cannot be 2-3/0-1).
    function rightOf(w, head, tail) {
      if (known[w]) {
        return "";
      }
      for (var p = 0; p < 4; p++) {
        if (!(p < 2 ? tail : head)) {
          continue;
        }
        var found = byContext[w.slice(0, p) + "\u0000" + w.slice(p + 1)];
        var syllable = reading[w.charAt(p)];
        for (var j = 0; found && syllable !== undefined && j < found.length; j++) {
          if (found[j][1] === syllable && found[j][2].charAt(p) !== w.charAt(p)) {
            return found[j][2];
          }
        }
      }
      return "";
    }

    // Whether the dictionary reports a word inside [start, start + 4) of
    // line; `covered` marks what its pattern entries match in the line.
    function inDictionary(line, start, covered) {
      var w = line.substr(start, 4);
      for (var a = 0; a < 3; a++) {
        for (var b = a + 2; b <= 4; b++) {
          if (listed[w.slice(a, b)]) {
            return true;
          }
        }
      }
      return covered[start] || covered[start + 1] || covered[start + 2] || covered[start + 3];
    }

    // Computed once per line, and only for a line with a finding: linear.
    function patternCover(line) {
      var covered = new Uint8Array(line.length);
      patterns.forEach(function (regex) {
        allMatches(regex, line).forEach(function (m) {
          covered.fill(1, m.index, m.index + m[0].length);
        });
      });
      return covered;
    }

    var run = /[\u4e00-\u9fff]{4,}/g;
    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        var covered = null;
        allMatches(run, line).forEach(function (m) {
          var text = m[0];
          for (var i = 0; i + 4 <= text.length; i++) {
            var head = heads.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
            var tail = tails.has(text.charCodeAt(i + 2) * 65536 + text.charCodeAt(i + 3));
            if (!head && !tail) {
              continue;
            }
            var w = text.substr(i, 4);
            var right = rightOf(w, head, tail);
            if (right && !inDictionary(line, m.index + i, covered = covered || patternCover(line))) {
              hits.push(hit(rule.id, index, m.index + i, m.index + i + 4, { found: w, right: right }));
              i += 3; // one report per misspelling
            }
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

    // The first enumeration whose start (or end) is at or after `at`:
    // enumerations is sorted and non-overlapping, so starts and ends both are.
    function firstFrom(enumerations, at, useEnd) {
      var low = 0;
      var high = enumerations.length;
      while (low < high) {
        var mid = (low + high) >> 1;
        var m = enumerations[mid];
        if ((useEnd ? m.index + m[0].length : m.index) < at) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    function check(index, line, offset, masked, a, b, entry, enumerations) {
      var term = entry.term;
      var fields = { term: term.term, wording: term.wording };
      if (term.mode === "wording") {
        return checkWording(index, line, offset, masked, a, b, term, fields);
      }
      var best = null;
      // Only an enumeration within max_gap of the term can be adjacent to it:
      // look at those, not at every enumeration of the sentence (linear time).
      var candidates = [];
      for (var k = firstFrom(enumerations, a - maxGap, true); k < enumerations.length; k++) {
        if (enumerations[k].index > b + maxGap) {
          break;
        }
        candidates.push(enumerations[k]);
      }
      candidates.forEach(function (m) {
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
        // found and the sentences are both in order: walk them together, and
        // build each masked sentence in one pass (linear even on one long line).
        var next = 0;
        sentences(line).forEach(function (span) {
          var inside = [];
          while (next < found.length && found[next][0] < span[1]) {
            if (found[next][0] >= span[0]) {
              inside.push(found[next]);
            }
            next += 1;
          }
          if (!inside.length) {
            return;
          }
          var sentence = line.slice(span[0], span[1]);
          var pieces = [];
          var cursor = 0;
          inside.forEach(function (f) {
            var from = f[0] - span[0];
            var to = Math.min(f[1] - span[0], sentence.length);
            if (from > cursor) {
              pieces.push(sentence.slice(cursor, from));
            }
            if (to > cursor) {
              pieces.push(MASK.repeat(to - Math.max(from, cursor)));
              cursor = to;
            }
          });
          pieces.push(sentence.slice(cursor));
          var masked = pieces.join("");
          var enumerations = {};
          inside.forEach(function (f) {
            var entry = entries[f[2]];
            if (entry.enumRe && !enumerations[f[2]]) {
              enumerations[f[2]] = allMatches(entry.enumRe, masked);
            }
            check(index, line, span[0], masked, f[0] - span[0], f[1] - span[0], entry,
                  enumerations[f[2]]).forEach(function (h) { hits.push(h); });
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

    // A "3." right after "（一）（二）" (or a "（三）" right after "1. 2.")
    // continues the list above it in the wrong style: the level it belongs to.
    function siblingLevel(m, previous) {
      if (m.value < 2) {
        return 0;
      }
      if (m.level === 3 && previous[2] > 0 && previous[3] === 0 && m.value === previous[2] + 1) {
        return 2;
      }
      if (m.level === 2 && previous[1] > 0 && previous[2] === 0 && m.value === previous[3] + 1) {
        return 3;
      }
      return 0;
    }

    function numbering(lines, markers, partial) {
      var hits = [];
      var previous = { 1: 0, 2: 0, 3: 0, 4: 0 };
      var firstStyle = { 3: null, 4: null };
      var missing = { 1: 0, 2: 0, 3: 0, 4: 0 };
      var skipped = false; // PR-STRUCT-009 once per part heading
      var inline = 0;
      markers.forEach(function (m, index) {
        if (m) {
          var sibling = siblingLevel(m, previous);
          if (sibling) {
            // Counted, and matched later, as the level it continues.
            m.level = sibling;
            hits.push(hit("PR-STRUCT-004", index, m.start, m.end, { detail:
              "“" + m.raw + "”接着上面的“" + label(sibling, m.value - 1) + "”往下排，是同一级，应写作“" +
              label(sibling, m.value) + "”。" }));
          }
          for (var level = m.level + 1; level < 5; level++) {
            previous[level] = 0;
            missing[level] = 0;
            firstStyle[level] = null;
          }
          if (m.level === 1) {
            skipped = false;
          }
          if (m.level <= 3) {
            inline = 0;
          }
          // "1." (or "（1）") straight under "二、": the （一） level is missing.
          if (m.level >= 3 && previous[1] > 0 && previous[2] === 0 && (m.level === 3 || previous[3] === 0)) {
            if (!skipped) {
              hits.push(hit("PR-STRUCT-009", index, m.start, m.end,
                            { found: m.raw, parent: label(1, previous[1]), expected: label(2, m.value) }));
            }
            skipped = true;
          }
          var expected = previous[m.level] + 1;
          // A fragment (no four parts) may start at any number: “（四）……” alone.
          var first = true;
          for (var above = 1; above <= m.level; above++) {
            first = first && previous[above] === 0;
          }
          // The number a reported jump left out, written next: two swapped
          // items, （一）（三）（二）, are one finding, not two.
          var swapped = m.value === missing[m.level];
          missing[m.level] = 0;
          if (m.value !== expected && !(partial && first) && !swapped) {
            hits.push(hit("PR-STRUCT-003", index, m.start, m.end,
                          { level: LEVEL_NAMES[m.level], found: m.raw, expected: label(m.level, expected) }));
            if (m.value === expected + 1) {
              missing[m.level] = expected;
            }
          }
          // A repeated or backward number is reported once, not again at every
          // later sibling: count on from the highest number so far.
          previous[m.level] = Math.max(previous[m.level], m.value);
          // A sibling's style is reported above.
          var detail = sibling ? "" : styleDetail(m, firstStyle);
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

    // ---- problems, causes and measures (PR-STRUCT-006, 010-013)
    //
    // The numbered items of parts 二, 三 and 四 are matched to each other: by
    // number order when the two parts have as many items, otherwise by what
    // they say (shared words of the problem's heading and first sentences, or
    // a topic both touch) or an explicit reference such as “针对问题（三）”.

    var REF_TRIGGER = /(?:针对|对应|回应|回答|关于)/gu;
    var REF_NUMBER = /[（(]([一二三四五六七八九十]{1,3})[）)]|第([一二三四五六七八九十]{1,3})(?:个|项|条|方面)?问题|问题([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十是分])/gu;
    var REF_ZONE = 24;
    // “第三、四、五个问题”, “第一个和第二个问题”: a list of problem numbers.
    var REF_LIST = /第[一二三四五六七八九十]{1,3}(?:个|项|条)?(?:[、，,和及与]第?[一二三四五六七八九十]{1,3}(?:个|项|条)?)*(?:方面)?的?问题/gu;
    var CN_NUMBER = /[一二三四五六七八九十]{1,3}/gu;
    var SENTENCE = /[。；;！？!?]/u;
    var match = config.match;
    var stopChars = match.stop_chars;
    var stopWords = {};
    match.stop_words.forEach(function (w) { stopWords[w] = true; });
    var compounds = match.compounds.slice().sort(function (x, y) { return y.length - x.length; });
    var hanRun = new RegExp("[" + hanClass + "]+", "gu");

    // Words whose characters mean something else inside them (学习 in
    // 学习强国) are blanked out before any comparison.
    function masked(text) {
      compounds.forEach(function (w) {
        if (text.indexOf(w) !== -1) {
          text = text.split(w).join("■".repeat(w.length));
        }
      });
      return text;
    }

    // The set of meaningful character pairs of a text: no pair across
    // punctuation, none with a function character, no stop word.
    function pairs(text) {
      var found = {};
      (text.match(hanRun) || []).forEach(function (run) {
        for (var i = 0; i + 1 < run.length; i++) {
          var pair = run.slice(i, i + 2);
          if (stopChars.indexOf(pair.charAt(0)) === -1 && stopChars.indexOf(pair.charAt(1)) === -1 &&
              !stopWords[pair]) {
            found[pair] = true;
          }
        }
      });
      return found;
    }

    function topicsOf(text, field) {
      var found = {};
      config.topics.forEach(function (t, k) {
        if (some(t[field], text)) {
          found[k] = true;
        }
      });
      return found;
    }

    // The items of one part: its highest numbered level below the heading.
    function itemsOf(lines, markers, spans) {
      var items = [];
      (spans || []).forEach(function (span) {
        var top = 5;
        var i;
        for (i = span[0] + 1; i < span[1]; i++) {
          if (markers[i] && markers[i].level > 1 && markers[i].level < top) {
            top = markers[i].level;
          }
        }
        var starts = [];
        for (i = span[0] + 1; i < span[1]; i++) {
          if (markers[i] && markers[i].level === top) {
            starts.push(i);
          }
        }
        starts.forEach(function (index, k) {
          var m = markers[index];
          var stop = k + 1 < starts.length ? starts[k + 1] : span[1];
          var body = [m.title, m.body].concat(lines.slice(index + 1, stop));
          var heads = [];
          for (var j = index + 1; j < stop; j++) {
            if (markers[j]) {
              heads.push(markers[j].title);
            }
          }
          items.push({ index: index, m: m, text: masked(body.join("\n")), heads: heads });
        });
      });
      return items;
    }

    // What a problem is about, one facet per paragraph (a problem area often
    // holds several cases, each answered somewhere else): the problem's
    // heading with its sub-items' headings, the paragraph's first sentence and
    // the lead of each “一是……” in it (`pairs`, a point each, title_weight for
    // a pair in both headings), the rest of the paragraph (`more`,
    // body_weight each), and the topics of the first part.
    function facetsOf(p, index) {
      var head = masked([p.m.title].concat(p.heads).join("。"));
      var title = pairs(masked(p.m.title));
      var facets = [];
      function add(key, rest) {
        var facet = { problem: index, pairs: pairs(key), more: pairs(rest), topics: topicsOf(key, "area"),
                      title: title };
        Object.keys(facet.pairs).forEach(function (pair) { delete facet.more[pair]; });
        facets.push(facet);
      }
      p.text.slice(p.m.title.length).split("\n").forEach(function (line) {
        line = line.replace(/^[\s。：:]+/u, "");
        if (line.search(hanChar) === -1) {
          return;
        }
        var cut = SENTENCE.exec(line);
        var key = [head, line.slice(0, cut ? Math.min(cut.index, match.key_chars) : match.key_chars)];
        allMatches(INLINE, line).forEach(function (im) {
          var lead = line.slice(im.index + im[0].length, im.index + im[0].length + match.key_chars);
          var stop = /[，,。；;：:！？!?]/u.exec(lead);
          key.push(stop ? lead.slice(0, stop.index) : lead);
        });
        add(key.join("。"), line);
      });
      if (!facets.length) {
        add(head, "");
      }
      return facets;
    }

    // Problem numbers an answer names itself (“针对问题（三）”, “第二个问题”,
    // “以上第三、四个问题”).
    function references(text, count) {
      var found = {};
      allMatches(REF_TRIGGER, text).forEach(function (t) {
        var zone = text.slice(t.index, t.index + REF_ZONE).split(/[。；;\n]/u)[0];
        allMatches(REF_NUMBER, zone).forEach(function (r) {
          var value = cnValue(r[1] || r[2] || r[3]);
          if (value >= 1 && value <= count) {
            found[value - 1] = true;
          }
        });
      });
      allMatches(REF_LIST, text).forEach(function (r) {
        allMatches(CN_NUMBER, r[0]).forEach(function (n) {
          var value = cnValue(n[0]);
          if (value >= 1 && value <= count) {
            found[value - 1] = true;
          }
        });
      });
      return found;
    }

    // Which problems each answer answers: answers[j] -> {problem index: true}.
    // An answer answers the one problem it scores best with (for a cause,
    // short and abstract, one shared word is enough; a measure needs
    // min_score), and every problem it
    // scores min_score and best_share of its best with, on two pieces of
    // evidence at least (one heading word counted twice is not enough): a measure written for
    // one problem that shares a word or two with another does not answer it
    // too. With as many answers as problems it also answers the problem of
    // its own number: always for a cause (causes are worded abstractly), for
    // a measure when the two share at least a word or topic.
    function link(problems, answers, byNumber) {
      var paired = problems.length === answers.length;
      return answers.map(function (a, j) {
        var found = {};
        var top = -1;
        var tied = false;
        var best = Math.max.apply(null, a.score);
        a.score.forEach(function (s, i) {
          if (s >= match.min_score && s >= best * match.best_share && a.evidence[i] >= 2) {
            found[i] = true;
          }
          if (top === -1 || s > a.score[top]) {
            top = i;
            tied = false;
          } else if (s === a.score[top]) {
            tied = true;
          }
        });
        if (top !== -1 && a.score[top] >= (byNumber ? 1 : match.min_score) && !tied) {
          found[top] = true;
        }
        if (paired && (byNumber || a.shared[j] > 0)) {
          found[j] = true;
        }
        return found;
      });
    }

    // Scores every problem against every answer of one part: its best facet.
    // Pairs that occur in most answers, or in most problems (合作社 all
    // through a co-op member's draft), and topics most problems touch (纪律
    // when every problem is one of the six disciplines) say nothing about
    // which one is meant.
    function score(problems, facets, answers, general) {
      var count = {};
      answers.forEach(function (a) {
        a.pairs = pairs(a.text);
        a.title = pairs(a.text.slice(0, a.m.title.length));
        a.topics = topicsOf(a.text, "answer");
        a.refs = references(a.text, problems.length);
        Object.keys(a.pairs).forEach(function (p) { count[p] = (count[p] || 0) + 1; });
      });
      var common = answers.length >= 3 ? answers.length * match.common_share : answers.length + 1;
      answers.forEach(function (a) {
        a.score = problems.map(function (p, i) { return a.refs[i] ? match.min_score : 0; });
        a.shared = problems.map(function () { return 0; });
        a.evidence = problems.map(function (p, i) { return a.refs[i] ? 2 : 0; });
        facets.forEach(function (f) {
          var s = 0;
          var shared = 0;
          var evidence = 0;
          Object.keys(f.pairs).forEach(function (pair) {
            if (a.pairs[pair]) {
              shared += 1;
              // Two headings saying the same thing say most plainly that the
              // answer is meant for this problem.
              if (count[pair] <= common && !general[pair]) {
                s += f.title[pair] && a.title[pair] ? match.title_weight : 1;
                evidence += 1;
              }
            }
          });
          Object.keys(f.more).forEach(function (pair) {
            if (a.pairs[pair] && count[pair] <= common && !general[pair]) {
              s += match.body_weight;
              evidence += 1;
            }
          });
          if (Object.keys(f.topics).some(function (k) { return a.topics[k] && !general["topic " + k]; })) {
            s += match.topic_score;
            shared += 1;
            evidence += 1;
          }
          var i = f.problem;
          a.score[i] = Math.max(a.score[i], s + (a.refs[i] ? match.min_score : 0));
          a.shared[i] += shared;
          a.evidence[i] = Math.max(a.evidence[i], evidence);
        });
      });
    }

    function answered(lines, markers, sections) {
      // An empty item is PR-STRUCT-005's, not a problem to answer.
      var problems = itemsOf(lines, markers, sections.problems).filter(function (p) {
        return p.text.search(hanChar) !== -1;
      });
      if (!problems.length || problems.length > match.max_items) {
        return [];
      }
      var facets = [];
      var seen = {};
      problems.forEach(function (p, i) {
        var own = facetsOf(p, i);
        facets = facets.concat(own);
        p.label = areaLabel(p.m);
        Object.keys(pairs(p.text)).forEach(function (pair) { seen[pair] = (seen[pair] || 0) + 1; });
        var topics = {};
        own.forEach(function (f) { Object.keys(f.topics).forEach(function (k) { topics["topic " + k] = true; }); });
        Object.keys(topics).forEach(function (k) { seen[k] = (seen[k] || 0) + 1; });
      });
      var general = {};
      if (problems.length >= 3) {
        Object.keys(seen).forEach(function (pair) {
          if (seen[pair] > problems.length * match.common_share) {
            general[pair] = true;
          }
        });
      }
      // A part without numbered items (one paragraph: “归结起来……”) answers
      // as a whole and is not judged item by item.
      var judged = {};
      var linked = {};
      var items = {};
      var links = {};
      ["causes", "measures"].forEach(function (part) {
        items[part] = itemsOf(lines, markers, sections[part]);
        judged[part] = items[part].length > 0 && items[part].length <= match.max_items;
        linked[part] = problems.map(function () { return !judged[part]; });
        if (judged[part]) {
          score(problems, facets, items[part], general);
          links[part] = link(problems, items[part], part === "causes");
          links[part].forEach(function (found) {
            Object.keys(found).forEach(function (i) { linked[part][i] = true; });
          });
        }
      });
      var hits = [];
      problems.forEach(function (p, i) {
        var m = p.m;
        var fields = { area: p.label };
        var cause = linked.causes[i];
        var measure = linked.measures[i];
        if (!cause && !measure) {
          hits.push(hit("PR-STRUCT-006", p.index, m.start, m.end + m.title.length, fields));
        } else if (!measure) {
          hits.push(hit("PR-STRUCT-010", p.index, m.start, m.end + m.title.length, fields));
        } else if (!cause && sections.causes) {
          hits.push(hit("PR-STRUCT-011", p.index, m.start, m.end + m.title.length, fields));
        }
      });
      if (judged.measures) {
        var measures = items.measures;
        links.measures.forEach(function (found, j) {
          if (!Object.keys(found).length) {
            var m = measures[j].m;
            hits.push(hit("PR-STRUCT-012", measures[j].index, m.start, m.end + m.title.length,
                          { measure: areaLabel(m) }));
          }
        });
        if (problems.length >= 3 && measures.length * match.count_ratio <= problems.length) {
          var h = sections.measures[0];
          var heading = markers[h[0]];
          hits.push(hit("PR-STRUCT-013", h[0], heading.start, heading.end + heading.title.length,
                        { problems: String(problems.length), measures: String(measures.length) }));
        }
      }
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

  // ---------------------------------------------------------- phrase rules

  var OATH_SEPARATOR = "，,、 \t\u3000";
  var OATH_STOP = "。；;！!？?”\"’…：:（(";
  var OATH_CLAUSE_MAX = 24;

  // Two clauses are alike when they share at least half their characters
  // (为共产主义奋斗终生 ~ 为共产主义奋斗终身), so a misquote is told apart
  // from ordinary prose that happens to follow the first words.
  function alike(a, b) {
    if (Math.abs(a.length - b.length) > 4) {
      return false;
    }
    var pool = {};
    var i;
    for (i = 0; i < b.length; i++) {
      pool[b.charAt(i)] = (pool[b.charAt(i)] || 0) + 1;
    }
    var common = 0;
    for (i = 0; i < a.length; i++) {
      if (pool[a.charAt(i)]) {
        pool[a.charAt(i)] -= 1;
        common += 1;
      }
    }
    return common >= Math.max(2, Math.ceil(Math.max(a.length, b.length) / 2));
  }

  // PR-TERM-006: a quotation of the 入党誓词 that differs from the text in
  // the party constitution. Each quotation is read clause by clause from its
  // first words, at most once per clause: linear in the length of the line.
  function oathRule(rule, oath) {
    var clauses = oath.clauses;
    var whole = clauses.join("，") + "。";

    // The next clause from `at`: [start, end] or null at the end of the quotation.
    function nextClause(line, at) {
      var start = at;
      while (start < line.length && OATH_SEPARATOR.indexOf(line.charAt(start)) !== -1) {
        start += 1;
      }
      if (start === at || start >= line.length) {
        return null;
      }
      var end = start;
      while (end < line.length && end - start < OATH_CLAUSE_MAX &&
             OATH_SEPARATOR.indexOf(line.charAt(end)) === -1 && OATH_STOP.indexOf(line.charAt(end)) === -1) {
        end += 1;
      }
      return [start, end];
    }

    function report(index, start, end, found, right) {
      return hit(rule.id, index, start, end, { match: found, right: right, wording: whole });
    }

    // A quotation starts at the oath's first words (我志愿加入中国共产党, or a
    // misquote of them) or, in the middle, at any later clause of 4+ characters.
    var later = clauses.slice(1).filter(function (c) { return c.length >= 4; })
      .sort(function (a, b) { return b.length - a.length; });
    var trigger = new RegExp("我?[志自]愿加入中国共产党|" + later.join("|"), "gu");

    // Walks the clauses after a trigger; returns [hits, offset where the walk stopped].
    function checkQuote(index, line, m) {
      var first = m[0];
      var fromStart = /愿加入中国共产党$/.test(first);
      var k = fromStart ? 1 : clauses.indexOf(first) + 1;
      var at = m.index + first.length;
      var matched = 0;
      var span;
      var last = [m.index, at];
      while (k < clauses.length && (span = nextClause(line, at)) !== null) {
        var text = line.slice(span[0], span[1]);
        if (text === clauses[k]) {
          matched += 1;
          k += 1;
          at = span[1];
          last = span;
          continue;
        }
        // In the middle of the oath, two clauses in a row must match before a
        // differing one counts as a misquote and not as the writer's own words.
        var inside = fromStart || matched >= 1;
        var elsewhere = clauses.indexOf(text);
        if (inside && (elsewhere !== -1 || alike(text, clauses[k]) || (matched >= 2 && clauses.some(function (c) {
          return alike(text, c);
        })))) {
          return [[report(index, span[0], span[1], text, clauses[k])], span[1]];
        }
        break; // the writer's own words after a few quoted ones
      }
      if (!fromStart) {
        return [[], at];
      }
      if (first !== clauses[0] && (matched > 0 || k === clauses.length)) {
        return [[report(index, m.index, m.index + first.length, first, clauses[0])], at];
      }
      // A quotation that stops short after most of the oath, without 等 or ……
      var after = line.charAt(at) + line.charAt(at + 1);
      if (matched >= 6 && k < clauses.length && (after.charAt(0) === "。" || after.charAt(0) === "”") &&
          after.indexOf("…") === -1) {
        var h = report(index, last[0], last[1], clauses[k - 1], clauses[k - 1] + "，" + clauses[k] + "……");
        h.severity = "warning";
        return [[h], at];
      }
      return [[], at];
    }

    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        var walked = 0; // triggers inside a quotation already walked are skipped
        allMatches(trigger, line).forEach(function (m) {
          if (m.index < walked) {
            return;
          }
          var result = checkQuote(index, line, m);
          hits = hits.concat(result[0]);
          walked = result[1];
        });
      });
      return hits;
    };
  }

  // PR-TERM-007: a plenary session (全会) or congress held after the time a
  // material of year N is written (early in year N+1). The material's year is
  // the largest “N年度” in the text, so a mention of a later year only ever
  // widens what is allowed. Two passes over the text, one regex each.
  function sessionRule(rule, config) {
    var sessions = config.sessions;
    var byName = {};
    sessions.forEach(function (s) { byName[s.name] = s; });
    var names = sessions.map(function (s) { return s.name; })
      .sort(function (a, b) { return b.length - a.length; });
    var sessionRe = names.length ? new RegExp(names.join("|"), "gu") : null;
    var yearRe = new RegExp(config.year_pattern, "gu");

    return function (lines) {
      var hits = [];
      if (!sessionRe) {
        return hits;
      }
      var year = 0;
      lines.forEach(function (line) {
        allMatches(yearRe, line).forEach(function (m) {
          year = Math.max(year, parseInt(m[1], 10));
        });
      });
      if (!year) {
        return hits;
      }
      var limit = (year + 1) * 12 + config.written_by_month;
      lines.forEach(function (line, index) {
        allMatches(sessionRe, line).forEach(function (m) {
          var s = byName[m[0]];
          if (s.year * 12 + s.month > limit) {
            hits.push(hit(rule.id, index, m.index, m.index + m[0].length,
                          { match: m[0], held: s.year + "年" + s.month + "月", year: String(year),
                            next: String(year + 1) }));
          }
        });
      });
      return hits;
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
        lineRules[rule.id] = dictionaryRule(rule, ruleset.miswritten, ruleset.miswritten_words, ruleset.miswritten_notes);
      } else if (rule.check === "variants") {
        lineRules[rule.id] = variantRule(rule, ruleset.variants, ruleset.variant_pattern);
      } else if (rule.check === "doubled") {
        lineRules[rule.id] = doubledRule(rule, ruleset.doubled);
      } else if (rule.check === "oath") {
        lineRules[rule.id] = oathRule(rule, ruleset.oath);
      } else if (rule.check === "session") {
        lineRules[rule.id] = sessionRule(rule, ruleset.sessions);
      } else if (rule.check === "near_miss") {
        lineRules[rule.id] = nearMissRule(rule, ruleset.near_miss, ruleset.miswritten, ruleset.miswritten_words);
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
