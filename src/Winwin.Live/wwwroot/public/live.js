// Keeps a server-rendered public page live: joins the event on the hub, applies each change once and
// in Seq order, resyncs after any gap, reconnection or wake-up, and never gives up reconnecting.
(function () {
  'use strict';

  var MAX_DELAY_MS = 30000;
  // Through the first minute of an outage (a Wi-Fi blip, a server restart) a screen retries every few seconds, so that
  // it is back within seconds of the network; after that, the capped backoff spares a server that stays away.
  var QUICK_MS = 60000;
  var QUICK_DELAY_MS = 3000;

  function readConfig() {
    return JSON.parse(document.getElementById('live-config').dataset.config);
  }

  // Capped exponential backoff with jitter, forever: an unattended screen must come back by itself.
  function retryDelay(attempt, elapsed) {
    var cap = elapsed < QUICK_MS ? QUICK_DELAY_MS : MAX_DELAY_MS;
    var base = Math.min(cap, 1000 * Math.pow(2, Math.min(attempt, 5)));
    return Math.round(base * (0.5 + Math.random() * 0.5));
  }

  function connect(config, handlers) {
    var lastSeq = config.seq;
    var joining = false;
    var joinAgain = false;
    var wantSnapshot = false;
    var queued = [];
    var startAttempt = 0;
    var downSince = 0; // when the current outage began, for the start loop below
    var startTimer = null;
    var wakingUp = false;
    var connection = new signalR.HubConnectionBuilder()
      .withUrl(config.hub)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function (ctx) { return retryDelay(ctx.previousRetryCount, ctx.elapsedMilliseconds); } })
      .build();

    function status(state) {
      handlers.onStatus(state);
    }

    // replay: the entry was missed and is caught up now, not happening live.
    function apply(entry, replay) {
      if (entry.seq <= lastSeq) {
        return; // already shown
      }
      if (entry.seq !== lastSeq + 1) {
        join(); // a gap: ask for what was missed
        return;
      }
      lastSeq = entry.seq;
      handlers.onEntry(entry, replay === true);
      if (entry.type === 'event.updated') {
        // Details, categories or a whole import changed: start again from a fresh snapshot.
        wantSnapshot = true;
        join();
      }
    }

    function join() {
      if (joining) {
        joinAgain = true;
        return Promise.resolve();
      }
      joining = true;
      var since = wantSnapshot ? null : lastSeq;
      wantSnapshot = false;
      // A staff desk joins with its role (it also receives the staff signals); board and phone join anonymously,
      // a phone with its browser's id.
      var screen = config.screen || 'phone';
      var joined = screen === 'desk' ? connection.invoke('JoinDesk', config.slug, since)
        : screen === 'phone' ? connection.invoke('JoinPhone', config.slug, since, window.WinwinDevice.id())
          : connection.invoke('JoinEventAs', config.slug, since, screen);
      return joined.then(function (result) {
        if (result.snapshot) {
          lastSeq = result.snapshot.seq;
          handlers.onSnapshot(result.snapshot);
        } else {
          result.entries.forEach(function (entry) { apply(entry, true); });
        }
        status('live');
      }).catch(function () {
        joinAgain = true;
      }).finally(function () {
        joining = false;
        var pending = queued;
        queued = [];
        pending.forEach(apply);
        if (joinAgain) {
          joinAgain = false;
          if (connection.state === signalR.HubConnectionState.Connected) {
            setTimeout(join, 1000);
          }
        }
      });
    }

    connection.on('Change', function (entry) {
      if (joining) {
        queued.push(entry);
      } else {
        apply(entry);
      }
    });
    // The event settled on this Seq: a screen behind it missed a push (e.g. while the servers' backplane was down).
    connection.on('LatestSeq', function (seq) {
      if (seq > lastSeq) {
        join();
      }
    });
    connection.on('Audience', function (phones) {
      if (handlers.onAudience) {
        handlers.onAudience(phones);
      }
    });
    // Messages only some screens receive (a desk's staff signals).
    Object.keys(handlers.on || {}).forEach(function (name) {
      connection.on(name, handlers.on[name]);
    });
    connection.onreconnecting(function () { status('reconnecting'); });
    connection.onreconnected(function () { join(); });
    connection.onclose(function () {
      status('reconnecting');
      if (wakingUp) {
        wakingUp = false;
        startTimer = setTimeout(start, 0);
        return;
      }
      retryLater();
    });

    function retryLater() {
      downSince = downSince || Date.now();
      clearTimeout(startTimer);
      startTimer = setTimeout(start, retryDelay(startAttempt++, Date.now() - downSince));
    }

    function start() {
      startTimer = null;
      if (connection.state !== signalR.HubConnectionState.Disconnected) {
        return;
      }
      connection.start().then(function () {
        startAttempt = 0;
        downSince = 0;
        return join();
      }).catch(function () {
        status('reconnecting');
        retryLater();
      });
    }

    // A phone unlocked, a tab shown again or a device back on the network may have missed pushes, or lost its
    // connection and be waiting out a long retry delay: resync now, or reconnect now and quickly again after.
    function wakeUp() {
      if (connection.state === signalR.HubConnectionState.Connected) {
        join();
        return;
      }
      startAttempt = 0;
      downSince = Date.now();
      if (connection.state === signalR.HubConnectionState.Reconnecting) {
        // The automatic reconnection cannot be hurried: stop it, and onclose starts again at once.
        wakingUp = true;
        connection.stop();
      } else if (connection.state === signalR.HubConnectionState.Disconnected) {
        clearTimeout(startTimer);
        start();
      }
    }
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') {
        wakeUp();
      }
    });
    window.addEventListener('online', wakeUp);

    start();
    return {
      get lastSeq() { return lastSeq; },
      get state() { return connection.state; }
    };
  }

  // Rendering shared by board and phone. User text is set with textContent only.
  function set(root, field, text) {
    var el = root.querySelector('[data-f="' + field + '"]');
    if (el) {
      el.textContent = text == null ? '' : String(text);
    }
    return el;
  }

  function format(template, value) {
    return String(template).replace('{0}', value);
  }

  function categoryLabel(category, labels) {
    if (!category) {
      return '';
    }
    return category.name || labels.categories[category.key] || category.key;
  }

  function time(iso, labels) {
    try {
      return new Date(iso).toLocaleTimeString(labels.lang, { hour: '2-digit', minute: '2-digit', timeZone: labels.timeZone });
    } catch (e) {
      return new Date(iso).toLocaleTimeString(labels.lang, { hour: '2-digit', minute: '2-digit' });
    }
  }

  function fillDeal(el, deal, labels) {
    el.dataset.number = deal.number;
    el.classList.toggle('winwin', deal.winWin);
    el.classList.toggle('oneway', !deal.winWin);
    set(el, 'number', format(labels.dealNumber, deal.number));
    set(el, 'badge', deal.winWin ? labels.winWin : labels.oneWay);
    set(el, 'category', categoryLabel(deal.category, labels));
    set(el, 'time', time(deal.at, labels));
    var list = el.querySelector('.deal-parties');
    var proto = list.querySelector('.party');
    list.textContent = '';
    deal.parties.forEach(function (party) {
      var item = proto.cloneNode(true);
      item.dataset.org = party.organizationId;
      set(item, 'name', party.name);
      var table = set(item, 'table', labels.table + ' ' + (party.table || ''));
      table.hidden = !party.table;
      // A party that gives nothing receives what the others give: said in full, never a bare "receives".
      set(item, 'verb', party.gives ? labels.gives : deal.parties.length > 2 ? labels.receivesFromOthers : labels.receivesFromOther);
      set(item, 'gives', party.gives || '');
      list.appendChild(item);
    });
    return el;
  }

  // slug: on the phone the organisation's name leads to its page; on the board (no slug) it is no link.
  function fillListing(el, listing, labels, slug) {
    el.dataset.id = listing.id;
    el.dataset.org = listing.organizationId;
    el.classList.toggle('request', listing.kind === 'request');
    el.classList.toggle('offer', listing.kind === 'offer');
    set(el, 'category', categoryLabel(listing.category, labels));
    el.dataset.category = listing.category ? listing.category.key : '';
    set(el, 'title', listing.title);
    set(el, 'description', listing.description || '');
    set(el, 'org', listing.organizationName);
    var link = el.querySelector('[data-f="link"]');
    if (slug) {
      link.setAttribute('href', organizationHref(slug, listing.organizationId));
    } else {
      link.removeAttribute('href');
    }
    var table = set(el, 'table', '· ' + labels.table + ' ' + (listing.table || ''));
    table.hidden = !listing.table;
    return el;
  }

  // Links are written from the site's root: the pages carry <base href="/">.
  function organizationHref(slug, id) {
    return '/e/' + encodeURIComponent(slug) + '/participants/' + id;
  }

  function fillOrganization(el, organization, labels, slug) {
    el.id = 'org-' + organization.id;
    el.dataset.id = organization.id;
    el.classList.toggle('present', organization.isPresent);
    set(el, 'name', organization.name).setAttribute('href', organizationHref(slug, organization.id));
    var present = el.querySelector('[data-f="present"]');
    if (present) {
      present.hidden = !organization.isPresent;
    }
    set(el, 'kind', labels.kinds[organization.kind] || '');
    set(el, 'sector', organization.sector ? ' · ' + organization.sector : '');
    var table = set(el, 'table', ' · ' + labels.table + ' ' + (organization.table || ''));
    table.hidden = !organization.table;
    set(el, 'description', organization.description || '');
    return el;
  }

  // Lower case without accents, as the server compares names.
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function fromTemplate(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function fillMessage(el, message) {
    el.dataset.id = message.id;
    set(el, 'text', message.text);
    return el;
  }

  // The facilitators' messages, newest first, in the banner of board and phone. The banner is hidden when empty;
  // onChange(count) lets the page adjust its layout.
  function messageBanner(banner, onChange) {
    var list = banner.querySelector('.message-list');

    function find(id) {
      return list.querySelector('.message[data-id="' + id + '"]');
    }

    function changed() {
      var count = list.children.length;
      banner.hidden = count === 0;
      if (onChange) {
        onChange(count);
      }
    }

    function posted(message) {
      if (find(message.id)) {
        return; // already shown
      }
      var el = fillMessage(fromTemplate('tpl-message'), message);
      el.classList.add('arrived');
      list.insertBefore(el, list.firstChild);
      changed();
    }

    function removed(message) {
      var el = find(message.id);
      if (el) {
        el.remove();
      }
      changed();
    }

    function rebuild(messages) {
      list.textContent = '';
      (messages || []).forEach(function (message) {
        list.appendChild(fillMessage(fromTemplate('tpl-message'), message));
      });
      changed();
    }

    return {
      rebuild: rebuild,
      apply: function (entry) {
        if (entry.type === 'message.posted') {
          posted(entry.payload);
        } else if (entry.type === 'message.removed') {
          removed(entry.payload);
        }
      }
    };
  }

  // The header's time line: when it opens, how long is left, or that it is over. Same format as the server's.
  function countdownText(labels, phase, startsAt, endsAt, now) {
    function duration(ms) {
      var s = Math.max(0, Math.floor(ms / 1000));
      var h = Math.floor(s / 3600);
      var m = Math.floor((s % 3600) / 60);
      var sec = s % 60;
      var pad = function (n) { return (n < 10 ? '0' : '') + n; };
      var days = Math.floor(s / 86400);
      // A few days ahead: "3 jours", not "74:10:29".
      if (days === 1) {
        return labels.day;
      } else if (days > 1) {
        return labels.days.replace('{0}', days);
      }
      return h > 0 ? h + ':' + pad(m) + ':' + pad(sec) : m + ':' + pad(sec);
    }
    return phase === 'beforeOpening' ? labels.startsIn.replace('{0}', duration(startsAt - now))
      : phase === 'closed' ? labels.closed.replace('{0}', '')
      : labels.endsIn.replace('{0}', duration(endsAt - now));
  }

  // Counters as the page shows them; an amount of euros reads "12 400 €".
  function counterText(key, value) {
    if (key === 'socialValue') {
      var lang = (readConfig().labels || {}).lang || 'fr';
      return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value) + ' €';
    }
    return String(value);
  }

  function setCounters(counters) {
    Object.keys(counters).forEach(function (key) {
      var el = document.querySelector('[data-counter="' + key + '"] .value');
      var text = counterText(key, counters[key]);
      if (el && el.textContent !== text) {
        el.textContent = text;
        var counter = el.parentElement;
        counter.classList.remove('bump');
        void counter.offsetWidth; // restart the animation
        counter.classList.add('bump');
      }
    });
  }

  window.WinwinLive = {
    readConfig: readConfig,
    connect: connect,
    fillDeal: fillDeal,
    fillListing: fillListing,
    fillOrganization: fillOrganization,
    fillMessage: fillMessage,
    messageBanner: messageBanner,
    fold: fold,
    fromTemplate: fromTemplate,
    setCounters: setCounters,
    counterText: counterText,
    countdownText: countdownText
  };
})();
