/*
 * The writing desk's draft (docs/tools/writing-desk.md), without the page:
 * which statements a section lists, the draft assembled from what the
 * reader picked and wrote, its paragraphs by kind, and live counts.
 *
 *   WritingDeskDraft.sectionStatements(data, section) -> [statement id]
 *   WritingDeskDraft.assemble(data, framework, state) -> draft text
 *   WritingDeskDraft.paragraphs(text) -> [{kind, text}]
 *   WritingDeskDraft.counts(text) -> {characters, placeholders}
 *   WritingDeskDraft.fill(text, person) -> text with name and date filled
 *
 * `data` is window.WRITING_DESK (overrides/hooks/writing_desk.py) with
 * data.statements, the statements of the posts loaded so far; `state`
 * is {picked: {id: true}, own: {sectionId: text}, name, date: "YYYY-MM-DD"}.
 * Paragraph kinds follow src/zzshh/sitedata/templates.py: title (the first
 * line), heading1 (一、), heading2 (（一）), signature (the name and date
 * closing the draft) and body.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.WritingDeskDraft = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var LEVEL_ONE = /^[一二三四五六七八九十]+、/;
  var LEVEL_TWO = /^（[一二三四五六七八九十]+）/;
  var PLACEHOLDER = /【[^【】\n]*】/g;
  var DATE_LINE = /^(?:[0-9]{4}|【年】)年.{1,6}日$/;
  var NAME_LINE_MAX = 12;

  function sectionStatements(data, section) {
    return Object.keys(data.statements).filter(function (id) {
      var item = data.statements[id];
      return item.page === section.page && (!section.discipline || item.discipline === section.discipline);
    });
  }

  function lines(text) {
    return String(text || "").split(/\r\n|\r|\n/).map(function (line) {
      return line.trim();
    }).filter(Boolean);
  }

  function dateText(date) {
    var parts = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(date || "");
    return parts ? Number(parts[1]) + "年" + Number(parts[2]) + "月" + Number(parts[3]) + "日" : "";
  }

  function fill(text, person) {
    var name = (person.name || "").trim();
    var date = dateText(person.date);
    if (name) {
      text = text.split("【姓名】").join(name);
    }
    if (date) {
      text = text.split("【年】年【月】月【日】日").join(date);
    }
    return text;
  }

  function assemble(data, framework, state) {
    var out = [];
    data.layouts[framework.template].forEach(function (block) {
      if (block.type === "fixed") {
        block.paragraphs.forEach(function (p) { out.push(p.text); });
        return;
      }
      if (block.heading) {
        out.push(block.heading);
      }
      var chosen = sectionStatements(data, block).filter(function (id) { return state.picked[id]; })
        .map(function (id) { return data.statements[id].text; })
        .concat(lines(state.own && state.own[block.id]));
      (chosen.length ? chosen : block.fallback.map(function (p) { return p.text; })).forEach(function (text) {
        out.push(text);
      });
    });
    return fill(out.join("\n").split("【年度】").join(framework.year + "年度"), state) + "\n";
  }

  function paragraphs(text) {
    var found = lines(text).map(function (line, index) {
      var kind = index === 0 ? "title" : LEVEL_ONE.test(line) ? "heading1" : LEVEL_TWO.test(line) ? "heading2" : "body";
      return { kind: kind, text: line };
    });
    var last = found.length - 1;
    if (last >= 2 && found[last].kind === "body" && DATE_LINE.test(found[last].text)) {
      found[last].kind = "signature";
      var before = found[last - 1];
      if (before.kind === "body" && Array.from(before.text).length <= NAME_LINE_MAX) {
        before.kind = "signature";
      }
    }
    return found;
  }

  function counts(text) {
    return {
      characters: Array.from(String(text).replace(/\s/g, "")).length,
      placeholders: (String(text).match(PLACEHOLDER) || []).length
    };
  }

  return { sectionStatements: sectionStatements, assemble: assemble, paragraphs: paragraphs, counts: counts,
           fill: fill, PLACEHOLDER: PLACEHOLDER };
});
