/* Copy buttons of template blocks and of single example statements
 * (overrides/hooks/data_blocks.py). The exact text to copy is in the block's
 * data-copy-text, written at build time from data/, so nothing is rebuilt
 * from the page here.
 * One listener on document: works for blocks in tabs, collapsed blocks and
 * anything shown later. */
(function () {
  "use strict";

  var FEEDBACK_MS = 2000;
  var COPIED = "已复制";
  var COPIED_STATUS = "已复制到剪贴板，可以粘贴到 Word 或 WPS 文档中。";
  var FAILED_STATUS = "没能自动复制。已为你选中模板文字，请按 Ctrl+C 复制；手机上请长按选中的文字，再点“复制”。";

  /* execCommand('copy') on a hidden textarea: works where the Clipboard API
   * is missing, e.g. a plain-http intranet address. */
  function copyWithTextarea(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    /* Off screen but selectable; 16px stops iPhones zooming in. */
    area.style.cssText = "position:fixed;top:0;left:-9999px;opacity:0;font-size:16px";
    document.body.appendChild(area);
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length);
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    if (window.isSecureContext && navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyWithTextarea(text); }
      );
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /* Template block or statement: the same parts under two class prefixes. */
  var KINDS = [
    { copy: ".zz-template__copy", block: ".zz-template", text: ".zz-template__text", status: ".zz-template__status" },
    { copy: ".zz-statement__copy", block: ".zz-statement", text: ".zz-statement__text", status: ".zz-statement__status" }
  ];

  function showResult(kind, block, button, copied) {
    var status = block.querySelector(kind.status);
    if (!button.hasAttribute("data-label")) {
      button.setAttribute("data-label", button.textContent);
    }
    button.focus();
    if (!copied) {
      selectText(block.querySelector(kind.text));
      status.textContent = FAILED_STATUS;
      status.classList.add("zz-copy-failed");
      return;
    }
    status.classList.remove("zz-copy-failed");
    status.textContent = COPIED_STATUS;
    button.textContent = COPIED;
    clearTimeout(button.zzFeedbackTimer);
    button.zzFeedbackTimer = setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
      status.textContent = "";
    }, FEEDBACK_MS);
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest) {
      return;
    }
    KINDS.forEach(function (kind) {
      var button = event.target.closest(kind.copy);
      if (!button) {
        return;
      }
      var block = button.closest(kind.block);
      copyText(block.getAttribute("data-copy-text")).then(function (copied) {
        showResult(kind, block, button, copied);
      });
    });
  });
})();
