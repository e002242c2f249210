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

  // The characters every match of a pattern must hold, one string per
  // top-level alternative (lookarounds, groups, classes, escapes and
  // quantified characters left out); null when an alternative holds none.
  function requiredLiterals(pattern) {
    var out = [];
    var best = "";
    var run = "";
    var depth = 0;
    var inClass = false;
    function endRun() {
      if (run.length > best.length) {
        best = run;
      }
      run = "";
    }
    for (var i = 0; i < pattern.length; i++) {
      var ch = pattern.charAt(i);
      if (ch === "\\") {
        endRun();
        var next = pattern.charAt(i + 1);
        i += next === "u" ? (pattern.charAt(i + 2) === "{" ? pattern.indexOf("}", i) - i : 5) : next === "x" ? 3 : 1;
      } else if (inClass) {
        inClass = ch !== "]";
      } else if (ch === "[") {
        endRun();
        inClass = true;
      } else if (ch === "(" || ch === ")") {
        endRun();
        depth += ch === "(" ? 1 : -1;
      } else if (depth === 0 && ch === "|") {
        endRun();
        if (!best) {
          return null;
        }
        out.push(best);
        best = "";
      } else if ("?*+{".indexOf(ch) !== -1) {
        run = run.slice(0, -1);
        endRun();
        if (ch === "{") {
          i = pattern.indexOf("}", i);
        }
      } else if (depth === 0 && "^$.".indexOf(ch) === -1) {
        run += ch;
      } else {
        endRun();
      }
    }
    endRun();
    if (!best) {
      return null;
    }
    out.push(best);
    return out;
  }

  // Which of a list of patterns can match in a line: those whose required
  // characters it holds (and those with none). Lets a line skip the rest.
  function patternIndex(patterns) {
    var byFirst = Object.create(null);
    var always = [];
    patterns.forEach(function (pattern, n) {
      var literals = requiredLiterals(pattern);
      if (!literals) {
        always.push(n);
        return;
      }
      literals.forEach(function (literal) {
        (byFirst[literal.charAt(0)] = byFirst[literal.charAt(0)] || []).push([literal, n]);
      });
    });
    return function (line) {
      var found = always.slice();
      var seen = Object.create(null);
      for (var i = 0; i < line.length; i++) {
        var list = byFirst[line.charAt(i)];
        for (var k = 0; list && k < list.length; k++) {
          if (!seen[list[k][1]] && line.startsWith(list[k][0], i)) {
            seen[list[k][1]] = true;
            found.push(list[k][1]);
          }
        }
      }
      return found.sort(function (a, b) { return a - b; });
    };
  }

  // The clause that ends at `at` (from the last of `stops` before it), or
  // that starts there (up to the first of `stops`): a scan of one clause,
  // not of the whole line, so a long line stays linear. A clause is cut at
  // CLAUSE_LIMIT characters.
  var CLAUSE_LIMIT = 200;
  function clauseBefore(line, at, stops) {
    var start = at;
    while (start > 0 && at - start < CLAUSE_LIMIT && stops.indexOf(line.charAt(start - 1)) === -1) {
      start--;
    }
    return line.slice(start, at);
  }

  function clauseAfter(line, at, stops) {
    var end = at;
    while (end < line.length && end - at < CLAUSE_LIMIT && stops.indexOf(line.charAt(end)) === -1) {
      end++;
    }
    return line.slice(at, end);
  }

  function hit(rule, line, start, end, fields, severity, excerpt) {
    return { rule: rule, line: line, start: start, end: end, fields: fields || {},
             severity: severity || "", excerpt: excerpt || "" };
  }

  // Where each line's hits start and what they cover, kept as hits are added:
  // comparing every new match with all the hits before it made a line of
  // 30,000 doubles take a hundred times as long as one of 3,000.
  function coverage(hits) {
    var byLine = Object.create(null);
    function mark(h) {
      var line = byLine[h.line] || (byLine[h.line] = { starts: Object.create(null), at: Object.create(null) });
      line.starts[h.start] = true;
      for (var p = h.start; p < h.end; p++) {
        line.at[p] = true;
      }
    }
    hits.forEach(mark);
    return {
      add: function (h) {
        hits.push(h);
        mark(h);
      },
      startsAt: function (line, at) {
        return !!byLine[line] && !!byLine[line].starts[at];
      },
      covers: function (line, from, to) {
        for (var p = from; byLine[line] && p < to; p++) {
          if (byLine[line].at[p]) {
            return true;
          }
        }
        return false;
      }
    };
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

  // PR-PUNCT-014: a paragraph of sentences (a 。 inside) that stops on a
  // comma or on no mark at all, right before a numbered item or the closing
  // words (以上……): its last sentence was never closed. A line running on
  // (text wrapped by hand) is not followed by a numbered item.
  var PARAGRAPH_NEXT = /^[ \t\u3000]*(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+[.．、](?![ \t])|[一二三四五六七八九十]是|以上)/u;
  function paragraphEndRule(rule, base) {
    return function (lines, skipUntil) {
      return base(lines, skipUntil).filter(function (h) {
        // (A request closed by ？ needs no such context.)
        return /？$/u.test(h.fields.match) || lines[h.line].lastIndexOf("。", h.start) !== -1 && h.line + 1 < lines.length &&
          PARAGRAPH_NEXT.test(lines[h.line + 1]);
      });
    };
  }

  // PR-PUNCT-006 also: a ” that closes nothing (参加两癌”免费筛查, dev-72), no
  // “ (or straight quote) open before it on its line. A lookbehind that long
  // is beyond the patterns (ruleset.py checks them with Python's re), so it
  // is counted here; marked from its clause's start, as an unmatched 》 is.
  function unopenedQuoteRule(rule, base) {
    var CLAUSE = /[，。；：！？,;:!?]/u;
    return function (lines, skipUntil) {
      var hits = base(lines, skipUntil);
      var cover = coverage(hits);
      lines.forEach(function (line, index) {
        var open = 0;
        for (var i = 0; i < line.length; i++) {
          var c = line.charAt(i);
          if (c === "“" || c === "\"") {
            open += 1;
          } else if (c === "”" && open > 0) {
            open -= 1;
          } else if (c === "”" && i >= skipUntil[index]) {
            var start = i;
            while (start > 0 && i - start < 20 && !CLAUSE.test(line.charAt(start - 1))) {
              start -= 1;
            }
            if (start < i && !cover.covers(index, i, i + 1)) {
              cover.add(hit(rule.id, index, start, i + 1, { match: line.slice(start, i + 1) }));
            }
          }
        }
      });
      return hits;
    };
  }

  // ruleset.miswritten_words packs the entries without a pattern: wrong,
  // its edits ("=" + the whole correction, or pairs of index digit and
  // character replacing characters of wrong), then "~" + the index of its
  // note in ruleset.miswritten_notes and "!" for a warning (see ruleset.py
  // _pack); between two, one of "|><^": the second shares the first 0, 1, 2
  // or 3 characters of the first's wrong, left out (_front_coded).
  function unpackWords(packed, notes) {
    // ["", separator, entry, separator, entry, ...]
    var parts = packed ? ("|" + packed).split(/([|><^])/) : [];
    var items = [];
    var previous = "";
    for (var p = 1; p + 1 < parts.length; p += 2) {
      var whole = previous.slice(0, "|><^".indexOf(parts[p])) + parts[p + 1];
      previous = whole.slice(0, whole.search(/[0-9=~!]|$/));
      items.push(whole);
    }
    return items.map(function (item) {
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

  // ruleset.miswritten: objects {wrong, pattern, right, note, severity}, or
  // a pattern entry as one string: pattern, right, the index of its note in
  // ruleset.miswritten_notes and its severity, joined by a tab, empty
  // fields at the end left out (see ruleset.py pack_entries).
  function unpackEntries(entries, notes) {
    return (entries || []).map(function (e) {
      if (typeof e !== "string") {
        return e;
      }
      var f = e.split("\t");
      return { wrong: "", pattern: f[0], right: f[1], note: f[2] ? notes[Number(f[2])] : "", severity: f[3] || "" };
    });
  }

  // Linear in the text whatever the size of the dictionary: literal entries
  // are indexed by their first character (longest first, so the longest
  // entry wins at a position), and the pattern entries a line can match
  // (patternIndex) run as one alternation: running all ~300 at every
  // position of a line made this rule most of the time of a long draft.
  function dictionaryRule(rule, entries, packed, notes) {
    var byFirst = Object.create(null);
    entries.filter(function (e) { return !e.pattern; }).concat(unpackWords(packed, notes)).forEach(function (e) {
      var first = e.wrong.charAt(0);
      (byFirst[first] = byFirst[first] || []).push(e);
    });
    Object.keys(byFirst).forEach(function (first) {
      byFirst[first].sort(function (a, b) { return b.wrong.length - a.wrong.length; });
    });
    // Each pattern becomes one capturing group of an alternation of the
    // patterns a line can match (patternIndex); groups inside a pattern are
    // counted so that the group of every entry is known.
    var patterned = entries.filter(function (e) { return e.pattern; });
    var groupCounts = patterned.map(function (e) { return new RegExp(e.pattern + "|", "u").exec("").length; });
    var possible = patternIndex(patterned.map(function (e) { return e.pattern; }));
    var alternations = Object.create(null);
    function alternation(list) {
      var key = list.join(",");
      if (!alternations[key]) {
        var groups = [];
        var next = 1;
        list.forEach(function (n) {
          groups.push([next, patterned[n]]);
          next += groupCounts[n];
        });
        var source = list.map(function (n) { return "(" + patterned[n].pattern + ")"; }).join("|");
        alternations[key] = { regex: new RegExp(source, "gu"), groups: groups };
      }
      return alternations[key];
    }
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
        var list = possible(line);
        if (list.length) {
          var combined = alternation(list);
          allMatches(combined.regex, line).forEach(function (m) {
            for (var g = 0; g < combined.groups.length; g++) {
              if (m[combined.groups[g][0]] !== undefined) {
                hits.push(make(index, m.index, m.index + m[0].length, m[0], combined.groups[g][1]));
                return;
              }
            }
          });
        }
      });
      return hits;
    };
  }

  // PR-WORD-002's map: every character of ruleset.variant_blocks that NFKC
  // turns into one Chinese character (Kangxi radicals, compatibility
  // ideographs), plus the listed variants. Derived here, not shipped: the
  // pairs would cost ~6 KB gzip of ruleset.js.
  function variantMap(listed, blocks, hanClass) {
    var map = {};
    var han = new RegExp("^[" + hanClass + "]$", "u");
    (blocks || []).forEach(function (block) {
      for (var code = block[0]; code < block[1]; code++) {
        var ch = String.fromCodePoint(code);
        var standard = ch.normalize("NFKC");
        if (standard !== ch && han.test(standard)) {
          map[ch] = standard;
        }
      }
    });
    Object.keys(listed || {}).forEach(function (k) { map[k] = listed[k]; });
    return map;
  }

  // A character class of ranges: far faster to match than 1,000 single characters.
  function charClass(chars) {
    var codes = chars.map(function (c) { return c.codePointAt(0); }).sort(function (a, b) { return a - b; });
    var esc = function (code) { return String.fromCodePoint(code).replace(/[\\\]\[^-]/g, "\\$&"); };
    var out = "";
    for (var i = 0; i < codes.length; i++) {
      var j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) {
        j++;
      }
      out += esc(codes[i]) + (j > i ? "-" + esc(codes[j]) : "");
      i = j;
    }
    return "[" + out + "]";
  }

  function variantRule(rule, variants) {
    var keys = Object.keys(variants);
    var regex = keys.length ? new RegExp(charClass(keys), "gu") : null;
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

  // "X" + mode digit + words before | words after ("!": a function word),
  // per checked character (doubled.py).
  function doubledContexts(packed) {
    var contexts = {};
    (packed ? packed.split(";") : []).forEach(function (group) {
      var sides = group.slice(2).split("|");
      contexts[group.charAt(0)] = { mode: parseInt(group.charAt(1), 10),
        before: sides[0] ? sides[0].split(",") : [], after: sides[1] ? sides[1].split(",") : [] };
    });
    return contexts;
  }

  // PR-REPEAT-001: a checked character typed twice. A pair is a boundary, not
  // a slip, between a frequent word ending in it and one starting with it
  // (为了|了解), or next to one of them where the character stands alone
  // (现在|在, 是|是否); AABB (认认真真) and 一XX (一把把) are reduplication.
  function doubledRule(rule, doubled, lexicon) {
    var regex = new RegExp(doubled.pattern, "gu");
    var verbs = {};
    // ...and adjectives (及时时。, 认真真的).
    [lexicon && lexicon.verb, lexicon && lexicon.nouny, lexicon && lexicon.adj].forEach(function (packed) {
      (packed ? packed.split(",") : []).forEach(function (g) {
        for (var k = 1; k < g.length; k++) {
          verbs[g.charAt(0) + g.charAt(k)] = true;
        }
      });
    });
    var whitelist = doubled.whitelist;
    var contexts = doubledContexts(doubled.contexts);

    // AABB is reduplication, but not after an AA of "every" (事事有有着落).
    function boundary(line, at, ch) {
      var next = line.charAt(at + 2);
      var prev = line.charAt(at - 1);
      if (prev === "\u4e00" || (next && next !== ch && line.charAt(at + 3) === next) ||
          (at >= 2 && prev !== ch && line.charAt(at - 2) === prev && !/[事件人处样天个家村户年月次回条项种位]/.test(prev))) {
        return true;
      }
      var c = contexts[ch];
      if (!c) {
        return false;
      }
      // 0: no word, 1: a function word, 2: a content word ends (starts) at the
      // pair; 0.5: a rarer word ("~", 迁就|就是) that needs a word on the other side.
      function side(words, from, before) {
        var found = 0;
        words.forEach(function (w) {
          var mark = w.charAt(0);
          var level = mark === "!" ? 1 : mark === "~" ? 0.5 : 2;
          w = level === 2 ? w : w.slice(1);
          var begin = before ? from - w.length : from;
          if (begin >= 0 && line.substr(begin, w.length) === w) {
            found = Math.max(found, level);
          }
        });
        return found;
      }
      var left = side(c.before, at, true);
      var right = side(c.after, at + 2, false);
      return (left && right) || left === 2 || (left === 1 && (c.mode & 1) !== 0) ||
        (right === 2 && (c.mode & 2) !== 0);
    }

    // Whitelisted words that are slips all the same after a person (客户|了了解).
    var notAfter = doubled.not_after || {};

    function allowed(line, at, ch) {
      var next = line.charAt(at + 2);
      // A preposition after a pronoun starts no word with it (我在在外地): a
      // slip, unless AABB (他从从容容).
      if (/[我你他她它们]/.test(line.charAt(at - 1)) && /[在被给向从]/.test(ch) &&
          !(next && line.charAt(at + 3) === next)) {
        return false;
      }
      // One-character verbs tried out in a list (放放视频、用用课件).
      if (/([\u4e00-\u9fa5])\1[\u4e00-\u9fa5]{1,4}、$/.test(line.slice(Math.max(0, at - 7), at)) ||
          /^[\u4e00-\u9fa5]{1,4}、([\u4e00-\u9fa5])\1/.test(line.slice(at + 2, at + 9))) {
        return true;
      }
      if (boundary(line, at, ch)) {
        return true;
      }
      var pair = ch + ch;
      for (var i = 0; i < whitelist.length; i++) {
        var word = whitelist[i];
        var offset = word.indexOf(pair);
        while (offset !== -1) {
          var begin = at - offset;
          if (begin >= 0 && line.substr(begin, word.length) === word &&
              !(begin > 0 && (notAfter[word] || "").indexOf(line.charAt(begin - 1)) !== -1)) {
            return true;
          }
          offset = word.indexOf(pair, offset + 1);
        }
      }
      return false;
    }

    // Content characters, only inside the curated words (doubled.py):
    // 加加强, 物业业; not 外科|科室, 安全|全面, 学|学习近平.
    var parts = (doubled.content || "").split("#");
    var words = {};
    (parts[0] ? parts[0].split(",") : []).forEach(function (w) { words[w] = true; });
    function charSets(packed) {
      var sets = {};
      (packed ? packed.split(";") : []).forEach(function (g) { sets[g.charAt(0)] = g.slice(1); });
      return sets;
    }
    var ends = charSets(parts[1]);
    var starts = charSets(parts[2]);
    // Characters of the curated words that are words of their own (工作|作了).
    var alone = parts[3] || "";
    // Suffix characters and the few characters after which they start a word
    // (们, 者, 员: 人员|员工); after "|", the only characters a noun character
    // whose AA form is a word may follow (老人人, not 大家人人).
    var suffix = {};
    var suffixLeft = {};
    (doubled.suffix ? doubled.suffix.split(";") : []).forEach(function (g) {
      var sides = g.slice(1).split("|");
      suffix[g.charAt(0)] = sides[0];
      if (sides.length > 1) {
        suffixLeft[g.charAt(0)] = sides[1];
      }
    });
    // AB|B (时候候, 自己己): "B" + the characters after B in its words, "|",
    // the characters A of the frequent words AB (doubled.py).
    var tails = {};
    (doubled.tails ? doubled.tails.split(";") : []).forEach(function (g) {
      var sides = g.slice(1).split("|");
      tails[g.charAt(0)] = { next: sides[0], prev: sides[1] || "" };
    });
    var contentRegex = /([\u4e00-\u9fa5])\1/gu;
    // AAA (往往往): per adverb A of an AA word, the characters after A in its
    // words, "|", the characters before A (今天|天天, 常常|常委 are boundaries).
    var triples = {};
    (doubled.triples ? doubled.triples.split(";") : []).forEach(function (g) {
      var sides = g.slice(1).split("|");
      triples[g.charAt(0)] = { next: sides[0], prev: sides[1] || "" };
    });
    var tripleRegex = /([\u4e00-\u9fa5])\1\1/gu;
    // X一Y words (进一步) and the characters after Y in its words (doubled.py).
    var counted = {};
    (doubled.counted ? doubled.counted.split(";") : []).forEach(function (g) {
      counted[g.slice(0, 3)] = g.slice(3);
    });
    var checked = new RegExp("^" + doubled.pattern + "$", "u");

    function within(sets, key, c) {
      return !!c && (sets[key] || "").indexOf(c) !== -1;
    }

    function contentSlip(line, at, ch) {
      var prev = line.charAt(at - 1);
      var next = line.charAt(at + 2);
      if (prev === ch || next === ch || prev === "\u4e00" || (next && line.charAt(at + 3) === next) ||
          (at >= 2 && line.charAt(at - 2) === prev) || checked.test(ch + ch)) {
        return false;
      }
      if (alone.indexOf(ch) !== -1) {
        return false;
      }
      var tail = tails[ch];
      if (tail && prev && tail.prev.indexOf(prev) !== -1 && !(next && tail.next.indexOf(next) !== -1)) {
        return true;
      }
      if (prev && words[prev + ch] && !within(starts, ch, next)) {
        return true;
      }
      return !!next && !!words[ch + next] && !within(ends, ch, prev) && !within(starts, next, line.charAt(at + 3));
    }

    // 我们们, 态度度: a suffix character after a character, the second copy
    // starting none of its words.
    function suffixSlip(line, at, ch) {
      var prev = line.charAt(at - 1);
      var next = line.charAt(at + 2);
      return suffix[ch] !== undefined && /[\u4e00-\u9fa5]/.test(prev) && prev !== "\u4e00" && next !== ch &&
        !(next && line.charAt(at + 3) === next) && !within(suffix, ch, next) &&
        (suffixLeft[ch] === undefined || within(suffixLeft, ch, prev));
    }

    return function (lines) {
      var hits = [];
      var cover = coverage(hits);
      lines.forEach(function (line, index) {
        allMatches(regex, line).forEach(function (m) {
          if (!allowed(line, m.index, m[1])) {
            cover.add(hit(rule.id, index, m.index, m.index + m[0].length, { match: m[0], char: m[1] }));
          }
        });
        allMatches(contentRegex, line).forEach(function (m) {
          if ((contentSlip(line, m.index, m[1]) || suffixSlip(line, m.index, m[1])) &&
              !allowed(line, m.index, m[1])) {
            cover.add(hit(rule.id, index, m.index, m.index + m[0].length, { match: m[0], char: m[1] }));
          }
        });
        // A verb and its last character again (批改改, 走访访): jieba's and the
        // hand lists' verbs (ruleset.de_lexicon); not AABB (改改改进 aside), and
        // only before a particle, 不, a pronoun (提醒醒他们) or the clause's end,
        // where the second copy starts no word (学习习惯, 落实实在 stay).
        allMatches(contentRegex, line).forEach(function (m) {
          var prev = line.charAt(m.index - 1);
          var next = line.charAt(m.index + 2);
          // Nor a verb of its own that the second copy starts (争取|取得).
          // Also before another word of the lexicon (督导导检查, 认真真查找):
          // the second copy would stand alone between two words, which only
          // a function word (checked above) or an AA word does.
          // 学习|习惯, 深入|入户 go on into no lexicon word.
          if (prev && verbs[prev + m[1]] && line.charAt(m.index - 2) !== prev && !verbs[m[1] + next] &&
              (!next || /[^\u4e00-\u9fa5]|[不了的地得着过也都就还是和与他她你它]/.test(next) ||
               (verbs[line.substr(m.index + 2, 2)] && next !== m[1] && !verbs[m[1] + m[1]] &&
                !checked.test(m[1] + m[1]))) &&
              !cover.startsAt(index, m.index)) {
            cover.add(hit(rule.id, index, m.index, m.index + 2, { match: m[0], char: m[1] }));
          }
        });
        // AB|B before 们 or 的 (老师师们, 水表表的), X一Y|Y (进一步步, 第一次次)
        // and a verb's 到 again (做到到情况清): not AABB, 一XX, kin (哥哥们),
        // nor a word after the second copy (第一个|个人, 看到|到处).
        allMatches(contentRegex, line).forEach(function (m) {
          var at = m.index;
          var ch = m[1];
          var prev = line.charAt(at - 1);
          var next = line.charAt(at + 2);
          var word = counted[line.substr(at - 2, 3)];
          if (!/[\u4e00-\u9fa5]/.test(prev) || (prev === "\u4e00" && word === undefined) ||
              line.charAt(at - 2) === prev ||
              cover.covers(index, at, at + 1)) {
            return;
          }
          if ((next === "们" && (doubled.plural_aa || "").indexOf(ch) === -1) ||
              // 里 twice after a place (群里里发通知): only 里里外外 is a word.
              (ch === "里" && next && !/[外面头边]/.test(next)) ||
              // Not a verb said again after its object, 的 for 得 (笔记记的不够细).
              (next === "的" && (doubled.tail_de || "").indexOf(ch) !== -1 &&
               !/^(?:[不很太还也较挺更最]|比较|非常|十分)/.test(line.slice(at + 3))) ||
              (word !== undefined && !(next && word.indexOf(next) !== -1)) ||
              // A common last character (doubled.tail_de: no word of its own,
              // nor AA) before a verb or adjective of the lexicon or a
              // punctuation mark (问题题实行, 审计计报告, 党费费。): a copy that
              // stood alone there would be a word. Not an "every" AA (件件有),
              // nor a copy that starts a curated or AB|B word with the next
              // character (员工|工作出色, 生产|产生).
              ((doubled.tail_de || "").indexOf(ch) !== -1 && !/[事件人处样天个家村户年月次回条项种位]/.test(ch) &&
               next !== ch && !(next && line.charAt(at + 3) === next) &&
               (verbs[line.substr(at + 2, 2)] || !/[\u4e00-\u9fa5]/.test(next || "。")) &&
               !words[ch + next] && !verbs[ch + next] && !within(starts, ch, next) &&
               !(tails[ch] && next && tails[ch].next.indexOf(next) !== -1)) ||
              (ch === "到" && verbs[prev + ch] && !/[处期达来底场家时头会访任岗站点账手]/.test(next || "处") &&
               line.substr(at + 2, 2) !== "位的")) {
            cover.add(hit(rule.id, index, at, at + 2, { match: m[0], char: ch }));
          }
        });
        // AABB and B once more (兢兢业业业): not a checked character (实实在在在).
        allMatches(/([\u4e00-\u9fa5])\1(?!\1)([\u4e00-\u9fa5])\2\2(?!\2)/gu, line).forEach(function (m) {
          if (!checked.test(m[2] + m[2])) {
            cover.add(hit(rule.id, index, m.index, m.index + 5, { match: m[0], char: m[2] }));
          }
        });
        allMatches(tripleRegex, line).forEach(function (m) {
          var t = triples[m[1]];
          var prev = line.charAt(m.index - 1);
          var next = line.charAt(m.index + 3);
          if (t && prev !== m[1] && next !== m[1] && !(prev && t.prev.indexOf(prev) !== -1) &&
              !(next && t.next.indexOf(next) !== -1)) {
            cover.add(hit(rule.id, index, m.index, m.index + 3, { match: m[0], char: m[1] }));
          }
        });
      });
      return hits;
    };
  }

  // PR-REPEAT-002 beyond its patterns: any two-character word typed twice
  // (数据数据, 纠纷纠纷, 觉得觉得) unless it may reduplicate: a verb tried out
  // (jieba's verbs and adjectives in ruleset.de_lexicon, doubled.abab_try:
  // 研究研究, 商量商量, 高兴高兴), a state word (雪白雪白) or a sound
  // (哗啦哗啦). Verbs of a state or result never try out (doubled.abab_never,
  // and those ending in doubled.abab_result: 觉得, 做到, 认为). A pattern hit
  // on a verb after 的 is a 的 for 地 (认真的研究研究), left to PR-DE-001.
  function ababRule(rule, lex, doubled, base) {
    var known = Object.create(null);
    var never = Object.create(null);
    [lex.verb, lex.nouny, lex.adj, doubled.abab_try].forEach(function (packed) {
      (packed ? packed.split(",") : []).forEach(function (g) {
        for (var k = 1; k < g.length; k++) {
          known[g.charAt(0) + g.charAt(k)] = true;
        }
      });
    });
    (doubled.abab_never ? doubled.abab_never.split(",") : []).forEach(function (w) { never[w] = true; });
    var result = doubled.abab_result || "";
    var regex = /([\u4e00-\u9fa5])(?!\1)([\u4e00-\u9fa5])\1\2/gu;
    // Counted (一个一个, 两遍两遍), aspect (听着听着), a particle or 不 inside.
    var counted = /^[一二两三四五六七八九十百千几每半整第〇0-9]/;
    var inside = /[一不没是的了着过个]/;
    // Last characters of state words (雪白雪白, 冰凉冰凉) and sounds.
    var state = /[白红黑绿黄蓝紫亮凉热冷烫香甜酸苦辣咸软硬直静嫩胖瘦啦通咚隆答噜嗒哈嘻呼吱嘎砰啪嗡喳]/;
    var adjOnly = Object.create(null);
    (lex.adj ? lex.adj.split(",") : []).forEach(function (g) {
      for (var k = 1; k < g.length; k++) {
        adjOnly[g.charAt(0) + g.charAt(k)] = true;
      }
    });
    (doubled.abab_try ? doubled.abab_try.split(",") : []).forEach(function (w) { delete adjOnly[w]; });
    var nouny = Object.create(null);
    (lex.nouny ? lex.nouny.split(",") : []).forEach(function (g) {
      for (var k = 1; k < g.length; k++) {
        nouny[g.charAt(0) + g.charAt(k)] = true;
      }
    });
    // A known word twice that cannot be tried out all the same: an adjective
    // (its repeat is AABB) unless it ends the clause as a verb would (高兴高兴。;
    // 主动主动向支部报告, 安全安全隐患), or a verb right after a verb or a noun
    // that is a noun as often, where a term goes on (党史学习教育教育期间);
    // not after a modal verb (应该锻炼锻炼).
    // A verb tried out heads no noun phrase (反映反映的问题) but the time or
    // the chance for it (研究研究的时候不多), opens no heading (（一）坚持坚持
    // 学用结合) and takes no preposition after it (还坚持坚持给学生讲: one verb).
    function slip(line, at, w) {
      var rest = line.slice(at + 4);
      return (adjOnly[w] && !/^(?:[，。；！？、,;!?”）吧啊呀嘛了]|$)/.test(rest)) ||
        (at >= 2 && !!nouny[line.substr(at - 2, 2)]) ||
        (/^的/.test(rest) && !/^的(?:时|机会|必要|工夫|功夫|余地|空)/.test(rest)) ||
        // ...nor takes a complement (反映反映得不及时; 商量商量得了 ends the talk).
        /^得(?!了)/.test(rest) ||
        /^[给向对为跟替把被从](?![谁啥什哪])[\u4e00-\u9fa5]/.test(rest) ||
        (/^[\u4e00-\u9fa5]/.test(line.slice(at + 4)) && !/^[再吧]/.test(line.slice(at + 4)) &&
         /^(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十0-9]+[、.．])?$/.test(line.slice(0, at)));
    }
    return function (lines, skipUntil) {
      // Only after an adjective (自己的要求要求 is a slip of its own).
      var hits = base(lines, skipUntil).filter(function (h) {
        var w = lines[h.line].substr(h.start, 2);
        var a = lines[h.line].substr(h.start - 3, 2);
        return !(lines[h.line].charAt(h.start - 1) === "的" && h.end - h.start === 4 && known[w] && !never[w] &&
                 (adjOnly[a] || a.charAt(0) === a.charAt(1)));
      });
      var cover = coverage(hits);
      lines.forEach(function (line, index) {
        allMatches(regex, line).forEach(function (m) {
          var w = m[0].slice(0, 2);
          var prev = line.charAt(m.index - 1);
          // Adverbs never reduplicate (没有没有, 一起一起, 逐项逐项).
          var adverb = /^(?:没有|一[起直定同齐并律向贯再]|逐.)$/.test(w);
          if (m.index < skipUntil[index] || (!adverb && (inside.test(w) || counted.test(w) || state.test(w.charAt(1)) ||
              (known[w] && !never[w] && result.indexOf(w.charAt(1)) === -1 && !slip(line, m.index, w)))) ||
              counted.test(prev) ||
              /^[长员]/.test(line.charAt(m.index + 4)) ||
              // A saying plays on the word (干部干部，干字当头; 干部干部，先干一步).
              (/[，,：:]/.test(line.charAt(m.index + 4)) && line.substr(m.index + 5, 3).indexOf(m[1]) !== -1) ||
              cover.covers(index, m.index, m.index + 1)) {
            return;
          }
          cover.add(hit(rule.id, index, m.index, m.index + 4, { match: m[0], right: w, group1: w }));
        });
        // 一X一 twice (一对一一对一), which the patterns leave to the counts
        // (一个字一个字地读).
        allMatches(/(一[\u4e00-\u9fa5]一)\1/gu, line).forEach(function (m) {
          var w = m[1];
          if (m.index < skipUntil[index] ||
              cover.covers(index, m.index, m.index + 6)) {
            return;
          }
          cover.add(hit(rule.id, index, m.index, m.index + 6, { match: m[0], right: w, group1: w }));
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
    // zh/ch/sh and z/c/s count as one sound, and so do -n and -ng, one of the
    // two at a time: writers who do not tell them apart pick the wrong one
    // (义不容迟 for 义不容辞, 乡村振新 for 乡村振兴; both at once made 三级 of
    // 上级). Not for a first character, which often ends the word before
    // (形势下基层 is not 四下基层).
    var flat = syllables.map(function (s) { return s.replace(/^([zcs])h/, "$1"); });
    var nasal = syllables.map(function (s) { return s.replace(/([aei])ng$/, "$1n"); });
    var frequent = data.frequent;
    // Look-alike characters that sound different (得过具过 for 得过且过, 严于律已,
    // 末雨绸缪): a slip of the eye, not of the ear. One group a string
    // (LOOKALIKE in near_miss.py, which also lists the words they would flag).
    var alike = Object.create(null);
    data.lookalike.forEach(function (g, n) {
      g.split("").forEach(function (c) { alike[c] = n; });
    });

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
    var patternSources = entries.filter(function (e) { return e.pattern; }).map(function (e) { return e.pattern; });
    var patterns = patternSources.map(function (source) { return new RegExp(source, "gu"); });
    var patternsIn = patternIndex(patternSources);

    // rightOf's last match: the changed position and whether only the
    // loose (zh/z, -ng/-n) reading made it.
    var changed = 0;
    var fuzzy = false;
    function pair(a, b) {
      return tails.has(a.charCodeAt(0) * 65536 + b.charCodeAt(0));
    }

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
          // 的 and 得 for the 地 of a set phrase (设身处的) sound alike in speech.
          var same = found[j][1] === syllable || (p > 0 && (flat[found[j][1]] === flat[syllable] || nasal[found[j][1]] === nasal[syllable])) ||
            (found[j][2].charAt(p) === "地" && "的得".indexOf(w.charAt(p)) !== -1) ||
            (alike[w.charAt(p)] !== undefined && alike[w.charAt(p)] === alike[found[j][2].charAt(p)]);
          if (same && found[j][2].charAt(p) !== w.charAt(p)) {
            changed = p;
            fuzzy = found[j][1] !== syllable;
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
      patternsIn(line).forEach(function (n) {
        allMatches(patterns[n], line).forEach(function (m) {
          covered.fill(1, m.index, m.index + m[0].length);
        });
      });
      return covered;
    }

    var UNIT_SUFFIX = "部科处室局厅院队组委办";
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
            // 一X了之 is a frame any verb fills (一推了之, 一退了之, 一罚了之).
            if (/^一.了之$/.test(w) && /^一.了之$/.test(right)) {
              continue;
            }
            // 培智部党员: a first character changed right after another one
            // and before a unit's suffix (部, 科, 室…) is the end of that
            // unit's name (培智部), not a slip of the phrase (支部党员).
            if (right && i > 0 && w.charAt(0) !== right.charAt(0) && UNIT_SUFFIX.indexOf(w.charAt(1)) !== -1) {
              continue;
            }
            // 在宿舍区建设, 党小组汇报: a changed first (last) character that
            // makes a word with the one before (after) the window, as the
            // targets' final two characters show (宿舍, 汇报), belongs to that
            // word. A loose reading counts only when neither edge makes one,
            // and on a second character only at a run's start (出发想问题).
            var before = i > 0 && pair(text.charAt(i - 1), w.charAt(0));
            var after = i + 4 < text.length && pair(w.charAt(3), text.charAt(i + 4));
            if (right && ((before && (changed === 0 || fuzzy)) || (after && (changed === 3 || fuzzy)) ||
                          (fuzzy && changed === 1 && i > 0))) {
              continue;
            }
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
  // PR-TERM-003 outside an explanation: members this long are checked where
  // they are quoted, found by their first MISQUOTE_ANCHOR characters.
  var MISQUOTE_MIN = 10;
  var MISQUOTE_ANCHOR = 5;
  var MISQUOTE_ALONE = 9;

  function termRules(terms, config) {
    var entries = terms.map(function (t) {
      return { regex: new RegExp(t.pattern, "gu"), term: t,
               enumRe: t.enum ? new RegExp(t.enum, "gu") : null,
               itemRe: t.item ? new RegExp(t.item, "gu") : null };
    });
    var connectors = config.connectors;
    var introducers = config.introducers;
    var selective = config.selective || [];
    var numbers = config.numbers || { pattern: "", names: {}, allowed: [], strict: [] };
    var numberRe = numbers.pattern ? new RegExp(numbers.pattern, "gu") : null;
    // Long members by their first characters (without a leading 党).
    var anchored = Object.create(null);
    terms.forEach(function (t) {
      if (t.mode !== "wording") {
        return;
      }
      t.members.forEach(function (member) {
        var text = /^党[\u3400-\u9fff]/u.test(member) ? member.slice(1) : member;
        if (text.length >= MISQUOTE_MIN) {
          var key = text.slice(0, MISQUOTE_ANCHOR);
          (anchored[key] = anchored[key] || []).push([t, text]);
        }
      });
    });
    var anchorKeys = Object.keys(anchored);
    var anchorRe = anchorKeys.length ? new RegExp(anchorKeys.join("|"), "gu") : null;
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

    // Where a member stands from `from`, also without its leading 党 (“两个确立”
    // 就是确立习近平同志……: the subject is the term's own); -1 if nowhere.
    function memberAt(text, member, from) {
      var at = text.indexOf(member, from);
      return at === -1 && /^党[\u3400-\u9fff]{4}/u.test(member) ? text.indexOf(member.slice(1), from) : at;
    }

    // Where member i should stand in the explanation that starts at `from`:
    // after member i-1 (or at the start) and before member i+1 (or the end of
    // the clause), when those neighbours are quoted exactly; null otherwise.
    function changedMember(masked, from, members, i) {
      var SKIP = /[“”"‘’，,、：: \t\u3000]/u;
      var start = from;
      if (i > 0) {
        var prev = memberAt(masked, members[i - 1], from);
        if (prev === -1 || prev - from > windowSize) {
          return null;
        }
        start = prev + members[i - 1].length - (masked.startsWith(members[i - 1], prev) ? 0 : 1);
      }
      while (start < masked.length && SKIP.test(masked.charAt(start))) {
        start += 1;
      }
      var connector = LEADING_CONNECTOR.exec(masked.slice(start));
      if (connector) {
        start += connector[0].length; // ……享乐主义和奢侈之风
      }
      var end;
      if (i + 1 < members.length) {
        end = masked.indexOf(members[i + 1], start);
        if (end === -1 || end - start > members[i].length * 2 + 4) {
          return null;
        }
      } else {
        end = start;
        while (end < masked.length && end - start < members[i].length + 4 && !/[，,。；;！？!?”"’—（(]/u.test(masked.charAt(end))) {
          end += 1;
        }
      }
      while (end > start && SKIP.test(masked.charAt(end - 1))) {
        end -= 1;
      }
      return end > start ? [start, end] : null;
    }

    function checkWording(index, line, offset, masked, a, b, term, fields, misquoted) {
      var after = consumeGap(masked, b, maxGap);
      var gap = masked.slice(b, after);
      // A dash may open an explanation (“四风”——形式主义、……) or an aside
      // (“四风”——尤其是形式主义): after a dash, only a text that starts with
      // a member and names all members but one counts.
      var dashed = !introduced(gap) && gap.indexOf("——") !== -1;
      if (!dashed && !introduced(gap)) {
        return [];
      }
      var windowText = take(masked, after, windowSize).replace(QUOTES, "");
      var absent = term.members.filter(function (x) { return memberAt(windowText, x, 0) === -1; }).length;
      if (dashed && (absent !== 1 || !term.members.some(function (x) { return windowText.startsWith(x); }))) {
        return [];
      }
      for (var i = 0; i < term.members.length; i++) {
        if (memberAt(windowText, term.members[i], 0) === -1) {
          // The term and its explanation are reported as one: a misquoted
          // member found in the explanation is not reported again.
          misquoted.forEach(function (h) {
            if (h.fields.term === term.term && h.start >= offset + after && h.start < offset + after + windowSize) {
              h.covered = true;
            }
          });
          var excerpt = line.slice(offset + a, offset + after) + take(line, offset + after, 30);
          // After a dash the mark runs to the closing dash, over the wrong item.
          var close = dashed ? masked.indexOf("——", after) : -1;
          var end = close !== -1 && close - after <= windowSize ? close : b;
          // With the members around it quoted right, the mark is on the
          // changed one (党中央权威和统一领导), where the slip is.
          var changed = changedMember(masked, after, term.members, i);
          if (changed) {
            // One word swapped at the end (……思想的核心地位 for 指导地位): the
            // mark is on that word, from where the text parts from the member.
            var said = masked.slice(changed[0], changed[1]);
            var same = 0;
            while (same < said.length && said.charAt(same) === term.members[i].charAt(same)) {
              same += 1;
            }
            if (said.length === term.members[i].length && same >= 4 && said.length - same <= 4) {
              changed[0] += same;
            }
            return [hit("PR-TERM-003", index, offset + changed[0], offset + changed[1], fields, "",
                        masked.slice(changed[0], changed[1]))];
          }
          return [hit("PR-TERM-003", index, offset + a, offset + end, fields, "", excerpt)];
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

    // The items of an enumeration: members matched, and the others as shown.
    function classify(entry, text) {
      var term = entry.term;
      var members = term.members;
      var matched = [];
      var wrong = [];
      var width = Math.max.apply(null, members.map(function (x) { return codePoints(x); }));
      allMatches(entry.itemRe, text).forEach(function (item) {
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
      // Two items off, one of them a member with one character mistyped
      // (廉结纪律, the dictionary's to report): that one is the member, the
      // other is the set's slip (…工作纪律、财经纪律).
      if (wrong.length === 2) {
        var typo = wrong.filter(function (w) {
          return members.some(function (x) {
            var off = 0;
            for (var k = 0; k < x.length; k++) { off += w.charAt(k) === x.charAt(k) ? 0 : 1; }
            return x.length >= 4 && w.length === x.length && off === 1 && matched.indexOf(x) === -1;
          });
        });
        if (typo.length === 1) {
          members.some(function (x) {
            var off = 0;
            for (var k = 0; k < x.length; k++) { off += typo[0].charAt(k) === x.charAt(k) ? 0 : 1; }
            return typo[0].length === x.length && off === 1 && matched.push(x);
          });
          wrong = wrong.filter(function (w) { return w !== typo[0]; });
        }
      }
      return { matched: matched, wrong: wrong };
    }

    function detail(wrong, missing) {
      var parts = [];
      if (wrong.length) {
        parts.push(wrong.map(function (w) { return "“" + w + "”"; }).join("") + "不在其中");
      }
      if (missing.length) {
        parts.push("缺少" + missing.map(function (x) { return "“" + x + "”"; }).join(""));
      }
      return parts.join("，");
    }

    // An enumeration of a set's members away from the term (the term said
    // earlier in the sentence, or not at all): one member swapped for another
    // word of the same kind (…制度自信、文明自信), or, when the sentence names
    // the term and nothing says only some are meant, one member left out.
    function looseEnumerations(index, line) {
      var hits = [];
      var masked = null;
      entries.forEach(function (entry) {
        if (!entry.enumRe || line.indexOf(entry.term.affix) === -1) {
          return;
        }
        // Terms are masked, as in a sentence checked with its term: 六大纪律
        // is not an item of the enumeration after it.
        if (masked === null) {
          masked = line;
          entries.forEach(function (e) {
            masked = masked.replace(e.regex, function (t) { return MASK.repeat(t.length); });
          });
        }
        var members = entry.term.members;
        allMatches(entry.enumRe, masked).forEach(function (found) {
          // The sentence before the enumeration, at most `window` characters
          // back: bounded work per enumeration, linear on one long line.
          var before = line.slice(Math.max(0, found.index - windowSize), found.index);
          var stop = Math.max(before.lastIndexOf("。"), before.lastIndexOf("！"), before.lastIndexOf("？"),
                              before.lastIndexOf("!"), before.lastIndexOf("?"));
          before = before.slice(stop + 1);
          var at = before.search(entry.regex);
          entry.regex.lastIndex = 0;
          // No term in the sentence nor next to the items (a term next to them
          // is checked with them, in check()).
          var alone = at === -1 && masked.slice(Math.max(0, found.index - COUNT_SPAN),
                                                found.index + found[0].length + COUNT_SPAN).indexOf(MASK) === -1;
          // Without a term, items joined by 、 end at a comma: what follows is
          // a new clause (政治意识、大局意识、核心意识，提高服务意识).
          var comma = found[0].search(/[，,]/u);
          var m = alone && found[0].indexOf("、") !== -1 && comma > 0
            ? { index: found.index, 0: found[0].slice(0, comma) } : found;
          var sorted = classify(entry, m[0]);
          var matched = unique(sorted.matched);
          var missing = members.filter(function (x) { return matched.indexOf(x) === -1; });
          var items = sorted.matched.length + sorted.wrong.length;
          var report = false;
          var trim = false;
          if (items === members.length && sorted.wrong.length === 1 && matched.length === members.length - 1) {
            report = true;
          } else if (!sorted.wrong.length && items === members.length - 1 && missing.length === 1 &&
                     members.length >= 3 && line.indexOf(missing[0]) === -1) {
            // (A member named elsewhere in the paragraph is not missing:
            // ……工作纪律方面较好，生活纪律方面……)
            var end = m.index + m[0].length;
            if (at !== -1) {
              report = !some(selective, before.slice(at));
            } else if (alone && !some(selective, before)) {
              // The set's own size counted next to the items (这六条纪律,
              // 六类纪律：), or, in a set of LONG_SET or more, all the others
              // in their order. No one lists five of six on purpose without
              // saying so (重点是……).
              report = counted(members.length, line.slice(Math.max(0, m.index - COUNT_SPAN), m.index),
                               line.slice(end, end + COUNT_SPAN)) ||
                (members.length >= LONG_SET && inOrder(members, sorted.matched));
              trim = report;
            }
          }
          if (report) {
            // The mark starts at the first member, not at words the first item took in (我在政治纪律).
            var lead = trim ? Math.min.apply(null, members.map(function (x) {
              var k = m[0].indexOf(x);
              return k === -1 ? m[0].length : k;
            })) : 0;
            hits.push(hit("PR-TERM-001", index, m.index + (lead < m[0].length ? lead : 0), m.index + m[0].length,
                          { term: entry.term.term, wording: entry.term.wording,
                            detail: detail(sorted.wrong, missing) }));
          }
        });
      });
      return hits;
    }

    // A count of the whole set right before or after an enumeration: 这六条
    // 纪律, 共六项; 六个方面：… (a count of the items themselves, 这五条, is no sign).
    var COUNT_SPAN = 8;
    var LONG_SET = 5;
    function counted(size, before, after) {
      var names = "(?:" + (size === 2 ? "二|两" : chineseName(size)) + ")";
      var measure = "(?:条|项|个|大|种|类|方面)";
      return new RegExp("^(?:等|这|这些|共|等等|以上)?" + names + measure, "u").test(after) ||
        new RegExp(names + measure + "[\\u3400-\\u9fff]{0,4}(?:[：:（(]|[，,]?(?:即|就是|包括|分别是))$", "u").test(before);
    }

    function inOrder(members, matched) {
      var at = -1;
      return matched.every(function (x) {
        var k = members.indexOf(x);
        var later = k > at;
        at = k;
        return later;
      });
    }

    // A term written with the wrong number (三个自信 for 四个自信).
    function wrongNumbers(index, line) {
      var hits = [];
      if (!numberRe) {
        return hits;
      }
      allMatches(numberRe, line).forEach(function (m) {
        var known = numbers.names[m[3]];
        // Arabic digits read as numerals (4个自信); 二 and 两 are one number.
        var written = /[1-9]/.test(m[1]) ? "一两三四五六七八九".charAt(Number(m[1]) - 1) : m[1];
        written = written === "二" ? "两" : written;
        var end = m.index + m[0].length;
        if (m[2] !== known.counter || written === known.number ||
            numbers.allowed.indexOf(m[1] + m[2] + m[3]) !== -1) {
          return;
        }
        if (numbers.strict.indexOf(m[3]) !== -1 && /^[\u3400-\u9fff]/u.test(line.charAt(end)) &&
            line.charAt(end) !== "的") {
          return;
        }
        // A count after the items themselves (廉洁纪律、工作纪律两大纪律) is no term.
        var before = line.slice(Math.max(0, m.index - m[3].length - 2), m.index).replace(/(?:这|等|这些)$/u, "");
        if (before.endsWith(m[3]) || /[”"]$/u.test(before) && before.slice(0, -1).endsWith(m[3])) {
          return;
        }
        hits.push(hit("PR-TERM-001", index, m.index, end,
                      { term: known.term, wording: known.wording, detail: "写成了“" + m[0].replace(QUOTES, "") + "”" }));
      });
      return hits;
    }

    // A long member (两个维护, 两个确立) quoted with a word changed, added or
    // left out: the text starts like the member (its first MISQUOTE_ANCHOR
    // characters, a leading 党 left off) and, after it parts from the member,
    // either meets the member's text again within a few characters or ends
    // where the member ends. One regex pass per line, bounded work per match.
    function misquotes(index, line) {
      var hits = [];
      if (!anchorRe) {
        return hits;
      }
      allMatches(anchorRe, line).forEach(function (m) {
        var best = null;
        var bestCommon = -1;
        anchored[m[0]].forEach(function (pair) {
          var member = pair[1];
          var common = 0;
          while (common < member.length && line.charAt(m.index + common) === member.charAt(common)) {
            common += 1;
          }
          if (common > bestCommon) {
            best = pair;
            bestCommon = common;
          }
        });
        var member = best[1];
        var found = parted(line, m.index, member, 1, MISQUOTE_ANCHOR + 1);
        // A short shared start (坚决维护党中央的集中统一领导) may be the writer's
        // own words: it counts only where the paragraph names the term.
        var common = 0;
        while (common < member.length && line.charAt(m.index + common) === member.charAt(common)) {
          common += 1;
        }
        if (common < MISQUOTE_ALONE && line.indexOf(best[0].term) === -1) {
          found = -1;
        }
        if (found !== -1) {
          var term = best[0];
          // One word swapped near the end (……思想的核心地位): marked there.
          var from = m.index;
          if (found - m.index === member.length && common >= 4 && member.length - common <= 4) {
            from += common;
          }
          var h = hit("PR-TERM-003", index, from, found, { term: term.term, wording: term.wording }, "",
                      line.slice(from, found));
          hits.push(h);
        }
      });
      return hits;
    }

    function check(index, line, offset, masked, a, b, entry, enumerations, misquoted) {
      var term = entry.term;
      var fields = { term: term.term, wording: term.wording };
      if (term.mode === "wording") {
        return checkWording(index, line, offset, masked, a, b, term, fields, misquoted);
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
      var sorted = classify(entry, m[0]);
      var matched = sorted.matched;
      var wrong = sorted.wrong;
      var items = matched.length + wrong.length;
      var attempt = introduced(best.gap) ||
        (items >= members.length - 1 && unique(matched).length >= members.length - 2);
      if (!attempt) {
        return [];
      }
      var missing = members.filter(function (x) { return matched.indexOf(x) === -1; });
      // Not introduced as the full set, and the rest named further on in the
      // paragraph (六大纪律，政治纪律……工作纪律方面较好，生活纪律方面……).
      if (!wrong.length && missing.length && !introduced(best.gap) &&
          missing.every(function (x) { return line.indexOf(x) !== -1; })) {
        return [];
      }
      var start = offset + m.index;
      var end = offset + m.index + m[0].length;
      if (wrong.length || missing.length) {
        return [hit("PR-TERM-001", index, start, end,
                    { term: fields.term, wording: fields.wording, detail: detail(wrong, missing) })];
      }
      if (unique(matched).join("\u0000") !== members.join("\u0000")) {
        return [hit("PR-TERM-002", index, start, end, fields)];
      }
      return [];
    }

    // A set of three or more quoted without its name, one member changed
    // (务必戒骄戒躁、艰苦奋斗 in the 三个务必, 学史笃行): all other members
    // stand in order, joined as in the wording, and the text in the changed
    // member's place, between the same marks, is about as long as it.
    var NEAR_SLACK = 2;
    var NEAR_END = /[，,。；;：:！？!?“”"‘’（）()\s]/u;
    var nearTerms = terms.filter(function (t) { return t.members.length >= 3; });
    var nearOwner = Object.create(null);
    nearTerms.forEach(function (t, ti) {
      t.members.forEach(function (member, mi) {
        (nearOwner[member] = nearOwner[member] || []).push([ti, mi]);
      });
    });
    var nearKeys = Object.keys(nearOwner).sort(function (x, y) { return y.length - x.length; });
    var nearRe = nearKeys.length ?
      new RegExp(nearKeys.map(function (k) { return k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("|"), "gu") : null;

    // The mark the wording puts after member i (、 or ，).
    function joiner(t, i) {
      var at = t.wording.indexOf(t.members[i]);
      return at === -1 ? "" : t.wording.charAt(at + t.members[i].length);
    }

    function nearQuotes(index, line) {
      var hits = [];
      if (!nearRe) {
        return hits;
      }
      var runs = {}; // term index -> matches of its members, in order
      allMatches(nearRe, line).forEach(function (m) {
        nearOwner[m[0]].forEach(function (owner) {
          (runs[owner[0]] = runs[owner[0]] || []).push({ i: owner[1], start: m.index, end: m.index + m[0].length });
        });
      });
      Object.keys(runs).forEach(function (ti) {
        var t = nearTerms[ti];
        var n = t.members.length;
        var found = runs[ti];
        for (var a = 0; a + n - 2 < found.length; a++) {
          var run = found.slice(a, a + n - 1);
          var missing = -1;
          var ok = true;
          for (var j = 0; j < run.length && ok; j++) {
            var want = j + (missing === -1 ? 0 : 1);
            if (run[j].i !== want) {
              if (missing === -1 && run[j].i === want + 1) {
                missing = want;
              } else {
                ok = false;
              }
            }
          }
          if (!ok) {
            continue;
          }
          if (missing === -1) {
            missing = n - 1;
          }
          var member = t.members[missing];
          // The whole set is there when the member stands right before or
          // after the run (the matches are in order: only the neighbours).
          var prior = found[a - 1];
          var next = found[a + n - 1];
          if ((prior && prior.i === missing && prior.start >= run[0].start - member.length - 1) ||
              (next && next.i === missing && next.end <= run[run.length - 1].end + member.length + 1)) {
            continue;
          }
          var from;
          var to;
          if (missing === 0) {
            to = run[0].start - 1;
            if (line.charAt(to) !== joiner(t, 0)) {
              continue;
            }
            from = to;
            while (from > 0 && to - from < member.length + NEAR_SLACK && !NEAR_END.test(line.charAt(from - 1))) {
              from -= 1;
            }
            if (from > 0 && !NEAR_END.test(line.charAt(from - 1))) {
              continue; // where the item starts cannot be told
            }
          } else if (missing === n - 1) {
            from = run[run.length - 1].end + 1;
            if (line.charAt(from - 1) !== joiner(t, n - 2)) {
              continue;
            }
            to = from;
            while (to < line.length && to - from < member.length + NEAR_SLACK && !NEAR_END.test(line.charAt(to))) {
              to += 1;
            }
            if (to < line.length && !NEAR_END.test(line.charAt(to))) {
              // The text runs on (办实事、创新局开展活动): the member's length
              // of it, when half its characters stand where the member has them.
              to = from + member.length;
              var same = 0;
              for (var c = 0; c < member.length; c++) {
                same += line.charAt(from + c) === member.charAt(c) ? 1 : 0;
              }
              // …重实践、办实事的总要求: another set's member in its place.
              var other = line.slice(from, to);
              if (same * 2 < member.length && !(nearOwner[other] && other !== member)) {
                continue;
              }
            }
          } else {
            var before = run[missing - 1];
            var after = run[missing];
            if (line.charAt(before.end) !== joiner(t, missing - 1) ||
                line.charAt(after.start - 1) !== joiner(t, missing)) {
              continue;
            }
            from = before.end + 1;
            to = after.start - 1;
          }
          // Every other member but one must stand next to its neighbours.
          var tight = run.every(function (r, k) {
            return k === 0 || r.start - run[k - 1].end === 1 || r.i !== run[k - 1].i + 1;
          });
          var said = line.slice(from, to);
          if (!tight || !said || said === member || t.members.indexOf(said) !== -1 ||
              Math.abs(said.length - member.length) > NEAR_SLACK || /[，。；！？]/u.test(said)) {
            continue;
          }
          hits.push(hit("PR-TERM-003", index, from, to, { term: t.term, wording: t.wording }, "", said));
          break;
        }
        // The set's first members quoted in order, the next one with one
        // character changed, and the quotation closed (“学党史、悟思想、做实事”).
        var k = 0;
        while (k < found.length && found[k].i === k && (k === 0 || found[k].start === found[k - 1].end + 1)) {
          k += 1;
        }
        var at = k >= 2 && k < n - 1 && !hits.length ? found[k - 1].end + 1 : -1;
        var next = at > 0 ? line.slice(at, at + t.members[k].length) : "";
        var off = 0;
        for (var c = 0; c < next.length; c++) {
          off += next.charAt(c) === t.members[k].charAt(c) ? 0 : 1;
        }
        if (off === 1 && line.charAt(at - 1) === joiner(t, k - 1) && /^[”"’]/u.test(line.slice(at + next.length))) {
          hits.push(hit("PR-TERM-003", index, at, at + next.length, { term: t.term, wording: t.wording }, "", next));
        }
      });
      return hits;
    }

    // “四个意识”中的“全局意识”, 四个自信中的大局意识: a word named as one of
    // a set's members when it is not.
    var MEMBER_OF = /([一二两三四五六七八九十]个([\u4e00-\u9fff]{2}))[”"]?(?:中|里|当中)的[“"]?([\u4e00-\u9fff]{2,4}?(?:意识|自信))/gu;
    function memberOf(index, line) {
      var hits = [];
      allMatches(MEMBER_OF, line).forEach(function (m) {
        var t = terms.filter(function (x) { return x.term === m[1]; })[0];
        // A member of another kind (四个自信中的大局意识): the set's name is the slip.
        var other = m[3].slice(-2) !== m[2];
        var at = other ? m.index : m.index + m[0].length - m[3].length;
        if (t && t.members.indexOf(m[3]) === -1) {
          hits.push(hit("PR-TERM-001", index, at, at + (other ? m[1] : m[3]).length,
                        { term: t.term, wording: t.wording, detail: detail([m[3]], []) }));
        } else if (t) {
          // ...and the items listed after the first (“四个意识”中的政治意识、全局意识).
          var rest = new RegExp("^[”\"]?[、和与及][“\"]?([\\u4e00-\\u9fff]{2,4}?" + m[2] + ")", "u");
          var from = m.index + m[0].length;
          for (var r = rest.exec(line.slice(from)); r; r = rest.exec(line.slice(from))) {
            var start = from + r[0].length - r[1].length;
            if (t.members.indexOf(r[1]) === -1) {
              hits.push(hit("PR-TERM-001", index, start, start + r[1].length,
                            { term: t.term, wording: t.wording, detail: detail([r[1]], []) }));
            }
            from += r[0].length;
          }
        }
      });
      return hits;
    }

    // The whole set in order and one item more of its kind after a 顿号
    // (……核心意识、看齐意识、责任意识): the set has no such member.
    var kinds = terms.filter(function (t) {
      var tail = t.members && t.members.length >= 3 ? t.members[0].slice(-2) : "";
      return tail && t.members.every(function (x) { return x.length === 4 && x.slice(-2) === tail; });
    }).map(function (t) {
      return { t: t, extra: new RegExp("^、([\\u4e00-\\u9fff]{2}" + t.members[0].slice(-2) + ")", "u") };
    });
    function extraMember(index, line) {
      var hits = [];
      kinds.forEach(function (k) {
        for (var at = line.indexOf(k.t.wording); at !== -1; at = line.indexOf(k.t.wording, at + 1)) {
          var end = at + k.t.wording.length;
          var r = k.extra.exec(line.slice(end));
          if (r && k.t.members.indexOf(r[1]) === -1) {
            hits.push(hit("PR-TERM-001", index, end + 1, end + 1 + r[1].length,
                          { term: k.t.term, wording: k.t.wording, detail: detail([r[1]], []) }));
          }
        }
      });
      return hits;
    }

    // A set of short, equally long members with no shared ending (学思想、
    // 强党性、重实践、建新功), written whole but for one member in its place,
    // with or without the set's name: that one is the slip.
    var swaps = [];
    terms.forEach(function (t) {
      var size = t.members && t.members.length >= 4 && t.wording === t.members.join("、") ? t.members[0].length : 0;
      var tail = size ? t.members[0].slice(-2) : "";
      // (A set with a shared word, 自我净化 or 政治意识, is an enumeration of its own.)
      if (!size || t.affix || t.members.some(function (x) { return x.length !== size; }) ||
          t.members.every(function (x) { return x.slice(-2) === tail; })) {
        return;
      }
      // The slip is a word of its own: not the end of a longer one in the
      // first place, nor the start of one in the last (开新局面 is no slip).
      var last = t.members.length - 1;
      t.members.forEach(function (x, i) {
        var parts = t.members.map(function (y, j) { return j === i ? "((?!" + y + ")[\\u4e00-\\u9fff]{" + size + "})" : y; });
        swaps.push({ t: t, i: i, re: new RegExp((i === 0 ? "(?<![\\u4e00-\\u9fff])" : "") + parts.join("、") +
                                                (i === last ? "(?![\\u4e00-\\u9fff](?<![的等这总]))" : ""), "gu") });
      });
    });
    function swappedMember(index, line) {
      var hits = [];
      swaps.forEach(function (s) {
        allMatches(s.re, line).forEach(function (m) {
          var at = m.index + s.t.members.slice(0, s.i).join("、").length + (s.i ? 1 : 0);
          hits.push(hit("PR-TERM-003", index, at, at + m[1].length, { term: s.t.term, wording: s.t.wording }));
        });
      });
      return hits;
    }

    // “四个自信”即坚决维护……: a set's name explained by another set's
    // members (two of them at least, none of its own): the name is the slip.
    var NAMED_AS = /[“"]?([一二两三四五六七八九十]个[\u4e00-\u9fff]{2})[”"]?[，,]?(?:即|就是|也就是|是指|指的是)[：:]?/gu;
    function namedAs(index, line) {
      var hits = [];
      allMatches(NAMED_AS, line).forEach(function (m) {
        var t = terms.filter(function (x) { return x.term === m[1]; })[0];
        var after = line.slice(m.index + m[0].length, m.index + m[0].length + windowSize);
        var own = function (x) { return memberAt(after, x, 0) !== -1; };
        if (!t || !t.members || t.members.some(own)) {
          return;
        }
        var other = terms.filter(function (x) {
          return x !== t && x.members && x.members.filter(own).length >= 2;
        })[0];
        if (other) {
          var at = m.index + m[0].indexOf(m[1]);
          hits.push(hit("PR-TERM-001", index, at, at + m[1].length,
                        { term: t.term, wording: t.wording, detail: "后面展开的却是“" + other.term + "”的内容" }));
        }
      });
      return hits;
    }

    return function (lines) {
      var hits = [];
      var near = [];
      lines.forEach(function (line, index) {
        near = near.concat(nearQuotes(index, line));
        var misquoted = misquotes(index, line);
        hits = hits.concat(wrongNumbers(index, line), looseEnumerations(index, line), memberOf(index, line),
                           namedAs(index, line), extraMember(index, line), swappedMember(index, line));
        var found = [];
        entries.forEach(function (entry, order) {
          allMatches(entry.regex, line).forEach(function (m) {
            found.push([m.index, m.index + m[0].length, order]);
          });
        });
        if (!found.length) {
          hits = hits.concat(misquoted);
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
                  enumerations[f[2]], misquoted).forEach(function (h) { hits.push(h); });
          });
        });
        misquoted.forEach(function (h) {
          if (!h.covered) {
            hits.push(h);
          }
        });
      });
      // A set the other checks report already by its count or members is not
      // reported twice; one reported at its name (“三个务必”：……) is reported
      // at the changed member instead, which says more plainly where.
      if (!near.length) {
        return uniqueHits(hits);
      }
      // Hits by line, sorted by start, for an overlap test in log time (a
      // long line may hold thousands of both).
      var byLine = {};
      hits.forEach(function (o) { (byLine[o.line] = byLine[o.line] || []).push(o); });
      Object.keys(byLine).forEach(function (k) { byLine[k].sort(function (x, y) { return x.start - y.start; }); });
      var longest = hits.reduce(function (w, o) { return Math.max(w, o.end - o.start); }, 0);
      function overlaps(h) {
        var list = byLine[h.line] || [];
        var low = 0;
        var high = list.length;
        while (low < high) { // first hit starting at or after h.end
          var mid = (low + high) >> 1;
          if (list[mid].start < h.end) { low = mid + 1; } else { high = mid; }
        }
        for (var j = low - 1; j >= 0 && list[j].start >= h.start - longest; j--) {
          if (list[j].end > h.start) {
            return true;
          }
        }
        return false;
      }
      var replaced = {};
      var kept = near.filter(function (h) {
        if (overlaps(h)) {
          return false;
        }
        replaced[h.line + "|" + h.fields.term] = true;
        return true;
      });
      // 政治纪律、……、工作纪律、生活作风: the last member miswritten, not missing.
      var after = {};
      hits.concat(kept).forEach(function (o) {
        after[o.rule + o.line + "|" + o.fields.term + "|" + o.start] = 1;
      });
      hits = hits.filter(function (o) {
        return !(o.rule === "PR-TERM-003" && replaced[o.line + "|" + o.fields.term]) &&
          !(o.rule === "PR-TERM-001" && after["PR-TERM-003" + o.line + "|" + o.fields.term + "|" + (o.end + 1)]);
      }).concat(kept);
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
    [1, /^([一二三四五六七八九十]{1,3})([、．.]|，(?=[^。，]{2,15}$))/u],
    [2, /^([（(])([一二三四五六七八九十]{1,3})([）)])(、?)/u],
    [3, /^([0-9]{1,2})(、|[.．](?![0-9]))/u],
    [4, /^([（(])([0-9]{1,2})([）)])/u]
  ];
  var LEVEL_NAMES = { 1: "一级", 2: "二级", 3: "三级", 4: "四级" };
  var INLINE = /(?<![^。；：，！？;:,!?）)*\t \u3000])([一二三四五六七八九十])(?:是(?![否非])|要(?![素点件求]))/gu;
  var SIGNATURE = /^[ \t\u3000]*(?:对照检查人|检查人|发言人|汇报人|报告人|签名)[：:][ \t\u3000]*[\u4e00-\u9fff·]{2,6}[ \t\u3000]*$/u;
  var DATED = /[0-9０-９〇零一二三四五六七八九XxＸ×_]{2,4}[ \t\u3000]*年|[0-9]{1,2}月|[0-9]{4}[.\-\/][0-9]/u;
  var RUN_IN = /[。；：:][ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]/gu;
  var ORDINAL = /^[ \t\u3000]*(?:第([一二三四五六七八九十]{1,2})(?=[，,、：:])|([一二三四五六七八九十])是(?![否非])|(首先|其次|再次(?=[，,、：:])|最后))/u;
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

  // An item's title (up to 。 or ：) and the rest of its line.
  function withTitle(item, text) {
    var cut = TITLE_END.exec(text);
    item.title = cut ? text.slice(0, cut.index) : text;
    item.body = cut ? text.slice(cut.index + cut[0].length) : "";
    return item;
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
      return withTitle({ level: level, value: value, start: start, end: end, raw: m[0], style: style }, text);
    }
    return null;
  }

  function structureRules(config, hanClass, frameworks) {
    var order = config.parts.map(function (p) { return p.id; });
    var names = {};
    var keywords = {};
    config.parts.forEach(function (p) { names[p.id] = p.name; keywords[p.id] = p.keywords; });
    /* A part some branches report orally is a warning when missing, not an error. */
    var missingSeverity = {};
    config.parts.forEach(function (p) { missingSeverity[p.id] = p.missing_severity || ""; });
    var told = {};
    config.parts.forEach(function (p) { told[p.id] = p.told ? new RegExp(p.told, "u") : null; });
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

    function styleDetail(m, norm) {
      if (m.level === 1 && m.style !== "、") {
        return "一级序号“" + m.raw + "”应写作“" + label(1, m.value) + "”。";
      }
      if (m.level === 2 && m.style !== "（）") {
        return "二级序号“" + m.raw + "”应写作“" + label(2, m.value) + "”。";
      }
      if (m.level === 4 && m.style !== "（）") {
        return "四级序号“" + m.raw + "”应写作“" + label(4, m.value) + "”。";
      }
      if (m.level === 3 && m.style !== norm) {
        return "三级序号“" + m.raw + "”与同一级其他序号的写法不一致（一个用“.”，一个用“、”）。";
      }
      return "";
    }

    // The style most "1." items of the run starting at `index` use ("." on
    // a tie with the first): the odd ones out are the ones to change.
    function runStyle(markers, index) {
      var votes = { ".": 0, "、": 0 };
      for (var j = index; j < markers.length; j++) {
        var m = markers[j];
        if (m && m.level <= 2) {
          break;
        }
        if (m && m.level === 3) {
          votes[m.style] += 1; // a tie goes to the standard "1."
        }
      }
      return votes["、"] > votes["."] ? "、" : ".";
    }

    // A "3." right after "（一）（二）" continues the list above it in the
    // wrong style: the level it belongs to. (A "（二）" right after a "1、"
    // that stands straight under "三、" is in the right style: PR-STRUCT-009
    // already asks for the whole group as （一）（二）…)
    // So does a "2." after "（一）" and its "1." "2." when it cannot be their
    // third (a "3." there is taken as their third), and a "1." whose next
    // item starts a list at "1." again: it is that list's parent. Not when
    // what follows says otherwise: a "2." right below a "2." (one list, a
    // number repeated) or a "（二）" after it (the number it would take).
    function siblingLevel(m, previous, restarts, ahead, index) {
      // 1. 2. "(3)": a first "(n)" that goes on with the count of the "1."
      // list above is that list's next item in the wrong style.
      if (m.level === 4) {
        return previous[4] === 0 && previous[3] > 1 && m.value === previous[3] + 1 ? 3 : 0;
      }
      if (m.level !== 3) {
        return 0;
      }
      var below = ahead(index, 4);
      var after = ahead(index, 2);
      var up = ahead(index, 2);
      // （二）1.…… 2.…… “3.群众纪律方面” （四）: a bare short title that
      // fills the number the level above leaves free is that level's item.
      var gap = up && up.level === 2 && up.value === previous[2] + 2 &&
        !m.body && m.title.length <= 12 && m.title.indexOf("，") === -1;
      if (previous[2] > 0 && m.value === previous[2] + 1 &&
          (previous[3] === 0 || m.value !== previous[3] + 1 || restarts || gap) &&
          !(below && below.level === 3 && below.value > 1 && below.value <= m.value) &&
          !(after && after.level === 2 && after.value === m.value)) {
        return 2;
      }
      return restarts && m.value === 1 && previous[1] > 0 && previous[2] === 0 ? 2 : 0;
    }

    // ahead(index, level): the next marker after line `index` at `level` or
    // above (4: any), from tables built once, so the lookups stay linear.
    function lookahead(markers) {
      var next = { 1: [], 2: [], 3: [], 4: [] };
      var last = { 1: null, 2: null, 3: null, 4: null };
      for (var j = markers.length - 1; j >= 0; j--) {
        for (var level = 1; level <= 4; level++) {
          next[level][j] = last[level];
          if (markers[j] && markers[j].level <= level) {
            last[level] = markers[j];
          }
        }
      }
      return function (index, level) { return next[level][index]; };
    }

    // A first sub-item that does not start at 1, between two items of the
    // level above that leave one number free for it (（四） “4、……” （六）),
    // is that missing item written in the wrong style, not a sub-item. So is
    // a lone "1、" there (（二） “1、……” （四）): a list of one is no list; and
    // an item two levels down that takes the free number (（二）（3）（四）),
    // or that stands alone there whatever its number (（二）（2）（四）).
    function strayLevel(ahead, index, m, previous) {
      var parent = m.level - 1;
      while (parent > 1 && previous[parent] === 0) {
        parent -= 1;
      }
      if (m.level < 3 || previous[parent] === 0 || previous[m.level] !== 0) {
        return 0;
      }
      var next = ahead(index, parent);
      var lone = ahead(index, 4) === next;
      if (parent < m.level - 1 && m.value !== previous[parent] + 1 && !lone) {
        return 0;
      }
      if (m.value === 1 && !lone) {
        return 0;
      }
      return next && next.level === parent && next.value === previous[parent] + 2 ? parent : 0;
    }

    // One slip, one finding: a wrong number is reported where it is, and
    // the siblings after it are not reported again when they follow either
    // the numbers or the count so far; a run of siblings in the same wrong
    // style is reported at its first item.
    function numbering(lines, markers, partial) {
      var hits = [];
      var previous = { 1: 0, 2: 0, 3: 0, 4: 0 };
      var count = { 1: 0, 2: 0, 3: 0, 4: 0 };
      var slipped = { 1: false, 2: false, 3: false, 4: false };
      var wrongStyle = { 1: "", 2: "", 3: "", 4: "" };
      var norm = ".";
      var oddStyle = { 1: "", 2: "", 3: "", 4: "" }; // the wrong style of the sibling before, reported
      var missing = { 1: 0, 2: 0, 3: 0, 4: 0 };
      // A reported "（1）" with "（二）" below it stood for "（一）".
      var stoodIn = false;
      var last = { 1: 0, 2: 0, 3: 0, 4: 0 }; // the number the sibling before had
      var lastAt = { 1: -1, 2: -1, 3: -1, 4: -1 };
      var lastPlain = -1; // the last paragraph with no number
      var skipped = false; // PR-STRUCT-009 once per part heading
      var partTitle = "";
      var direct = []; // "1." items straight under the current "一、"
      var inline = 0;
      var inlineCount = 0;
      var inlineSlipped = false;
      var ruled = false; // a "一、" seen: parts are not written as （一）（二）
      var ahead = lookahead(markers);
      markers.forEach(function (m, index) {
        if (!m && strip(lines[index], TRIM) !== "") {
          lastPlain = index;
        }
        if (m && m.level === 1 && m.body) {
          // “二、发挥作用不够。……” inside a list, and the next "一、" heading
          // has its number (二、产生问题的原因): it is the list's next item.
          var list = previous[3] > 0 ? 3 : previous[2] > 0 ? 2 : 0;
          var heading = ahead(index, 1);
          if (list && heading && heading.level === 1 && heading.value === m.value && !heading.body &&
              classify(heading.title) !== "" && classify(heading.title) !== classify(m.title) &&
              (classify(m.title) === "" || classify(m.title) === classify(partTitle))) {
            hits.push(hit("PR-STRUCT-003", index, m.start, m.end,
                          { level: LEVEL_NAMES[list], found: m.raw, expected: label(list, previous[list] + 1) }));
            m.level = list;
            m.value = previous[list] + 1;
            m.style = list === 3 ? norm : "（）"; // reported once, here
          }
        }
        if (m) {
          var value = m.value;
          var below = ahead(index, 4);
          var restarts = m.level === 3 && below !== null && below.level === 3 && below.value === 1;
          var sibling = siblingLevel(m, previous, restarts, ahead, index) || strayLevel(ahead, index, m, previous);
          var level;
          if (sibling) {
            var style = m.level + m.style;
            if (wrongStyle[sibling] !== style) {
              var next = previous[sibling] + 1;
              var detail = restarts ?
                "“" + m.raw + "”下面又有一组从“" + label(3, 1) + "”编起的序号，它是上一级，应写作“" +
                label(sibling, next) + "”。" : value === next ?
                "“" + m.raw + "”接着上面的“" + label(sibling, value - 1) + "”往下排，是同一级，应写作“" +
                label(sibling, value) + "”。" :
                "“" + m.raw + "”不像“" + label(sibling, previous[sibling]) + "”下面的第一项（下一级应从“" +
                label(m.level, 1) + "”编起），看来与“" + label(sibling, previous[sibling]) + "”是同一级，应写作“" +
                label(sibling, next) + "”。";
              hits.push(hit("PR-STRUCT-004", index, m.start, m.end, { detail: detail }));
            }
            // Counted, and matched later, as the level it continues.
            m.level = sibling;
            value = previous[sibling] + 1;
            wrongStyle[sibling] = style;
          } else {
            wrongStyle[m.level] = "";
          }
          // "（二）" after "1、" straight under "三、" (PR-STRUCT-009 said so
          // there): the "1、" items are the first items of this group.
          if (m.level === 2 && previous[1] > 0 && previous[2] === 0 && direct.length && value === previous[3] + 1) {
            direct.forEach(function (k) { markers[k].level = 2; });
            previous[2] = previous[3];
            count[2] = direct.length;
          }
          for (level = m.level + 1; level < 5; level++) {
            previous[level] = 0;
            count[level] = 0;
            slipped[level] = false;
            missing[level] = 0;
            last[level] = 0;
            wrongStyle[level] = "";
            oddStyle[level] = "";
          }
          // "1." "2." …, a paragraph (最后是今后的整改措施。), "1." again: a
          // new list, not a slip of the old one.
          if (m.level >= 3 && value === 1 && previous[m.level] > 1 && lastPlain > lastAt[m.level]) {
            previous[m.level] = count[m.level] = last[m.level] = missing[m.level] = 0;
            slipped[m.level] = false;
          }
          if (m.level === 1) {
            ruled = true;
            skipped = false;
            direct = [];
            partTitle = m.title;
          }
          if (m.level <= 3) {
            inline = 0;
            inlineCount = 0;
            inlineSlipped = false;
          }
          // "1." (or "（1）") straight under "二、": the （一） level is missing.
          if (m.level >= 3 && ruled && previous[1] > 0 && previous[2] === 0 && (m.level === 3 || previous[3] === 0)) {
            if (!skipped) {
              // A whole group of "1." "2." or "（1）" "（2）" under "二、" is
              // common in materials and many units accept it: advice only.
              // So is a whole group in "1、" "2、" (dev-68). A "1、" before a "2."
              // (dev-55), or a "（二）" further down the same part, is a real slip.
              var nextUp = ahead(index, 2);
              var after = ahead(index, 3);
              var accepted = (m.level === 4 || m.style === "." || after && after.level === 3 && after.style === m.style) &&
                !(nextUp && nextUp.level === 2);
              hits.push(hit("PR-STRUCT-009", index, m.start, m.end,
                            { found: m.raw, parent: label(1, previous[1]), expected: label(2, value) },
                            accepted ? "hint" : ""));
              stoodIn = !accepted && value === 1 && !!nextUp && nextUp.level === 2;
            }
            skipped = true;
            if (m.level === 3) {
              direct.push(index);
            }
          }
          var expected = previous[m.level] + 1;
          // A fragment (no four parts) may start at any number: “（四）……” alone.
          var first = true;
          for (var above = 1; above <= m.level; above++) {
            first = first && previous[above] === 0;
          }
          // The number a reported jump left out, written next: two swapped
          // items, （一）（三）（二）, are one finding, not two.
          var swapped = value === missing[m.level];
          // After a reported slip, （一）（二）（三）（三）（五）: （五） is right by the count.
          // Or it goes on from the slip: 1. 2. 3. 1. 2.: the "2." is right after the "1.".
          var counted = slipped[m.level] && (value === count[m.level] + 1 || value === last[m.level] + 1);
          last[m.level] = value;
          lastAt[m.level] = index;
          missing[m.level] = 0;
          count[m.level] += 1;
          // Every part headed （一）（二）…, no "一、" anywhere: （二）存在的问题
          // goes on from the part before, not from that part's items.
          var partDown = m.level === 2 && !ruled && value === previous[1] + 1 && !m.body &&
            m.title.length <= 12 && classify(m.title) !== "";
          // Parts so headed, one with a wrong number (（一）学习情况 （三）存在的问题
          // （三）原因分析): it still holds the next part's place, so the number
          // expected is the part's, and the part after it counts on from there.
          var partSlip = m.level === 2 && !ruled && !partDown && previous[1] > 0 && value !== previous[1] + 1 &&
            !m.body && m.title.length <= 12 && classify(m.title) !== "";
          if (partSlip) {
            expected = previous[1] + 1;
          }
          var after009 = stoodIn && m.level === 2 && expected === 1 && value === 2;
          stoodIn = stoodIn && !(m.level === 2);
          if (value !== expected && !(partial && first) && !swapped && !counted && !partDown && !after009) {
            hits.push(hit("PR-STRUCT-003", index, m.start, m.end,
                          { level: LEVEL_NAMES[m.level], found: m.raw, expected: label(m.level, expected) }));
            slipped[m.level] = true;
            if (value === expected + 1) {
              missing[m.level] = expected;
            }
          }
          // A repeated or backward number is reported once, not again at every
          // later sibling: count on from the highest number so far.
          previous[m.level] = Math.max(previous[m.level], value);
          // “一、……” “（二）存在的问题” “三、……”: a part's heading written one
          // level down holds the part's number; the "三、" after it is right.
          var part = m.level === 2 && value === previous[1] + 1 && count[2] === 1 && !m.body &&
            m.title.length <= 12 ? classify(m.title) : "";
          if ((part && part !== classify(partTitle)) || partSlip) {
            previous[1] = partSlip ? expected : value;
            count[1] += 1;
            previous[2] = count[2] = 0; // its items start a new run
            slipped[2] = false;
          }
          // A sibling's style is reported above.
          // A run of siblings in one wrong style is one finding, at its first.
          if (m.level === 3 && count[3] === 1) {
            norm = runStyle(markers, index);
          }
          var styleNote = sibling ? "" : styleDetail(m, norm);
          if (styleNote && oddStyle[m.level] !== m.style) {
            hits.push(hit("PR-STRUCT-004", index, m.start, m.end, { detail: styleNote }));
          }
          oddStyle[m.level] = styleNote ? m.style : "";
        }
        // Items run into a heading's line (“三、存在的问题。（一）……”,
        // “五、整改措施。（一）……（二）……（二）……”) number on with the lines below.
        if (m && m.level <= 2) {
          allMatches(RUN_IN, lines[index].slice(m.end)).forEach(function (rm) {
            var value = cnValue(rm[1]);
            var at = m.end + rm.index + rm[0].length - rm[1].length - 2;
            if (value !== previous[2] + 1 && !(slipped[2] && value === count[2] + 1)) {
              hits.push(hit("PR-STRUCT-003", index, at, at + rm[1].length + 2,
                            { level: LEVEL_NAMES[2], found: rm[0].slice(rm[0].length - rm[1].length - 2),
                              expected: label(2, previous[2] + 1) }));
              slipped[2] = true;
            }
            count[2] += 1;
            previous[2] = Math.max(previous[2], value);
          });
        }
        allMatches(INLINE, lines[index]).forEach(function (im) {
          var value = cnValue(im[1]);
          // After a reported slip (一是 二是 四是 四是), a number right by the
          // count is no second slip.
          var counted = value === inlineCount + 1;
          if (value !== 1 && value !== inline + 1 && !(inlineSlipped && counted)) {
            hits.push(hit("PR-STRUCT-007", index, im.index, im.index + im[0].length,
                          { found: im[0], expected: cnFormat(inline + 1) + im[0].slice(-1) }));
            inlineSlipped = true;
          }
          inlineCount = value === 1 ? 1 : inlineCount + 1;
          inline = value;
        });
      });
      return hits.concat(ordinals(lines, markers));
    }

    // Paragraphs led by 第一，第二，… or 首先，其次，再次 (a heading ends the run):
    // a number that breaks it (第一 第二 第四), a lone 三是 between two 第N,
    // and a 第四 right after 再次 (that run ends with 最后). 首先 其次 第三 is
    // a usual mix and passes; a 第一 after 再次 starts a new run (the
    // problems by 首先…再次, the measures by 第一…第三).
    function ordinals(lines, markers) {
      var hits = [];
      var run = [];
      var check = function () {
        var last = 0;
        var count = 0;
        var slipped = false;
        var nested = false;
        var top = null;
        run.forEach(function (l, k) {
          var before = run[k - 1];
          var after = run[k + 1];
          var expected = "";
          if (l.di && l.value !== 1 && before && before.word === "再次") {
            expected = "最后";
          } else if (l.di && l.value === 3 && top && top.word === "其次" &&
                     run.slice(k).some(function (x) { return x.word === "最后"; })) {
            expected = "再次"; // 首先 其次 第三 最后: one run, two styles
          } else if (l.di && last && l.value !== 1 && l.value !== last + 1 && !(slipped && l.value === count + 1)) {
            expected = "第" + cnFormat(last + 1);
            slipped = true;
          } else if (l.shi && before && before.di && after && after.di) {
            expected = "第" + cnFormat(l.value);
          }
          if (expected) {
            hits.push(hit("PR-STRUCT-007", l.index, l.start, l.end, { found: l.text, expected: expected }));
          }
          // 一是…四是 under 第二 is a list of its own: 第三 goes on from 第二.
          nested = l.shi ? nested || l.value === 1 : false;
          if (!nested) {
            top = l;
            count = l.value === 1 ? 1 : count + 1;
            last = l.word === "最后" ? 0 : l.value;
          }
        });
        run = [];
      };
      lines.forEach(function (line, index) {
        if (markers[index] && markers[index].level <= 2) {
          check();
          return;
        }
        var o = ORDINAL.exec(line);
        if (o) {
          var text = o[1] ? "第" + o[1] : o[2] ? o[2] + "是" : o[3];
          var start = o[0].length - text.length;
          run.push({ index: index, start: start, end: o[0].length, text: text, di: !!o[1], shi: !!o[2], word: o[3] || "",
                     value: o[3] ? "首先其次再次".indexOf(o[3]) / 2 + 1 : cnValue(o[1] || o[2]) });
        }
      });
      check();
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
      var held = {};
      headings.forEach(function (h) {
        if (h[2] && !present[h[2]]) {
          present[h[2]] = h;
          seen.push(h[2]);
        }
        (h[3] || []).forEach(function (p) { held[p] = true; });
      });
      var missing = {}; // "heading line|severity" -> names of the parts missing before it
      var locations = [];
      order.forEach(function (part, k) {
        if (present[part] || held[part]) {
          return;
        }
        var later = order.slice(k + 1).filter(function (p) { return present[p]; });
        var h = later.length ? present[later[0]] : headings[headings.length - 1];
        // Told in a paragraph of its own before the next part (去年组织生活会上
        // 我查摆的……), under no heading of its own: not missing.
        if (told[part] && later.length && told[part].test(lines.slice(0, h[0] + 1).join("\n"))) {
          return;
        }
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
      // One part out of place is one finding, wherever it went: keep the
      // longest run of parts already in order (earlier parts first on a
      // tie) and report each of the others, with a neighbour it belongs by.
      seen.sort(function (x, y) { return present[x][0] - present[y][0]; });
      var ranks = seen.map(function (part) { return order.indexOf(part); });
      var kept = 0;
      var size = -1;
      for (var mask = (1 << seen.length) - 1; mask > 0; mask--) {
        var last = -1;
        var n = 0;
        var ordered = true;
        for (var k = 0; k < seen.length && ordered; k++) {
          if (mask & (1 << k)) {
            ordered = ranks[k] > last;
            last = ranks[k];
            n += 1;
          }
        }
        if (ordered && (n > size || (n === size && keepsEarlier(mask, kept, seen.length)))) {
          kept = mask;
          size = n;
        }
      }
      seen.forEach(function (part, k) {
        if (kept & (1 << k)) {
          return;
        }
        var h = present[part];
        var fields = { part: names[part] };
        for (var j = seen.length - 1; j > k && !fields.other; j--) {
          if ((kept & (1 << j)) && ranks[j] < ranks[k]) {
            fields.other = names[seen[j]];
            fields.side = "之后";
          }
        }
        for (j = 0; j < k && !fields.other; j++) {
          if ((kept & (1 << j)) && ranks[j] > ranks[k]) {
            fields.other = names[seen[j]];
            fields.side = "之前";
          }
        }
        hits.push(hit("PR-STRUCT-002", h[0], h[1].start, h[1].end + h[1].title.length, fields));
      });
      return hits;
    }

    // Of two sets of parts (bit k: the k-th part in the text), the one whose
    // lowest differing part is in `a`.
    function keepsEarlier(a, b, n) {
      for (var k = 0; k < n; k++) {
        if ((a & (1 << k)) !== (b & (1 << k))) {
          return (a & (1 << k)) !== 0;
        }
      }
      return false;
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
    // The pieces of the comparisons a year sets (对照入党誓词, 对照革命先辈和
    // 先进典型): a problem headed by nothing else names no problem of its own.
    var framePieces = [];
    (frameworks || []).forEach(function (f) {
      f.items.forEach(function (item) {
        framePieces = framePieces.concat(item.replace(/^对照/u, "").split(/[和、，]/u), [item.replace(/^对照/u, "")]);
      });
    });
    framePieces.sort(function (x, y) { return y.length - x.length; });
    function frameOnly(title) {
      framePieces.forEach(function (w) {
        if (w) {
          title = title.split(w).join("");
        }
      });
      return !title.replace(/对照|方面|存在|差距|问题|其他|其它|[还有的在和及与上、，,\s]/gu, "");
    }

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

    // A paragraph led by 一是/首先/第二，…: an item of a part that numbers
    // its items in words instead of marks.
    var LEAD = /^[ \t\u3000]*(?:[一二三四五六七八九十]是(?![否非])|首先|其次|再次|最后|第[一二三四五六七八九十]{1,2}(?=[，,、是]))[，,、：:]?/u;
    function leadItem(line) {
      var m = LEAD.exec(line);
      if (!m) {
        return null;
      }
      var text = line.slice(m[0].length);
      return withTitle({ level: 2, value: 0, start: m[0].length - m[0].replace(/^[ \t\u3000]+/u, "").length,
                         end: m[0].length, raw: m[0].trim(), style: "lead" }, text);
    }

    // 其次，查找存在的问题。一是……二是……: a part written as one paragraph
    // numbers its items inline, 一, 二, 三 in order. They are matched like
    // items, but what they find is only a hint (PR-STRUCT-006, 010, 013).
    var INLINE_ITEM = /(?<=^|[。；;！？!?：:\s）)])(?:([一二三四五六七八九十])是(?![否非])|第([一二三四五六七八九十])[，,、：:])/gu;
    function inlineItems(lines, markers, span) {
      var found = [];
      for (var i = span[0]; i < span[1]; i++) {
        var h = i === span[0] ? markers[i] : null;
        var from = h ? lines[i].length - h.body.length : 0;
        allMatches(INLINE_ITEM, lines[i].slice(from)).forEach(function (o) {
          if (cnValue(o[1] || o[2]) === found.length + 1) {
            found.push([i, from + o.index, from + o.index + o[0].length, o[0]]);
          }
        });
      }
      if (found.length < 2) {
        return []; // one paragraph with no such run answers as a whole
      }
      return found.map(function (f, k) {
        var next = found[k + 1] || [span[1], 0];
        var text = next[0] === f[0] ? lines[f[0]].slice(f[2], next[1])
          : [lines[f[0]].slice(f[2])].concat(lines.slice(f[0] + 1, next[0]), next[1] ? [lines[next[0]].slice(0, next[1])] : []).join("\n");
        var m = withTitle({ level: 2, value: k + 1, start: f[1], end: f[2], raw: f[3], style: "lead", inline: true }, text);
        return { index: f[0], m: m, text: masked(text), heads: [] };
      });
    }

    // The items of one part: its highest numbered level below the heading,
    // or, with no numbered item and `led`, its paragraphs led by 一是/首先….
    function itemsOf(lines, markers, spans, led, inline) {
      var items = [];
      (spans || []).forEach(function (span) {
        var top = 5;
        var i;
        for (i = span[0] + 1; i < span[1]; i++) {
          if (markers[i] && markers[i].level > 1 && markers[i].level < top) {
            top = markers[i].level;
          }
        }
        if (top === 5 && led) {
          var leads = [];
          for (i = span[0] + 1; i < span[1]; i++) {
            var item = leadItem(lines[i]);
            if (item) {
              leads.push([i, item]);
            }
          }
          if (leads.length < 2) {
            items = items.concat(inline ? inlineItems(lines, markers, span) : []);
            return;
          }
          leads.forEach(function (pair, k) {
            var stop = k + 1 < leads.length ? leads[k + 1][0] : span[1];
            var m = pair[1];
            var body = [m.title, m.body].concat(lines.slice(pair[0] + 1, stop));
            items.push({ index: pair[0], m: m, text: masked(body.join("\n")), heads: [] });
          });
          return;
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
    // scores min_score and best_share of its best with, on two words at
    // least (one heading word counted twice, or the two pairs of 合作社, are
    // not enough): a measure written for
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
          if (s >= match.min_score && s >= best * match.best_share && a.words[i] >= 2) {
            found[i] = true;
          }
          if (top === -1 || s > a.score[top]) {
            top = i;
            tied = false;
          } else if (s === a.score[top]) {
            tied = true;
          }
        });
        // Three words of one problem's case and of no other's, though none in
        // its heading, are evidence enough too.
        if (top !== -1 && (a.score[top] >= (byNumber ? 1 : match.min_score) || a.evidence[top] >= 3) && !tied) {
          found[top] = true;
        }
        // …unless, for a measure, its words say it answers another problem
        // and nothing of this one (针对工作纪律 in the 4th place of six).
        if (paired && (byNumber || (a.shared[j] > 0 && (a.score[j] > 0 || best < 2 * match.min_score)))) {
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
        a.lead = pairs(a.text.slice(0, a.m.title.length).split(/[，,；;]/u)[0]);
        Object.keys(a.pairs).forEach(function (p) { count[p] = (count[p] || 0) + 1; });
      });
      var common = answers.length >= 3 ? answers.length * match.common_share : answers.length + 1;
      answers.forEach(function (a) {
        a.score = problems.map(function (p, i) { return a.refs[i] ? match.min_score : 0; });
        a.shared = problems.map(function () { return 0; });
        a.evidence = problems.map(function (p, i) { return a.refs[i] ? 2 : 0; });
        a.named = problems.map(function (p, i) { return a.refs[i] ? 1 : 0; });
        a.words = a.evidence.slice();
        facets.forEach(function (f) {
          var s = 0;
          var shared = 0;
          var evidence = 0;
          // Words, not pairs, for an answer's second and later problems: the
          // two pairs of one three-character word (合作, 作社) are one word.
          var matched = [];
          function evident(pair) {
            matched.push(pair);
            return 1;
          }
          Object.keys(f.pairs).forEach(function (pair) {
            if (a.lead[pair] && count[pair] <= common && !general[pair]) {
              a.named[f.problem] += 1;
            }
            if (a.pairs[pair]) {
              shared += general[pair] ? 0 : 1;
              // Two headings saying the same thing say most plainly that the
              // answer is meant for this problem.
              if (count[pair] <= common && !general[pair]) {
                s += f.title[pair] && a.title[pair] ? match.title_weight : 1;
                evidence += evident(pair);
              }
            }
          });
          Object.keys(f.more).forEach(function (pair) {
            if (a.pairs[pair] && count[pair] <= common && !general[pair]) {
              s += match.body_weight;
              evidence += evident(pair);
              shared += 1; // a word of the problem's case is a word shared too
            }
          });
          var ends = {};
          matched.forEach(function (pair) { ends[pair.charAt(1)] = true; });
          var words = matched.filter(function (pair) { return !ends[pair.charAt(0)]; }).length;
          if (Object.keys(f.topics).some(function (k) { return a.topics[k] && !general["topic " + k]; })) {
            s += match.topic_score;
            shared += 1;
            evidence += 1;
            words += 1;
          }
          var i = f.problem;
          a.score[i] = Math.max(a.score[i], s + (a.refs[i] ? match.min_score : 0));
          a.shared[i] += shared;
          a.evidence[i] = Math.max(a.evidence[i], evidence);
          a.words[i] = Math.max(a.words[i], words);
        });
      });
    }

    // The topics an answer's heading names that most problems share, when
    // the heading names no problem of its own (纪律意识不强, 严守纪律; not
    // 政治意识和组织观念不强 beside 政治纪律方面 and 组织纪律方面).
    function generalTopics(a, problems, general) {
      var found = {};
      var title = a.text.slice(0, a.m.title.length);
      var own = pairs(title);
      var specific = problems.some(function (p) {
        var named = pairs(masked(p.m.title));
        return Object.keys(own).some(function (pair) { return named[pair] && !general[pair]; });
      });
      if (!specific) {
        Object.keys(topicsOf(title, "answer")).forEach(function (k) {
          if (general["topic " + k]) {
            found[k] = true;
          }
        });
      }
      return found;
    }

    function answered(lines, markers, sections) {
      // An empty item is PR-STRUCT-005's, not a problem to answer.
      // Causes led by 一是… are items only in a draft whose problems are
      // written that way too; measures are always (under numbered problems
      // what they leave open is then only a hint: `flat` below).
      var problems = itemsOf(lines, markers, sections.problems, true, true).filter(function (p) {
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
        p.topics = {};
        own.forEach(function (f) { Object.keys(f.topics).forEach(function (k) { p.topics[k] = true; }); });
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
        // Measures are split out of one paragraph only when the problems are
        // too; causes, short and abstract, never.
        items[part] = itemsOf(lines, markers, sections[part], problems[0].m.style === "lead" || part === "measures",
                              part === "measures" && problems[0].m.inline);
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
      var loose = {};
      ["causes", "measures"].forEach(function (part) {
        loose[part] = problems.map(function () { return false; });
        if (!judged[part]) {
          return;
        }
        items[part].forEach(function (a, j) {
          problems.forEach(function (p, i) {
            // A near miss: some evidence, below what a link needs, or
            // several words of the problem's case (不实的说法, “老好人”).
            if (a.score[i] >= match.loose_score || a.evidence[i] >= 3) {
              loose[part][i] = true;
            }
          });
          // An answer that answers nothing was written for something: any
          // word it shares with an unanswered problem makes that one uncertain.
          if (!Object.keys(links[part][j]).length) {
            problems.forEach(function (p, i) {
              if (a.score[i] > 0 && !linked[part][i]) {
                loose[part][i] = true;
              }
            });
          }
          // “纪律意识不强” when every problem is one of the disciplines: an
          // answer whose heading names a topic most problems share and no
          // problem of its own answers all of them (a cause), or may (a measure).
          Object.keys(generalTopics(a, problems, general)).forEach(function (k) {
            problems.forEach(function (p, i) {
              if (p.topics[k]) {
                loose[part][i] = true;
                if (part === "causes") {
                  linked.causes[i] = true;
                }
              }
            });
          });
        });
      });
      // A root cause (理想信念, 党性, 宗旨意识…) explains any problem: a
      // problem no cause names is then only worth a hint.
      var rooted = judged.causes && items.causes.some(function (a) { return some(match.root_causes, a.text); });
      // Measures in a flat 一是… list under numbered problem areas: one such
      // paragraph often answers two areas in passing, so what is left
      // unanswered is only likely.
      var flat = judged.measures && items.measures[0].m.style === "lead" && problems[0].m.style !== "lead";
      var prose = [problems, items.causes, items.measures].some(function (list) { return list[0] && list[0].m.inline; });
      // With fewer measures than problems (but not so few that each must
      // answer several: PR-STRUCT-013), a measure whose first clause names
      // one problem (三是静下心来钻研业务) was written for that one: another
      // it touches only further on, and much less, is answered less surely.
      // (A problem every measure touches is answered throughout.)
      var named = problems.map(function (p, i) {
        return !judged.measures || items.measures.length >= problems.length ||
          items.measures.length * match.count_ratio <= problems.length ||
          items.measures.every(function (a) { return a.evidence[i] > 0; });
      });
      (judged.measures ? items.measures : []).forEach(function (a, j) {
        var names = a.named.some(Boolean);
        var best = Math.max.apply(null, a.score);
        Object.keys(links.measures[j]).forEach(function (i) {
          named[i] = named[i] || !names || a.named[i] > 0 || a.score[i] > best / 2;
        });
        Object.keys(generalTopics(a, problems, general)).forEach(function (k) {
          problems.forEach(function (p, i) { named[i] = named[i] || !!p.topics[k]; });
        });
      });
      problems.forEach(function (p, i) {
        // …and is left open only when no paragraph shares a word with it.
        var near = flat ? items.measures.filter(function (a) { return a.score[i] >= match.loose_score || a.evidence[i] >= 2; }) : [];
        if (near.length) {
          linked.measures[i] = true;
          named[i] = named[i] || near.some(function (a) { return a.named[i] > 0 || !a.named.some(Boolean); });
        }
      });
      var hits = [];
      var bare = [];
      problems.forEach(function (p, i) {
        var m = p.m;
        var fields = { area: p.label };
        var cause = linked.causes[i];
        var measure = linked.measures[i];
        // Claimed (a warning) only when no answer comes near the problem
        // and the problem says enough to be matched at all; otherwise a hint.
        var thin = (p.text.slice(m.title.length).match(hanChar) || []).length < match.min_chars;
        // A heading that names only the comparison (（三）对照入党誓词方面,
        // （五）其他方面) leaves what the problem is to its text, which an
        // answer may well meet in other words: only a hint.
        var vague = thin || frameOnly(m.title);
        var sure = {
          causes: !vague && !loose.causes[i] && !rooted && !prose,
          measures: !vague && !loose.measures[i] && !flat && !prose
        };
        var rule = "";
        var severity = "";
        if (!cause && !measure) {
          rule = "PR-STRUCT-006";
          severity = sure.measures ? "" : "hint";
        } else if (!measure) {
          rule = "PR-STRUCT-010";
          severity = sure.measures ? "" : "hint";
        } else if (!cause && sections.causes) {
          rule = "PR-STRUCT-011";
          severity = sure.causes ? "" : "hint";
        }
        if (!rule && !named[i]) {
          rule = "PR-STRUCT-010";
          severity = "hint";
        }
        if (rule) {
          hits.push(hit(rule, p.index, m.start, m.end + m.title.length, fields, severity));
        }
        if (!measure || !named[i]) {
          bare.push(p.label);
        }
      });
      hits = hits.concat(unanswered(markers, sections, bare));
      if (judged.measures) {
        var measures = items.measures;
        links.measures.forEach(function (found, j) {
          // 严守纪律规矩 when every problem is a discipline answers them all.
          if (!Object.keys(found).length && !Object.keys(generalTopics(measures[j], problems, general)).length) {
            var m = measures[j].m;
            hits.push(hit("PR-STRUCT-012", measures[j].index, m.start, m.end + m.title.length,
                          { measure: areaLabel(m) }));
          }
        });
        if (problems.length >= 3 && measures.length * match.count_ratio <= problems.length) {
          var h = sections.measures[0];
          var heading = markers[h[0]];
          // Few measures that between them answer every problem (one measure
          // for two problems each) are advice, not a defect.
          var open = problems.some(function (p, i) { return !linked.measures[i]; });
          hits.push(hit("PR-STRUCT-013", h[0], heading.start, heading.end + heading.title.length,
                        { problems: String(problems.length), measures: String(measures.length) },
                        open && !flat && !prose ? "" : "hint"));
        }
      }
      return hits;
    }

    // The problems no measure answers, named once more at the measures
    // heading: the defect lies in that part as much as in the problem (a
    // hint, as the problem's own finding already says it).
    function unanswered(markers, sections, open) {
      var h = (sections.measures || [])[0];
      if (!open.length || !h) {
        return [];
      }
      var m = markers[h[0]];
      return [hit("PR-STRUCT-015", h[0], m.start, m.end + m.title.length, { area: "“" + open.join("”“") + "”" }, "hint")];
    }

    // The problems part goes by many names (二、对照检查情况): with no
    // heading named as such, the one unnamed heading after last year's part
    // (if any) and before the causes and measures is it.
    function problemsBySlot(headings) {
      var from = -1;
      var to = headings.length;
      headings.forEach(function (h, k) {
        if (h[2] === "last-year") {
          from = k;
        } else if ((h[2] === "causes" || h[2] === "measures") && to === headings.length) {
          to = k;
        }
      });
      var unnamed = headings.slice(from + 1, to).filter(function (h) { return !h[2]; });
      if (to < headings.length && unnamed.length === 1) {
        unnamed[0][2] = "problems";
      }
    }

    // The other parts a heading that joins two names (五、原因和今后努力方向,
    // 三、问题产生的原因及整改措施) also holds: they are not missing.
    function joined(title, part) {
      return unique(title.split(/以及|[和及与、暨]/u).map(classify).filter(function (p) {
        return p && p !== part;
      }));
    }

    // Level-one headings with the part each belongs to; partial when fewer
    // than two parts are recognised (a snippet, not a whole material).
    function outline(markers) {
      var headings = [];
      var before = null;
      markers.forEach(function (m, i) {
        // 一、…… （二）存在的问题 …… 三、: the first "（n）" under a part, a short
        // title naming another part, between the numbers around it, is that
        // part (its number is PR-STRUCT-003's).
        var down = m && m.level === 2 && before && m.value === before.value + 1 && !m.body && m.title.length <= 12 &&
          classify(m.title) && classify(m.title) !== classify(before.title) &&
          markers.slice(i + 1).some(function (n) { return n && n.level === 1 && n.value === m.value + 1; });
        if (m && m.level === 1 || down) {
          var part = classify(m.title);
          headings.push([i, m, part, joined(m.title, part)]);
        }
        if (m && m.level < 3) {
          before = m.level === 1 ? m : null;
        }
      });
      var recognized = unique(headings.map(function (h) { return h[2]; }).filter(Boolean));
      var partial = recognized.length < 2;
      if (!partial && recognized.indexOf("problems") === -1) {
        problemsBySlot(headings);
      }
      return { headings: headings, partial: partial };
    }

    // 二、存在的问题 … “3、产生问题的原因” … 四、整改措施: a short title naming
    // another part, with the number the "一、" level leaves free for it, is
    // that part's heading written in the wrong style (PR-STRUCT-004 says so).
    function promoteParts(markers) {
      var last = null;
      var listed = false; // a "1." item under the last "一、" heading
      markers.forEach(function (m, index) {
        if (!m || m.level === 2 || m.level === 4) {
          return;
        }
        if (m.level === 3) {
          var part = !m.body && m.title.length <= 12 ? classify(m.title) : "";
          var next = null; // the next "一、" heading
          for (var j = index + 1; j < markers.length && !next && part; j++) {
            next = markers[j] && markers[j].level === 1 ? markers[j] : null;
          }
          // The last part (……三、原因分析 “4、整改措施”, “5、整改措施”): no
          // heading after it, and no list it could belong to.
          if (!part || !last || (next && m.value !== last.value + 1) || part === classify(last.title) ||
              (next ? next.value !== m.value + 1 : listed)) {
            listed = true;
            return;
          }
          m.level = 1;
          m.value = last.value + 1;
          m.style = m.raw.slice(-1) === "、" ? "1、" : "1.";
        }
        listed = false;
        last = m;
      });
    }

    var run = function (lines, markers) {
      promoteParts(markers);
      var shape = outline(markers);
      var headings = shape.headings;
      var partial = shape.partial;
      var hits = numbering(lines, markers, partial).concat(undated(lines));
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
        // Parts led by 首先/其次/最后 (其次，关于存在的问题。): matched
        // problem to cause and measure all the same.
        var led = ledParts(lines, markers);
        return led ? hits.concat(answered(lines, led, sectionsOf(lines, outline(led).headings))) : hits;
      }
      var order = parts(lines, headings);
      if (order.some(function (h) { return h.rule === "PR-STRUCT-002"; }) && movedWhole(markers)) {
        // Parts moved with their numbers (一、二、四、三、): the order finding
        // says it; the numbers that follow the move are no second slip.
        hits = hits.filter(function (h) { return !(h.rule === "PR-STRUCT-003" && h.fields.level === LEVEL_NAMES[1]); });
      }
      hits = hits.concat(order);
      return hits.concat(answered(lines, markers, sections));
    };
    // A signature (对照检查人：王建国) among the last two lines with no date on
    // it or after it: the material goes out undated.
    function undated(lines) {
      var filled = [];
      lines.forEach(function (line, i) {
        if (strip(line, TRIM) !== "") {
          filled.push(i);
        }
      });
      var tail = filled.slice(-2);
      var at = tail.filter(function (i) { return SIGNATURE.test(lines[i]); })[0];
      if (at === undefined || tail.some(function (i) { return i >= at && DATED.test(lines[i]); })) {
        return [];
      }
      return [hit("PR-STRUCT-014", at, 0, lines[at].length)];
    }
    // A copy of the markers with a part heading for each short title led by
    // an ordinal that names a part; null unless two parts or more are named.
    var LED_PART = /^[ \t\u3000]*(首先|其次|再次|最后)[，,、：:]?(?:关于|谈谈|说说|是)?([^，,。；;！？!?：:]{2,12})[。：:]/u;
    function ledParts(lines, markers) {
      var copy = markers.slice();
      var n = 0;
      lines.forEach(function (line, i) {
        var o = LED_PART.exec(line);
        if (o && !(copy[i] && copy[i].level === 1) && classify(o[2])) {
          n += 1;
          copy[i] = { level: 1, value: n, start: 0, end: o[0].length - o[2].length - 1, raw: o[1],
                      title: o[2], body: line.slice(o[0].length), style: "led" };
        }
      });
      return n && !outline(copy).partial ? copy : null;
    }
    // The "一、" numbers are 1..n, each once, only not in order.
    function movedWhole(markers) {
      var values = markers.filter(function (m) { return m && m.level === 1; })
        .map(function (m) { return m.value; }).sort(function (a, b) { return a - b; });
      return values.every(function (v, i) { return v === i + 1; });
    }
    // The line spans of each recognised part, or null for a snippet.
    run.sections = function (lines, markers) {
      promoteParts(markers);
      var shape = outline(markers);
      return shape.partial ? null : sectionsOf(lines, shape.headings);
    };
    return run;
  }

  // ---------------------------------------------------------- phrase rules

  var OATH_SEPARATOR = "，,、 \t\u3000";
  var OATH_STOP = "。；;！!？?”\"’…：:（(";
  var OATH_CLAUSE_MAX = 24;

  // Two clauses are alike when they share at least half their characters
  // (为共产主义奋斗终生 ~ 为共产主义奋斗终身), so a misquote is told apart
  // from ordinary prose that happens to follow the first words.
  // Where a quotation of `text` that begins (dir 1) or ends (dir -1) at `at`
  // in `line` parts from it and comes back: the far end of the misquoted
  // span, or -1 when it is quoted exactly, shares fewer than `least`
  // characters, or never meets the text again (then it is the writer's own
  // words). Meeting again: three more characters of the text within a few
  // characters either side, or the text's end with as many characters as it
  // has left, ending at a boundary. Bounded work: 9 x 9 short comparisons.
  function parted(line, at, text, dir, least) {
    var n = text.length;
    function lineAt(k) { return dir > 0 ? line.charAt(at + k) : line.charAt(at - 1 - k); }
    function textAt(k) { return dir > 0 ? text.charAt(k) : text.charAt(n - 1 - k); }
    var common = 0;
    while (common < n && lineAt(common) === textAt(common)) {
      common += 1;
    }
    if (common === n || common < least) {
      return -1;
    }
    var found = -1;
    for (var st = 0; st <= 8 && found === -1; st++) {
      for (var sm = 0; sm <= 8 && found === -1; sm++) {
        if ((st === 0 && sm === 0) || common + sm >= n) {
          continue;
        }
        var run = 0;
        while (common + sm + run < n && lineAt(common + st + run) === textAt(common + sm + run)) {
          run += 1;
        }
        if (run >= Math.min(3, n - common - sm) && (st <= 4 || sm <= 4)) {
          found = common + st + run;
        }
      }
    }
    var rest = n - common;
    if (found === -1 && rest <= 2) {
      var k = 0;
      while (k < rest && /[\u3400-\u9fff]/u.test(lineAt(common + k))) {
        k += 1;
      }
      if (k === rest && !/[\u3400-\u9fff]/u.test(lineAt(common + rest))) {
        found = common + rest;
      }
    }
    return found === -1 ? -1 : (dir > 0 ? at + found : at - found);
  }

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
  var OATH_LONG = 8;
  var OATH_ANCHOR = 4;

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

    // A long clause quoted alone (奋斗终生, 时刻准备为党和人民牺牲一切): found
    // by its first or last OATH_ANCHOR characters, compared as in parted().
    var ends = Object.create(null);
    clauses.forEach(function (c, k) {
      if (k > 0 && c.length >= OATH_LONG) {
        (ends[c.slice(0, OATH_ANCHOR)] = ends[c.slice(0, OATH_ANCHOR)] || []).push([c, 1]);
        (ends[c.slice(-OATH_ANCHOR)] = ends[c.slice(-OATH_ANCHOR)] || []).push([c, -1]);
      }
    });
    var endKeys = Object.keys(ends);
    var endRe = endKeys.length ? new RegExp(endKeys.join("|"), "gu") : null;
    var accepted = oath.accepted || [];

    function looseClauses(index, line) {
      var found = [];
      allMatches(endRe, line).forEach(function (m) {
        ends[m[0]].forEach(function (pair) {
          var at = pair[1] > 0 ? m.index : m.index + m[0].length;
          var far = parted(line, at, pair[0], pair[1], OATH_ANCHOR + 1);
          if (far === -1) {
            return;
          }
          var start = Math.min(at, far);
          var end = Math.max(at, far);
          var text = line.slice(start, end);
          if (accepted.indexOf(text) === -1 && clauses.indexOf(text) === -1) {
            found.push(report(index, start, end, text, pair[0]));
          }
        });
      });
      return found;
    }

    // A clause with one word swapped for a near synonym (保守党的机密, 遵守党的
    // 纪律, 对党忠心) beside a clause quoted exactly. It counts as a quotation
    // when a second exact clause is next to the pair, or, for a clause longer
    // than OATH_SHORT, when the line speaks of the oath (誓): 对党忠诚，积极作为
    // and 遵守党的章程，履行党员职责 are also phrases of their own.
    var OATH_SHORT = 4;
    var exactRe = new RegExp(clauses.filter(function (c) { return c.length >= 4; })
      .sort(function (a, b) { return b.length - a.length; }).join("|"), "gu");
    var HAN_CHAR = /[\u3400-\u9fff]/u;
    var JOINT = "，,、";

    // One word changed, added or left out: at most two characters differ, in one place.
    function oneWord(text, right) {
      var p = 0;
      var q = 0;
      while (p < text.length && p < right.length && text.charAt(p) === right.charAt(p)) {
        p += 1;
      }
      while (q < text.length - p && q < right.length - p &&
             text.charAt(text.length - 1 - q) === right.charAt(right.length - 1 - q)) {
        q += 1;
      }
      return text !== right && text.length - p - q <= 2 && right.length - p - q <= 2 &&
        p + q >= Math.max(2, right.length - 2);
    }

    // The run of Chinese characters that ends (dir -1) or starts (dir 1) at `at`.
    function run(line, at, dir) {
      var end = at;
      while (dir > 0 ? end < line.length && HAN_CHAR.test(line.charAt(end))
                     : end > 0 && HAN_CHAR.test(line.charAt(end - 1))) {
        end += dir;
      }
      return dir > 0 ? [at, end] : [end, at];
    }

    // Whether clause k is quoted exactly in the run beside a joint at `at`.
    function exactBeside(line, at, k, dir) {
      if (k < 0 || k >= clauses.length || JOINT.indexOf(line.charAt(dir > 0 ? at : at - 1)) === -1) {
        return false;
      }
      var r = dir > 0 ? run(line, at + 1, 1) : run(line, at - 1, -1);
      var text = line.slice(r[0], r[1]);
      return dir > 0 ? text.startsWith(clauses[k]) : text.endsWith(clauses[k]);
    }

    function swappedClauses(index, line) {
      var found = [];
      var sworn = SWORN.test(line);
      allMatches(exactRe, line).forEach(function (m) {
        var k = clauses.indexOf(m[0]);
        var s = m.index;
        var e = s + m[0].length;
        [1, -1].forEach(function (dir) {
          var expected = clauses[k + dir];
          var at = dir > 0 ? e : s;
          if (!expected || JOINT.indexOf(line.charAt(dir > 0 ? at : at - 1)) === -1) {
            return;
          }
          // The whole run, or its n characters next to the joint when words of
          // the writer's own go on beyond them.
          var whole = dir > 0 ? run(line, at + 1, 1) : run(line, at - 1, -1);
          var n = expected.length;
          var cut = dir > 0 ? [whole[0], whole[0] + n] : [whole[1] - n, whole[1]];
          var size = whole[1] - whole[0];
          if (size > n && line.slice(cut[0], cut[1]) === expected) {
            return;
          }
          // A cut window must end like the clause at its far end (履行党员的各|项义务 is no clause).
          var far = dir > 0 ? cut[1] - 1 : cut[0];
          var r = [whole, cut].filter(function (c, i) {
            return (i === 0 ? Math.abs(size - n) <= 2
                            : size > n && line.charAt(far) === expected.charAt(dir > 0 ? n - 1 : 0)) &&
              oneWord(line.slice(c[0], c[1]), expected);
          })[0];
          if (!r) {
            return;
          }
          var text = line.slice(r[0], r[1]);
          var anchors = 1 + (exactBeside(line, dir > 0 ? s : e, k - dir, -dir) ? 1 : 0) +
            (exactBeside(line, dir > 0 ? r[1] : r[0], k + 2 * dir, dir) ? 1 : 0);
          // A short clause (永不叛变 for 永不叛党) counts beside a long one of
          // the oath quoted exactly, where the paragraph speaks of the oath.
          if (anchors >= 2 || (sworn && (n > OATH_SHORT || m[0].length >= OATH_LONG))) {
            found.push(report(index, r[0], r[1], text, expected));
          }
        });
      });
      return found;
    }

    // Clauses in quotation marks on a line that speaks of the oath (对照入党
    // 誓词，在“遵守党的纪律”方面; “对党忠诚，努力工作”). A lone clause longer
    // than OATH_SHORT is compared with every clause; several are read in the
    // oath's order from one quoted exactly (“严守党的纪律，严守党的规矩” is
    // no quotation: 保守党的秘密 comes next). A clause with one word swapped
    // keeps its length (对党忠诚老实 is no misquote); a phrase of `accepted`
    // (积极作为) is the writer's own.
    var QUOTED = /“([^“”。；！？]{4,40})”/gu;
    // The line speaks of the oath: 入党誓词, or what one promised 入党时.
    var SWORN = /誓|入党时/u;
    function swapped(p, c) {
      return c && c.length === p.length && oneWord(p, c);
    }
    function quotedClauses(index, line) {
      var found = [];
      if (!SWORN.test(line)) {
        return found;
      }
      allMatches(QUOTED, line).forEach(function (m) {
        var pieces = m[1].split(/[，,、]/u);
        var starts = [];
        pieces.reduce(function (at, p) { starts.push(at); return at + p.length + 1; }, m.index + 1);
        var expected = [];
        if (pieces.length === 1) {
          // The clause sharing the longest tail (严守党的纪律 for 遵守党的纪律, not 遵守党的章程).
          var p = pieces[0];
          var best = -1;
          clauses.forEach(function (c) {
            var q = 0;
            while (q < p.length && p.charAt(p.length - 1 - q) === c.charAt(c.length - 1 - q)) {
              q += 1;
            }
            if (p.length > OATH_SHORT && swapped(p, c) && q > best) {
              best = q;
              expected = [c];
            }
          });
        } else {
          var anchor = pieces.findIndex(function (p) { return clauses.indexOf(p) !== -1; });
          var k = anchor === -1 ? -1 : clauses.indexOf(pieces[anchor]) - anchor;
          // No piece exact: the run of clauses each piece swaps one word of
          // (“遵守党的纲领，拥护党的章程”: the verbs traded).
          if (anchor === -1) {
            k = clauses.findIndex(function (c, j) {
              return j + pieces.length <= clauses.length && pieces.every(function (p, i) {
                return p.length > OATH_SHORT && swapped(p, clauses[j + i]);
              });
            });
          }
          expected = k < 0 ? [] : pieces.map(function (p, i) { return clauses[k + i]; });
          // Clauses picked out of order and joined by 、 (“执行党的决议、积极工作”):
          // each piece is compared with the clause it swaps a word of.
          if (anchor !== -1 && m[1].indexOf("、") !== -1 && !pieces.every(function (p, i) {
            return p === expected[i] || accepted.indexOf(p) !== -1 || swapped(p, expected[i]);
          })) {
            expected = pieces.map(function (p) {
              return clauses.indexOf(p) !== -1 ? p : clauses.filter(function (c) {
                return p.length > OATH_SHORT && swapped(p, c);
              })[0];
            });
          }
        }
        if (!expected.length) {
          return;
        }
        var wrong = [];
        var all = pieces.every(function (p, i) {
          if (p === expected[i] || accepted.indexOf(p) !== -1) {
            return true;
          }
          if (swapped(p, expected[i])) {
            wrong.push(report(index, starts[i], starts[i] + p.length, p, expected[i]));
            return true;
          }
          return false;
        });
        if (all) {
          found = found.concat(wrong);
        }
      });
      return found;
    }

    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        var loose = (endRe ? looseClauses(index, line) : []).concat(swappedClauses(index, line), quotedClauses(index, line));
        var walkedHits = hits.length;
        var walked = 0; // triggers inside a quotation already walked are skipped
        allMatches(trigger, line).forEach(function (m) {
          if (m.index < walked) {
            return;
          }
          var result = checkQuote(index, line, m);
          hits = hits.concat(result[0]);
          walked = result[1];
        });
        // A clause the walk already reported is not reported twice.
        var mine = hits.slice(walkedHits);
        loose.forEach(function (h) {
          if (!mine.some(function (w) { return w.start < h.end && h.start < w.end; })) {
            hits.push(h);
          }
        });
      });
      return hits;
    };
  }

  // ------------------------------------------------------ events by year
  // PR-TERM-007, PR-EVENT-001..005: sessions, campaigns and documents that do
  // not fit the material's year. The material's year is the largest “N年度”
  // in the text, so a mention of a later year only ever widens what is
  // allowed; a material of year N is written by month `written_by_month` of
  // year N+1. Every check is one regex pass per line.

  var CN_DIGITS = "一二三四五六七八九";

  // 一..九十九 -> number; 0 for anything else (十十, 二二).
  function chineseNumber(text) {
    var m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
    if (!m || (!m[2] && (!m[1] || m[3])) || text === "") {
      return 0;
    }
    var tens = m[2] ? (m[1] ? CN_DIGITS.indexOf(m[1]) + 1 : 1) : 0;
    var ones = m[2] ? (m[3] ? CN_DIGITS.indexOf(m[3]) + 1 : 0) : CN_DIGITS.indexOf(m[1]) + 1;
    return tens * 10 + ones;
  }

  function chineseName(n) {
    var tens = Math.floor(n / 10), ones = n % 10;
    return (tens > 1 ? CN_DIGITS[tens - 1] : "") + (tens ? "十" : "") + (ones ? CN_DIGITS[ones - 1] : "");
  }

  var NUM = "[一二三四五六七八九十]";
  // A plenum (十九届六中全会, 第二十届中央委员会第四次全体会议; not the
  // 中央纪委 plenums, nor a local committee's 十三届五次全会) or a congress
  // (党的第二十次全国代表大会, 二十大).
  var SESSION_SOURCE =
    "(" + NUM + "{1,3})届(?:(?:中央委员会|中央)?第?(" + NUM + "{1,2})中全会|中央委员会第(" + NUM + "{1,2})次全体会议)" +
    "|(党的|中国共产党)?第(" + NUM + "{1,3})次全国代表大会" +
    "|(党的)?(" + NUM + "{2,3})大(精神|召开|胜利|报告|代表|以来|前|后|期间|上)?";
  // Before “第…次全国代表大会” without 党的: another body's congress (工会, 共青团).
  var OTHER_BODY = new RegExp("[" + "会团联协" + "]$", "u");

  // {key, number fields, strong} for one match of SESSION_SOURCE, or null.
  function sessionKey(m, line) {
    if (m[1]) {
      var term = chineseNumber(m[1]), plenum = chineseNumber(m[2] || m[3]);
      return term && plenum ? { key: "P" + term + "-" + plenum, term: term, plenum: plenum, strong: true } : null;
    }
    var congress = chineseNumber(m[5] || m[7]);
    if (!congress || congress < 10) {
      return null;
    }
    if (m[5]) {
      if (!m[4] && OTHER_BODY.test(line.slice(0, m.index))) {
        return null;
      }
      return { key: "C" + congress, congress: congress, strong: true };
    }
    // “二十一大” needs 党的 before it or a word like 精神 after it to be a congress.
    return { key: "C" + congress, congress: congress, strong: Boolean(m[6] || m[8]) };
  }

  function materialYear(lines, yearRe) {
    var year = 0;
    lines.forEach(function (line) {
      allMatches(yearRe, line).forEach(function (m) {
        year = Math.max(year, parseInt(m[1], 10));
      });
    });
    return year;
  }
  // When a material was written, as a month index: by `written_by_month` of
  // the year after its own (read by materialYear); 0 when it names no year.
  // A material that names no 年度 is of the one year whose framework it
  // follows: FRAMED_ITEMS or more of that year's items (data/years.yml) named
  // in it, and no other year's (2024 and 2025 share theirs: no year).
  var FRAMED_ITEMS = 3;
  function framedYear(lines, marks) {
    var text = lines.join("\n");
    // Named without 情况 (从学习贯彻党的创新理论、党性修养提高……四个方面), all of them.
    var found = Object.keys(marks || {}).filter(function (y) {
      return marks[y].filter(function (item) { return text.indexOf(item) !== -1; }).length >= FRAMED_ITEMS ||
        marks[y].every(function (item) { return text.indexOf(item.replace(/情况$/u, "")) !== -1; });
    });
    return found.length === 1 ? Number(found[0]) : 0;
  }
  // Or it is the 专题组织生活会 of one campaign named in full (学习贯彻…主题教育
  // 专题组织生活会): the campaign's first year.
  function materialDate(config) {
    var yearRe = new RegExp(config.year_pattern, "gu");
    var special = (config.campaigns || []).map(function (c) {
      return { re: new RegExp("(?:" + c.pattern + ")[”\"」]?专题(?:组织|民主)生活会", "u"), year: c.began[0] };
    });
    function campaignYear(lines) {
      var text = lines.join("\n");
      var found = special.filter(function (c) { return c.re.test(text); });
      return found.length === 1 ? found[0].year : 0;
    }
    return function (lines) {
      var year = materialYear(lines, yearRe);
      var framed = !year && (framedYear(lines, config.marks) || campaignYear(lines));
      year = year || framed;
      return { year: year, writtenBy: year ? (year + 1) * 12 + config.written_by_month : 0, framed: Boolean(framed) };
    };
  }


  function monthName(ym) {
    return ym[0] + "年" + ym[1] + "月";
  }

  // The session table keyed as sessionKey does, plus what follows from it.
  function sessionTable(config) {
    var table = { byKey: {}, latestCongress: 0, lastPlenum: {}, congressWhen: {}, latest: null };
    var sessionRe = new RegExp(SESSION_SOURCE, "u");
    config.sessions.forEach(function (s) {
      var m = sessionRe.exec(s.name);
      var k = m && m.index === 0 && m[0] === s.name ? sessionKey(m, s.name) : null;
      var when = s.year * 12 + s.month;
      var entry = { name: s.name, when: when, held: s.year + "年" + s.month + "月" };
      if (!k) {
        return;
      }
      entry.key = k;
      if (!table.byKey[k.key]) {
        table.byKey[k.key] = entry;
      }
      if (k.congress) {
        table.latestCongress = Math.max(table.latestCongress, k.congress);
        table.congressWhen[k.congress] = when;
      } else {
        table.lastPlenum[k.term] = Math.max(table.lastPlenum[k.term] || 0, k.plenum);
      }
      if (!table.latest || when > table.latest.when) {
        table.latest = entry;
      }
    });
    return table;
  }

  // Every session mention in the lines, with its key and table entry.
  function sessionMentions(lines) {
    var re = new RegExp(SESSION_SOURCE, "gu");
    var found = [];
    lines.forEach(function (line, index) {
      allMatches(re, line).forEach(function (m) {
        var k = sessionKey(m, line);
        if (k) {
          var end = m.index + m[0].length - (m[8] ? m[8].length : 0);
          found.push({ index: index, start: m.index, end: end, text: line.slice(m.index, end), k: k, line: line });
        }
      });
    });
    return found;
  }

  // Looking forward to a session (迎接二十一大胜利召开) is right before it
  // is held: written in the session's year, such a line is no slip.
  var AHEAD_BEFORE = /迎接|喜迎|筹备|召开前|即将召开/u;
  var AHEAD_AFTER = /^(?:的)?(?:胜利)?(?:召开(?![后以之])|即将|前夕)/u;
  function lookingAhead(s) {
    return AHEAD_BEFORE.test(s.line.slice(Math.max(0, s.start - 6), s.start)) ||
      AHEAD_AFTER.test(s.line.slice(s.end, s.end + 4));
  }

  // PR-EVENT-008: a document said to come from a session that did not adopt
  // it (十九届五中全会通过的历史决议, 二十届二中全会《决定》), in a sentence that
  // names no session that did. Only where the words say so: a list of what
  // was studied (十九届六中全会精神和《若干准则》) links nothing.
  // Within one clause: 二中全会精神不够深入，对全会提出的…… is about another plenum.
  var ADOPTING = /通过|审议|作出|出台|制定|提出/u;
  // Or the session's sitting, then the document studied in the same sentence
  // (二中全会召开后，我又学习了《决定》): the document is taken for its.
  function adoptedThere(line, s, m) {
    if (s.end <= m.index) {
      var gap = line.slice(s.end, m.index);
      return /^(?:召开|闭幕)(?:以?后)[^。；;]*学习/u.test(gap) ||
        !/[，,；;：:]/u.test(gap) && (ADOPTING.test(gap) || /^的?[《“]?(?:中共中央)?(?:关于)?$/u.test(gap));
    }
    var between = line.slice(m.index + m[0].length, s.start);
    return /是|由|在/u.test(between) && ADOPTING.test(line.slice(s.end, s.end + 6));
  }

  // 六中全会 alone, not inside 十九届六中全会 (that is a mention of its own).
  function namedBare(text, plenum) {
    return new RegExp("(?:^|[^届])" + chineseName(plenum) + "中全会", "u").test(text);
  }

  function sessionDocumentRule(rule, config) {
    var table = sessionTable(config);
    var byName = {};
    Object.keys(table.byKey).forEach(function (k) { byName[table.byKey[k].name] = table.byKey[k]; });
    var documents = [];
    config.sessions.forEach(function (s) {
      (s.adopted || []).forEach(function (pattern) {
        documents.push({ re: new RegExp(pattern, "gu"), by: byName[s.name] });
      });
    });
    var dated = materialDate(config);
    return function (lines) {
      var hits = [];
      var mentions = sessionMentions(lines);
      // A session held after the material was written is PR-TERM-007's.
      var limit = dated(lines).writtenBy || Infinity;
      documents.forEach(function (d) {
        var by = d.by;
        lines.forEach(function (line, index) {
          allMatches(d.re, line).forEach(function (m) {
            var span = sentenceAround(line, m.index);
            var here = mentions.filter(function (s) {
              return s.index === index && s.start >= span[0] && s.end <= span[1];
            });
            // Named there, even bare (五中全会精神和六中全会通过的历史决议); unless
            // another one adopts it right before it (六中全会精神和五中全会通过的《…决议》).
            var near = by && here.filter(function (s) { return s.end <= m.index; }).pop();
            var slip = near && near.k.key !== by.key.key &&
              /^(?:审议)?(?:通过|作出|制定)[了的]?《?(?:中共中央)?(?:关于)?(?:党的)?$/u.test(line.slice(near.end, m.index));
            if (!by || !slip && (here.some(function (s) { return s.k.key === by.key.key; }) ||
                by.key.plenum && namedBare(line.slice(span[0], span[1]), by.key.plenum))) {
              return;
            }
            here.forEach(function (s) {
              var entry = table.byKey[s.k.key];
              // Only the same kind: a plenum for a plenum's document.
              if (entry && s.k.key !== by.key.key && !s.k.congress === !by.key.congress && entry.when <= limit &&
                  adoptedThere(line, s, m) && (!slip || s === near)) {
                hits.push(hit(rule.id, s.index, s.start, s.end,
                              { match: s.text, document: m[0], adopted_by: by.name, held: by.held }));
              }
            });
          });
        });
      });
      return uniqueHits(hits);
    };
  }

  // The sentence around `at`, at most SENTENCE_REACH characters each way, so
  // a long line without stops costs no more per mention than a short one.
  var CLAUSE_STOP = /[。！？；!?;]/u;
  var SENTENCE_REACH = 200;
  function sentenceAround(line, at) {
    var start = at;
    while (start > 0 && at - start < SENTENCE_REACH && !CLAUSE_STOP.test(line.charAt(start - 1))) {
      start -= 1;
    }
    var end = at;
    while (end < line.length && end - at < SENTENCE_REACH && !CLAUSE_STOP.test(line.charAt(end))) {
      end += 1;
    }
    return [start, end];
  }

  // PR-EVENT-009: the date under the signature before the material's year was
  // over (a 2022年度 material dated 2022年1月: an old date kept, or the year's
  // number copied). A 年度 meeting may be held in the year's last two months.
  var SIGNED = /^[ \t\u3000]*(?:[^0-9\n]{0,12}[：:][ \t\u3000]*)?(20[0-9]{2})[ \t\u3000]*年[ \t\u3000]*([0-9]{1,2})[ \t\u3000]*月(?:[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*日)?[ \t\u3000]*$/u;
  var SIGNATURE_LINES = 6;
  function signatureDateRule(rule, config) {
    var dated = materialDate(config);
    return function (lines) {
      var date = dated(lines);
      var year = date.year;
      // A special meeting (主题教育专题组织生活会) is held within its year.
      if (!year || date.framed) {
        return [];
      }
      var s = signedOn(lines);
      var m = s && s.m;
      var i = s && s.i;
      if (m && Number(m[1]) * 12 + Number(m[2]) < year * 12 + 11) {
        var start = lines[i].indexOf(m[1]);
        return [hit(rule.id, i, start, lines[i].trimEnd().length,
                    { match: lines[i].slice(start).trim(), year: String(year), next: String(year + 1) })];
      }
      return [];
    };
  }

  // The date under the signature: { i: its line, m: SIGNED's match } or null.
  function signedOn(lines) {
    for (var i = lines.length - 1, seen = 0; i >= 0 && seen < SIGNATURE_LINES; i--) {
      if (lines[i].trim()) {
        seen += 1;
        var m = SIGNED.exec(lines[i]);
        if (m) {
          return { i: i, m: m };
        }
      }
    }
    return null;
  }

  // PR-EVENT-010: the year of the meeting told twice, differently: the title's
  // 2022年度 and, in the text, the notice of a 2021年度 meeting (关于召开2021年度
  // 组织生活会的安排, 支部通知开2021年度组织生活会, 现将本人2021年度……): one was left from an old
  // material. A look back (2021年度组织生活会上查摆的问题) names no notice.
  var TITLE_LINES = 3;
  var TITLE_LENGTH = 40;
  var NOTICE_YEAR = /(?:(?:召开|开好)(20[0-9]{2})[ \t\u3000]*年度(?=[^，。；！？,;]{0,24}?的?(?:通知|安排|部署|布署|要求))|(?:通知|这次|本次|此次)[^，。；！？,;]{0,6}?(20[0-9]{2})[ \t\u3000]*年度(?=(?:基层党组织|党支部)?(?:专题)?组织生活会)|(?:现将|现就)[^，。；！？,;]{0,6}?(20[0-9]{2})[ \t\u3000]*年度)(?:基层党组织|党支部)?(?:专题)?(?:组织生活会)?/gu;
  function meetingYearRule(rule, config) {
    var yearRe = new RegExp(config.year_pattern, "gu");
    return function (lines) {
      var titled = {};
      var seen = 0;
      for (var i = 0; i < lines.length && seen < TITLE_LINES; i++) {
        if (lines[i].trim()) {
          seen += 1;
          if (lines[i].trim().length <= TITLE_LENGTH && !/[，。；！？,;]/u.test(lines[i])) {
            allMatches(yearRe, lines[i]).forEach(function (m) { titled[m[1]] = i; });
          }
        }
      }
      var years = Object.keys(titled);
      if (years.length !== 1) {
        return [];
      }
      var hits = [];
      lines.forEach(function (line, index) {
        if (index === titled[years[0]]) {
          return;
        }
        allMatches(NOTICE_YEAR, line).forEach(function (m) {
          var said = m[1] || m[2] || m[3];
          var span = sentenceAround(line, m.index);
          if (said !== years[0] && !/去年|上年|上一年|上次|当时|那时/u.test(line.slice(span[0], span[1]))) {
            var start = m.index + m[0].indexOf(said);
            hits.push(hit(rule.id, index, start, m.index + m[0].length,
                          { match: line.slice(start, m.index + m[0].length), title: years[0] }));
          }
        });
      });
      return hits;
    };
  }

  // PR-TERM-007: a session held after the material was written.
  function sessionRule(rule, config) {
    var table = sessionTable(config);
    var dated = materialDate(config);
    return function (lines) {
      var hits = [];
      var date = dated(lines);
      var year = date.year;
      if (!year) {
        return hits;
      }
      var limit = date.writtenBy;
      var written = "这份" + year + "年度的材料一般在" + (year + 1) + "年上半年写成，那时";
      // The date signed under it, when within the year's span, bounds it
      // closer (a 2021 campaign's material signed 2021年8月 predates the
      // 六中全会); one PR-EVENT-009 finds too early is no evidence.
      var signed = signedOn(lines);
      var on = signed ? Number(signed.m[1]) * 12 + Number(signed.m[2]) : 0;
      if (on && on < limit && on >= year * 12 + (date.framed ? 1 : 11)) {
        limit = on;
        written = "材料落款是" + signed.m[1] + "年" + Number(signed.m[2]) + "月，那时";
      }
      sessionMentions(lines).forEach(function (s) {
        var entry = table.byKey[s.k.key];
        // Signed after the session was held: the material was written after
        // it, and its 年度 rather than the session may be the slip.
        if (entry && entry.when > limit && !(on && on >= entry.when) && !lookingAhead(s)) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, held: entry.held, written: written }));
        }
      });
      return hits;
    };
  }

  // PR-EVENT-011: a session given a date it was not held on, right next to
  // it: 十九届六中全会是2021年10月召开的, 2020年召开的党的二十大. A year
  // alone is checked by its year; with a month, by both.
  // The place and a word of praise may stand between (于2022年10月在北京胜利召开).
  var HELD_AFTER = /^(?:是|于|在)?((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?:[0-9]{1,2}日)?(?:至[0-9]{1,2}日)?(?:在北京|在京)?(?:胜利|隆重)?(?:召开|举行|闭幕|开幕)/u;
  var HELD_BEFORE = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?:[0-9]{1,2}日)?(?:至[0-9]{1,2}日)?(?:在北京|在京)?(?:胜利|隆重)?(?:召开|举行)的(?:党的|中国共产党)?$/u;
  var HELD_LEAD = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?:[0-9]{1,2}日)?[，,](?:党的|中国共产党)?$/u;
  var HELD_VERB = /^(?:在北京|在京)?(?:胜利|隆重)?(?:召开|举行|闭幕|开幕)/u;
  function sessionDateRule(rule, config) {
    var table = sessionTable(config);
    return function (lines) {
      var hits = [];
      sessionMentions(lines).forEach(function (s) {
        var entry = table.byKey[s.k.key];
        if (!entry) {
          return;
        }
        var year = Math.floor((entry.when - 1) / 12);
        var month = entry.when - year * 12;
        var ahead = s.line.slice(s.end, s.end + 24);
        var from = Math.max(0, s.start - 24);
        // The date leading its clause, the verb after the name (2022年10月，
        // 党的十九大胜利召开).
        var lead = HELD_VERB.test(ahead) ? HELD_LEAD.exec(s.line.slice(from, s.start)) : null;
        [[HELD_AFTER.exec(ahead), s.end], [HELD_BEFORE.exec(s.line.slice(from, s.start)), from],
         [lead, from]].forEach(function (pair) {
          var m = pair[0];
          if (!m || (Number(m[1]) === year && (!m[2] || Number(m[2]) === month))) {
            return;
          }
          var date = m[1] + "年" + (m[2] ? m[2] + "月" : "");
          var at = pair[1] + m.index + m[0].indexOf(date);
          // 2022年10月召开的党的十九大: the date is the 二十大's, the name is the slip.
          var other = m[2] && Object.keys(table.byKey).some(function (k) {
            var e = table.byKey[k];
            return e.held === date && !e.key.congress === !s.k.congress;
          });
          hits.push(hit(rule.id, s.index, other ? s.start : at, other ? s.end : at + date.length,
                        { match: date, name: s.text, held: entry.held }));
        });
      });
      return hits;
    };
  }

  // PR-EVENT-001: a congress or plenum after the latest in the table, or a
  // plenum after the last one of a term that has ended. “Not yet held” is
  // said only when the table must know: the material's year is one the table
  // covers (a session held since the table's last row is not an error), or,
  // for the next congress, the material was written before the five years
  // the Party Constitution sets between congresses had passed.
  function sessionUnheldRule(rule, config) {
    var table = sessionTable(config);
    var last = table.latestCongress;
    var dated = materialDate(config);
    var CONGRESS_YEARS = 5;
    function status(k, written) {
      var next = k.congress || (k.term > last ? k.term : 0);
      if (next) {
        var due = (table.congressWhen[last] || 0) + CONGRESS_YEARS * 12;
        // Only the next congress: a number further on is rather a phrase (八十大寿).
        return next === last + 1 && written && written < due ? "还没有召开" : "";
      }
      var covered = written && written - 12 - config.written_by_month <= table.latest.when;
      if (k.term === last && k.plenum > (table.lastPlenum[k.term] || 0)) {
        return covered ? "还没有召开" : "";
      }
      var closing = table.lastPlenum[k.term];
      if (k.term < last && closing && k.plenum > closing) {
        return "并不存在（第" + chineseName(k.term) + "届中央委员会共召开了" + chineseName(closing) + "次全会）";
      }
      return "";
    }
    return function (lines) {
      var hits = [];
      if (!last || !table.latest) {
        return hits;
      }
      var written = dated(lines).writtenBy;
      sessionMentions(lines).forEach(function (s) {
        var said = table.byKey[s.k.key] ? "" : status(s.k, written);
        if (said === "还没有召开" && lookingAhead(s)) {
          return;
        }
        if (said) {
          hits.push(hit(rule.id, s.index, s.start, s.end,
                        { match: s.text, status: said, latest: table.latest.name, held: table.latest.held }));
        }
      });
      return hits;
    };
  }

  // PR-EVENT-002: “十九届三中全会精神” in a material whose year held the
  // 二十届三中全会: the same plenum of a later term was held in the year
  // (or before the material was written), so the term is likely a slip.
  // Only “…全会精神”: 十八届三中全会以来 rightly recalls the older one.
  // Also an earlier plenum of the same term than the one the year's theme
  // asks to study (`studied`, from data/years.yml: a 2024年度 material that
  // studies the 二十届二中全会 where its year studied the 三中全会), held before
  // the material's year, when the studied one is named nowhere in it. A
  // plenum some year's theme studied is cited for years after (三中全会精神 in
  // 2025年度, on reform) and is left alone.
  // A sentence that looks back (2017年, 2020年度, 上年度, 当年, 那时): an older session named
  // there is remembered, not studied now.
  function recalled(s, year) {
    var span = sentenceAround(s.line, s.start);
    var sentence = s.line.slice(span[0], span[1]);
    return /当年|那年|那时|那会儿|曾经|以前|过去|上年度/u.test(sentence) ||
      allMatches(/(20[0-9]{2})年/gu, sentence).some(function (m) { return Number(m[1]) < year; });
  }

  // A numbered heading up to “学习贯彻（党的）” (一、学习贯彻党的……).
  var HEADING_STUDY = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[、.．])[ \t\u3000]*(?:深入)?学习(?:贯彻|宣传)?(?:落实)?(?:党的)?$/u;

  function sessionStaleRule(rule, config) {
    var table = sessionTable(config);
    var dated = materialDate(config);
    var sessionRe = new RegExp(SESSION_SOURCE, "u");
    var studied = {};
    var themed = {};
    var congressOf = {}; // years whose theme studies a congress (2022年度: 二十大)
    var adopted = []; // {re, k}: the documents each plenum adopted
    config.sessions.forEach(function (s) {
      var m = sessionRe.exec(s.name);
      var k = m && m[0] === s.name ? sessionKey(m, s.name) : null;
      (k && k.plenum ? s.adopted || [] : []).forEach(function (p) {
        adopted.push({ re: new RegExp(p, "gu"), k: k });
      });
    });
    Object.keys(config.studied || {}).forEach(function (year) {
      var theme = config.studied[year];
      var m = sessionRe.exec(theme.session);
      var k = m ? sessionKey(m, theme.session) : null;
      if (k && k.plenum && table.byKey[k.key]) {
        studied[year] = { k: k, entry: table.byKey[k.key], clauses: theme.clauses };
        themed[k.key] = true;
      } else if (k && k.congress && table.byKey[k.key]) {
        congressOf[year] = { k: k, entry: table.byKey[k.key] };
      }
    });
    return function (lines) {
      var hits = [];
      var date = dated(lines);
      var year = date.year;
      if (!year) {
        return hits;
      }
      var from = year * 12 + 1;
      var limit = date.writtenBy;
      var mentions = sessionMentions(lines);
      var due = studied[year];
      var theme = due;
      // Named in full or bare (二十届三中全会和四中全会精神).
      if (due && (mentions.some(function (s) { return s.k.key === due.k.key; }) ||
                  lines.some(function (line) { return line.indexOf(chineseName(due.k.plenum) + "中全会") !== -1; }))) {
        due = null;
      }
      var congress = congressOf[year];
      // Else the last congress held before the year began: its spirit is what
      // a material of the year studies (十九大精神 in 2023 is an old one's);
      // an older report is still cited (十九大报告首次提出), so 精神 only.
      var before = null;
      Object.keys(table.byKey).forEach(function (key) {
        var e = table.byKey[key];
        if (e.key.congress && e.when < from && (!before || e.key.congress > before.k.congress)) {
          before = { k: e.key, entry: e };
        }
      });
      // The last plenum of each term held in the material's year, and whether a congress was.
      var yearPlenum = {};
      var congressHeld = false;
      Object.keys(table.byKey).forEach(function (key) {
        var e = table.byKey[key];
        if (e.when >= from && e.when <= limit) {
          congressHeld = congressHeld || Boolean(e.key.congress);
          var last = yearPlenum[e.key.term];
          if (e.key.plenum && (!last || e.key.plenum > last.key.plenum)) {
            yearPlenum[e.key.term] = e;
          }
        }
      });
      mentions.forEach(function (s) {
        var entry = table.byKey[s.k.key];
        if (!entry) {
          return;
        }
        // The report or spirit of an earlier congress where the year studies
        // a later one (十九大报告 in a 2022年度 material); 十九大以来 recalls it rightly.
        if (congress && s.k.congress && s.k.congress < congress.k.congress && congress.entry.when <= limit &&
            /^(?:的)?(?:报告|精神)/u.test(s.line.slice(s.end, s.end + 3)) && !recalled(s, year)) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, newer: congress.entry.name,
                                                            held: congress.entry.held, old: entry.held, year: String(year) }));
          return;
        }
        // A report read as this year's study (研读了……和党的十九大报告。) is the
        // spirit's too; one cited (十九大报告首次提出) is not.
        var read = /^的?报告(?:[，。；、和及]|$)/u.test(s.line.slice(s.end, s.end + 4)) &&
          /研读|精读|通读|学习了/u.test(s.line.slice(sentenceAround(s.line, s.start)[0], s.start));
        if (!congress && before && s.k.congress && s.k.congress < before.k.congress &&
            (read || /^(?:的)?精神/u.test(s.line.slice(s.end, s.end + 3))) && !recalled(s, year)) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, newer: before.entry.name,
                                                            held: before.entry.held, old: entry.held, year: String(year) }));
          return;
        }
        // Its spirit or its communiqué (十九届五中全会公报和历史决议) is what is studied.
        if (!s.k.plenum || !/^的?(?:精神|公报)/u.test(s.line.slice(s.end, s.end + 3))) {
          return;
        }
        // A numbered heading on studying a plenum of a term before the last
        // congress held by then (2022年度: 一、学习贯彻党的十九届六中全会精神情况):
        // the year's study is that congress's spirit; a heading does not look back.
        var last = congress && congress.entry.when <= limit ? congress : before;
        if (last && s.k.term < last.k.congress && HEADING_STUDY.test(s.line.slice(0, s.start))) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, newer: last.entry.name,
                                                            held: last.entry.held, old: entry.held, year: String(year) }));
          return;
        }
        // The year's theme quoted with an earlier plenum in it (学习贯彻二十届
        // 二中全会精神、巩固深化党纪学习教育成果) is a slip even where the
        // right one is named elsewhere.
        var span = sentenceAround(s.line, s.start);
        var sentence = s.line.slice(span[0], span[1]);
        var quoted = theme && theme.clauses.some(function (c) { return sentence.indexOf(c) !== -1; });
        var against = due || (quoted ? theme : null);
        if (against && s.k.term === against.k.term && s.k.plenum < against.k.plenum && entry.when < from &&
            !themed[s.k.key]) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, newer: against.entry.name,
                                                            held: against.entry.held, old: entry.held, year: String(year) }));
          return;
        }
        // A later plenum of its term held in the material's year, with no
        // congress then (2021年度: the 十九届六中全会): an earlier one's spirit
        // (十九届五中全会精神和历史决议) is a slip for it, unless the sentence names
        // the later one too (even bare), the earlier one's own document
        // (五中全会精神和“十四五”规划建议), or looks back. Where the words give
        // the later one's document to it, PR-EVENT-008 says so.
        var by = !congressHeld && yearPlenum[s.k.term];
        if (by && by.key.plenum > s.k.plenum && entry.when < from && !themed[s.k.key] && !recalled(s, year) &&
            !namedBare(sentence, by.key.plenum) && !mentions.some(function (o) {
              return o.index === s.index && o.k.key === by.key.key && o.start >= span[0] && o.end <= span[1];
            }) && !adopted.some(function (d) {
              return allMatches(d.re, sentence).some(function (m) {
                return d.k.key === s.k.key || d.k.key === by.key.key && adoptedThere(s.line, s, { index: m.index + span[0], 0: m[0] });
              });
            })) {
          hits.push(hit(rule.id, s.index, s.start, s.end, { match: s.text, newer: by.name,
                                                            held: by.held, old: entry.held, year: String(year) }));
          return;
        }
        for (var term = s.k.term + 1; term <= table.latestCongress; term++) {
          var newer = table.byKey["P" + term + "-" + s.k.plenum];
          if (newer && newer.when >= from && newer.when <= limit && entry.when < from - 24) {
            hits.push(hit(rule.id, s.index, s.start, s.end,
                          { match: s.text, newer: newer.name, held: newer.held, old: entry.held, year: String(year) }));
            return;
          }
        }
      });
      return hits;
    };
  }

  function campaignRes(config) {
    return config.campaigns.map(function (c) {
      return { c: c, re: new RegExp(c.pattern, "gu") };
    });
  }

  // PR-EVENT-003: a campaign that began after the material was written, or
  // whose results (成果) are consolidated before it ended.
  function campaignEarlyRule(rule, config) {
    var campaigns = campaignRes(config);
    var dated = materialDate(config);
    return function (lines) {
      var hits = [];
      var date = dated(lines);
      var year = date.year;
      if (!year) {
        return hits;
      }
      var limit = date.writtenBy;
      lines.forEach(function (line, index) {
        campaigns.forEach(function (entry) {
          var c = entry.c;
          var early = c.began[0] * 12 + c.began[1] > limit;
          // Its results (巩固深化……学习教育成果) only once it has ended.
          var open = c.ended[0] * 12 + c.ended[1] > limit;
          if (!early && !open) {
            return;
          }
          allMatches(entry.re, line).forEach(function (m) {
            var results = /^的?成果/u.test(line.slice(m.index + m[0].length));
            if (early || results) {
              hits.push(hit(rule.id, index, m.index, m.index + m[0].length, {
                match: m[0], year: String(year), next: String(year + 1),
                when: early ? "是" + monthName(c.began) + "开始的" : "到" + monthName(c.ended) + "才结束",
                then: early ? "还没有开展" : "还谈不上巩固它的成果"
              }));
            }
          });
        });
      });
      return hits;
    };
  }

  // PR-EVENT-004: “今年的党纪学习教育” in a material of a year whose
  // campaign was another. 今年 may mean year N or N+1 (the material is written
  // early in N+1); words like 巩固 or 成果 mean a past campaign on purpose.
  // A year written out (2025年党纪学习教育) is checked against the campaign's
  // own span, whatever the material's year.
  var NOW_WORDS = "今年度|今年|本年度|这次|此次|本次|(?:19|20)[0-9]{2}年(?![度底])";
  var WRITTEN_YEAR = /^([0-9]{4})年$/u;
  var NOW_GAP = "[^，。；！？、,;:：（）()“”\\n]{0,6}?[“\"]?";
  var PAST_ON_PURPOSE = /巩固|深化|拓展|运用|用好|延续|继续|持续|回顾|对照|结合|去年|上年|往年|以来/u;
  // Words that place an undated campaign in the past on purpose (当年党史学习教育期间,
  // 重温了党纪学习教育期间的笔记).
  var CAMPAIGN_RECALLED = /巩固|深化|拓展|延续|回顾|重温|回想|回忆|想起|记得|翻看|去年|上年|往年|当年|那年|那时|曾|以前|过去/u;
  function campaignYearRule(rule, config) {
    var campaigns = campaignRes(config);
    var dated = materialDate(config);
    var re = campaigns.length
      ? new RegExp("(" + NOW_WORDS + ")(" + NOW_GAP + ")(" +
                   campaigns.map(function (e) { return "(" + e.c.pattern + ")"; }).join("|") + ")", "gu")
      : null;
    // Which capturing group holds which campaign.
    var groups = [];
    var at = 4;
    campaigns.forEach(function (e) {
      groups.push(at);
      at += 1 + new RegExp(e.c.pattern + "|").exec("").length - 1;
    });
    // The year's theme with its campaign swapped for another (2024年度:
    // 巩固深化党史学习教育成果 for 巩固深化党纪学习教育成果). Clauses are Han
    // characters and quotes only, so they are their own patterns.
    var themes = {};
    Object.keys(config.studied || {}).forEach(function (y) {
      config.studied[y].clauses.forEach(function (clause) {
        campaigns.forEach(function (e) {
          var m = new RegExp(e.c.pattern, "u").exec(clause);
          if (m) {
            // Also without its last words (巩固深化党史学习教育为主题), and the
            // bare 主题教育 (the latest so named).
            themes[y] = (themes[y] || []).concat({ own: e, re: new RegExp(clause.slice(0, m.index) + "(" +
              campaigns.map(function (o) { return o.c.pattern; }).join("|") + "|主题教育)(?:" + clause.slice(m.index + m[0].length) + ")?", "gu") });
          }
        });
      });
    });
    function active(c, year, late) {
      return c.began[0] <= year + late && c.ended[0] >= year;
    }
    var specials = campaigns.map(function (e) {
      return new RegExp("(?:" + e.c.pattern + ")[”\"」]?专题(?:组织|民主)生活会", "u");
    });
    return function (lines) {
      var hits = [];
      var material = dated(lines).year;
      // The 专题组织生活会 of one campaign: the material's own.
      var text = lines.join("\n");
      var owns = campaigns.filter(function (e, k) { return specials[k].test(text); });
      var own = owns.length === 1 ? owns[0] : null;
      if (!re) {
        return hits;
      }
      // c named at [start, start + text.length) where `when` says it is year's
      // (late 1: 今年 may be the material's year or the next; a written year is
      // exact); `anyway`: the caller has made its own test of the years.
      // from: where the span starts when it also covers a written year (the
      // year may be the slip as much as the campaign's name).
      function report(index, start, text, c, when, year, late, excerpt, anyway, from) {
        if (!year || !anyway && active(c, year, late)) {
          return;
        }
        var current = campaigns.filter(function (e) { return e.c !== c && active(e.c, year, late); }).map(function (e) { return e.c.name; });
        var span = c.began[0] === c.ended[0] ? c.began[0] + "年" : c.began[0] + "年至" + c.ended[0] + "年";
        hits.push(hit(rule.id, index, from === undefined ? start : from, start + text.length, {
          match: text, when: when, year: String(year), span: span, name: c.name, start: String(c.began[0]),
          expected: current.length ? "本站记录的这一时期的学习教育是" + current.join("、") + "。"
                                   : "本站没有记录这一时期在全党开展的学习教育。"
        }, "", excerpt));
      }
      lines.forEach(function (line, index) {
        var done = {};
        allMatches(re, line).forEach(function (m) {
          var start = m.index + m[1].length + m[2].length;
          done[start] = true;
          if (PAST_ON_PURPOSE.test(m[2]) || /^(?:成果|常态化)/u.test(line.slice(m.index + m[0].length))) {
            return;
          }
          var written = WRITTEN_YEAR.exec(m[1]);
          var k = groups.findIndex(function (g) { return m[g] !== undefined; });
          report(index, start, m[3], campaigns[k].c, m[1], written ? Number(written[1]) : material, written ? 0 : 1, m[0],
                 false, written ? m.index : undefined);
        });
        // Further from its time in the sentence: “2024年4月至7月，单位开展了
        // 党史学习教育” (a year, then 开展 or 参加 in its clause), or “4月至7月党史学习教育期间”
        // (the months of the material's year). 去年开展的 one began in year N-1 or N
        // (去年 may be either, the material being written in N+1).
        campaigns.forEach(function (e) {
          allMatches(e.re, line).forEach(function (m) {
            var end = m.index + m[0].length;
            var before = line.slice(sentenceAround(line, m.index)[0], m.index);
            // 以来 recalls a campaign (党史学习教育以来, 自参加……以来), unless one
            // took part in it since (结合参加“不忘初心、牢记使命”主题教育以来的实际):
            // then it is the year's.
            var joined = /(?:参加|参与|开展)[“"]?$/u.test(before) && !/[自从](?:参加|参与|开展)[“"]?$/u.test(before);
            // In the meeting of one 主题教育, the other named with no year and no
            // word of recall (结合不忘初心、牢记使命主题教育的成果) is the meeting's own, misnamed.
            if (own && e !== own && !done[m.index] && /主题教育$/u.test(own.c.name) && /主题教育$/u.test(e.c.name) &&
                !/(?:19|20)[0-9]{2}年|当年|那年|那时|曾|以前|过去|回顾|重温|回想|回忆|记得|翻看/u.test(line.slice(sentenceAround(line, m.index)[0], end))) {
              report(index, m.index, m[0], e.c, own.c.name + "专题组织生活会", own.c.began[0], 0, "", true);
              return;
            }
            if (done[m.index] || /^的?(?:成果|常态化)/u.test(line.slice(end)) ||
                /^以来/u.test(line.slice(end)) && !joined) {
              return;
            }
            var y = allMatches(/(?:19|20)[0-9]{2}年(?![度底])|去年/gu, before).pop();
            // 这一年，我参加了……: the material's own year.
            var near = allMatches(/这一年|一年来|今年/gu, before).pop();
            var since = near ? before.slice(near.index + near[0].length) : "";
            var between = y ? before.slice(y.index + y[0].length) : "";
            var months = /(^|[^年0-9])([0-9]{1,2}月(?:[0-9]{1,2}日)?(?:至|到|—|-|－|～|~)[0-9]{1,2}月(?:[0-9]{1,2}日)?)$/u.exec(before);
            // “2023年以来……参加了……” dates the taking part: 以来 there recalls nothing.
            if (y && /(?:开展|参加|参与|启动)[^，、；：,;:]{0,10}$/u.test(between) &&
                !PAST_ON_PURPOSE.test(between.replace(/^以来/u, ""))) {
              if (y[0] !== "去年") {
                report(index, m.index, m[0], e.c, y[0], Number(y[0].slice(0, 4)), 0, "");
              } else if (material && (e.c.began[0] < material - 1 || e.c.began[0] > material)) {
                report(index, m.index, m[0], e.c, y[0], material - 1, 1, "", true);
              }
            } else if (!y && months && /^期间/u.test(line.slice(end)) && !PAST_ON_PURPOSE.test(before)) {
              report(index, m.index, m[0], e.c, months[2], material, 1, "");
            } else if (!y && material && /^(?:开展)?(?:期间|以来)/u.test(line.slice(end)) && !CAMPAIGN_RECALLED.test(before)) {
              // No date at all: “党史学习教育期间” tells of the material's own year.
              report(index, m.index, m[0], e.c, material + "年度", material, 1, "");
            } else if (!y && near && /(?:开展|参加|参与)[^，、；：,;:]{0,10}$/u.test(since) && !PAST_ON_PURPOSE.test(since)) {
              report(index, m.index, m[0], e.c, near[0], material, 1, "");
            }
          });
        });
        (themes[material] || []).forEach(function (t) {
          allMatches(t.re, line).forEach(function (m) {
            var e = campaigns.filter(function (o) {
              return new RegExp("^(?:" + o.c.pattern + ")$", "u").test(m[1]) ||
                m[1] === "主题教育" && /主题教育$/u.test(o.c.name) && o.c.began[0] < material;
            }).pop();
            if (e && e !== t.own) {
              var at = m.index + m[0].indexOf(m[1]);
              // The theme names the one to consolidate: another, even one just ended, is a slip.
              report(index, at, m[1], e.c, material + "年度", material, 1, m[0], true);
            }
          });
        });
      });
      return hits;
    };
  }

  // PR-EVENT-006: a wrong form of a campaign's name (八项规定学习教育 for
  // 中央八项规定精神学习教育), listed with the campaign.
  function campaignNameRule(rule, config) {
    var wrong = [];
    config.campaigns.forEach(function (c) {
      (c.misnamed || []).forEach(function (p) { wrong.push({ name: c.name, re: new RegExp(p, "gu") }); });
    });
    return function (lines) {
      var hits = [];
      lines.forEach(function (line, index) {
        wrong.forEach(function (w) {
          allMatches(w.re, line).forEach(function (m) {
            hits.push(hit(rule.id, index, m.index, m.index + m[0].length, { match: m[0], name: w.name }));
          });
        });
      });
      return hits;
    };
  }

  // PR-EVENT-005: “2013年出台的八项规定”: a year next to an adoption verb
  // and a document, when no version of the document is from that year; also
  // a date in brackets right after the document (…八项规定》（2013年12月4日通过）).
  var DOC_VERB = "出台|制定|颁布|印发|审议通过|通过|作出|发布|修订";
  var DOC_WHO = "(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:底|初|末)?(?:党中央|中共中央|中央政治局|中央)?(?:新)?";
  function documentDateRule(rule, config) {
    var docs = config.documents.map(function (d) {
      var name = "(?:" + d.pattern + ")";
      return {
        d: d,
        forward: new RegExp("((?:19|20)[0-9]{2})年" + DOC_WHO + "(?:" + DOC_VERB + ")(?:的|了)?《?(?:中国共产党)?" + name, "gu"),
        // Also said again in the next clause (八项规定精神，这项规定是2013年12月出台的).
        backward: new RegExp(name + "》?(?:精神)?(?:[，,](?:这|该|它)[^，,。；！？]{0,4}?)?(?:是|于|在|自)?((?:19|20)[0-9]{2})年" +
                             DOC_WHO + "(?:" + DOC_VERB + ")", "gu"),
        bracket: new RegExp(name + "》?[（(]((?:19|20)[0-9]{2})年" + DOC_WHO + "(?:" + DOC_VERB + ")?[）)]", "gu"),
        // Or by a pronoun in the next clause (八项规定精神学得不够，觉得那是2013年给机关定的规矩).
        pronoun: new RegExp(name + "》?(?:精神)?[^，,。；！？]{0,8}[，,](?:我|总|还)?(?:觉得|认为|以为)?(?:这|那|它)(?:项规定)?(?:是|于)((?:19|20)[0-9]{2})年[^，,。；！？]{0,8}?(?:" +
                            DOC_VERB + "|定)(?:的|了|下)", "gu"),
        // The version studied: 学习了2018年修订的《条例》 (《条例》 alone where the
        // material names the document in full).
        // 把2018年修订的《条例》通读了一遍, 重温了…
        studied: new RegExp("(?:学习|研读|通读|精读|重温|温习|翻阅|学|读|对照|把)了?((?:19|20)[0-9]{2})年修订的《?(?:中国共产党)?(" + name + "》?|条例》)", "gu"),
        // Or its version named after it in the clause (对照《条例》，我对2018年修订的新条款学得不细).
        after: new RegExp(name + "》?[^。；！？]{0,12}?((?:19|20)[0-9]{2})年修订的(?:新|有关|相关)?(?:条款|条文|内容|版本|规定)", "gu"),
        named: new RegExp(name, "u")
      };
    });
    var dated = materialDate(config);
    return function (lines) {
      var hits = [];
      var year = dated(lines).year;
      var text = lines.join("\n");
      lines.forEach(function (line, index) {
        docs.forEach(function (e) {
          var pronouns = allMatches(e.pronoun, line);
          allMatches(e.forward, line).concat(allMatches(e.backward, line), allMatches(e.bracket, line),
                                              pronouns).forEach(function (m) {
            // A pronoun's clause is marked from its year on (2013年给机关定的).
            var cut = pronouns.indexOf(m) === -1 ? 0 : m[0].indexOf(m[1] + "年");
            if (e.d.years.indexOf(parseInt(m[1], 10)) === -1) {
              hits.push(hit(rule.id, index, m.index + cut, m.index + m[0].length,
                            { match: m[0].slice(cut), name: e.d.name, history: e.d.history }));
            }
          });
          // A material of a year when a later version was in force studies an
          // older one: kept from an old material. Not where the sentence compares.
          var later = Math.max.apply(null, e.d.years.filter(function (y) { return y < year; }).concat(0));
          allMatches(e.studied, line).concat(allMatches(e.after, line)).forEach(function (m) {
            var span = sentenceAround(line, m.index);
            if (Number(m[1]) < later && e.d.years.indexOf(Number(m[1])) !== -1 && (m[2] !== "条例》" || e.named.test(text)) &&
                !/原|旧|相比|对比|此前|曾/u.test(line.slice(span[0], span[1]))) {
              var start = m[0].indexOf(m[1]);
              hits.push(hit(rule.id, index, m.index + start, m.index + m[0].length,
                            { match: m[0].slice(start), name: e.d.name, history: e.d.history }));
            }
          });
        });
      });
      return hits;
    };
  }

  // PR-EVENT-012: 建党N周年 that does not fit its year: the year written right
  // before it (2021年是中国共产党成立110周年), or else one after the material
  // was written (110周年 in a 2021年度 material; an earlier one may be recalled).
  var ANNIVERSARY = /(?:(?:中国共产党|中共|(?<![工公])党)成立|建党)([0-9]{2,3}|[一二三四五六七八九十百零]{2,6})周年/gu;
  // A date with its month may stand a few words before (2021年7月1日，我们收看了庆祝……).
  var ANNIVERSARY_YEAR = /((?:19|20)[0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?[^。；！？\n年]{0,12}?|[，,]?(?:是|为|正值|恰逢|适逢|迎来)?(?:我们|我)?)(?:庆祝)?$/u;
  var ANNIVERSARY_LIVE = /(?:收看|观看|收听|聆听|参加|出席)了?(?:庆祝)?$/u;
  // 去年是建党……周年 in a material written early the next year: its own year.
  var ANNIVERSARY_LAST_YEAR = /去年[，,]?(?:是|为|正值|恰逢|适逢|迎来)(?:我们|我)?(?:庆祝)?$/u;
  var ANNIVERSARY_NOW = /今年[，,]?(?:是|为|正值|恰逢|适逢|迎来)(?:我们|我)?(?:庆祝)?$/u;
  // 去年 is the material's year (written early the next): no memory.
  var ANNIVERSARY_RECALLED = /回顾|重温|回想|回忆|想起|记得|翻看|当年|那年|那时|曾|以前|过去/u;
  function yearsCounted(text) {
    if (/^[0-9]+$/.test(text)) {
      return Number(text);
    }
    var parts = text.split("百");
    if (parts.length > 2) {
      return 0;
    }
    var rest = parts.length === 2 ? parts[1].replace(/^零/u, "") : parts[0];
    var hundreds = parts.length === 2 ? (parts[0] ? CN_DIGITS.indexOf(parts[0]) + 1 : 1) : 0;
    var ones = rest ? chineseNumber(rest) : 0;
    return (parts.length === 2 && (hundreds < 1 || parts[0].length > 1)) || (rest && !ones) ? 0 : hundreds * 100 + ones;
  }
  function anniversaryRule(rule, config) {
    var dated = materialDate(config);
    var founded = config.founded;
    return function (lines) {
      var hits = [];
      if (!founded) {
        return hits;
      }
      var material = dated(lines).year;
      var signed = signedOn(lines);
      lines.forEach(function (line, index) {
        allMatches(ANNIVERSARY, line).forEach(function (m) {
          var n = yearsCounted(m[1]);
          var said = ANNIVERSARY_YEAR.exec(line.slice(Math.max(0, m.index - 28), m.index));
          // 今年是…… in a material dated the next year: 今年 is the year signed.
          var now = !said && signed && ANNIVERSARY_NOW.exec(line.slice(Math.max(0, m.index - 8), m.index));
          said = said || (now ? [now[0], signed.m[1]] : null);
          var lastYear = !said && ANNIVERSARY_LAST_YEAR.test(line.slice(Math.max(0, m.index - 8), m.index));
          var year = said ? Number(said[1]) : material;
          // An assembly watched or attended (收看了庆祝……周年大会) with no year
          // of its own is of the material's year, unless told as a memory.
          var live = !said && ANNIVERSARY_LIVE.test(line.slice(Math.max(0, m.index - 8), m.index)) &&
            /^(?:庆祝)?大会/u.test(line.slice(m.index + m[0].length)) &&
            !ANNIVERSARY_RECALLED.test(line.slice(sentenceAround(line, m.index)[0], m.index));
          if (!n || !year || (said || live || lastYear ? n === year - founded : n <= year + 1 - founded)) {
            return;
          }
          // 今年 in a 2021年度 material signed early in 2022 may still speak of 2021.
          if (now && material && n === material - founded) {
            return;
          }
          var at = now ? m.index - now[0].length : m.index + m[0].length - m[1].length - 2;
          hits.push(hit(rule.id, index, at, m.index + m[0].length,
                        { match: m[1] + "周年", count: String(year - founded), year: String(year), founded: String(founded) }));
        });
      });
      return hits;
    };
  }

  // PR-EVENT-007: in a material of a year whose framework is a set of
  // comparisons (2021年度: 四个对照), a comparison from another year's set
  // (对照党章党规, of the 2019 主题教育) where the material lists its own: at
  // the start of a numbered heading, or beside one of the year's own items.
  // A comparison belongs to the set whose item shares the longest run of
  // characters with it, at least FRAME_RUN; on a tie, to the year's own
  // (对照先进典型 is the 2021 对照革命先辈和先进典型 as much as the 2019 item).
  var FRAME_RUN = 4;
  var FRAME_NOISE = /[^\p{Script=Han}]/gu;
  var FRAME_MENTION = /对照((?:(?!、对照)[^，,。；;：:！？!?\s“”（）()]){2,24})/gu;
  function frameworkRule(rule, config) {
    var dated = materialDate(config);
    var sets = (config.frameworks || []).map(function (f) {
      return { f: f, cores: f.items.map(function (x) { return x.replace(/^对照/u, ""); }) };
    });
    // The longest run of characters a and b share (short texts: quadratic is fine).
    function run(a, b) {
      var best = 0;
      for (var i = 0; i < a.length; i++) {
        for (var j = 0; j < b.length; j++) {
          var k = 0;
          while (i + k < a.length && j + k < b.length && a.charAt(i + k) === b.charAt(j + k)) {
            k += 1;
          }
          best = Math.max(best, k);
        }
      }
      return best;
    }
    // Characters only: a shared 、 is no evidence (身边的先进典型、全国… is
    // not the 2019 先进典型、身边榜样).
    function score(text, set) {
      return Math.max.apply(null, set.cores.map(function (core) {
        var k = run(text.replace(FRAME_NOISE, ""), core.replace(FRAME_NOISE, ""));
        return k >= Math.min(FRAME_RUN, core.length) ? k : 0;
      }));
    }
    return function (lines, skipUntil) {
      var hits = [];
      var year = dated(lines).year;
      var own = sets.filter(function (e) { return year && e.f.year === year; })[0];
      if (!own) {
        return hits;
      }
      lines.forEach(function (line, index) {
        var mentions = allMatches(FRAME_MENTION, line);
        var listed = mentions.some(function (m) { return score(m[1], own) > 0; });
        mentions.forEach(function (m) {
          var heading = skipUntil[index] > 0 && line.slice(skipUntil[index]).replace(/^[ \t\u3000]+/u, "").indexOf(m[0]) === 0;
          var mine = score(m[1], own);
          if (!heading && !listed) {
            return;
          }
          var other = null;
          var best = mine;
          sets.forEach(function (e) {
            var k = e === own ? 0 : score(m[1], e);
            if (k > best) {
              best = k;
              other = e;
            }
          });
          if (other) {
            hits.push(hit(rule.id, index, m.index, m.index + m[0].length, {
              match: m[0], other: other.f.name, year: String(year), items: own.f.items.join("、")
            }));
          }
        });
      });
      return hits;
    };
  }

  // PR-TERM-008 (check: title): the rule's patterns, and a document's full
  // title quoted with a clause changed between 关于 and the title's last
  // words (关于改进工作作风、紧密联系群众的八项规定). When the text there
  // shares half its characters with the title's, clauses are compared one by
  // one (、) and each that differs is reported with the right one. Text of
  // another document (关于在全党开展…八项规定精神学习教育的通知) shares too little.
  var TITLE_TAIL = 4;
  // A notice's 文号: issuer's word, year, number (组通字〔2021〕46号).
  var NOTICE_NUMBER = /([\u4e00-\u9fff]{1,4}字)[〔［\[(（]([0-9]{4})[〕］\])）]([0-9]{1,4})号/gu;

  function titleRule(rule, sessions) {
    var documents = sessions.documents;
    var byPattern = patternRule(rule);
    // The notice that called a year's meeting (data/years.yml): a 文号 with the
    // same issuer and either its year or its number changed (〔2020〕46号,
    // 〔2021〕64号). A wrong number only where the line speaks of the meeting
    // (another notice of that year has another number); a wrong year also
    // where the draft names that 年度 anywhere.
    var notices = Object.keys(sessions.notices || {}).map(function (y) {
      var m = new RegExp(NOTICE_NUMBER.source, "u").exec(sessions.notices[y]);
      return m && { text: sessions.notices[y], issuer: m[1], year: m[2], number: m[3], of: y + "年度" };
    }).filter(Boolean);
    var MEETING = /组织生活会|民主评议/u;
    var titles = documents.filter(function (d) { return d.title && d.title.indexOf("关于") !== -1; }).map(function (d) {
      var tail = d.title.slice(-TITLE_TAIL);
      var body = d.title.slice(d.title.indexOf("关于") + 2, -TITLE_TAIL).replace(/的$/u, "");
      return { body: body, re: new RegExp("关于([^《》“”\"。；！？：]{2," + (body.length + 6) + "}?)的?" + tail + "(?!精神|的?实施细则)", "gu") };
    });
    return function (lines, skipUntil) {
      var hits = byPattern(lines, skipUntil);
      var whole = notices.length ? lines.join("\n") : "";
      lines.forEach(function (line, index) {
        if (notices.length && line.indexOf("字") !== -1) {
          allMatches(NOTICE_NUMBER, line).forEach(function (m) {
            notices.forEach(function (n) {
              var sameYear = m[2] === n.year;
              var skip = m[1].length - n.issuer.length; // 按照组通字: the issuer ends the run
              if (m[1].slice(skip) !== n.issuer || sameYear === (m[3] === n.number) ||
                  !(MEETING.test(line) || (!sameYear && whole.indexOf(n.of) !== -1))) {
                return;
              }
              hits.push(hit(rule.id, index, m.index + skip, m.index + m[0].length,
                            { match: m[0].slice(skip), right: n.text }));
            });
          });
        }
        titles.forEach(function (t) {
          allMatches(t.re, line).forEach(function (m) {
            // The last 关于 opens the title (关于改进作风方面的问题，关于八项规定).
            var inner = m[1].lastIndexOf("关于") + 1;
            var text = inner ? m[1].slice(inner + 1) : m[1];
            var start = m.index + 2 + (inner ? inner + 1 : 0);
            if (text.length < 2) {
              return;
            }
            var written = text.replace(/[，,]/gu, "、");
            var right = t.body.split("、");
            var parts = written.split("、");
            if (written.replace(/、/gu, "") === t.body.replace(/、/gu, "") || !alike(written, t.body)) {
              return;
            }
            if (parts.length !== right.length) {
              hits.push(hit(rule.id, index, start, start + text.length, { match: text, right: t.body }));
              return;
            }
            var at = start;
            parts.forEach(function (part, k) {
              if (part !== right[k]) {
                hits.push(hit(rule.id, index, at, at + part.length, { match: part, right: right[k] }));
              }
              at += part.length + 1;
            });
          });
        });
      });
      return hits;
    };
  }

  // PR-DE-001/002 beyond the hand-listed words (ruleset.de_lexicon, from
  // jieba by de_words.py): an adjective, 的 and a verb with an object or a
  // result (清楚的告诉患者, 简单的认为窗口…) -> 地; a verb, 的 and how well it
  // went (归档的不够及时) -> 得. Noun phrases stay silent: a noun cue in the
  // clause before (缺少耐心细致的劝导), a noun after the verb (认真的学习态度).
  function deLexiconRule(rule, lex, base, degree) {
    function words(packed) {
      var set = Object.create(null);
      (packed ? packed.split(",") : []).forEach(function (g) {
        for (var k = 1; k < g.length; k++) {
          set[g.charAt(0) + g.charAt(k)] = true;
        }
      });
      return set;
    }
    function list(joined) {
      return joined ? joined.split("|") : [];
    }
    function startsWith(text, items) {
      for (var k = 0; k < items.length; k++) {
        if (items[k] && text.slice(0, items[k].length) === items[k]) {
          return items[k];
        }
      }
      return "";
    }
    function lastAt(text, items) {
      var at = -1;
      items.forEach(function (w) {
        var k = text.lastIndexOf(w);
        if (k !== -1 && k + w.length > at) {
          at = k + w.length;
        }
      });
      return at;
    }
    var adj = words(lex.adj);
    var verb = words(lex.verb);
    var stops = list(lex.not_objects).concat(list(lex.noun_tails));
    var longCues = list(lex.lexicon_noun_cues).filter(function (w) { return w.length > 1; });
    var cues = list(lex.verb_cues);
    var results = list(lex.lexicon_results);
    // Verbs that are nouns as often (学习, 记录): only with a result (清楚的记录下来).
    var nouny = words(lex.nouny);
    var han = /[\u4e00-\u9fa5]/;
    var end = /^(?:[，。；！？、,;!?]|$)/;

    // The clause before `at`, as far as a punctuation mark, at most 8 characters.
    function before(line, at) {
      var left = line.slice(Math.max(0, at - 8), at);
      var cut = left.search(/[，。；！？、：,;!?:“”（）][^，。；！？、：,;!?:“”（）]*$/);
      return cut === -1 ? left : left.slice(cut + 1);
    }

    // A noun cue in the clause before the modifier starting at `at`, no verb
    // cue nearer: 缺少耐心细致的劝导 is a noun phrase. One-character cues (有,
    // 是) only right before it or a degree word (有很热情的服务), not in 没有, 有时.
    function nounPhrase(line, at) {
      // Modifiers joined by 、 share the head and the cue before the first
      // (缺乏系统的、全面的把握).
      if (line.slice(at - 2, at) === "的、") {
        for (var n = 2; n <= 4 && /[\u4e00-\u9fa5]/.test(line.charAt(at - 2 - n)); n++) {
          if (nounPhrase(line, at - 2 - n)) {
            return true;
          }
        }
      }
      var left = before(line, at);
      var cued = lastAt(left, cues);
      var noun = lastAt(left, longCues);
      // 继续, 进一步 or 坚持 after the cue make the phrase say how (需要在今后继续扎实的推进);
      // not 只是, 二是, 多是 (an adverb, a count) nor 没有, 所有
      return (noun !== -1 && noun >= cued && !/继续|进一步|坚持/.test(left.slice(noun))) ||
        /(?:^|[^没还只所就总也都但可要正倒于或若而不即却更多一二三四五六七八九十])[有是](?:很|非常|十分|多么|更|较|比较|特别)?$/.test(left);
    }

    // PR-DE-001 after a four-character set phrase opening the clause, built
    // round 而/不/之/以/其/无 (量力而行, 持之以恒, 一丝不苟): such a phrase
    // says how when a verb with its object follows (量力而行的发挥余热);
    // before a noun (一丝不苟的工作作风) it stays.
    function idiomManner(line, i) {
      var phrase = line.slice(i - 4, i);
      // Not a conjunction or auxiliary ending in 以 (所以, 可以, 难以) nor a
      // preposition or pronoun inside (所以对党的创新, 讲不出它的: a clause, not a set phrase).
      // Also ABAC of one by one (挨家挨户, 逐字逐句), or any four before 为/向/替 and whom it
      // is done for (真情实意的为群众办事); after a count's 是 too (二是).
      var rest = line.slice(i + 1);
      // Not after a person or a body, nor 为民 (基层干部的为民情怀: a noun),
      // nor after a body doing something (支部组织的为留守老人办实事活动:
      // the 的 phrase names the activity).
      var whom = /^[为向替](?![主例准止难此何了民])[\u4e00-\u9fa5]/.test(rest) &&
        !/[部员志作们众人者家长师生工位区村社党国司委]$/.test(phrase) &&
        !/^.[部员们区委司校院站所队局里]/.test(phrase);
      if (i < 4 || !/^[\u4e00-\u9fa5]{4}$/.test(phrase) ||
          !(/[而不之以其无]/.test(phrase.slice(1, 3)) || /^([挨逐边每]).\1/.test(phrase) || whom) ||
          /^.?[所可难加予得足借用据]以|以[前后来上下内外]|[对把被给向从跟在的了着是我你他她它]/.test(phrase) ||
          !(i === 4 || /[，。；！？：、,;!?:“（]/.test(line.charAt(i - 5)) || /^[一二三四五六七八九十]是$/.test(line.slice(i - 6, i - 4)))) {
        return 0;
      }
      // A verb of one character with 给/到 after it (毫无保留的传给年轻人).
      // ...or 好/实 of a task done well (坚持不懈的抓好整改).
      if (whom || /^(?:[传送交教讲带寄递][给到]|[做干抓办管守学练][好实牢][\u4e00-\u9fa5])/.test(rest)) {
        return whom ? 1 : 2;
      }
      var v = line.substr(i + 1, 2);
      var after = line.slice(i + 3);
      var next = after.slice(0, 2);
      return (verb[v] || nouny[v]) && !adj[v] && han.test(after.charAt(0)) && !startsWith(after, stops) &&
        !adj[next] && !verb[next] && !nouny[next] && !/^[的地得了着过在于]/.test(after) &&
        (lex.noun_ends || "").indexOf(after.charAt(1) || "的") === -1 &&
        (lex.predicates || "").indexOf(after.charAt(0)) === -1 ? 2 : 0;
    }

    // PR-DE-001: the adjective ends at i (the 的).
    function manner(line, i) {
      var a = line.slice(i - 2, i);
      if (!adj[a]) {
        return idiomManner(line, i);
      }
      var rest = line.slice(i + 1);
      // 不 before the adjective makes it describe a thing (不规范的操作);
      // not 毫不犹豫 and the like, set phrases of how. So does a determiner
      // (新系统的操作, 一个认真的态度): the adjective is a noun's there.
      if (line.charAt(i - 3) === "不" && !/[毫绝决从并永]/.test(line.charAt(i - 4)) ||
          /[新老原旧该本各个]/.test(line.charAt(i - 3))) {
        return 0;
      }
      // The same adjective with 地 in the line says how the writer meant it
      // (及时的了解、及时地帮扶).
      var v0 = rest.slice(0, 2);
      if (line.indexOf(a + "地") !== -1 && (verb[v0] || nouny[v0]) && !adj[v0] &&
          !startsWith(rest.slice(2), stops) && !/^[人者员]/.test(rest.slice(2))) {
        return 2;
      }
      // A verb with the aspect 了 after it heads no noun phrase, even after a
      // measure word (第一次完整的了解了, not 一次完整的了解).
      // Nor with a direction as its result (做好统计工作紧密的结合起来).
      var done = (verb[rest.slice(0, 2)] || nouny[rest.slice(0, 2)]) && !adj[rest.slice(0, 2)] &&
        /^(?:了(?![解结然])|[起下出上回进][来去])/.test(rest.slice(2));
      // Nor does any word with 了 and an object (简单的填写了记录), a verb of
      // one character with a pronoun, its object (耐心的哄她; span 2), an AA adverb
      // with a verb of one character and 在/着 (是默默的站在一边), or an
      // adverb that describes no thing (没有及时的缴纳).
      var how = !/^[的地得了着过在是有人事话心家手眼泪水光声日年天就也都又还才和与及或等]/.test(rest) && han.test(rest.charAt(1));
      var heads = how && !adj[rest.slice(0, 2)] && !nouny[rest.slice(0, 2)] &&
        (!verb[rest.slice(0, 2)] && /^了(?![解结然不起])[\u4e00-\u9fa5]/.test(rest.slice(2)) ? 3 :
         /^[^自][我你他她它](?!们?的)/.test(rest) ? 2 :
         a.charAt(0) === a.charAt(1) && !/[好静大深远细轻微早紧久]/.test(a.charAt(0)) && /^[在着]/.test(rest.slice(1)) ? 1 :
         /^(?:及时|按时|擅自|私自|亲自|尽快)$/.test(a) && line.charAt(i - 3) !== "不" ? 2 : 0);
      // The pronoun's and the adverb's after a noun cue stay (进行了认真的自我剖析).
      if (heads && !nounPhrase(line, i - 2) || heads && heads !== 2) {
        return heads;
      }
      if (nounPhrase(line, i - 2) && !done) {
        return 0;
      }
      var left = before(line, i - 2);
      var cued = lastAt(left, cues);
      var prev = left.charAt(left.length - 1);
      // 工作 ends in the blocker 作 (作深刻的检讨) but is the noun
      // (把学习和工作紧密的结合起来).
      if (cued === -1 && prev && lex.blockers.indexOf(prev) !== -1 && !done && left.slice(-2) !== "工作") {
        return 0;
      }
      var v = rest.slice(0, 2);
      var after = rest.slice(2);
      // Paired with a manner word and a verb after a 顿号 (主动的引导、及时化解):
      // two doings, each said how.
      if ((verb[v] || nouny[v]) && !adj[v] && after.charAt(0) === "、" && adj[after.slice(1, 3)] &&
          han.test(after.charAt(3)) && !/[的地得]/.test(after.charAt(3))) {
        return 2;
      }
      if (nouny[v]) {
        // 了 only as the aspect particle (系统的学习了党史), not in 了解; or
        // how long or how often (系统的学习2小时, 认真的研究三遍).
        return (startsWith(after, results) && !/^(?:[着过到]|了[解结])/.test(after)) ||
          /^[0-9一二两三四五六七八九十几半]+个?(?:小时|分钟|遍|次|回|天|周)/.test(after) ? 2 : 0;
      }
      // A listed verb of one character with a result, a direction or an
      // aspect after it (生动的讲给学生听, 清楚的说了, 深入的摸清): no noun is made so.
      if (/^[做干写讲改抓办问走跑看听说想学读背记抄教坐帮查找算盯劝陪答练管站守照按靠打摸弄搞][给好完在着过了到个清]/.test(rest) &&
          !/^(?:说到底|看好|看过来|走过场)/.test(rest)) {
        return 1;
      }
      // 到 or 去 and where (没有主动的到支行讲清楚): no noun starts so, bar a few (到来, 去年).
      if (/^[到去][\u4e00-\u9fa5]/.test(rest) && !/^(?:到来|到达|到位|到底|到处|到期|到家|到点|到头|到手|去年|去向|去处|去路|去世|去留|去除)/.test(rest)) {
        return 1;
      }
      // Any verb of one character with a direction after it (高兴的围过来): not a noun (重要的事过去了).
      if (/^[\u4e00-\u9fa5][过起上出下进回][来去]/.test(rest) && !/^[的地得了着过在是有人事话心家手眼泪水光声日年天]/.test(rest)) {
        return 1;
      }
      // A reduplicated adverb (默默, 悄悄) says how whatever verb follows
      // (默默的付出、); not those that also describe things (静静的, 深深的).
      if (a.charAt(0) === a.charAt(1) && !/[好静大深远细轻微早紧久]/.test(a.charAt(0)) && verb[v] && !adj[v] &&
          !startsWith(after, stops)) {
        return 2;
      }
      // A modal verb after 的 follows a noun phrase (轻松的愿意去，辛苦的就推说).
      if (verb[v] && !adj[v] && !/^(?:愿意|能够|可以|应该|应当|需要|希望|乐意|敢于)$/.test(v)) {
        // 不够 before the adjective says how much of it (作风不够扎实的表现。): no cue
        // for a verb ending the clause; another verb after it makes it a noun
        // (安全的论述理解得不深), and so does a noun head (具体的禁止事项).
        var bare = cued !== -1 && !/不够$/.test(left.slice(0, cued));
        // ...and so does a person after it (激动的申请人, 积极的参与者).
        if (/^(?:人(?![民们群])|员(?!工)|方)/.test(after)) {
          return 0;
        }
        if (startsWith(after, results) || (bare && end.test(after)) ||
            ((han.test(after.charAt(0)) || after.charAt(0) === "“") && !startsWith(after, stops) &&
             !adj[after.slice(0, 2)] && !verb[after.slice(0, 2)] && !nouny[after.slice(0, 2)] &&
             !/^[的地得]/.test(after) && (lex.noun_ends || "").indexOf(after.charAt(1) || "的") === -1 &&
             (lex.predicates || "").indexOf(after.charAt(0)) === -1)) {
          return 2;
        }
        return 0;
      }
      // ...nor before any two characters with the aspect 了 (慢慢的淡忘了).
      if (a.charAt(0) === a.charAt(1) && !/[好静大深远细轻微早紧久]/.test(a.charAt(0)) &&
          /^[\u4e00-\u9fa5]{2}了(?![解结然])/.test(rest) && !/^[的地得了着过在是有人事话心家手眼泪水光声日年天就也都又还才和与及或等]/.test(rest)) {
        return 2;
      }
      // A reduplicated adverb before 就/才/便 (慢慢的就习惯了): no noun follows;
      // not 好好, which also says a state (好好的就坏了).
      if (a.charAt(0) === a.charAt(1) && a !== "好好" && /^[就才便]/.test(rest)) {
        return 1;
      }
      // ...nor before a verb of one character with 在/着/了/过/到 after it
      // (默默的守在炉前, 悄悄的走了). Not the AA that also describe things
      // (静静的湖在, 大大的眼睛, 深深的皱纹). 一下/一遍 too (匆匆的翻一下).
      if (a.charAt(0) === a.charAt(1) && !/[好静大深远细轻微早紧久]/.test(a.charAt(0)) &&
          /^[\u4e00-\u9fa5](?:[在着了过到]|一[下遍])/.test(rest) && !/^[的地得了着过在是有人事话心家手眼泪水光声]/.test(rest)) {
        return 1;
      }
      // A preposition opening the verb's phrase (高兴的在班上表扬, 热情的和老人打招呼):
      // not a word with the next character (在于, 和谐), not two modifiers joined
      // by 和 (热情的和周到的服务).
      if (/^[在和]/.test(rest) && han.test(rest.charAt(1)) && !adj[v] && !verb[v] &&
          !/^(?:在于|在内|在场|在乎|在意|在座|在职|在岗|和平|和谐|和蔼|和睦|和气|和解)/.test(rest) &&
          !/^[^，。；！？、,;!?]{1,6}的/.test(rest.slice(1)) && !startsWith(rest.slice(1), stops)) {
        return 1;
      }
      return 0;
    }

    // PR-DE-002 in a 把 clause: the object already stands before the verb,
    // so a verb, 的 (or 地) and how it came out ending the clause is a
    // complement (把粮食种的更好, 把线路安排地不合理, 把语法讲的生动).
    // Not a noun phrase going on (把学到的更好运用, 把大家说的很有道理的话).
    function baWell(line, i) {
      var clause = clauseBefore(line, i, "，。；！？：,;!?:“”");
      var at = clause.lastIndexOf("把");
      // 把X当作(看成, 列为)Y的Z: what follows 的 is a noun (当作安身立命的根本).
      if (at === -1 || clause.length - at < 3 || !han.test(line.charAt(i - 1)) ||
          /[当看视列作变化定称](?:作|成|为)/.test(clause.slice(at)) ||
          /[到的地得了着过们家人是有所己众员党国民部位生]/.test(line.charAt(i - 1))) {
        return 0;
      }
      // How well, then that it is enough (把车开的很稳就行了).
      var tail = clauseAfter(line, i + 1, "，。；！？、,;!?").replace(/(?:就行|就好|就可以)了?$/, "");
      var body = tail.replace(/^(?:更加|更|很|太|越来越|非常|十分|比较|特别)/, "");
      var graded = body.length < tail.length;
      // 不 and one character only where that is how well (不细, not 不足).
      if (/^不/.test(body) && !graded) {
        body = body.slice(1);
        graded = body.length === 2 || lex.bare.indexOf(body) !== -1;
      }
      // An adjective before 的 describes a noun (写成一般的不足).
      return /^[\u4e00-\u9fa5]{1,2}$/.test(body) && !/[多少的地得]/.test(body) && !adj[line.slice(i - 2, i)] &&
        (graded || adj[body] || lex.bare.indexOf(body) !== -1) ? tail.length : 0;
    }

    // PR-DE-002: a word of two characters, 的, then 不够/不太/不大 and an
    // adjective ending the clause (卷宗归档的不够及时。): no noun or pronoun
    // owns such a phrase, so the word is a verb and 得 is due, whatever the
    // verb. Not after 所 (所做的不够好), nor after an adjective or a person.
    // Set by howWell when the verb is the one character before 的 (焊的又快又好).
    var single = false;
    function howWell(line, i) {
      single = false;
      var ba = baWell(line, i);
      if (ba) {
        return ba;
      }
      var rest = line.slice(i + 1);
      // 的到 before what a thing gets (真正的到解决, 没有的到落实): 得到.
      if (/^到(?:解决|落实|提高|提升|加强|改善|体现|重视|保障|认可|肯定|锻炼|巩固|缓解|纠正|控制|推广|执行|贯彻|回应|处理|化解|满足|改进|完善|好评)/.test(rest) &&
          han.test(line.charAt(i - 1)) && !/[的地得到]/.test(line.charAt(i - 1))) {
        return 3;
      }
      // A verb of one character, 的 and an AABB ending the clause (理的清清楚楚,
      // 扫的干干净净): AABB after 的 says how, never what. Not the AABB nouns
      // (省里的山山水水, 工作的方方面面) nor after a place word (里, 上).
      if (/^([\u4e00-\u9fa5])\1([\u4e00-\u9fa5])\2(?:[，。；！？、,;!?]|$)/.test(rest) && han.test(line.charAt(i - 1)) &&
          !/[的地得了着过是们人家己里上中下内外前后边]/.test(line.charAt(i - 1)) &&
          !/^(?:山山水水|方方面面|家家户户|男男女女|老老少少|子子孙孙|祖祖辈辈|世世代代|角角落落|条条框框|点点滴滴|日日夜夜|风风雨雨|沟沟坎坎|花花草草|瓶瓶罐罐)/.test(rest)) {
        single = true;
        return 4;
      }
      // A verb of one character, 的 and 又A又B of how well (焊的又快又好): not
      // food or goods (吃的又多又好) nor a person.
      var both = /^又(.)又(.)/.exec(rest);
      if (both && lex.bare.indexOf(both[1]) !== -1 && lex.bare.indexOf(both[2]) !== -1 &&
          han.test(line.charAt(i - 1)) && !/[吃穿用住喝买卖们己家人的得地所是有很不我你他她它]/.test(line.charAt(i - 1))) {
        single = true;
        return 4;
      }
      // ...or an adjective ending the clause (记录写的简单，办的扎实。): verbs
      // that end few nouns (not 说: 小说; 学: 同学; 记: 书记).
      if (/[写做办抓改抄讲]/.test(line.charAt(i - 1)) && !/[所的演]/.test(line.charAt(i - 2)) &&
          adj[rest.slice(0, 2)] && !/^(?:有限|多数|少数)/.test(rest) && end.test(rest.slice(2))) {
        single = true;
        return 2;
      }
      // ...or a person, a verb of one character, 的, a degree word and an
      // adjective ending the clause (孩子们画的很认真。).
      var p = /^(?:很|非常|十分|特别|比较)(..)/.exec(rest);
      if (p && adj[p[1]] && end.test(rest.slice(p[0].length)) && /[们己我你他她]/.test(line.charAt(i - 2)) &&
          han.test(line.charAt(i - 1)) && !/[的家人里事是有都也就还很不]/.test(line.charAt(i - 1))) {
        single = true;
        return p[0].length;
      }
      var w = line.slice(i - 2, i);
      if (!/^[\u4e00-\u9fa5]{2}$/.test(w) || adj[w] || line.charAt(i - 3) === "所" ||
          /[们己家人的得地所是有很不]$/.test(w)) {
        return 0;
      }
      // How much, answered by 得 in the next clause (笔记抄的多、思考得少):
      // the pair weighs two doings, 得 both times.
      var pair = /^(.)[、，][^，。；！？、,;!?的]{1,6}得(.)(?:[，。；！？、,;!?]|$)/.exec(rest);
      // ...or in the clause before (去得少，推脱的多).
      var back = /得(.)[、，,][^，。；！？、,;!?的得]{1,6}$/.exec(line.slice(Math.max(0, i - 12), i));
      if (pair && lex.bare.indexOf(pair[1]) !== -1 && lex.bare.indexOf(pair[2]) !== -1 ||
          back && lex.bare.indexOf(back[1]) !== -1 && lex.bare.indexOf(rest.charAt(0)) !== -1 && end.test(rest.slice(1))) {
        return 1;
      }
      // 对 brings the object before the verb (对群众的需求考虑的不多): what
      // follows says how much was done, not what. Not 对 + a person (上级对我们
      // 要求的不多: the demands are few).
      var clause = clauseBefore(line, i - 2, "，。；！？：,;!?:");
      if ((verb[w] || nouny[w]) && /^不[多少够](?:[，。；！？、,;!?]|$)/.test(rest) &&
          /(?:^|[^面针相绝])对(?![策象手话方])(?!(?:[我你他她]们?|自己|大家)(?!的))/.test(clause)) {
        return 2;
      }
      // ...or 不 and one (结合的不紧，落实的不细。): not how much or what a state is.
      if ((verb[w] || nouny[w]) && /^不(.)(?:[，。；！？、,;!?]|$)/.test(rest) &&
          lex.bare.indexOf(rest.charAt(1)) !== -1 && !/[多少久早晚长全满高平正好]/.test(rest.charAt(1))) {
        return 2;
      }
      // ...or 不 and how carefully it was done (核对的不仔细，落实的不扎实): words
      // that judge the doing, not what was done (反映的不准确 may be the report).
      if (verb[w] && !nouny[w] && /^不(?:仔细|认真|细致|扎实|深入|全面|及时|彻底|透彻|充分|严格|主动|具体)(?:[，。；！？、,;!?]|$)/.test(rest)) {
        return 3;
      }
      // ...and a degree word with one (恢复的比较慢。): not what a state is (满, 全, 高).
      var g = /^(?:比较|很|太|越来越|非常|十分)(.)/.exec(rest);
      if (g && verb[w] && !nouny[w] && lex.bare.indexOf(g[1]) !== -1 && !/[多少久早晚长全满高平正]/.test(g[1]) &&
          end.test(rest.slice(g[0].length))) {
        return g[0].length;
      }
      var d = startsWith(rest, ["不够", "不太", "不大"]);
      // A jieba verb, 的 and how fast ending the clause (答应的快，落实的慢): the
      // hand lists' complement rule for any verb. Not 多/少: 提要求的多 counts
      // the cases (的 makes a noun), while nothing named by 的 is 快.
      if (!d && verb[w] && !nouny[w] && /^[快慢早晚勤]/.test(rest) && end.test(rest.slice(1))) {
        return 1;
      }
      if (!d) {
        return 0;
      }
      var tail = rest.slice(d.length);
      var word = tail.slice(0, 2);
      // 不够 and any two characters ending the clause (摆放的不够整齐).
      if ((adj[word] || d === "不够" && /^[\u4e00-\u9fa5]{2}$/.test(word)) && end.test(tail.slice(2))) {
        return d.length + 2;
      }
      if (lex.bare.indexOf(tail.charAt(0)) !== -1 && !/[多少久早晚长]/.test(tail.charAt(0)) && end.test(tail.slice(1))) {
        return d.length + 1;
      }
      return 0;
    }

    // X的多，Y的少 (转办的多，亲自核实的少): two clauses weighed against each
    // other name the cases, so 的 is right in both; with 得 in one half
    // (抄的多、思考得少), joined by 、 (看的多、想的少) or alone (思考的少。) it stays 得.
    // For 的多 and 的少: the weighing clause after it, and the one before it.
    var weighed = {};
    [["多", "少"], ["少", "多"]].forEach(function (pair) {
      weighed[pair[0]] = [new RegExp("^[，；,;][^，。；！？、,;!?]{1,15}的" + pair[1] + "(?:[，。；！？、,;!?”’）)]|$)"),
                          new RegExp("的" + pair[1] + "[，；,;][^，。；！？、,;!?]{0,15}$")];
    });
    function contrast(line, h) {
      var q = /的([多少])$/.exec(h.fields.match || "");
      if (!q) {
        return false;
      }
      var other = weighed[q[1]];
      // 多是 a clause before weighs the few that follow (多是集中学一学，自己主动钻研的少).
      return other[0].test(line.slice(h.end)) || other[1].test(line.slice(Math.max(0, h.start - 20), h.start)) ||
        q[1] === "少" && /(?:多|总|往往|常常|通常|反应)(?:是|半|为)[^。；！？]{0,24}[，,][^，。；！？、,;!?]{0,12}$/.test(line.slice(Math.max(0, h.start - 36), h.start));
    }

    return function (lines, skipUntil) {
      // The hand patterns' modifiers too (缺少耐心细致的劝导): the word before 的.
      // A verb of one character, its object and 人/者/员 name a person (激动的查档人).
      var hits = base(lines, skipUntil).filter(function (h) {
        var l = lines[h.line];
        return degree ? !contrast(l, h) :
          (h.fields.match || "").indexOf("的") === -1 || !(nounPhrase(l, h.start) ||
            (l.charAt(h.end - 2) === "的" && /^[^老病客家别他众亲工主私路夫军的了着过给]/.test(l.charAt(h.end)) &&
             /^[人者员]/.test(l.charAt(h.end + 1))));
      });
      var seen = {};
      hits.forEach(function (h) {
        for (var k = h.start; k < h.end; k++) {
          seen[h.line + ":" + k] = true;
        }
      });
      lines.forEach(function (line, index) {
        // 地 only for the 把 clause (baWell).
        var marks = degree ? "的地" : "的";
        for (var i = 0; i < line.length; i++) {
          if (marks.indexOf(line.charAt(i)) === -1) {
            continue;
          }
          if (i < 2 || i < skipUntil[index] || seen[index + ":" + i]) {
            continue;
          }
          var start = i - 2;
          var span = degree ? howWell(line, i) : manner(line, i);
          if (span && degree && line.charAt(i) === "地" && !baWell(line, i)) {
            continue;
          }
          // A verb of one character (把粮食种的更好): the excerpt starts at it.
          if (span && degree && (single || baWell(line, i)) && !verb[line.slice(i - 2, i)] && !nouny[line.slice(i - 2, i)]) {
            start = i - 1;
          }
          if (!span) {
            continue;
          }
          if (!degree && !adj[line.slice(i - 2, i)]) {
            start = i - 4;  // the set phrase (idiomManner)
          }
          var match = line.slice(start, i + 1 + span);
          var right = line.slice(start, i) + (degree ? "得" : "地") + line.slice(i + 1, i + 1 + span);
          hits.push(hit(rule.id, index, start, start + match.length, { match: match, right: right, group1: "" }));
        }
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
        // PR-DE-001 and PR-DE-002 also read jieba's words (deLexiconRule).
        if (ruleset.de_lexicon && (rule.id === "PR-DE-001" || rule.id === "PR-DE-002")) {
          lineRules[rule.id] = deLexiconRule(rule, ruleset.de_lexicon, lineRules[rule.id], rule.id === "PR-DE-002");
        }
        if (ruleset.de_lexicon && ruleset.doubled && rule.id === "PR-REPEAT-002") {
          lineRules[rule.id] = ababRule(rule, ruleset.de_lexicon, ruleset.doubled, lineRules[rule.id]);
        }
        if (rule.id === "PR-PUNCT-006") {
          lineRules[rule.id] = unopenedQuoteRule(rule, lineRules[rule.id]);
        }
        if (rule.id === "PR-PUNCT-014") {
          lineRules[rule.id] = paragraphEndRule(rule, lineRules[rule.id]);
        }
      } else if (rule.check === "dictionary") {
        lineRules[rule.id] = dictionaryRule(rule, unpackEntries(ruleset.miswritten, ruleset.miswritten_notes),
                                            ruleset.miswritten_words, ruleset.miswritten_notes);
      } else if (rule.check === "variants") {
        lineRules[rule.id] = variantRule(rule, variantMap(ruleset.variants, ruleset.variant_blocks, ruleset.han_class));
      } else if (rule.check === "doubled") {
        lineRules[rule.id] = doubledRule(rule, ruleset.doubled, ruleset.de_lexicon);
      } else if (rule.check === "oath") {
        lineRules[rule.id] = oathRule(rule, ruleset.oath);
      } else if (rule.check === "session") {
        lineRules[rule.id] = sessionRule(rule, ruleset.sessions);
      } else if (rule.check === "session_unheld") {
        lineRules[rule.id] = sessionUnheldRule(rule, ruleset.sessions);
      } else if (rule.check === "signature_date") {
        lineRules[rule.id] = signatureDateRule(rule, ruleset.sessions);
      } else if (rule.check === "meeting_year") {
        lineRules[rule.id] = meetingYearRule(rule, ruleset.sessions);
      } else if (rule.check === "session_document") {
        lineRules[rule.id] = sessionDocumentRule(rule, ruleset.sessions);
      } else if (rule.check === "session_date") {
        lineRules[rule.id] = sessionDateRule(rule, ruleset.sessions);
      } else if (rule.check === "session_stale") {
        lineRules[rule.id] = sessionStaleRule(rule, ruleset.sessions);
      } else if (rule.check === "campaign_early") {
        lineRules[rule.id] = campaignEarlyRule(rule, ruleset.sessions);
      } else if (rule.check === "campaign_year") {
        lineRules[rule.id] = campaignYearRule(rule, ruleset.sessions);
      } else if (rule.check === "campaign_name") {
        lineRules[rule.id] = campaignNameRule(rule, ruleset.sessions);
      } else if (rule.check === "framework") {
        lineRules[rule.id] = frameworkRule(rule, ruleset.sessions);
      } else if (rule.check === "title") {
        lineRules[rule.id] = titleRule(rule, ruleset.sessions);
      } else if (rule.check === "document_date") {
        lineRules[rule.id] = documentDateRule(rule, ruleset.sessions);
      } else if (rule.check === "anniversary") {
        lineRules[rule.id] = anniversaryRule(rule, ruleset.sessions);
      } else if (rule.check === "near_miss") {
        lineRules[rule.id] = nearMissRule(rule, ruleset.near_miss, unpackEntries(ruleset.miswritten, ruleset.miswritten_notes),
                                          ruleset.miswritten_words);
      }
    });
    var engine = {
      rules: rules,
      lineRules: lineRules,
      terms: termRules(ruleset.terms, ruleset.term_config),
      structure: structureRules(ruleset.structure, ruleset.han_class, (ruleset.sessions || {}).frameworks)
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
    // A rule with `not_in_parts` (明批暗褒 is a fault only among the problems;
    // 随叫随到 in the measures is a promise) says nothing inside those parts.
    if (rules.some(function (r) { return r.not_in_parts && r.not_in_parts.length; })) {
      var sections = engine.structure.sections(lines, markers);
      if (sections) {
        hits = hits.filter(function (h) {
          var parts = (engine.rules[h.rule] || {}).not_in_parts || [];
          return !parts.some(function (part) {
            return (sections[part] || []).some(function (span) { return h.line >= span[0] && h.line < span[1]; });
          });
        });
      }
    }
    // A problem the praise hint marks (工作太投入，很少顾家) is no real problem
    // yet: that no cause or measure answers it follows from that, so it is
    // only a hint beside the praise hint.
    var praised = {};
    hits.forEach(function (h) { if (h.rule === "PR-PRAISE-001") { praised[h.line] = true; } });
    hits.forEach(function (h) {
      if (praised[h.line] && UNANSWERED_PROBLEM[h.rule]) { h.severity = "hint"; }
    });
    return findings(hits, enabled, engine.rules, lines);
  }
  var UNANSWERED_PROBLEM = { "PR-STRUCT-006": true, "PR-STRUCT-010": true, "PR-STRUCT-011": true };

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
