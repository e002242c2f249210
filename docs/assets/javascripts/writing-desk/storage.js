/*
 * The writing desk's copy in this browser (localStorage), kept only while
 * the reader has ticked 保存在本机: office PCs are shared. Every call
 * tolerates a browser that refuses storage (private mode, policies).
 *
 *   WritingDeskStorage.load() -> saved state or null
 *   WritingDeskStorage.save(state) -> true when stored
 *   WritingDeskStorage.clear()
 */
(function (root) {
  "use strict";

  var KEY = "zzshh-writing-desk";

  function store() {
    try {
      return root.localStorage || null;
    } catch (err) {
      return null;
    }
  }

  function load() {
    var place = store();
    try {
      var text = place && place.getItem(KEY);
      return text ? JSON.parse(text) : null;
    } catch (err) {
      return null;
    }
  }

  function save(state) {
    var place = store();
    try {
      place.setItem(KEY, JSON.stringify(state));
      return true;
    } catch (err) {
      return false;
    }
  }

  function clear() {
    var place = store();
    try {
      if (place) {
        place.removeItem(KEY);
      }
    } catch (err) {
      // nothing stored, nothing to remove
    }
  }

  root.WritingDeskStorage = { load: load, save: save, clear: clear };
})(typeof self !== "undefined" ? self : this);
