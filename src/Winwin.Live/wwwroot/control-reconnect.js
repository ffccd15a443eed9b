// The control panel's connection state, in the banner of App.razor (Blazor toggles its classes and tells its state).
(function () {
  'use strict';
  var banner = document.getElementById('components-reconnect-modal');
  if (!banner) {
    return;
  }

  function retryWhenVisible() {
    if (document.visibilityState === 'visible' && window.Blazor) {
      window.Blazor.reconnect().then(function (reconnected) {
        if (!reconnected) {
          location.reload();
        }
      }, function () { });
    }
  }

  banner.addEventListener('components-reconnect-state-changed', function (event) {
    var state = event.detail && event.detail.state;
    if (state === 'rejected') {
      // The server is back but no longer knows this page (restarted, or away too long): a fresh page.
      location.reload();
    } else if (state === 'failed') {
      document.addEventListener('visibilitychange', retryWhenVisible);
    } else if (state === 'hide') {
      document.removeEventListener('visibilitychange', retryWhenVisible);
    }
  });
  banner.querySelector('[data-reload]').addEventListener('click', function (event) {
    event.preventDefault();
    location.reload();
  });
})();
