// The attendee's phone: the live feed of deals, the open offers and requests, the participants, and a finder.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.phone');
  var feed = document.getElementById('deals');
  var empty = document.querySelector('#feed .empty');
  var offers = document.getElementById('offer-list');
  var requests = document.getElementById('request-list');
  var participants = document.getElementById('org-list');
  var find = document.getElementById('find');
  var findCategory = document.getElementById('find-category');
  var noMatch = document.querySelector('.no-match');
  var messages = live.messageBanner(document.getElementById('messages'));

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
      removeListings(deal.fulfils);
    }
    empty.hidden = feed.children.length > 0;
  }

  // Only open offers and requests are listed; a listing that is matched or withdrawn leaves the list.
  function showListing(listing) {
    var existing = document.querySelector('.listing[data-id="' + listing.id + '"]');
    var list = listing.kind === 'request' ? requests : offers;
    if (listing.status !== 'open') {
      if (existing) {
        existing.remove();
      }
      return;
    }
    var el = live.fillListing(existing || live.fromTemplate('tpl-listing'), listing, labels);
    if (el.parentElement !== list) {
      list.appendChild(el);
    }
    filter();
  }

  function showOrganization(organization) {
    var existing = document.getElementById('org-' + organization.id);
    var el = live.fillOrganization(existing || live.fromTemplate('tpl-org'), organization, labels);
    if (!existing) {
      participants.appendChild(el);
    }
    document.querySelectorAll('.listing[data-org="' + organization.id + '"] [data-f="org"]').forEach(function (name) {
      name.textContent = organization.name;
    });
    filter();
  }

  // The phase and the countdown, on the server's clock.
  var state = { phase: config.phase, startsAt: Date.parse(config.startsAt), endsAt: Date.parse(config.endsAt), offset: Date.parse(config.now) - Date.now() };
  function tick() {
    document.getElementById('countdown').textContent = live.countdownText(labels, state.phase, state.startsAt, state.endsAt, Date.now() + state.offset);
    document.getElementById('phase').textContent = labels.phases[state.phase] || state.phase;
  }
  setInterval(tick, 1000);

  function rebuild(snapshot) {
    state = { phase: snapshot.event.phase, startsAt: Date.parse(snapshot.event.startsAt), endsAt: Date.parse(snapshot.event.endsAt), offset: Date.parse(snapshot.now) - Date.now() };
    tick();
    feed.textContent = '';
    snapshot.deals.forEach(function (deal) { feed.appendChild(dealItem(deal)); });
    empty.hidden = snapshot.deals.length > 0;
    offers.textContent = '';
    requests.textContent = '';
    snapshot.listings.forEach(function (listing) {
      var el = live.fillListing(live.fromTemplate('tpl-listing'), listing, labels);
      (listing.kind === 'request' ? requests : offers).appendChild(el);
    });
    participants.textContent = '';
    snapshot.organizations.forEach(function (organization) {
      participants.appendChild(live.fillOrganization(live.fromTemplate('tpl-org'), organization, labels));
    });
    var chosen = findCategory.value;
    findCategory.length = 1;
    snapshot.event.categories.forEach(function (category) {
      var option = document.createElement('option');
      option.value = category.key;
      option.textContent = category.name || labels.categories[category.key] || category.key;
      findCategory.appendChild(option);
    });
    findCategory.value = chosen;
    messages.rebuild(snapshot.messages);
    live.setCounters(snapshot.counters);
    filter();
  }

  // The finder: every word typed must appear (accents and case ignored); the category narrows offers and requests.
  function filter() {
    var words = live.fold(find.value).split(/\s+/).filter(Boolean);
    var category = findCategory.value;
    var shown = 0;
    var active = words.length > 0 || category !== '';
    document.querySelectorAll('.listing, .org').forEach(function (el) {
      var text = live.fold(el.textContent);
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; })
        && (category === '' || !el.classList.contains('listing') || el.dataset.category === category)
        && (category === '' || el.classList.contains('listing'));
      el.hidden = !ok;
      shown += ok ? 1 : 0;
    });
    root.classList.toggle('finding', active);
    // While finding, a section with nothing left to show steps aside.
    [offers, requests, participants].forEach(function (list) {
      var any = Array.prototype.some.call(list.children, function (el) { return !el.hidden; });
      list.closest('.panel').hidden = active && !any;
    });
    noMatch.hidden = !active || shown > 0;
  }

  find.form.addEventListener('submit', function (e) { e.preventDefault(); filter(); });
  find.addEventListener('input', filter);
  findCategory.addEventListener('change', filter);

  filter();
  live.connect(config, {
    onStatus: function (state) { root.dataset.connection = state; },
    onSnapshot: rebuild,
    onEntry: function (entry) {
      if (entry.type.indexOf('deal.') === 0) {
        showDeal(entry.payload);
      } else if (entry.type === 'listing.upserted') {
        showListing(entry.payload);
      } else if (entry.type === 'organization.upserted') {
        showOrganization(entry.payload);
      } else if (entry.type.indexOf('message.') === 0) {
        messages.apply(entry);
      }
      live.setCounters(entry.counters);
    }
  });
})();
