// The big screen: newest deal in the spotlight (a burst queues up, each shown long enough to be read), the previous
// ones in the ticker, the open requests in rotation, the phase and its countdown, and the final reveal.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.board');
  var spotlight = document.getElementById('spotlight');
  var ticker = document.getElementById('deals');
  var looking = document.getElementById('looking');
  var RECENT = 4;
  var SPOTLIGHT_MS = 7000;
  var LOOKING_SHOWN = 2;
  var LOOKING_MS = 9000;
  // Between deals, the QR code takes the screen for a moment at regular intervals, for the back of the room: every two
  // minutes, or as the board's address says (/e/{slug}/board?qrEvery=60, in seconds, 10 at least).
  var QR_EVERY_MS = Math.max(10, Number(new URLSearchParams(location.search).get('qrEvery')) || 120) * 1000;
  var QR_MS = 12000;
  // An offer or request added on the floor is shown for a moment, if it is still fresh by then.
  var NEWS_MS = 9000;
  var NEWS_MAX_AGE_MS = 180000;
  var NEWS_QUEUE = 10;

  // The board's rows make room for the banner only while it has something to say.
  var messages = live.messageBanner(document.getElementById('messages'), function (count) {
    root.classList.toggle('has-messages', count > 0);
    fit();
  });

  // --- Time: the server's clock, so that a badly set projector laptop still counts down right.
  var clockOffset = new Date(config.now).getTime() - Date.now();
  var phase = config.phase;
  var startsAt = new Date(config.startsAt).getTime();
  var endsAt = new Date(config.endsAt).getTime();

  function tick() {
    document.getElementById('countdown').textContent = live.countdownText(labels, phase, startsAt, endsAt, Date.now() + clockOffset);
  }

  function serverNow() {
    return Date.now() + clockOffset;
  }

  function setPhase(next) {
    phase = next;
    root.className = root.className.replace(/\bphase-[a-z-]+/g, '').trim() + ' phase-' + next.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
    var pill = document.getElementById('phase');
    pill.textContent = labels.phases[next] || next;
    // A phase change starts the alternation again from the first language.
    if (pill.hasAttribute('data-alt') && labels.phasesAlt) {
      pill.setAttribute('data-alt', labels.phasesAlt[next] || '');
    }
    tick();
    fit();
  }

  // --- Sound: browsers only play after a click on the page; one click on the bell arms it for the evening.
  var audio = null;
  var sound = document.getElementById('sound');
  sound.addEventListener('click', function () {
    var on = sound.getAttribute('aria-pressed') !== 'true';
    sound.setAttribute('aria-pressed', on ? 'true' : 'false');
    if (on && !audio && (window.AudioContext || window.webkitAudioContext)) {
      audio = new (window.AudioContext || window.webkitAudioContext)();
    }
    if (on) {
      bell();
    }
  });

  // A gong made of a few decaying partials: no sound file to download.
  function bell() {
    if (!audio || sound.getAttribute('aria-pressed') !== 'true') {
      return;
    }
    var now = audio.currentTime;
    [[196, 0.5, 4.5], [392, 0.25, 3], [588, 0.12, 2], [784, 0.08, 1.5]].forEach(function (p) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = p[0];
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(p[1], now + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + p[2]);
      osc.connect(gain).connect(audio.destination);
      osc.start(now);
      osc.stop(now + p[2]);
    });
  }

  // --- Deals.
  var queue = [];
  var shownAt = 0;
  var timer = null;

  function dealElement(deal, cls) {
    var el = live.fillDeal(live.fromTemplate('tpl-deal'), deal, labels);
    el.classList.add(cls);
    return el;
  }

  function trimTicker() {
    while (ticker.children.length > RECENT) {
      ticker.removeChild(ticker.lastElementChild);
    }
    fit();
  }

  function toTicker(el) {
    el.classList.remove('big', 'arrived');
    el.classList.add('compact');
    var item = document.createElement('li');
    item.appendChild(el);
    ticker.insertBefore(item, ticker.firstChild);
    trimTicker();
  }

  function spotlightNow(deal) {
    var current = spotlight.querySelector('.deal');
    if (current) {
      toTicker(current);
    }
    spotlight.textContent = '';
    var el = dealElement(deal, 'big');
    el.classList.add('arrived');
    spotlight.appendChild(el);
    shownAt = Date.now();
    endQrMoment();
    fit();
    bell();
  }

  // Each new deal keeps the spotlight for a while; the ones that arrive meanwhile wait their turn, in order.
  function pump() {
    timer = null;
    if (queue.length === 0) {
      return;
    }
    var wait = shownAt + SPOTLIGHT_MS - Date.now();
    if (wait > 0) {
      timer = setTimeout(pump, wait);
      return;
    }
    spotlightNow(queue.shift());
    if (queue.length > 0) {
      timer = setTimeout(pump, SPOTLIGHT_MS);
    }
  }

  function queued(number) {
    for (var i = 0; i < queue.length; i++) {
      if (queue[i].number === number) {
        return i;
      }
    }
    return -1;
  }

  function show(deal, replay) {
    var existing = document.querySelector('.deal[data-number="' + deal.number + '"]');
    var waiting = queued(deal.number);
    if (deal.status === 'retracted') {
      if (waiting >= 0) {
        queue.splice(waiting, 1);
      }
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
        fit();
      }
      return;
    }
    if (waiting >= 0) {
      queue[waiting] = deal; // corrected before its turn
      return;
    }
    if (existing) {
      live.fillDeal(existing, deal, labels); // corrected in place
      fit();
      return;
    }
    if (replay) {
      // Caught up after a cut: the room has not waited for these, the newest simply takes the spotlight.
      var current = spotlight.querySelector('.deal');
      if (current) {
        toTicker(current);
      }
      spotlight.textContent = '';
      spotlight.appendChild(dealElement(deal, 'big'));
      endQrMoment();
      fit();
      return;
    }
    queue.push(deal);
    if (!timer) {
      pump();
    }
  }

  // --- Still looking for: the open requests, a few at a time.
  var requests = [];
  var lookingAt = 0;

  function rotateLooking() {
    looking.textContent = '';
    if (requests.length === 0) {
      fit();
      return;
    }
    for (var i = 0; i < Math.min(LOOKING_SHOWN, requests.length); i++) {
      var listing = requests[(lookingAt + i) % requests.length];
      looking.appendChild(live.fillListing(live.fromTemplate('tpl-listing'), listing, labels));
    }
    lookingAt = (lookingAt + LOOKING_SHOWN) % Math.max(requests.length, 1);
    fit();
  }

  function loadRequests() {
    fetch('/api/events/' + encodeURIComponent(config.slug) + '/snapshot', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (snapshot) {
        if (snapshot) {
          setRequests(snapshot.listings);
        }
      })
      .catch(function () { /* the next snapshot or update will bring them */ });
  }

  // Every listing the board knows of, so that only one added on the floor is announced as new.
  var known = {};

  function setRequests(listings) {
    listings.forEach(function (l) { known[l.id] = true; });
    requests = listings.filter(function (l) { return l.kind === 'request' && l.status === 'open'; });
  }

  function updateRequest(listing, replay) {
    var isNew = !known[listing.id];
    known[listing.id] = true;
    requests = requests.filter(function (l) { return l.id !== listing.id; });
    if (listing.kind === 'request' && listing.status === 'open') {
      requests.push(listing);
    }
    if (isNew && !replay && listing.status === 'open' && (phase === 'open' || phase === 'lastCall')
      && serverNow() - Date.parse(listing.createdAt) < NEWS_MAX_AGE_MS) {
      news.push({ listing: listing, at: Date.now() });
      if (news.length > NEWS_QUEUE) {
        news.shift();
      }
    }
  }

  // --- Between deals: what is new on the floor, and the QR code for the back of the room. Neither is shown while a
  // deal has its moment (the first seconds in the spotlight, or deals waiting their turn); a deal ends a QR moment.
  var news = [];
  var newsSection = document.querySelector('.news');
  var newsList = document.getElementById('news');
  var lookingSection = document.querySelector('.looking');
  var newsUntil = 0;
  var qrUntil = 0;
  var nextQrAt = Date.now() + QR_EVERY_MS;

  function dealHasTheRoom() {
    return queue.length > 0 || Date.now() - shownAt < SPOTLIGHT_MS;
  }

  function showNews(item) {
    var listing = item.listing;
    var heading = newsSection.querySelector('h2');
    var table = listing.table ? ' · ' + labels.table + ' ' + listing.table : '';
    heading.textContent = (listing.kind === 'request' ? heading.dataset.newRequest : heading.dataset.newOffer) + table;
    newsList.textContent = '';
    newsList.appendChild(live.fillListing(live.fromTemplate('tpl-listing'), listing, labels));
    newsSection.hidden = false;
    lookingSection.hidden = true;
    newsUntil = Date.now() + NEWS_MS;
    fit();
  }

  function endNews() {
    newsUntil = 0;
    newsSection.hidden = true;
    lookingSection.hidden = false;
    fit();
  }

  function startQrMoment() {
    var main = document.querySelector('.board-main');
    root.style.setProperty('--moment-top', main.offsetTop + 'px');
    root.classList.add('showing-qr');
    qrUntil = Date.now() + QR_MS;
  }

  function endQrMoment() {
    if (qrUntil) {
      qrUntil = 0;
      root.classList.remove('showing-qr');
      nextQrAt = Date.now() + QR_EVERY_MS;
    }
  }

  function interlude() {
    var now = Date.now();
    if (newsUntil && now >= newsUntil) {
      endNews();
    }
    if (qrUntil && now >= qrUntil) {
      endQrMoment();
    }
    var during = phase === 'open' || phase === 'lastCall';
    if (!during || dealHasTheRoom()) {
      endQrMoment();
      return;
    }
    while (news.length > 0 && now - news[0].at > NEWS_MAX_AGE_MS) {
      news.shift();
    }
    if (!newsUntil && !qrUntil && news.length > 0) {
      showNews(news.shift());
    } else if (!newsUntil && !qrUntil && now >= nextQrAt) {
      startQrMoment();
    }
  }

  // --- Fitting: whatever it is given, the board shows whole texts, or texts visibly shortened, never cut by a box.
  // Each step: [scale, lines of a name, lines of what a party gives]; the text never goes below 1rem.
  var SPOTLIGHT_STEPS = [[1, 3, 6], [1, 2, 4], [1, 2, 3], [0.9, 2, 3], [0.9, 2, 2], [0.8, 2, 2], [0.8, 1, 2], [0.7, 1, 2], [0.7, 1, 1], [0.6, 1, 1]];

  function fitSpotlight() {
    var deal = spotlight.querySelector('.deal.big');
    if (!deal) {
      return;
    }
    var box = spotlight.parentElement;
    // Offsets are layout, untouched by the arrival animation's transform.
    function fits() {
      return deal.offsetTop + deal.offsetHeight <= box.offsetTop + box.clientHeight + 0.5;
    }
    function apply(step) {
      deal.style.setProperty('--fit', step[0]);
      deal.style.setProperty('--name-lines', step[1]);
      deal.style.setProperty('--gives-lines', step[2]);
    }
    deal.classList.remove('dense');
    for (var i = 0; i < SPOTLIGHT_STEPS.length; i++) {
      apply(SPOTLIGHT_STEPS[i]);
      if (fits()) {
        return;
      }
    }
    // Many parties: one line each, name then what it gives.
    deal.classList.add('dense');
    apply([0.8, 1, 1]);
    if (!fits()) {
      apply([0.6, 1, 1]);
    }
  }

  // The side column shows whole items only: the older recent deals step aside first, then the second open request.
  function fitSide() {
    var side = document.querySelector('.side');
    var recent = Array.prototype.slice.call(ticker.children);
    var lookingItems = Array.prototype.slice.call(looking.children);
    recent.concat(lookingItems).forEach(function (el) { el.hidden = false; });
    document.querySelector('.recent').hidden = false;
    function overflows() {
      return side.scrollHeight > side.clientHeight + 1;
    }
    var order = recent.slice(1).reverse().concat(lookingItems.slice(1).reverse(), recent.slice(0, 1), lookingItems.slice(0, 1));
    for (var i = 0; i < order.length && overflows(); i++) {
      order[i].hidden = true;
    }
    if (overflows()) {
      document.querySelector('.recent').hidden = true;
    }
  }

  var fitting = false;
  function fit() {
    if (fitting) {
      return;
    }
    fitting = true;
    requestAnimationFrame(function () {
      fitting = false;
      if (root.classList.contains('phase-before-opening') || root.classList.contains('phase-closed')) {
        return;
      }
      fitSpotlight();
      fitSide();
    });
  }
  window.addEventListener('resize', fit);

  // --- The finale: on the coordinator's cue, the totals count up from zero.
  function reveal(counters) {
    setPhase('closed');
    root.classList.add('revealing');
    var start = null;
    var keys = Object.keys(counters);
    function frame(t) {
      start = start || t;
      var p = Math.min(1, (t - start) / 4000);
      var eased = 1 - Math.pow(1 - p, 3);
      keys.forEach(function (key) {
        var el = document.querySelector('[data-counter="' + key + '"] .value');
        if (el) {
          el.textContent = live.counterText(key, Math.round(counters[key] * eased));
        }
      });
      if (p < 1) {
        requestAnimationFrame(frame);
      }
    }
    requestAnimationFrame(frame);
  }

  function rebuild(snapshot) {
    queue = [];
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
    setRequests(snapshot.listings);
    startsAt = new Date(snapshot.event.startsAt).getTime();
    endsAt = new Date(snapshot.event.endsAt).getTime();
    clockOffset = new Date(snapshot.now).getTime() - Date.now();
    setPhase(snapshot.event.phase);
    live.setCounters(snapshot.counters);
    rotateLooking();
  }

  // --- Screen Wake Lock: a projector laptop must not fall asleep; the lock is lost whenever the page is hidden.
  function keepAwake() {
    if (navigator.wakeLock && document.visibilityState === 'visible') {
      navigator.wakeLock.request('screen').catch(function () { /* not allowed here: nothing to do */ });
    }
  }
  document.addEventListener('visibilitychange', keepAwake);
  keepAwake();

  // Alternating bilingual board: every text that has a translation swaps to it, and back, every few seconds.
  if (root.dataset.alternate === 'true') {
    setInterval(function () {
      document.querySelectorAll('[data-alt]').forEach(function (el) {
        var other = el.getAttribute('data-alt');
        el.setAttribute('data-alt', el.textContent);
        el.textContent = other;
      });
    }, 10000);
  }

  setInterval(tick, 1000);
  setInterval(rotateLooking, LOOKING_MS);
  setInterval(interlude, 500);
  loadRequests();
  fit();
  // Web fonts or late images can change sizes after the first layout.
  window.addEventListener('load', fit);

  live.connect(config, {
    onStatus: function (state) { root.dataset.connection = state; },
    onSnapshot: rebuild,
    onAudience: function (phones) { document.getElementById('audience').textContent = String(phones); },
    onEntry: function (entry, replay) {
      if (entry.type.indexOf('deal.') === 0) {
        show(entry.payload, replay);
        (entry.payload.fulfils || []).forEach(function (id) { requests = requests.filter(function (l) { return l.id !== id; }); });
      } else if (entry.type.indexOf('message.') === 0) {
        messages.apply(entry);
      } else if (entry.type === 'listing.upserted') {
        updateRequest(entry.payload, replay);
      } else if (entry.type === 'board.reveal') {
        reveal(entry.payload);
        return;
      }
      live.setCounters(entry.counters);
    }
  });
})();
