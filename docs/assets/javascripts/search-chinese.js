/* Chinese search on top of Material's search worker, without forking it.
 *
 * Material's worker builds a lunr index from search/search_index.json and
 * answers query strings. This script stands between the page and the worker
 * (Worker.prototype.postMessage) and changes only what is sent:
 *
 * - Setup: every section gets hidden fields of two-character keys (bigrams)
 *   made here from its text, its title and its page's title, so the download
 *   stays smaller than the default index. The keys carry an invisible MARK between the characters,
 *   which keeps Material's own Chinese query cutting away from them.
 * - Query: the reader's words (variants and typos read as the site's form,
 *   filler words such as 怎么写 dropped, a run without spaces cut at known
 *   words) become required bigram terms: pages holding all the words come
 *   first; the pairs joining two words are optional and lift the pages that
 *   have the words together. When no page holds all the words, the same
 *   terms are sent again as optional terms (the best partial matches, ranked
 *   by lunr and Material's share-of-terms boost); when none holds any word,
 *   the single characters of the words.
 * - Results: links carry the matched words whole in `?h=`, and the words are
 *   marked in the result list.
 *
 * It needs the index the build hook overrides/hooks/search_index.py writes
 * (config.chinese); with any other index it passes messages through unchanged.
 * The message types and index fields below are Material 9's: see 维护说明 ›
 * 站内搜索 before upgrading. */
(function () {
  "use strict";

  var SETUP = 0, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var VERSION = 1;                       // config.chinese.version written by the hook
  var MARK = "\u2060";                   // WORD JOINER: not Han, not a separator
  var MAX_TERMS = 48;                    // a reader's query is far shorter
  var TITLE_BOOST = 10;                  // a section's title against its text
  var PAGE_BOOST = 10;                   // its page's title
  var RUN = /\p{Script=Han}+|[0-9a-z]+/gu;
  var HAN = /^\p{Script=Han}/u;
  var BREAK = /[\s\p{P}\p{S}]+/u;

  var Worker = window.Worker;
  if (!Worker || !Worker.prototype.postMessage) {
    return;
  }
  var post = Worker.prototype.postMessage;

  var words = null;   // null until our index is set up
  var pending = [];   // plans of the queries the worker has not answered, in order
  var latest = null;  // plan of the last query typed

  /* Variant and typo forms -> the site's form, longest first. */
  function normalizer(variants) {
    var forms = Object.keys(variants).sort(function (a, b) { return b.length - a.length; });
    if (!forms.length) {
      return function (text) { return text; };
    }
    var any = new RegExp(forms.map(escapeRegExp).join("|"), "g");
    return function (text) {
      return text.replace(any, function (form) { return variants[form]; });
    };
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function visible(markup) {
    return markup.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ").toLowerCase();
  }

  /* Index keys of a text: each pair of neighbouring Han characters, a lone
   * Han character, each run of Latin letters or digits. Repeats are kept:
   * how often a word occurs ranks the sections. */
  function keys(text) {
    var out = [];
    (text.match(RUN) || []).forEach(function (run) {
      if (!HAN.test(run)) {
        out.push(run);
      } else if (run.length === 1) {
        out.push(run + MARK);
      } else {
        for (var i = 0; i + 1 < run.length; i++) {
          out.push(run[i] + MARK + run[i + 1]);
        }
      }
    });
    return out.join(" ");
  }

  function setup(data) {
    var chinese = data.config.chinese;
    var normalize = normalizer(chinese.variants);
    var pageTitles = {};  // a page's entry comes before its sections
    data.docs.forEach(function (doc) {
      var path = doc.location.split("#")[0];
      doc.grams = keys(normalize(visible(doc.text)));
      doc.title_grams = keys(normalize(visible(doc.title)));
      /* A section is also found by its page's title: 入党誓词示例措辞 finds
       * the 示例措辞 section of the page 对照入党誓词. */
      doc.page_grams = pageTitles[path] = pageTitles[path] || doc.title_grams;
    });
    data.config.fields = {
      title_grams: { boost: TITLE_BOOST },
      page_grams: { boost: PAGE_BOOST },
      grams: { boost: 1 }
    };
    /* Suggestions complete title words, which this index does not have. */
    data.options.suggest = false;
    var known = {};
    chinese.words.forEach(function (word) { known[normalize(word)] = true; });
    var fillers = chinese.fillers.slice().sort(function (a, b) { return b.length - a.length; });
    words = {
      known: known,
      longest: chinese.words.reduce(function (n, word) { return Math.max(n, word.length); }, 0),
      normalize: normalize,
      fillers: fillers.length ? new RegExp(fillers.map(escapeRegExp).join("|"), "g") : null,
      forms: formsOf(chinese.variants)
    };
  }

  /* The site's form -> every form it stands for, to highlight any of them. */
  function formsOf(variants) {
    var forms = {};
    Object.keys(variants).forEach(function (form) {
      var site = variants[form];
      (forms[site] = forms[site] || [site]).push(form);
    });
    return forms;
  }

  /* A Han run cut at the known words in it, longest first from the left;
   * what lies between known words stays one word. */
  function cut(run) {
    var out = [], rest = "";
    for (var i = 0; i < run.length;) {
      var size = Math.min(words.longest, run.length - i);
      while (size > 1 && !words.known[run.substr(i, size)]) {
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

  /* The words of a query, in the site's form, and the runs they came from. */
  function queryWords(query) {
    var text = words.normalize(query.toLowerCase());
    var found = [], runs = [];
    text.split(BREAK).forEach(function (chunk) {
      var kept = words.fillers ? chunk.replace(words.fillers, " ") : chunk;
      (kept.match(RUN) || chunk.match(RUN) || []).forEach(function (run) {
        runs.push(run);
        (HAN.test(run) ? cut(run) : [run]).forEach(function (word) {
          if (found.indexOf(word) < 0) {
            found.push(word);
          }
        });
      });
    });
    return { words: found, runs: runs };
  }

  /* Terms of one word: [term, lunr query text when required, when optional]. */
  function terms(word) {
    if (!HAN.test(word)) {
      return [[word, "+" + word + "*", word]];
    }
    if (word.length === 1) {
      return [[word + MARK, word + MARK, word + MARK], [MARK + word, "*" + MARK + word, "*" + MARK + word]];
    }
    var out = [];
    for (var i = 0; i + 1 < word.length; i++) {
      var key = word[i] + MARK + word[i + 1];
      out.push([key, "+" + key, key]);
    }
    return out;
  }

  /* The lunr queries for one typed query, tried in turn while the answer is
   * empty: all words, any word, any character of the words. */
  function plan(query) {
    var parts = queryWords(query);
    if (!parts.words.length) {
      return null;
    }
    var all = [], any = [], seen = {};
    function add(term, required) {
      if (!seen[term[0]] && any.length < MAX_TERMS) {
        seen[term[0]] = true;
        all.push(required ? term[1] : term[2]);
        any.push(term[2]);
      }
    }
    parts.words.forEach(function (word) {
      terms(word).forEach(function (term) { add(term, true); });
    });
    parts.runs.forEach(function (run) {
      if (HAN.test(run) && run.length > 1) {
        terms(run).forEach(function (term) { add(term, false); });
      }
    });
    var chars = [];
    parts.words.join("").split("").forEach(function (char) {
      if (HAN.test(char) && chars.indexOf(char) < 0) {
        chars.push(char);
      }
    });
    var single = [].concat.apply([], chars.map(function (char) {
      return terms(char).map(function (term) { return term[2]; });
    }));
    var levels = [all.join(" "), any.join(" "), single.slice(0, MAX_TERMS).join(" ")];
    return {
      words: parts.words,
      levels: levels.filter(function (level, i) { return level && levels.indexOf(level) === i; })
    };
  }

  /* Words of the query whose terms a result matched, whole where every term
   * of the word matched, else the matched stretches of it. */
  function matchedWords(p, matched) {
    var out = [];
    p.words.forEach(function (word) {
      if (!HAN.test(word) || word.length === 1) {
        if (terms(word).some(function (term) { return matched[term[0]]; })) {
          out.push(word);
        }
        return;
      }
      var start = -1;
      for (var i = 0; i < word.length; i++) {
        var hit = i + 1 < word.length && matched[word[i] + MARK + word[i + 1]];
        if (hit && start < 0) {
          start = i;
        } else if (!hit && start >= 0) {
          out.push(word.slice(start, i + 1));
          start = -1;
        }
      }
    });
    return out;
  }

  /* A word in every form readers' pages may write it in. */
  function spellings(word) {
    var out = [word];
    Object.keys(words.forms).forEach(function (site) {
      if (word.indexOf(site) >= 0) {
        words.forms[site].forEach(function (form) {
          var spelt = word.split(site).join(form);
          if (out.indexOf(spelt) < 0) {
            out.push(spelt);
          }
        });
      }
    });
    return out;
  }

  function answered(worker, message) {
    if (!message || message.type !== RESULT || !pending.length) {
      return;
    }
    var entry = pending.shift();
    var next = entry.level + 1;
    if (entry.plan && entry.plan === latest && next < entry.plan.levels.length && !message.data.items.length) {
      pending.push({ plan: entry.plan, level: next });
      post.call(worker, { type: QUERY, data: entry.plan.levels[next] });
    }
  }

  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === SETUP && message.data.config.chinese &&
        message.data.config.chinese.version === VERSION) {
      setup(message.data);
      var worker = this;
      this.addEventListener("message", function (ev) { answered(worker, ev.data); });
    } else if (message && message.type === QUERY && words) {
      latest = plan(message.data);
      pending.push({ plan: latest, level: 0 });
      if (latest) {
        args[0] = { type: QUERY, data: latest.levels[0] };
      }
    }
    return post.apply(this, args);
  };

  /* Result list: whole words in `?h=`, marks on the words, missing words whole. */
  function mark(root, pattern) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest("mark, .md-search-result__terms")) {
        nodes.push(node);
      }
    }
    nodes.forEach(function (text) {
      var value = text.nodeValue, last = 0, parts = [];
      value.replace(pattern, function (found, at) {
        parts.push(document.createTextNode(value.slice(last, at)));
        var marked = document.createElement("mark");
        marked.setAttribute("data-md-highlight", "");
        marked.textContent = found;
        parts.push(marked);
        last = at + found.length;
      });
      if (parts.length) {
        parts.push(document.createTextNode(value.slice(last)));
        text.replaceWith.apply(text, parts);
      }
    });
  }

  function matchedIn(link, p) {
    var matched = {};
    (new URL(link.href).searchParams.get("h") || "").split(" ").forEach(function (term) {
      matched[term] = true;
    });
    return matchedWords(p, matched);
  }

  /* One result item: a page and its sections. The page's own entry often
   * matched nothing itself: it takes the words its sections matched. */
  function rewriteItem(item, p) {
    var links = Array.prototype.slice.call(item.querySelectorAll("a.md-search-result__link"));
    var found = links.map(function (link) { return matchedIn(link, p); });
    var union = [].concat.apply([], found).filter(function (word, i, all) { return all.indexOf(word) === i; });
    links.forEach(function (link, i) {
      var own = found[i].length ? found[i] : union;
      var shown = [].concat.apply([], own.map(spellings));
      var url = new URL(link.href);
      url.searchParams.set("h", shown.join(" "));
      link.href = url.href;
      if (shown.length) {
        mark(link, new RegExp(shown.map(escapeRegExp).join("|"), "gi"));
      }
      var missing = link.querySelector(".md-search-result__terms");
      if (missing) {
        var lacking = p.words.filter(function (word) { return own.indexOf(word) < 0; });
        missing.replaceChildren(missing.textContent.split(":")[0] + "：");
        lacking.forEach(function (word, n) {
          var del = document.createElement("del");
          del.textContent = word;
          missing.append(n ? " " : "", del);
        });
        missing.hidden = !lacking.length;
      }
    });
  }

  function watchResults() {
    var list = document.querySelector(".md-search-result__list");
    if (!list) {
      return;
    }
    new MutationObserver(function (changes) {
      if (!words || !latest) {
        return;
      }
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            rewriteItem(node, latest);
          }
        });
      });
    }).observe(list, { childList: true });
  }

  watchResults();
})();
