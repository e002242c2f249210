/* Landing from a search result (`?h=` words, `#section`): when the words sit
 * in a content tab that is not open, open it, so the reader sees the text the
 * result showed and Material can mark it (it marks visible text only). Runs
 * after tab-links.js, which opens the tab the address itself points into and
 * lends its helpers (window.zzTabs). */
(function () {
  "use strict";

  function holds(block, words) {
    var text = block.textContent;
    return words.some(function (word) { return text.indexOf(word) >= 0; });
  }

  function openTabOfWords() {
    var words = (new URL(window.location.href).searchParams.get("h") || "").split(" ").filter(Boolean);
    var article = document.querySelector("article.md-content__inner");
    if (!words.length || !article) {
      return;
    }
    var start = window.zzTabs.hashTarget();
    var blocks = article.querySelectorAll(".tabbed-set > .tabbed-content > .tabbed-block");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      var before = start && (start.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_PRECEDING);
      if (before || !holds(block, words)) {
        continue;
      }
      var inputs = block.closest(".tabbed-set").querySelectorAll(":scope > input[type=radio]");
      var open = Array.prototype.filter.call(inputs, function (input) { return input.checked; })[0];
      var openBlock = open && block.parentElement.children[Array.prototype.indexOf.call(inputs, open)];
      if (openBlock && holds(openBlock, words)) {
        return;  // the open tab shows the words already
      }
      var input = window.zzTabs.inputFor(block);
      if (input) {
        window.zzTabs.open(input);
      }
      return;
    }
  }

  window.addEventListener("load", function () {
    setTimeout(openTabOfWords, 0);
  });
})();
