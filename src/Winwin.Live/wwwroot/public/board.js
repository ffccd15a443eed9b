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

  // The board's rows make room for the banner only while it has something to say.
  var messages = live.messageBanner(document.getElementById('messages'), function (count) {
    root.classList.toggle('has-messages', count > 0);
  });

  // --- Time: the server's clock, so that a badly set projector laptop still counts down right.
  var clockOffset = new Date(config.now).getTime() - Date.now();
  var phase = config.phase;
  var startsAt = new Date(config.startsAt).getTime();
  var endsAt = new Date(config.endsAt).getTime();

  function tick() {
    document.getElementById('countdown').textContent = live.countdownText(labels, phase, startsAt, endsAt, Date.now() + clockOffset);
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
      }
      return;
    }
    if (waiting >= 0) {
      queue[waiting] = deal; // corrected before its turn
      return;
    }
    if (existing) {
      live.fillDeal(existing, deal, labels); // corrected in place
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
      return;
    }
    for (var i = 0; i < Math.min(LOOKING_SHOWN, requests.length); i++) {
      var listing = requests[(lookingAt + i) % requests.length];
      looking.appendChild(live.fillListing(live.fromTemplate('tpl-listing'), listing, labels));
    }
    lookingAt = (lookingAt + LOOKING_SHOWN) % Math.max(requests.length, 1);
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

  function setRequests(listings) {
    requests = listings.filter(function (l) { return l.kind === 'request' && l.status === 'open'; });
  }

  function updateRequest(listing) {
    requests = requests.filter(function (l) { return l.id !== listing.id; });
    if (listing.kind === 'request' && listing.status === 'open') {
      requests.push(listing);
    }
  }

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
  loadRequests();

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
        updateRequest(entry.payload);
      } else if (entry.type === 'board.reveal') {
        reveal(entry.payload);
        return;
      }
      live.setCounters(entry.counters);
    }
  });
})();
