// Keeps the deal desk openable without a network: a reload during a Wi-Fi cut, or a tab reopened while the server
// restarts, shows the desk from the last copy of the page and of its scripts; the desk then works from what the
// browser kept. Only the desk and its files are handled here; every other request goes to the network as usual.
'use strict';

var PAGES = 'winwin-desk-pages-v1';
var FILES = 'winwin-desk-files-v1';
var DESK_PAGE = /^\/control\/[^/]+\/desk$/;
var DESK_FILES = /^\/(desk\/|public\/live\.|lib\/signalr\/|favicon)/;
// On venue Wi-Fi a request can hang instead of failing: past this, the copy is shown (and the network's answer,
// if it comes, is kept for next time).
var NETWORK_WAIT_MS = 4000;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && DESK_PAGE.test(url.pathname)) {
    event.respondWith(fromNetworkElseCopy(request, PAGES, url.origin + url.pathname));
  } else if (DESK_FILES.test(url.pathname)) {
    event.respondWith(fromNetworkElseCopy(request, FILES, request.url));
  }
});

function fromNetworkElseCopy(request, cacheName, key) {
  return caches.open(cacheName).then(function (cache) {
    var network = fetch(request).then(function (response) {
      // A sign-in redirect or an error page is not the desk: it is shown, never kept.
      if (response.ok && response.type === 'basic' && !response.redirected) {
        cache.put(key, response.clone());
      }
      return response;
    });
    var waited = new Promise(function (resolve) {
      setTimeout(resolve, NETWORK_WAIT_MS);
    }).then(function () {
      return cache.match(key, { ignoreVary: true }).then(function (copy) {
        return copy || network;
      });
    });
    return Promise.race([network, waited]).catch(function () {
      return cache.match(key, { ignoreVary: true }).then(function (copy) {
        if (copy) {
          return copy;
        }
        return network;
      });
    });
  });
}
