/* Addresses into tabs: `…/party-oath/#教师` opens the 教师 tab, and
 * `…/party-oath/#party-oath-teacher-2` opens the tab holding that statement
 * and marks it. Without this the browser jumps to the tab set but shows the
 * first tab's text. Clicking the label (not setting .checked) lets Material's
 * linked tabs follow, as if the reader had chosen the tab. Its helpers are
 * shared as window.zzTabs (search-landing.js opens tabs with them too). */
(function () {
  "use strict";

  function tabInputFor(target) {
    if (target.matches("input[type=radio]") && target.closest(".tabbed-set")) {
      return target;
    }
    var block = target.closest(".tabbed-block");
    if (!block) {
      return null;
    }
    var set = block.closest(".tabbed-set");
    var blocks = Array.prototype.slice.call(block.parentElement.children);
    var inputs = set.querySelectorAll(":scope > input[type=radio]");
    return inputs[blocks.indexOf(block)] || null;
  }

  /* The element the address's #fragment names, or null. */
  function hashTarget() {
    var id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      return null;  // a malformed address: leave the page as it is
    }
    return (id && document.getElementById(id)) || null;
  }

  function openTab(input) {
    if (input.checked) {
      return;
    }
    var label = input.closest(".tabbed-set").querySelector('label[for="' + input.id + '"]');
    if (label) {
      label.click();
      /* A long row of labels scrolls sideways: bring the chosen one into view. */
      label.scrollIntoView({ block: "nearest", inline: "nearest" });
    } else {
      input.checked = true;
    }
  }

  function openTarget() {
    var target = hashTarget();
    if (!target) {
      return;
    }
    /* Tabs inside tabs: open the outer ones first. */
    var chain = [];
    var node = target;
    while (node) {
      var input = tabInputFor(node);
      if (!input) {
        break;
      }
      chain.unshift(input);
      node = input.closest(".tabbed-set").parentElement;
    }
    chain.forEach(openTab);
    var shown = target.matches("input") ? target.closest(".tabbed-set") : target;
    document.querySelectorAll(".zz-statement--marked").forEach(function (old) {
      old.classList.remove("zz-statement--marked");
    });
    if (target.classList.contains("zz-statement")) {
      target.classList.add("zz-statement--marked");
    }
    shown.scrollIntoView({ block: "start" });
  }

  window.zzTabs = { hashTarget: hashTarget, inputFor: tabInputFor, open: openTab };

  /* After Material has restored the tabs it remembers, so the address wins. */
  window.addEventListener("load", function () {
    setTimeout(openTarget, 0);
  });
  window.addEventListener("hashchange", openTarget);
})();
