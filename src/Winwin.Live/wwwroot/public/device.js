// A random id that this browser keeps (shared by the phone pages): the board counts a phone once however many tabs or
// reconnections it has, and a phone has one open call at a time. It says nothing about the person and the server keeps
// it only while it is needed. Without storage (private browsing), one id per page.
(function () {
  'use strict';
  var KEY = 'winwin.device';
  var device = null;
  function id() {
    if (device) {
      return device;
    }
    try {
      var kept = window.localStorage.getItem(KEY);
      if (kept && /^[0-9a-f]{32}$/.test(kept)) {
        return (device = kept);
      }
    } catch (e) {
      // storage refused: keep the id for this page only
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    device = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
    try {
      window.localStorage.setItem(KEY, device);
    } catch (e) {
      // as above
    }
    return device;
  }
  window.WinwinDevice = { id: id };
})();
