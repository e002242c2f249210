/* Landing from a search result (`?h=` words, `#section`): when the words sit
 * in a content tab that is not open, open it, so the reader sees the text the
 * result showed and Material can mark it (it marks visible text only). Runs
 * after tab-links.js, which opens the tab the address itself points into. */
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
    var id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      return;  // a malformed address: leave the page as it is
    }
    var start = id && document.getElementById(id);
    var blocks = article.querySelectorAll(".tabbed-set > .tabbed-content > .tabbed-block");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      var before = start && (start.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_PRECEDING);
      if (before || !holds(block, words)) {
        continue;
      }
      var set = block.closest(".tabbed-set");
      var inputs = set.querySelectorAll(":scope > input[type=radio]");
      var siblings = Array.prototype.slice.call(block.parentElement.children);
      var open = siblings.filter(function (other, n) { return inputs[n] && inputs[n].checked; })[0];
      if (open && holds(open, words)) {
        return;  // the open tab shows the words already
      }
      var input = inputs[siblings.indexOf(block)];
      var label = input && set.querySelector('label[for="' + input.id + '"]');
      if (label) {
        label.click();
      }
      return;
    }
  }

  window.addEventListener("load", function () {
    setTimeout(openTabOfWords, 0);
  });
})();
