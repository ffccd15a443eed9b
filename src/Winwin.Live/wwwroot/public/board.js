// The big screen: newest deal in the spotlight, the previous ones in the ticker.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.board');
  var spotlight = document.getElementById('spotlight');
  var ticker = document.getElementById('deals');
  var RECENT = 6;
  // The board's rows make room for the banner only while it has something to say.
  var messages = live.messageBanner(document.getElementById('messages'), function (count) {
    root.classList.toggle('has-messages', count > 0);
  });

  function dealElement(deal, cls) {
    var el = live.fillDeal(live.fromTemplate('tpl-deal'), deal, labels);
    el.classList.add(cls);
    return el;
  }

  function trimTicker() {
    while (ticker.children.length > RECENT) {
      ticker.removeChild(ticker.lastElementChild);
    }
  }

  function show(deal) {
    var existing = document.querySelector('.deal[data-number="' + deal.number + '"]');
    if (deal.status === 'retracted') {
      if (existing) {
        var wasSpotlight = existing.parentElement === spotlight;
        (existing.closest('li') || existing).remove();
        // The next deal takes the spotlight rather than leaving it empty.
        var next = wasSpotlight ? ticker.querySelector('.deal') : null;
        if (next) {
          next.closest('li').remove();
          next.classList.remove('compact');
          next.classList.add('big');
          spotlight.appendChild(next);
        }
      }
      return;
    }
    if (existing) {
      live.fillDeal(existing, deal, labels); // corrected in place
      return;
    }
    var current = spotlight.querySelector('.deal');
    if (current) {
      current.classList.remove('big');
      current.classList.add('compact');
      var item = document.createElement('li');
      item.appendChild(current);
      ticker.insertBefore(item, ticker.firstChild);
      trimTicker();
    }
    spotlight.textContent = '';
    var el = dealElement(deal, 'big');
    el.classList.add('arrived');
    spotlight.appendChild(el);
  }

  function rebuild(snapshot) {
    spotlight.textContent = '';
    ticker.textContent = '';
    snapshot.deals.forEach(function (deal, i) {
      if (i === 0) {
        spotlight.appendChild(dealElement(deal, 'big'));
      } else if (i <= RECENT) {
        var item = document.createElement('li');
        item.appendChild(dealElement(deal, 'compact'));
        ticker.appendChild(item);
      }
    });
    messages.rebuild(snapshot.messages);
    live.setCounters(snapshot.counters);
  }

  live.connect(config, {
    onStatus: function (state) { root.dataset.connection = state; },
    onSnapshot: rebuild,
    onEntry: function (entry) {
      if (entry.type.indexOf('deal.') === 0) {
        show(entry.payload);
      } else if (entry.type.indexOf('message.') === 0) {
        messages.apply(entry);
      }
      live.setCounters(entry.counters);
    }
  });
})();
