/* The site's Chinese search: a search worker in place of Material's lunr
 * worker (overrides/hooks/search_index.py points every page's
 * `__config.search` here). It speaks Material 9's worker messages: the page
 * sends the index (SETUP) and the typed queries (QUERY); the worker answers
 * READY and RESULT, results grouped by page in Material's format, and
 * Material renders them. From file:// Material runs it through the
 * iframe-worker shim, which gives it the same globals.
 *
 * - Setup: the text of every section decoded (the hook writes it in rank
 *   codes, repeated sentences once), in the site's form (variants and typos
 *   read as the site's form), and an index of its two-character keys
 *   (bigrams), Latin words and digits: a map from key to sections, built in
 *   one pass, without a search library.
 * - Query: filler words (怎么写, 是什么, 的) dropped, the rest cut at known
 *   words (glossary terms, page titles, headings, words readers type for a
 *   page); a word of four characters or more found nowhere is read as the
 *   site's word one character off. A section scores for each word it holds whole (in its heading and
 *   its page's title more than in its text), a little for a word it holds
 *   part of, and more when the words stand together as typed. Pages rank by
 *   the words they hold (all words first), then by their best section.
 *   When no section holds any two characters of the words, the single
 *   characters are looked up, so a query is never empty while any of its
 *   characters is on the site.
 * - Results: the matched words are marked, `?h=` carries them whole (Material
 *   builds it from `terms`), and words a result lacks are listed as missing.
 *
 * Depends on Material's message types and result format (SearchMessageType,
 * SearchItem): see 维护说明 › 站内搜索 before upgrading Material. */
(function () {
  "use strict";

  /* Loaded as a page script by mistake: do nothing (workers and the
   * iframe-worker shim both provide importScripts, pages do not). */
  if (typeof importScripts !== "function") {
    return;
  }

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var VERSION = 2;             // config.chinese.version written by the hook
  var MAX_WORDS = 16;          // a reader's query is far shorter
  var MAX_QUERY = 200;         // characters of a query looked at
  var MAX_SECTIONS = 8;        // sections listed under one page
  var SECTION_TITLE = 3;       // a word in a section's heading, against once in its text
  var PAGE_TITLE = 5;          // in its page's title
  var TITLE_SHARE = 1.5;       // a page whose title holds the words, by their share
  var EXACT_HEADING = 3;       // a heading that is the word itself
  var PAGE_WORD = 1.5;         // a word readers type for the page (data/search-variants.yml: pages)
  var PART = 0.35;             // a word held in part, at most
  var TOGETHER = 1.5;          // words standing together as typed
  var TOGETHER_PAGE = 0.5;     // a page's best section (words together), beside each word's best place
  var TF_K = 1.2;              // how often a word occurs: the first times count most
  var TF_B = 0.2;              // how often a word occurs in a section, against its length
  var LATER = 0.5;             // pages readers rarely want (data/search-variants.yml: later)
  var RUN = /\p{Script=Han}+|[0-9a-z]+/gu;
  var HAN = /^\p{Script=Han}/u;
  var BREAK = /[\s\p{P}\p{S}]+/u;
  var BREAK_ALL = /[\s\p{P}\p{S}]+/gu;
  var SQUEEZE = /(\p{Script=Han})[\s\p{P}\p{S}]+(?=\p{Script=Han})/gu;
  var SHARED = /[\ue000-\uf8ff]/g;  // a shared piece: U+E000 + its number (see the hook)
  var TWO_BYTES = 0x800 - 0x80;      // ranks after the one-byte ones, from U+0080; the rest from U+0800

  var index = null;

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  /* Variant and typo forms -> the site's form, longest first. */
  function normalizer(variants) {
    /* The site's forms match too (as themselves), so 退休党员 inside the
     * site's 离退休党员 stays as it is. */
    var to = {};
    Object.keys(variants).forEach(function (form) {
      to[form] = variants[form];
      to[variants[form]] = variants[form];
    });
    var forms = Object.keys(to).sort(function (a, b) { return b.length - a.length; });
    if (!forms.length) {
      return function (text) { return text; };
    }
    var any = new RegExp(forms.map(escapeRegExp).join("|"), "g");
    return function (text) {
      return text.replace(any, function (form) { return to[form]; });
    };
  }

  /* The anchor the toc extension gives a heading (the hook's slug()). */
  function slug(title) {
    return title.toLowerCase().replace(/[^\p{L}\p{N}_\s-]/gu, "").trim().replace(/\s+/g, "-");
  }

  /* Rank codes -> characters (the hook's compact()): the first ranks are
   * the printable ASCII characters JSON needs not escape. */
  function decoder(text) {
    var oneByte = [];
    for (var c = 0x20; c < 0x7f; c++) {
      if (c !== 0x22 && c !== 0x5c) {
        oneByte.push(c);
      }
    }
    var table = [];
    Array.from(text).forEach(function (char, rank) {  // by code point: a rare character may be two code units
      var two = rank - oneByte.length;
      table[rank < oneByte.length ? oneByte[rank] : two < TWO_BYTES ? 0x80 + two : 0x800 + two - TWO_BYTES] = char;
    });
    return function (coded) {
      var parts = new Array(coded.length);
      for (var i = 0; i < coded.length; i++) {
        var char = table[coded.charCodeAt(i)];
        parts[i] = char === undefined ? coded[i] : char;
      }
      return parts.join("");
    };
  }

  /* The site's form -> every form of it, to mark any of them. */
  function formsOf(variants) {
    var forms = {};
    Object.keys(variants).forEach(function (form) {
      var site = variants[form];
      (forms[site] = forms[site] || [site]).push(form);
    });
    return forms;
  }

  function visible(markup) {
    return markup.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ").toLowerCase();
  }

  /* Text to match in: punctuation between Han characters dropped, so
   * 问题准原因清措施明 matches 问题准、原因清、措施明. */
  function squeezed(text) {
    return text.replace(SQUEEZE, "$1").replace(BREAK_ALL, " ");
  }

  /* Keys of a text: each pair of neighbouring Han characters, each run of
   * Latin letters or digits. */
  function eachKey(text, fn) {
    var runs = text.match(RUN) || [];
    for (var r = 0; r < runs.length; r++) {
      var run = runs[r];
      if (!HAN.test(run)) {
        fn(run);
      } else {
        for (var i = 0; i + 1 < run.length; i++) {
          fn(run.substr(i, 2));
        }
      }
    }
  }

  function setup(data) {
    var chinese = data.config && data.config.chinese;
    if (!chinese || chinese.version !== VERSION) {
      throw new Error("search-chinese.js: the index lacks config.chinese version " + VERSION +
                      " (overrides/hooks/search_index.py writes it)");
    }
    var variants = {};  // form readers type -> the site's form
    Object.keys(chinese.variants).forEach(function (site) {
      chinese.variants[site].forEach(function (form) { variants[form] = site; });
    });
    var normalize = normalizer(variants);
    var decode = decoder(chinese.alphabet);
    var shared = chinese.shared.map(decode);
    var docs = [], pages = [], pageOf = {}, keys = new Map();
    var known = {};
    data.docs.forEach(function (source, id) {
      var text = decode(source.text).replace(SHARED, function (ref) { return shared[ref.charCodeAt(0) - 0xe000]; });
      var title = decode(source.title);
      var location = /#$/.test(source.location) ? source.location + slug(title) : source.location;
      source = { location: location, title: title };
      var path = source.location.split("#")[0];
      var page = pageOf[path];
      if (page === undefined) {  // a page's own entry comes before its sections
        page = pageOf[path] = pages.length;
        pages.push({ location: path, title: normalize(squeezed(visible(source.title))), docs: [], article: id });
      }
      var doc = {
        location: source.location, title: source.title, text: text, page: page,
        plain: normalize(squeezed(visible(text))), heading: normalize(squeezed(visible(source.title)))
      };
      docs.push(doc);
      pages[page].docs.push(id);
      if (doc.heading.length <= 8) {
        known[doc.heading] = true;
      }
      var add = function (key) {
        var list = keys.get(key);
        if (!list) {
          keys.set(key, [id]);
        } else if (list[list.length - 1] !== id) {
          list.push(id);
        }
      };
      eachKey(doc.plain, add);
      eachKey(doc.heading, add);
    });
    var pageWords = {};
    Object.keys(chinese.pages || {}).forEach(function (path) {
      chinese.pages[path].forEach(function (word) {
        word = word.toLowerCase();  // matched as typed: 范文 is not every 示例
        known[normalize(word)] = true;
        (pageWords[word] = pageWords[word] || []).push(path);
      });
    });
    chinese.words.forEach(function (word) { known[normalize(word)] = true; });
    Object.keys(chinese.variants).forEach(function (site) { known[site] = true; });
    Object.keys(known).forEach(function (word) {
      if (word.length < 2 || !HAN.test(word)) {
        delete known[word];
      }
    });
    var fillers = chinese.fillers.slice().sort(function (a, b) { return b.length - a.length; });
    var length = docs.reduce(function (n, doc) { return n + doc.plain.length; }, 0);
    var later = {};
    (chinese.later || []).forEach(function (path) { later[path] = true; });
    index = {
      averageLength: Math.max(1, length / Math.max(1, docs.length)), later: later,
      docs: docs, pages: pages, pageOf: pageOf, keys: keys, known: known, pageWords: pageWords,
      longest: Object.keys(known).reduce(function (n, word) { return Math.max(n, word.length); }, 0),
      normalize: normalize, forms: formsOf(variants),
      fillers: fillers.length ? new RegExp(fillers.map(escapeRegExp).join("|"), "g") : null
    };
  }

  /* A Han run cut at the known words in it, longest first from the left;
   * what lies between known words stays one word. */
  function cut(run) {
    var out = [], rest = "";
    for (var i = 0; i < run.length;) {
      var size = Math.min(index.longest, run.length - i);
      while (size > 1 && !index.known[run.substr(i, size)]) {
        size--;
      }
      if (size > 1) {
        if (rest) {
          out.push(rest);
        }
        out.push(run.substr(i, size));
        rest = "";
        i += size;
      } else {
        rest += run[i++];
      }
    }
    return rest ? out.concat(rest) : out;
  }

  /* The words of a query in the site's form, in typed order, and the runs
   * (what was typed together) they came from. */
  function queryWords(query) {
    var text = index.normalize(query.slice(0, MAX_QUERY).toLowerCase());
    var words = [], phrases = [];
    text.split(BREAK).forEach(function (chunk) {
      var kept = index.fillers ? chunk.replace(index.fillers, " ") : chunk;
      if (!RUN.test(kept)) {
        kept = chunk;  // nothing but filler words: look for them
      }
      RUN.lastIndex = 0;
      kept.split(/\s+/).forEach(function (piece) {
        var phrase = [];
        (piece.match(RUN) || []).forEach(function (run) {
          (HAN.test(run) ? cut(run) : [run]).forEach(function (word) {
            word = corrected(word);
            phrase.push(word);
            if (words.indexOf(word) < 0 && words.length < MAX_WORDS) {
              words.push(word);
            }
          });
        });
        if (phrase.length > 1) {
          phrases.push(phrase);
        }
      });
    });
    /* A lone character beside longer words (材料分几个部分 -> 分) finds everything. */
    var long = words.filter(function (word) { return word.length > 1 || !HAN.test(word); });
    return { words: long.length ? long : words, phrases: phrases, typed: query.slice(0, MAX_QUERY).toLowerCase() };
  }

  function count(text, word) {
    var n = 0;
    for (var at = text.indexOf(word); at >= 0 && n < 8; at = text.indexOf(word, at + word.length)) {
      n++;
    }
    return n;
  }

  /* Sections holding keys of a word: id -> share of the word's keys held. */
  function partly(word) {
    var held = new Map(), keys = [];
    eachKey(word, function (key) {
      if (keys.indexOf(key) < 0) {
        keys.push(key);
      }
    });
    keys.forEach(function (key) {
      (index.keys.get(key) || []).forEach(function (id) {
        held.set(id, (held.get(id) || 0) + 1 / keys.length);
      });
    });
    return held;
  }

  /* Score every section and page for the words; returns ranked pages, each
   * with its sections ranked and the words each section holds whole. */
  function rank(parts) {
    var words = parts.words, docs = index.docs, pages = index.pages;
    var total = docs.length;
    var weight = {}, found = new Map(), byPage = new Map(), sum = 0;
    function section(id) {
      var e = found.get(id);
      if (!e) {
        found.set(id, e = { id: id, score: 0, whole: {} });
      }
      return e;
    }
    function page(number) {
      var p = byPage.get(number);
      if (!p) {
        byPage.set(number, p = { page: number, best: {}, whole: {}, sections: [], hint: 0 });
      }
      return p;
    }
    words.forEach(function (word) {
      var candidates;
      if (!HAN.test(word) || word.length === 1) {  // Latin, digits, one character: look through the text
        candidates = new Map();
        docs.forEach(function (doc, id) {
          if (doc.plain.indexOf(word) >= 0 || doc.heading.indexOf(word) >= 0) {
            candidates.set(id, 1);
          }
        });
      } else {
        candidates = partly(word);
      }
      var holders = [];
      candidates.forEach(function (share, id) {
        var doc = docs[id];
        holders.push([id, share >= 1 && (doc.plain.indexOf(word) >= 0 || doc.heading.indexOf(word) >= 0), share]);
      });
      var df = holders.filter(function (h) { return h[1]; }).length;
      var idf = weight[word] = Math.log(1 + total / (1 + df)) * Math.min(word.length, 4) / 2;
      sum += idf;
      holders.forEach(function (h) {
        var id = h[0], doc = docs[id], m = 0;
        if (h[1]) {
          var n = count(doc.plain, word);
          var tf = n ? n * (TF_K + 1) / (n + TF_K * (1 - TF_B + TF_B * doc.plain.length / index.averageLength)) : 0;
          var inHeading = doc.heading.indexOf(word) >= 0;
          m = idf * (tf + (inHeading ? (pages[doc.page].article === id ? PAGE_TITLE : SECTION_TITLE) : 0) +
                     (doc.heading === word ? EXACT_HEADING : 0));
          section(id).whole[word] = true;
          page(doc.page).whole[word] = true;
        } else if (word.length > 2 && h[2] >= 0.5) {
          m = idf * PART * h[2];
        }
        if (m > 0) {
          section(id).score += m;
          var p = page(doc.page);
          p.best[word] = Math.max(p.best[word] || 0, m);
        }
      });
    });
    /* Words standing together as typed: all of a phrase, or two neighbouring words. */
    parts.phrases.forEach(function (typed) {
      var pieces = typed.filter(function (w) { return weight[w] !== undefined; });
      var phrases = pieces.length > 2 ? [pieces] : [];
      for (var i = 0; i + 1 < pieces.length; i++) {
        phrases.push([pieces[i], pieces[i + 1]]);
      }
      phrases.forEach(function (phrase) {
        var all = phrase.join(""), sum = phrase.reduce(function (n, w) { return n + weight[w]; }, 0);
        found.forEach(function (e, id) {
          if (phrase.every(function (w) { return e.whole[w]; }) &&
              (docs[id].plain.indexOf(all) >= 0 || docs[id].heading.indexOf(all) >= 0)) {
            e.score += TOGETHER * sum;
          }
        });
      });
    });
    /* Words readers type for a page (data/search-variants.yml: pages). */
    Object.keys(index.pageWords).forEach(function (key) {
      if (parts.typed.indexOf(key) < 0) {
        return;
      }
      /* The query's words the page word covers count as on the page, as in its title. */
      var site = index.normalize(key);
      var covered = words.filter(function (w) { return site.indexOf(w) >= 0 || w.indexOf(site) >= 0; });
      index.pageWords[key].forEach(function (path) {
        var number = index.pageOf[path];
        if (number === undefined) {
          return;
        }
        var p = page(number);
        covered.forEach(function (w) {
          p.best[w] = Math.max(p.best[w] || 0, weight[w] * PAGE_TITLE);
          p.whole[w] = true;
        });
        if (!covered.length) {
          p.hint += PAGE_WORD * sum / words.length;
        }
      });
    });
    found.forEach(function (e) {
      if (e.score > 0) {
        page(docs[e.id].page).sections.push(e);
      }
    });
    /* Pages: the words they hold (all words first), each word where the page
     * holds it best, and the section holding most of them together. */
    var ranked = [];
    byPage.forEach(function (p) {
      p.sections.sort(function (a, b) { return b.score - a.score; });
      var spread = Object.keys(p.best).reduce(function (n, w) { return n + p.best[w]; }, 0);
      var together = p.sections.length ? p.sections[0].score : 0;
      var held = Object.keys(p.whole).reduce(function (n, w) { return n + weight[w]; }, 0) / sum;
      var title = pages[p.page].title;
      var titled = words.reduce(function (n, w) { return n + (title.indexOf(w) >= 0 ? weight[w] : 0); }, 0) / sum;
      p.score = (spread + TOGETHER_PAGE * together + p.hint) * (0.2 + held * held) * (1 + TITLE_SHARE * titled) *
                (index.later[pages[p.page].location] ? LATER : 1);
      if (p.score > 0) {
        ranked.push(p);
      }
    });
    ranked.sort(function (a, b) { return b.score - a.score; });
    return ranked;
  }

  /* A word in every form pages may write it in. */
  function spellings(word) {
    var out = [word];
    Object.keys(index.forms).forEach(function (site) {
      if (word.indexOf(site) >= 0) {
        index.forms[site].forEach(function (form) {
          var spelt = word.split(site).join(form);
          if (out.indexOf(spelt) < 0) {
            out.push(spelt);
          }
        });
      }
    });
    return out;
  }

  /* Marks on the words in markup, outside tags and character references. */
  function mark(markup, pattern) {
    if (!pattern) {
      return markup;
    }
    return markup.split(/(<[^>]*>|&#?\w+;)/).map(function (part, i) {
      return i % 2 ? part : part.replace(pattern, "<mark data-md-highlight>$&</mark>");
    }).join("");
  }

  /* The blocks of a section's text that hold the words (at most two), as
   * Material shows them; the first block when none does. */
  function teaser(text, pattern) {
    var blocks = text.split("<p>").filter(function (block) { return block.trim(); });
    var test = pattern && new RegExp(pattern.source, "i");
    var hits = test ? blocks.filter(function (block) { return test.test(visible(block)); }).slice(0, 2) : [];
    var shown = hits.length ? hits : blocks.slice(0, 1);
    return shown.map(function (block) { return "<p>" + mark(block, pattern) + "</p>"; }).join("");
  }

  /* The longest stretches (two characters or more) of a word in a text. */
  function stretches(word, text) {
    var out = [];
    for (var i = 0; i + 1 < word.length;) {
      var end = i + 1;
      while (end < word.length && text.indexOf(word.slice(i, end + 1)) >= 0) {
        end++;
      }
      if (end - i > 1) {
        out.push(word.slice(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  function item(id, score, whole, words) {
    var doc = index.docs[id];
    var terms = {}, held = [];
    words.forEach(function (word) {
      var found = whole[word] ? [word] : HAN.test(word) ? stretches(word, doc.plain + " " + doc.heading) : [];
      found.forEach(function (part) {
        spellings(part).forEach(function (form) {
          if (!terms[form]) {
            terms[form] = true;
            held.push(form);
          }
        });
      });
    });
    words.forEach(function (word) {
      if (!whole[word]) {
        terms[word] = false;
      }
    });
    held.sort(function (a, b) { return b.length - a.length; });
    var pattern = held.length ? new RegExp(held.map(escapeRegExp).join("|"), "gi") : null;
    return {
      location: doc.location,
      title: mark(doc.title, pattern),
      text: doc.text ? teaser(doc.text, pattern) : "",
      score: score,
      terms: terms
    };
  }

  /* A word of four or more characters found nowhere whole, read as the
   * site's word it differs from in one character (入党誓辞 -> 入党誓词),
   * the one found most often; unchanged when there is none. */
  function corrected(word) {
    if (word.length < 4 || !HAN.test(word) || index.docs.some(function (doc) {
      return doc.plain.indexOf(word) >= 0 || doc.heading.indexOf(word) >= 0;
    })) {
      return word;
    }
    var chars = Array.from(word), options = [];
    for (var i = 0; i < chars.length; i++) {
      options.push(chars.slice(0, i).map(escapeRegExp).join("") + "\\p{Script=Han}" +
                   chars.slice(i + 1).map(escapeRegExp).join(""));
    }
    var pattern = new RegExp(options.join("|"), "gu"), seen = new Map(), best = word, most = 0;
    index.docs.forEach(function (doc) {
      (doc.heading + " " + doc.plain).replace(pattern, function (found) {
        var n = (seen.get(found) || 0) + 1;
        seen.set(found, n);
        if (n > most) {
          most = n;
          best = found;
        }
        return found;
      });
    });
    return best;
  }

  function search(query) {
    var parts = queryWords(String(query || ""));
    if (!parts.words.length) {
      return { items: [] };
    }

    var ranked = rank(parts);
    if (!ranked.length) {  // no section holds two characters of any word: its characters
      var chars = [];
      parts.words.join("").split("").forEach(function (char) {
        if (HAN.test(char) && chars.indexOf(char) < 0) {
          chars.push(char);
        }
      });
      if (chars.length) {
        parts = { words: chars, phrases: [], typed: "" };
        ranked = rank(parts);
      }
    }
    var items = ranked.map(function (p) {
      var page = index.pages[p.page];
      var group = p.sections.slice(0, MAX_SECTIONS).map(function (s) {
        return item(s.id, s.score, s.whole, parts.words);
      });
      if (!p.sections.some(function (s) { return s.id === page.article; })) {
        group.push(item(page.article, 0, p.whole, parts.words));
      }
      if (!p.sections.length) {  // found by a word readers type for it: the page itself
        group[0].score = p.score;
      }
      return group;
    });
    return { items: items };
  }

  function handle(message) {
    switch (message && message.type) {
      case SETUP:
        setup(message.data);
        return { type: READY };
      case QUERY:
        try {
          return { type: RESULT, data: index ? search(message.data) : { items: [] } };
        } catch (err) {
          console.warn("search-chinese.js:", err);
          return { type: RESULT, data: { items: [] } };
        }
      default:
        throw new TypeError("Invalid message type");
    }
  }

  addEventListener("message", function (ev) {
    postMessage(handle(ev.data));
  });
})();
