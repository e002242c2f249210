/*
 * Reads a draft file in the browser, the twin of src/zzshh/selfcheck/readers.py:
 *
 *   SelfCheckReader.read(name, arrayBuffer) -> {text, notices}
 *   (throws an Error whose message is one sentence for the reader)
 *
 * .txt/.md: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise
 * GB18030 (GBK) with a notice. .docx: unzipped with the vendored fflate,
 * word/document.xml read paragraph by paragraph; Word's automatic numbering
 * (一、（一）…) is turned back into text. Nothing leaves the browser.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.SelfCheckReader = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var MAX_BYTES = 20 * 1024 * 1024;
  var MAX_XML_BYTES = 100 * 1024 * 1024;
  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  var CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;
  var GB_NOTICE = "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；如有乱码，请用记事本“另存为”UTF-8 后再检查。";
  var UTF16_NOTICE = "文件是 UTF-16 编码（记事本中的“Unicode”），已自动转换。";
  var DIGITS = "一二三四五六七八九";

  function fail(message) {
    throw new Error(message);
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

  function decode(bytes, encoding, name) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch (err) {
      return fail("无法识别“" + name + "”的文字编码，请用记事本“另存为”UTF-8 编码后再检查。");
    }
  }

  function readText(bytes, name) {
    if (startsWith(bytes, ZIP)) {
      fail("“" + name + "”实际上是 Word（.docx）或压缩文件，请把扩展名改为 .docx 后再检查。");
    }
    if (startsWith(bytes, OLE)) {
      fail("“" + name + "”实际上是旧版 Word（.doc）或加密文件，请在 Word 中另存为 .docx 或纯文本后再检查。");
    }
    var notices = [];
    var text;
    if (startsWith(bytes, [0xFF, 0xFE])) {
      text = decode(bytes.subarray(2), "utf-16le", name);
      notices.push(UTF16_NOTICE);
    } else if (startsWith(bytes, [0xFE, 0xFF])) {
      text = decode(bytes.subarray(2), "utf-16be", name);
      notices.push(UTF16_NOTICE);
    } else if (startsWith(bytes, [0xEF, 0xBB, 0xBF])) {
      text = decode(bytes.subarray(3), "utf-8", name);
    } else if (bytes.subarray(0, 8192).indexOf(0) !== -1) {
      fail("“" + name + "”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。");
    } else {
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch (err) {
        text = decode(bytes, "gb18030", name);
        notices.push(GB_NOTICE);
      }
    }
    var controls = (text.match(CONTROL) || []).length;
    if (controls > Math.max(2, Math.floor(text.length / 100))) {
      fail("“" + name + "”不是文本文件，无法检查；请打开 .txt、.md 或 .docx 格式的材料。");
    }
    return { text: text, notices: notices };
  }

  // ------------------------------------------------------------------ docx

  function children(element, localName) {
    var found = [];
    for (var node = element.firstElementChild; node; node = node.nextElementSibling) {
      if (node.namespaceURI === W && node.localName === localName) {
        found.push(node);
      }
    }
    return found;
  }

  function child(element, localName) {
    return children(element, localName)[0] || null;
  }

  function val(element, localName, fallback) {
    var node = element ? child(element, localName) : null;
    var value = node ? node.getAttributeNS(W, "val") : null;
    return value === null || value === "" ? fallback : value;
  }

  function isFallback(node) {
    return node.namespaceURI === MC && node.localName === "Fallback";
  }

  function paragraphs(element, out) {
    for (var node = element.firstElementChild; node; node = node.nextElementSibling) {
      if (isFallback(node)) {
        continue;
      }
      if (node.namespaceURI === W && node.localName === "p") {
        out.push(node);
      }
      paragraphs(node, out);
    }
    return out;
  }

  function paragraphText(paragraph) {
    var out = [];
    (function walk(element) {
      for (var node = element.firstElementChild; node; node = node.nextElementSibling) {
        if (isFallback(node) || (node.namespaceURI === W && node.localName === "p")) {
          continue;
        }
        var name = node.namespaceURI === W ? node.localName : "";
        if (name === "t") {
          out.push(node.textContent);
        } else if (name === "tab") {
          out.push("\t");
        } else if (name === "br" || name === "cr") {
          out.push("\n");
        } else if (name === "noBreakHyphen") {
          out.push("-");
        } else {
          walk(node);
        }
      }
    })(paragraph);
    return out.join("");
  }

  function cnFormat(number) {
    var tens = Math.floor(number / 10);
    var ones = number % 10;
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
      return String.fromCharCode(97 + (value - 1) % 26);
    }
    if (format === "upperLetter") {
      return String.fromCharCode(65 + (value - 1) % 26);
    }
    return String(value);
  }

  function Numbering(numbering, styles) {
    var levels = {};
    var styleNum = {};
    var counters = {};
    if (numbering) {
      var abstract = {};
      children(numbering, "abstractNum").forEach(function (item) {
        var table = {};
        children(item, "lvl").forEach(function (lvl) {
          table[lvl.getAttributeNS(W, "ilvl")] = [val(lvl, "numFmt", "decimal"), val(lvl, "lvlText", ""),
                                                  parseInt(val(lvl, "start", "1"), 10) || 1];
        });
        abstract[item.getAttributeNS(W, "abstractNumId")] = table;
      });
      children(numbering, "num").forEach(function (num) {
        var ref = child(num, "abstractNumId");
        var base = abstract[ref ? ref.getAttributeNS(W, "val") : ""] || {};
        var table = {};
        Object.keys(base).forEach(function (k) { table[k] = base[k].slice(); });
        children(num, "lvlOverride").forEach(function (override) {
          var start = child(override, "startOverride");
          var key = override.getAttributeNS(W, "ilvl");
          if (start && table[key]) {
            table[key][2] = parseInt(start.getAttributeNS(W, "val"), 10) || 1;
          }
        });
        Object.keys(table).forEach(function (ilvl) {
          levels[num.getAttributeNS(W, "numId") + "/" + ilvl] = table[ilvl];
        });
      });
    }
    if (styles) {
      children(styles, "style").forEach(function (style) {
        var props = child(style, "pPr");
        var numPr = props ? child(props, "numPr") : null;
        if (numPr) {
          styleNum[style.getAttributeNS(W, "styleId")] = [val(numPr, "numId", ""), val(numPr, "ilvl", "0")];
        }
      });
    }

    this.label = function (paragraph) {
      var props = child(paragraph, "pPr");
      if (!props) {
        return "";
      }
      var numId = null;
      var ilvl = "0";
      var style = child(props, "pStyle");
      if (style && styleNum[style.getAttributeNS(W, "val")]) {
        numId = styleNum[style.getAttributeNS(W, "val")][0];
        ilvl = styleNum[style.getAttributeNS(W, "val")][1];
      }
      var numPr = child(props, "numPr");
      if (numPr) {
        numId = val(numPr, "numId", numId || "");
        ilvl = val(numPr, "ilvl", ilvl);
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

  function parseXml(bytes, name) {
    var doc = new DOMParser().parseFromString(new TextDecoder("utf-8").decode(bytes), "application/xml");
    if (doc.getElementsByTagName("parsererror").length) {
      fail("“" + name + "”已损坏或不是 Word 文档，无法读取。");
    }
    return doc.documentElement;
  }

  function readDocx(bytes, name) {
    if (startsWith(bytes, OLE)) {
      fail("“" + name + "”设置了打开密码（或是旧版 .doc 文件），请在 Word 中取消密码或另存为 .docx 后再检查。");
    }
    var broken = "“" + name + "”已损坏或不是 Word 文档，无法读取。";
    var wanted = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];
    var files;
    try {
      files = root.fflate.unzipSync(bytes, {
        filter: function (file) {
          if (wanted.indexOf(file.name) === -1) {
            return false;
          }
          if (file.originalSize > MAX_XML_BYTES) {
            fail("“" + name + "”的正文超过 100 MB，无法检查。");
          }
          return true;
        }
      });
    } catch (err) {
      return fail(/100 MB/.test(err.message) ? err.message : broken);
    }
    if (!files["word/document.xml"]) {
      fail(broken);
    }
    var document = parseXml(files["word/document.xml"], name);
    var body = child(document, "body");
    if (!body) {
      fail(broken);
    }
    var numbering = new Numbering(
      files["word/numbering.xml"] ? parseXml(files["word/numbering.xml"], name) : null,
      files["word/styles.xml"] ? parseXml(files["word/styles.xml"], name) : null);
    var lines = paragraphs(body, []).map(function (p) { return numbering.label(p) + paragraphText(p); });
    return { text: lines.join("\n"), notices: [] };
  }

  function read(name, buffer) {
    var bytes = new Uint8Array(buffer);
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
    return draft;
  }

  // `root` is the global object; the docx reader needs root.fflate.
  var root = typeof self !== "undefined" ? self : this;

  return { read: read };
});
