/*
 * The reader's draft as a Word file, filled into the skeleton the build made
 * with the template downloads' own layout code (src/zzshh/writingdesk/
 * skeleton.py; window.WRITING_DESK_SKELETON holds its parts as text): its
 * word/document.xml holds one paragraph per kind, whose text is the kind;
 * the body paragraph has a second, highlighted run. Those paragraphs and
 * runs are cloned for the draft; styles, page, footer and fonts stay as the
 * build wrote them, and the parts are zipped again.
 *
 *   WritingDeskWord.build(paragraphs, skeleton) -> Uint8Array (.docx)
 *
 * Uses the vendored fflate (window.fflate). Text is set with textContent only.
 */
(function (root) {
  "use strict";

  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var XML_NS = "http://www.w3.org/XML/1998/namespace";
  var DOCUMENT = "word/document.xml";
  var CORE = "docProps/core.xml";
  var DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  var PLACEHOLDER = /【[^【】\n]*】/g;

  function children(node, name) {
    return Array.prototype.filter.call(node.childNodes, function (c) {
      return c.namespaceURI === W && c.localName === name;
    });
  }

  // {kind: {paragraph, run}} and the highlighted run, taken out of the body.
  function prototypes(body) {
    var found = { kinds: {}, mark: null };
    children(body, "p").forEach(function (p) {
      var runs = children(p, "r");
      found.kinds[p.textContent.replace("【】", "")] = { paragraph: p, run: runs[0] };
      if (runs.length > 1) {
        found.mark = runs[1];
      }
      body.removeChild(p);
    });
    return found;
  }

  function run(proto, text) {
    var copy = proto.cloneNode(true);
    var t = copy.getElementsByTagNameNS(W, "t")[0];
    t.textContent = text;
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    return copy;
  }

  // Plain text and 【…】 placeholders, the latter highlighted as in the templates.
  function paragraph(proto, mark, text) {
    var p = proto.paragraph.cloneNode(false);
    children(proto.paragraph, "pPr").forEach(function (ppr) { p.appendChild(ppr.cloneNode(true)); });
    var last = 0;
    text.replace(PLACEHOLDER, function (found, at) {
      if (at > last) {
        p.appendChild(run(proto.run, text.slice(last, at)));
      }
      p.appendChild(run(mark, found));
      last = at + found.length;
      return found;
    });
    if (last < text.length) {
      p.appendChild(run(proto.run, text.slice(last)));
    }
    return p;
  }

  function build(paragraphs, skeleton) {
    var fflate = root.fflate;
    var files = {};
    Object.keys(skeleton).forEach(function (name) { files[name] = fflate.strToU8(skeleton[name]); });
    var doc = new root.DOMParser().parseFromString(skeleton[DOCUMENT], "application/xml");
    var body = doc.getElementsByTagNameNS(W, "body")[0];
    var found = prototypes(body);
    var end = children(body, "sectPr")[0] || null;
    paragraphs.forEach(function (item) {
      var proto = found.kinds[item.kind] || found.kinds.body;
      body.insertBefore(paragraph(proto, found.mark, item.text), end);
    });
    files[DOCUMENT] = fflate.strToU8(DECLARATION + new root.XMLSerializer().serializeToString(doc.documentElement));
    var now = new Date().toISOString().replace(/\.[0-9]+Z$/, "Z");
    files[CORE] = fflate.strToU8(skeleton[CORE].replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, "$1" + now));
    return fflate.zipSync(files, { level: 6 });
  }

  root.WritingDeskWord = { build: build };
})(typeof self !== "undefined" ? self : this);
