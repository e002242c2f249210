/*
 * Reads a draft file in the browser, the twin of src/zzshh/selfcheck/readers.py
 * (change both together; tests/test_selfcheck_badinput.py compares them):
 *
 *   SelfCheckReader.read(name, arrayBuffer) -> {text, notices}
 *   (throws an Error whose message is one sentence for the reader)
 *
 * Bad input must cost seconds and megabytes, not minutes and gigabytes:
 * files over 20 MB are refused, text beyond 1,000,000 characters is cut off
 * with a notice, and a .docx part is inflated piece by piece (fflate's
 * streaming Inflate) with a running byte cap, because the sizes in a zip may
 * lie. word/document.xml is tokenized as a stream, never held as a DOM.
 *
 * .txt/.md: UTF-8 (a few bad bytes become U+FFFD, with a notice naming the
 * lines), UTF-16 with or without BOM, otherwise GB18030 (GBK) with a notice.
 * .docx: paragraphs of the body, Word's automatic numbering (一、（一）…)
 * turned back into text, then headers, footers and notes. Nothing leaves
 * the browser.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("../../vendor/fflate/fflate.umd.js"));
  } else {
    root.SelfCheckReader = factory(null);
  }
})(typeof self !== "undefined" ? self : this, function (required) {
  "use strict";

  // The page's scripts may arrive in any order: look fflate up when needed.
  function flate() {
    return required || (typeof self !== "undefined" ? self : this).fflate;
  }

  var MAX_BYTES = 20 * 1024 * 1024;
  var MAX_CHARS = 1000000;
  var MAX_XML_BYTES = 16 * 1024 * 1024;
  var MAX_SIDE_BYTES = 4 * 1024 * 1024;
  // The parser's cost is per element: 16 MB of "<w:r/>" is 2.8 million of
  // them; a real draft of a million characters has a few hundred thousand.
  var MAX_ELEMENTS = 1000000;
  var PIECE = 4096; // compressed bytes per push: at most ~4 MB inflated at a time
  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  var XML_NS = "http://www.w3.org/XML/1998/namespace";
  var CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;
  var XML_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
  var LINE_BREAK = /\r\n|\r|\n/;
  var PLAUSIBLE = /[\t\n\r\x20-\x7E\u2000-\u206F\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/g;
  var EXTRA_PARTS = [["header", "页眉"], ["footer", "页脚"], ["footnotes", "脚注"], ["endnotes", "尾注"]];
  var GB_NOTICE = "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如有乱码，请用记事本“另存为”UTF-8 后再检查。";
  var UTF16_NOTICE = "文件是 UTF-16 编码（记事本中的“Unicode”），已自动转换。";
  var CUT_NOTICE = "材料超过 100 万字，只检查了前 100 万字；请分成几部分分别检查。";
  var SIDE_NOTICE = "文件中的页眉、页脚、脚注或编号设置过大，已略过其中一部分。";
  var DIGITS = "一二三四五六七八九";

  // Our own errors carry a sentence for people; anything else is unexpected.
  function fail(message) {
    var err = new Error(message);
    err.forReader = true;
    throw err;
  }

  function startsWith(bytes, prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (var i = 0; i < prefix.length; i++) {
      if (bytes[i] !== prefix[i]) {
        return false;
      }
    }
    return true;
  }

  var ZIP = [0x50, 0x4B, 0x03, 0x04];
  var OLE = [0xD0, 0xCF, 0x11, 0xE0];

  // Code points, as Python's len() counts them.
  function codePoints(text) {
    var low = text.match(/[\uDC00-\uDFFF]/g);
    return text.length - (low ? low.length : 0);
  }

  // The first n code points of text.
  function firstCodePoints(text, n) {
    if (text.length <= n) {
      return text;
    }
    var units = 0;
    for (var count = 0; count < n && units < text.length; count++) {
      var code = text.charCodeAt(units);
      units += code >= 0xD800 && code <= 0xDBFF && units + 1 < text.length &&
        text.charCodeAt(units + 1) >= 0xDC00 && text.charCodeAt(units + 1) <= 0xDFFF ? 2 : 1;
    }
    return text.slice(0, units);
  }

  // ------------------------------------------------------------------ text

  function lenient(bytes, encoding) {
    var text = new TextDecoder(encoding).decode(bytes);
    var bad = (text.match(/\uFFFD/g) || []).length;
    if (!bad) {
      return { text: text, notices: [] };
    }
    var lines = [];
    text.split(LINE_BREAK).forEach(function (line, k) {
      if (line.indexOf("\uFFFD") !== -1) {
        lines.push(String(k + 1));
      }
    });
    var where = lines.slice(0, 5).join("、") + (lines.length > 5 ? "等" : "");
    return { text: text, notices: ["文件中有 " + bad + " 处文字无法识别（第 " + where + " 行），已显示为“\uFFFD”，请对照原文核对。"] };
  }

  function plausible(bytes, encoding) {
    var sample = new TextDecoder(encoding).decode(bytes.subarray(0, 4096));
    return sample ? (sample.match(PLAUSIBLE) || []).length / sample.length : 0;
  }

  // Share of byte pairs that are both printable ASCII: near 1 for English
  // text (which read as UTF-16 looks like CJK), about 1/5 for UTF-16 Chinese.
  function asciiPairs(head) {
    var pairs = Math.floor(head.length / 2);
    if (!pairs) {
      return 1;
    }
    var printable = 0;
    for (var k = 0; k < pairs; k++) {
      if (head[2 * k] >= 0x20 && head[2 * k] <= 0x7E && head[2 * k + 1] >= 0x20 && head[2 * k + 1] <= 0x7E) {
        printable++;
      }
    }
    return printable / pairs;
  }

  function utf16ByNuls(head) {
    var even = 0;
    var odd = 0;
    for (var i = 0; i < head.length; i++) {
      if (head[i] === 0) {
        if (i % 2) { odd++; } else { even++; }
      }
    }
    if (odd > 4 * even) {
      return "utf-16le";
    }
    if (even > 4 * odd) {
      return "utf-16be";
    }
    return null;
  }

  function withUtf16Notice(draft) {
    draft.notices.unshift(UTF16_NOTICE);
    return draft;
  }

  function guess(bytes, name) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), notices: [] };
    } catch (err) {
      // not strict UTF-8: go on guessing
    }
    if (bytes.length % 2 === 0 && asciiPairs(bytes.subarray(0, 4096)) < 0.5) {
      var le = plausible(bytes, "utf-16le");
      var be = plausible(bytes, "utf-16be");
      if (Math.max(le, be) >= 0.9) {
        return withUtf16Notice(lenient(bytes, le >= be ? "utf-16le" : "utf-16be"));
      }
    }
    var draft = lenient(bytes, "utf-8");
    var bad = (draft.text.match(/\uFFFD/g) || []).length;
    var good = -bad;
    for (var i = 0; i < draft.text.length; i++) {
      var code = draft.text.charCodeAt(i);
      if (code > 0x7F && (code < 0xDC00 || code > 0xDFFF)) {
        good++;
      }
    }
    // UTF-8 with a damaged byte here and there: keep it, say where.
    if (good >= 20 * bad) {
      return draft;
    }
    try {
      return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), notices: [GB_NOTICE] };
    } catch (err) {
      // not GB18030 either
    }
    if (bad <= Math.max(3, Math.floor(codePoints(draft.text) / 100))) {
      return draft;
    }
    return fail("无法识别“" + name + "”的文字编码，请用记事本“另存为”UTF-8 编码后再检查。");
  }

  function readText(bytes, name) {
    if (startsWith(bytes, ZIP)) {
      fail("“" + name + "”实际上是 Word（.docx）或压缩文件，请把扩展名改为 .docx 后再检查。");
    }
    if (startsWith(bytes, OLE)) {
      fail("“" + name + "”实际上是旧版 Word（.doc）或加密文件，请在 Word 中另存为 .docx 或纯文本后再检查。");
    }
    var notText = "“" + name + "”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。";
    var draft;
    if (startsWith(bytes, [0xEF, 0xBB, 0xBF])) {
      draft = lenient(bytes.subarray(3), "utf-8");
    } else if (startsWith(bytes, [0xFF, 0xFE])) {
      draft = withUtf16Notice(lenient(bytes.subarray(2), "utf-16le"));
    } else if (startsWith(bytes, [0xFE, 0xFF])) {
      draft = withUtf16Notice(lenient(bytes.subarray(2), "utf-16be"));
    } else if (bytes.subarray(0, 8192).indexOf(0) !== -1) {
      // No BOM but NUL bytes: UTF-16 if the NULs sit on one side of each pair.
      var encoding = utf16ByNuls(bytes.subarray(0, 8192));
      if (!encoding || plausible(bytes, encoding) < 0.9) {
        fail(notText);
      }
      draft = withUtf16Notice(lenient(bytes, encoding));
    } else {
      draft = guess(bytes, name);
    }
    var controls = (draft.text.match(CONTROL) || []).length;
    if (controls > Math.max(2, Math.floor(codePoints(draft.text) / 100))) {
      fail(notText);
    }
    return draft;
  }

  // ------------------------------------------------------------------ zip

  function u16(b, at) {
    return b[at] | b[at + 1] << 8;
  }

  function u32(b, at) {
    return (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
  }

  function u64(b, at) {
    return u32(b, at) + 4294967296 * u32(b, at + 4);
  }

  var CRC_TABLE = (function () {
    var table = new Int32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) {
        c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      table[n] = c;
    }
    return table;
  })();

  function TooBig() {}

  // The central directory, as Python's zipfile reads it: name -> entry.
  function directory(bytes, broken) {
    var end = -1;
    for (var i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
      if (u32(bytes, i) === 0x06054B50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      fail(broken);
    }
    var count = u16(bytes, end + 10);
    var at = u32(bytes, end + 16);
    if (end >= 20 && u32(bytes, end - 20) === 0x07064B50) {
      var zip64 = u64(bytes, end - 12);
      if (zip64 + 56 > bytes.length || u32(bytes, zip64) !== 0x06064B50) {
        fail(broken);
      }
      count = u64(bytes, zip64 + 32);
      at = u64(bytes, zip64 + 48);
    }
    var entries = {};
    for (var k = 0; k < count; k++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014B50) {
        fail(broken);
      }
      var nameLength = u16(bytes, at + 28);
      var extraLength = u16(bytes, at + 30);
      var entry = {
        flags: u16(bytes, at + 8), method: u16(bytes, at + 10), crc: u32(bytes, at + 16),
        compressed: u32(bytes, at + 20), size: u32(bytes, at + 24), offset: u32(bytes, at + 42),
        nameBytes: bytes.subarray(at + 46, at + 46 + nameLength)
      };
      zip64Sizes(bytes, at + 46 + nameLength, extraLength, entry);
      var name = "";
      for (var c = 0; c < entry.nameBytes.length; c++) {
        name += String.fromCharCode(entry.nameBytes[c]);
      }
      entries[name] = entry;
      at += 46 + nameLength + extraLength + u16(bytes, at + 32);
    }
    return entries;
  }

  function zip64Sizes(bytes, at, length, entry) {
    for (var end = at + length; at + 4 <= end; at += 4 + u16(bytes, at + 2)) {
      if (u16(bytes, at) === 1) {
        var field = at + 4;
        ["size", "compressed", "offset"].forEach(function (key) {
          if (entry[key] === 0xFFFFFFFF) {
            entry[key] = u64(bytes, field);
            field += 8;
          }
        });
        return;
      }
    }
  }

  // Calls onChunk with the inflated bytes of a part, piece by piece; throws
  // TooBig past `cap`. Only stored and deflated parts: Word writes nothing else.
  function inflate(bytes, entry, cap, broken, onChunk) {
    var at = entry.offset;
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8) || at + 30 > bytes.length ||
        u32(bytes, at) !== 0x04034B50 || u16(bytes, at + 26) !== entry.nameBytes.length) {
      fail(broken);
    }
    for (var i = 0; i < entry.nameBytes.length; i++) {
      if (bytes[at + 30 + i] !== entry.nameBytes[i]) {
        fail(broken);
      }
    }
    var start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    var data = bytes.subarray(start, start + entry.compressed);
    if (start + entry.compressed > bytes.length) {
      fail(broken);
    }
    var total = 0;
    var crc = -1;
    var done = false;
    function take(chunk) {
      // Never more than the directory's size, like zipfile; the cap bounds a lie.
      if (chunk.length > entry.size - total) {
        chunk = chunk.subarray(0, entry.size - total);
      }
      total += chunk.length;
      if (total > cap) {
        throw new TooBig();
      }
      for (var j = 0; j < chunk.length; j++) {
        crc = CRC_TABLE[(crc ^ chunk[j]) & 0xFF] ^ (crc >>> 8);
      }
      done = total >= entry.size;
      if (chunk.length) {
        onChunk(chunk);
      }
    }
    if (entry.method === 0) {
      for (var p = 0; p < data.length && !done; p += 65536) {
        take(data.subarray(p, p + 65536));
      }
    } else {
      var ended = false;
      var stream = new (flate().Inflate)(function (chunk, final) {
        if (!done) {
          take(chunk);
        }
        ended = ended || final;
      });
      try {
        for (var q = 0; q < data.length && !done && !ended; q += PIECE) {
          stream.push(data.subarray(q, q + PIECE), q + PIECE >= data.length);
        }
        if (!data.length) {
          stream.push(new Uint8Array(0), true);
        }
      } catch (err) {
        if (err instanceof TooBig || err instanceof Stop || err.forReader) {
          throw err;
        }
        fail(broken); // damaged compressed data
      }
      if (!done && !ended) {
        fail(broken);
      }
    }
    if (((crc ^ -1) >>> 0) !== entry.crc) {
      fail(broken);
    }
  }

  // ------------------------------------------------------------------ xml

  var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'" };

  function unescape(text, broken) {
    if (XML_CONTROL.test(text)) {
      fail(broken);
    }
    if (text.indexOf("&") === -1) {
      return text;
    }
    return text.replace(/&([^;&]*);|&/g, function (whole, name) {
      if (name === undefined) {
        fail(broken);
      }
      if (ENTITIES.hasOwnProperty(name)) {
        return ENTITIES[name];
      }
      var m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
      var code = m ? parseInt(m[1] || m[2], m[1] ? 16 : 10) : 0;
      if (!code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ||
          (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) {
        fail(broken);
      }
      return String.fromCodePoint(code);
    });
  }

  var ATTRIBUTE = /\s*([^\s=\/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/gy;

  // A streaming, namespace-aware XML tokenizer: just what WordprocessingML
  // needs (no DTD: Word never writes one, and refusing it rules out entity
  // expansion). handler.start(ns, local, attrs) with attrs keyed "ns local"
  // like Python's expat, handler.end(ns, local), handler.text(string);
  // a handler may throw Stop to end early.
  function XmlStream(handler, broken) {
    var buffer = "";
    var open = [];       // [qualified name, scope]
    var scope = { xml: XML_NS, "": "" };
    var rooted = false;
    var pending = null; // how far an unfinished tag at the buffer's start was scanned

    function resolve(qname, current, isAttribute) {
      var colon = qname.indexOf(":");
      if (colon === -1) {
        return [isAttribute ? "" : current[""], qname];
      }
      var uri = current[qname.slice(0, colon)];
      if (uri === undefined || uri === "") {
        fail(broken);
      }
      return [uri, qname.slice(colon + 1)];
    }

    function tag(body) {
      if (body.charAt(0) === "/") {
        var closing = body.slice(1).trim();
        var top = open.pop();
        if (!top || top[0] !== closing) {
          fail(broken);
        }
        var name = resolve(closing, top[1], false);
        scope = open.length ? open[open.length - 1][1] : top[2];
        handler.end(name[0], name[1]);
        return;
      }
      var selfClosing = body.charAt(body.length - 1) === "/";
      if (selfClosing) {
        body = body.slice(0, -1);
      }
      var m = /^[^\s\/>]+/.exec(body);
      if (!m || (rooted && !open.length)) {
        fail(broken);
      }
      var qname = m[0];
      var raw = [];
      var current = scope;
      ATTRIBUTE.lastIndex = qname.length;
      var a;
      var end = qname.length;
      while ((a = ATTRIBUTE.exec(body)) !== null) {
        end = ATTRIBUTE.lastIndex;
        var value = unescape(a[2] !== undefined ? a[2] : a[3], broken);
        if (a[1] === "xmlns" || a[1].slice(0, 6) === "xmlns:") {
          if (current === scope) {
            current = Object.create(scope);
          }
          current[a[1] === "xmlns" ? "" : a[1].slice(6)] = value;
        } else {
          raw.push([a[1], value]);
        }
      }
      if (body.slice(end).trim()) {
        fail(broken);
      }
      var attrs = {};
      raw.forEach(function (pair) {
        var key = resolve(pair[0], current, true);
        attrs[key[0] ? key[0] + " " + key[1] : key[1]] = pair[1];
      });
      var element = resolve(qname, current, false);
      rooted = true;
      open.push([qname, current, scope]);
      scope = current;
      handler.start(element[0], element[1], attrs);
      if (selfClosing) {
        tag("/" + qname);
      }
    }

    function text(raw) {
      if (!open.length) {
        if (raw.trim()) {
          fail(broken);
        }
        return;
      }
      handler.text(unescape(raw, broken));
    }

    // Feeds decoded text; `final` when there is no more.
    this.feed = function (chunk, final) {
      buffer += chunk;
      var pos = 0;
      while (pos < buffer.length) {
        var lt = buffer.indexOf("<", pos);
        if (lt === -1) {
          // Hand long text on now rather than let it pile up, but never a cut entity.
          var amp = buffer.lastIndexOf("&");
          var cut = amp >= pos && buffer.indexOf(";", amp) === -1 ? amp : buffer.length;
          if (open.length && cut > pos) {
            text(buffer.slice(pos, cut));
            pos = cut;
          }
          break;
        }
        if (lt > pos) {
          text(buffer.slice(pos, lt));
          pos = lt;
        }
        var end;
        if (buffer.startsWith("<!--", lt)) {
          end = buffer.indexOf("-->", lt + 4);
          if (end === -1) { break; }
          pos = end + 3;
        } else if (buffer.startsWith("<![CDATA[", lt)) {
          end = buffer.indexOf("]]>", lt + 9);
          if (end === -1) { break; }
          if (!open.length) { fail(broken); }
          handler.text(buffer.slice(lt + 9, end));
          pos = end + 3;
        } else if (buffer.startsWith("<?", lt)) {
          end = buffer.indexOf("?>", lt + 2);
          if (end === -1) { break; }
          pos = end + 2;
        } else if (buffer.startsWith("<!", lt)) {
          if (buffer.length - lt < 9 && !final) { break; }
          fail(broken); // DOCTYPE and the like
        } else {
          var scan = pending || { scanned: 1, quote: "" };
          end = tagEnd(buffer, lt, scan);
          pending = end === -1 ? scan : null;
          if (end === -1) { break; }
          if (end === -2) { fail(broken); }
          tag(buffer.slice(lt + 1, end));
          pos = end + 1;
        }
      }
      buffer = buffer.slice(pos);
      if (final) {
        if (buffer.indexOf("<") !== -1 || open.length || !rooted) {
          fail(broken);
        }
        text(buffer);
        buffer = "";
      }
    };
  }

  // The '>' that ends the tag at `lt`, quotes respected; -1 if not yet in the
  // buffer (scan remembers how far it got: a huge tag is scanned once),
  // -2 if a '<' comes first (malformed).
  function tagEnd(text, lt, scan) {
    var quote = scan.quote;
    for (var i = lt + scan.scanned; i < text.length; i++) {
      var c = text.charAt(i);
      if (quote) {
        if (c === quote) { quote = ""; }
      } else if (c === "\"" || c === "'") {
        quote = c;
      } else if (c === ">") {
        return i;
      } else if (c === "<") {
        return -2;
      }
    }
    scan.scanned = text.length - lt;
    scan.quote = quote;
    return -1;
  }

  function Stop() {}

  // Runs inflate -> UTF-8 -> XmlStream -> handler over one part; counts the
  // inflated bytes in counter.bytes.
  function parsePart(bytes, entry, cap, broken, handler, counter) {
    var decoder = new TextDecoder("utf-8", { fatal: true });
    var xml = new XmlStream(handler, broken);
    try {
      inflate(bytes, entry, cap, broken, function (chunk) {
        var text;
        if (counter) {
          counter.bytes += chunk.length;
        }
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch (err) {
          fail(broken);
        }
        xml.feed(text, false);
      });
      var rest;
      try {
        rest = decoder.decode();
      } catch (err) {
        fail(broken);
      }
      xml.feed(rest, true);
    } catch (err) {
      if (err instanceof Stop) {
        return;
      }
      throw err;
    }
  }

  // Paragraph text from XML events, the twin of readers.py's _Collector:
  // every w:p in document order (tables and text boxes included, mc:Fallback
  // copies left out), w:pPr's numbering turned into a label. Throws Stop past
  // `limit` characters, TooBig past `maxElements` elements.
  function Collector(numbering, limit, maxElements) {
    var self = this;
    var paragraphs = [];  // [label, text pieces …]
    var open = [];        // [index in paragraphs, depth] of open w:p
    var depth = 0;
    var fallback = 0;
    var props = null;
    var inT = false;
    var size = 0;
    var elementsLeft = maxElements || -1;
    self.stopped = false;
    self.sawBody = false;

    function grow(n) {
      size += n;
      if (size > limit) {
        self.stopped = true;
        throw new Stop();
      }
    }

    function add(text) {
      paragraphs[open[open.length - 1][0]].push(text);
      grow(codePoints(text));
    }

    self.start = function (ns, local, attrs) {
      depth += 1;
      elementsLeft -= 1;
      if (!elementsLeft) {
        throw new TooBig();
      }
      if (fallback) {
        fallback += 1;
        return;
      }
      if (ns === MC && local === "Fallback") {
        fallback = 1;
        return;
      }
      if (props) {
        // Only w:pPr/w:pStyle and w:pPr/w:numPr/(w:numId | w:ilvl) count:
        // not tab stops, not the old properties kept by tracked changes.
        var level = depth - props.depth;
        if (level === 1) {
          props.inNumPr = ns === W && local === "numPr";
          if (ns === W && local === "pStyle") {
            props.style = attrs[W + " val"] || null;
          } else if (props.inNumPr) {
            props.numPr = true;
          }
        } else if (level === 2 && props.inNumPr && ns === W && (local === "numId" || local === "ilvl")) {
          props[local] = attrs[W + " val"] || null;
        }
        return;
      }
      if (ns !== W) {
        return;
      }
      if (local === "p") {
        paragraphs.push([""]);
        open.push([paragraphs.length - 1, depth]);
        grow(1);
      } else if (!open.length) {
        if (local === "body") {
          self.sawBody = true;
        }
      } else if (local === "pPr" && depth === open[open.length - 1][1] + 1) {
        props = { depth: depth, style: null, numId: null, ilvl: null, numPr: false, inNumPr: false };
      } else if (local === "t") {
        inT = true;
      } else if (local === "tab") {
        add("\t");
      } else if (local === "br" || local === "cr") {
        add("\n");
      } else if (local === "noBreakHyphen") {
        add("-");
      }
    };

    self.end = function (ns, local) {
      depth -= 1;
      if (fallback) {
        fallback -= 1;
        return;
      }
      if (props) {
        if (depth + 1 === props.depth) {
          var done = props;
          props = null;
          if (numbering) {
            paragraphs[open[open.length - 1][0]][0] = numbering.label(done);
          }
        } else if (depth === props.depth) {
          props.inNumPr = false;
        }
        return;
      }
      if (ns === W && local === "t") {
        inT = false;
      } else if (ns === W && local === "p" && open.length) {
        open.pop();
      }
    };

    self.text = function (text) {
      if (inT && open.length && !fallback && !props) {
        add(text);
      }
    };

    self.lines = function () {
      return paragraphs.map(function (p) { return p.join(""); });
    };
  }

  // A small element tree for numbering.xml and styles.xml (capped, so small).
  function TreeBuilder() {
    var rootNode = { ns: "", local: "", attrs: {}, children: [] };
    var stack = [rootNode];
    this.start = function (ns, local, attrs) {
      var node = { ns: ns, local: local, attrs: attrs, children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    };
    this.end = function () {
      stack.pop();
    };
    this.text = function () {};
    this.root = function () {
      return rootNode.children[0] || null;
    };
  }

  function kids(element, localName) {
    return element ? element.children.filter(function (n) { return n.ns === W && n.local === localName; }) : [];
  }

  function kid(element, localName) {
    return kids(element, localName)[0] || null;
  }

  function attr(element, localName) {
    var value = element ? element.attrs[W + " " + localName] : undefined;
    return value === undefined ? null : value;
  }

  function val(element, localName, fallback) {
    var value = attr(kid(element, localName), "val");
    return value ? value : fallback;
  }

  // A number from an attribute: leading digits, anything else the default,
  // exactly as readers.py's _number (a malformed file must not crash either).
  function number(value, fallback) {
    var m = /^\s*\+?([0-9]{1,9})/.exec(value || "");
    return m ? parseInt(m[1], 10) : fallback;
  }

  function cnFormat(value) {
    var tens = Math.floor(value / 10);
    var ones = value % 10;
    var head = tens === 0 ? "" : (tens === 1 ? "十" : DIGITS.charAt(tens - 1) + "十");
    return head + (ones ? DIGITS.charAt(ones - 1) : "");
  }

  var CHINESE_FORMATS = ["chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
                         "ideographTraditional", "taiwaneseCounting"];

  function formatNumber(value, format) {
    if (CHINESE_FORMATS.indexOf(format) !== -1) {
      return value > 0 && value < 100 ? cnFormat(value) : String(value);
    }
    if (format === "decimalFullWidth") {
      return String(value).replace(/[0-9]/g, function (d) { return String.fromCharCode(0xFF10 + Number(d)); });
    }
    if (format === "lowerLetter") {
      return String.fromCharCode(97 + ((value - 1) % 26 + 26) % 26);
    }
    if (format === "upperLetter") {
      return String.fromCharCode(65 + ((value - 1) % 26 + 26) % 26);
    }
    return String(value);
  }

  function Numbering(numbering, styles) {
    var levels = {};
    var styleNum = {};
    var counters = {};
    if (numbering) {
      var abstract = {};
      kids(numbering, "abstractNum").forEach(function (item) {
        var table = {};
        kids(item, "lvl").forEach(function (lvl) {
          table[attr(lvl, "ilvl")] = [val(lvl, "numFmt", "decimal"), val(lvl, "lvlText", ""),
                                      number(val(lvl, "start", "1"), 1)];
        });
        abstract[attr(item, "abstractNumId")] = table;
      });
      kids(numbering, "num").forEach(function (num) {
        var ref = kid(num, "abstractNumId");
        var base = abstract[ref ? attr(ref, "val") : ""] || {};
        var table = {};
        Object.keys(base).forEach(function (k) { table[k] = base[k].slice(); });
        kids(num, "lvlOverride").forEach(function (override) {
          var start = kid(override, "startOverride");
          var key = attr(override, "ilvl");
          if (start && table[key]) {
            table[key][2] = number(attr(start, "val"), 1);
          }
        });
        Object.keys(table).forEach(function (ilvl) {
          levels[attr(num, "numId") + "/" + ilvl] = table[ilvl];
        });
      });
    }
    kids(styles, "style").forEach(function (style) {
      var numPr = kid(kid(style, "pPr"), "numPr");
      if (numPr) {
        styleNum[attr(style, "styleId")] = [val(numPr, "numId", ""), val(numPr, "ilvl", "0")];
      }
    });

    this.label = function (props) {
      var numId = null;
      var ilvl = "0";
      if (props.style !== null && Object.prototype.hasOwnProperty.call(styleNum, props.style)) {
        numId = styleNum[props.style][0];
        ilvl = styleNum[props.style][1];
      }
      if (props.numPr) {
        numId = props.numId || numId || "";
        ilvl = props.ilvl || ilvl;
      }
      if (!numId || numId === "0" || !levels[numId + "/" + ilvl]) {
        return "";
      }
      var level = /^[0-9]+$/.test(ilvl) ? parseInt(ilvl, 10) : 0;
      if (level > 8) {
        return "";
      }
      var counts = counters[numId] = counters[numId] || [0, 0, 0, 0, 0, 0, 0, 0, 0];
      for (var deeper = level + 1; deeper < 9; deeper++) {
        counts[deeper] = 0;
      }
      var spec = levels[numId + "/" + ilvl];
      counts[level] = counts[level] === 0 ? spec[2] : counts[level] + 1;
      if (spec[0] === "bullet" || spec[0] === "none") {
        return "";
      }
      return spec[1].replace(/%([1-9])/g, function (_, digit) {
        var k = Number(digit) - 1;
        var other = levels[numId + "/" + k];
        var value = counts[k] ? counts[k] : (other ? other[2] : 1);
        return formatNumber(value, other ? other[0] : "decimal");
      });
    };
  }

  // ------------------------------------------------------------------ docx

  function partOrder(name) {
    var m = /(\d+)\.xml$/.exec(name);
    return m ? parseInt(m[1], 10) : 0;
  }

  function readDocx(bytes, name) {
    if (startsWith(bytes, OLE)) {
      fail("“" + name + "”设置了打开密码（或是旧版 .doc 文件），请在 Word 中取消密码或另存为 .docx 后再检查。");
    }
    var broken = "“" + name + "”已损坏或不是 Word 文档，无法读取。";
    var notices = [];
    var entries = directory(bytes, broken);
    if (!entries["word/document.xml"]) {
      fail(broken);
    }
    // numbering.xml, styles.xml, headers, footers and notes share one small budget.
    var left = MAX_SIDE_BYTES;
    function skip() {
      if (notices.indexOf(SIDE_NOTICE) === -1) {
        notices.push(SIDE_NOTICE);
      }
    }
    // Reads a part within the budget; a part that would exceed it is skipped
    // and the budget is spent (as in readers.py).
    function side(part, handler) {
      var counter = { bytes: 0 };
      try {
        parsePart(bytes, entries[part], left, broken, handler, counter);
      } catch (err) {
        if (!(err instanceof TooBig)) {
          throw err;
        }
        skip();
        left = 0;
        return false;
      }
      left -= counter.bytes;
      return true;
    }
    function tree(part) {
      if (!entries[part]) {
        return null;
      }
      var builder = new TreeBuilder();
      return side(part, builder) ? builder.root() : null;
    }
    var numbering = new Numbering(tree("word/numbering.xml"), tree("word/styles.xml"));
    var body = new Collector(numbering, MAX_CHARS + 1, MAX_ELEMENTS);
    try {
      parsePart(bytes, entries["word/document.xml"], MAX_XML_BYTES, broken, body);
    } catch (err) {
      if (err instanceof TooBig) {
        fail("“" + name + "”解压后的正文过大（超过 16 MB 或 100 万个 XML 元素），不像是一份对照检查材料，" +
             "请只保留正文后再检查。");
      }
      throw err;
    }
    if (!body.sawBody) {
      fail(broken);
    }
    var lines = body.lines();
    if (body.stopped) {
      return { text: lines.join("\n"), notices: notices };
    }
    var room = MAX_CHARS - codePoints(lines.join("\n"));
    var extra = [];
    var kinds = [];
    var seen = {};
    EXTRA_PARTS.forEach(function (spec) {
      var pattern = new RegExp("^word/" + spec[0] + "\\d*\\.xml$");
      var parts = Object.keys(entries).filter(function (n) { return pattern.test(n); });
      parts.sort(function (x, y) { return partOrder(x) - partOrder(y) || (x < y ? -1 : x > y ? 1 : 0); });
      var found = false;
      parts.forEach(function (part) {
        var collector = new Collector(null, Math.max(room, 0));
        side(part, collector);
        collector.lines().forEach(function (line) {
          if (line.trim() && !Object.prototype.hasOwnProperty.call(seen, line) && room > 0) {
            seen[line] = true;
            extra.push(line);
            room -= codePoints(line) + 1;
            found = true;
          }
        });
      });
      if (found) {
        kinds.push(spec[1]);
      }
    });
    if (extra.length) {
      notices.push("已把" + kinds.join("、") + "中的文字附在正文后面一并检查（从第 " + (lines.length + 1) + " 段起）。");
    }
    return { text: lines.concat(extra).join("\n"), notices: notices };
  }

  function readFile(name, bytes) {
    var suffix = (/\.[^.]*$/.exec(name.toLowerCase()) || [""])[0];
    if ([".txt", ".text", ".md", ".markdown", ".docx"].indexOf(suffix) === -1) {
      fail("“" + name + "”不是 .txt、.md 或 .docx 文件，无法检查。" +
           (suffix === ".doc" ? "旧版 .doc 请在 Word 中“另存为”.docx。" : ""));
    }
    if (bytes.length > MAX_BYTES) {
      fail("“" + name + "”超过 20 MB，不像是一份对照检查材料，请只保留正文后再检查。");
    }
    var draft = suffix === ".docx" ? readDocx(bytes, name) : readText(bytes, name);
    if (!draft.text.trim()) {
      fail("“" + name + "”是空的，没有可检查的内容。");
    }
    if (draft.text.length > MAX_CHARS && codePoints(draft.text) > MAX_CHARS) {
      draft = { text: firstCodePoints(draft.text, MAX_CHARS), notices: draft.notices.concat([CUT_NOTICE]) };
    }
    return draft;
  }

  function read(name, buffer) {
    try {
      return readFile(name, new Uint8Array(buffer));
    } catch (err) {
      if (err && err.forReader) {
        throw err;
      }
      // Never show the reader a stack trace or an English message.
      var kind = err && err.name ? err.name : "Error";
      return fail("处理“" + name + "”时出现意外错误（" + kind + "），请把文件发给网站维护人员。");
    }
  }

  return { read: read, MAX_CHARS: MAX_CHARS };
});
