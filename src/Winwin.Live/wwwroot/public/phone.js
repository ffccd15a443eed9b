// The attendee's phone: the live feed of deals and the open offers and requests.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.phone');
  var feed = document.getElementById('deals');
  var empty = document.querySelector('#feed .empty');

  function dealItem(deal) {
    var item = document.createElement('li');
    item.appendChild(live.fillDeal(live.fromTemplate('tpl-deal'), deal, labels));
    return item;
  }

  function removeListings(ids) {
    ids.forEach(function (id) {
      var el = document.querySelector('.listing[data-id="' + id + '"]');
      if (el) {
        el.remove();
      }
    });
  }

  function show(deal) {
    var existing = feed.querySelector('.deal[data-number="' + deal.number + '"]');
    if (deal.status === 'retracted') {
      if (existing) {
        existing.closest('li').remove();
      }
    } else if (existing) {
      live.fillDeal(existing, deal, labels);
    } else {
      var item = dealItem(deal);
      item.firstElementChild.classList.add('arrived');
      feed.insertBefore(item, feed.firstChild);
      removeListings(deal.fulfils);
    }
    empty.hidden = feed.children.length > 0;
  }

  function rebuild(snapshot) {
    feed.textContent = '';
    snapshot.deals.forEach(function (deal) { feed.appendChild(dealItem(deal)); });
    empty.hidden = snapshot.deals.length > 0;
    var offers = document.getElementById('offer-list');
    var requests = document.getElementById('request-list');
    offers.textContent = '';
    requests.textContent = '';
    snapshot.listings.forEach(function (listing) {
      var el = live.fillListing(live.fromTemplate('tpl-listing'), listing, labels);
      (listing.kind === 'request' ? requests : offers).appendChild(el);
    });
    live.setCounters(snapshot.counters);
  }

  live.connect(config, {
    onStatus: function (state) { root.dataset.connection = state; },
    onSnapshot: rebuild,
    onEntry: function (entry) {
      if (entry.type.indexOf('deal.') === 0) {
        show(entry.payload);
      }
      live.setCounters(entry.counters);
    }
  });
})();
