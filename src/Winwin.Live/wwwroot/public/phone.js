// The attendee's phone, home page: the live feed of deals, the counters, the phase and the messages. The offers,
// requests and participants are pages of their own (finder.js), so that this page stays light on a big bourse.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.phone');
  var feed = document.getElementById('deals');
  var empty = document.querySelector('#feed .empty');
  var messages = live.messageBanner(document.getElementById('messages'));
  // As many deals as the server rendered (the snapshot's recent ones); older ones leave the bottom of the feed.
  var FEED_MAX = Math.max(feed.children.length, 50);

  function dealItem(deal) {
    var item = document.createElement('li');
    item.appendChild(live.fillDeal(live.fromTemplate('tpl-deal'), deal, labels));
    return item;
  }

  function showDeal(deal) {
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
      while (feed.children.length > FEED_MAX) {
        feed.removeChild(feed.lastElementChild);
      }
    }
    empty.hidden = feed.children.length > 0;
  }

  // The phase and the countdown, on the server's clock.
  var state = { phase: config.phase, startsAt: Date.parse(config.startsAt), endsAt: Date.parse(config.endsAt), offset: Date.parse(config.now) - Date.now() };
  function tick() {
    document.getElementById('countdown').textContent = live.countdownText(labels, state.phase, state.startsAt, state.endsAt, Date.now() + state.offset);
    document.getElementById('phase').textContent = labels.phases[state.phase] || state.phase;
  }
  setInterval(tick, 1000);

  // A snapshot for a phone carries the feed, the counters and the messages (not the listings: those are paged).
  function rebuild(snapshot) {
    state = { phase: snapshot.event.phase, startsAt: Date.parse(snapshot.event.startsAt), endsAt: Date.parse(snapshot.event.endsAt), offset: Date.parse(snapshot.now) - Date.now() };
    tick();
    feed.textContent = '';
    snapshot.deals.forEach(function (deal) { feed.appendChild(dealItem(deal)); });
    empty.hidden = snapshot.deals.length > 0;
    messages.rebuild(snapshot.messages);
    live.setCounters(snapshot.counters);
  }

  live.connect(config, {
    onStatus: function (status) { root.dataset.connection = status; },
    onSnapshot: rebuild,
    onEntry: function (entry) {
      if (entry.type.indexOf('deal.') === 0) {
        showDeal(entry.payload);
      } else if (entry.type.indexOf('message.') === 0) {
        messages.apply(entry);
      } else if (entry.type === 'organization.upserted') {
        // A renamed organisation is renamed in the deals that name it.
        feed.querySelectorAll('.party[data-org="' + entry.payload.id + '"] [data-f="name"]').forEach(function (name) {
          name.textContent = entry.payload.name;
        });
      }
      live.setCounters(entry.counters);
    }
  });
})();
