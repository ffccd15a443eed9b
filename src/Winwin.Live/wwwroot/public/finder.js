// The phone's lists (offers, requests, participants): the server renders a page and answers the search without
// script; with it, the list follows the typing, "show more" adds the next page in place, and the list stays live.
(function () {
  'use strict';
  var live = window.WinwinLive;
  var config = live.readConfig();
  var labels = config.labels;
  var root = document.querySelector('.phone');
  var kind = root.dataset.kind;
  var list = document.getElementById('list');
  var find = document.getElementById('find');
  var category = document.getElementById('find-category');
  var found = document.querySelector('.found');
  var noMatch = document.querySelector('.no-match');
  var more = document.querySelector('.pager .more');
  var page = Number(root.dataset.page);
  var pageSize = Number(root.dataset.pageSize);
  var total = Number(root.dataset.total);
  var latest = 0; // the latest search sent: an older answer arriving late is dropped
  var typing = null;
  var base = '/e/' + encodeURIComponent(config.slug);

  function current() {
    return { q: find.value.trim(), c: category.value };
  }

  function searching(query) {
    return query.q !== '' || query.c !== '';
  }

  function parameters(query, number) {
    var parts = [];
    if (query.q) {
      parts.push('q=' + encodeURIComponent(query.q));
    }
    if (query.c) {
      parts.push('c=' + encodeURIComponent(query.c));
    }
    if (number > 1) {
      parts.push('page=' + number);
    }
    return parts;
  }

  function listHref(listKind, query, number) {
    var parts = parameters(query, number);
    return base + '/' + listKind + (parts.length ? '?' + parts.join('&') : '');
  }

  function item(entry) {
    return kind === 'participants'
      ? live.fillOrganization(live.fromTemplate('tpl-org'), entry, labels, config.slug)
      : live.fillListing(live.fromTemplate('tpl-listing'), entry, labels, config.slug);
  }

  function show(result, query, append) {
    if (!append) {
      list.textContent = '';
    }
    (kind === 'participants' ? result.organizations : result.listings).forEach(function (entry) {
      list.appendChild(item(entry));
    });
    page = result.page;
    pageSize = result.pageSize;
    total = result.total;
    var active = searching(query);
    found.hidden = !active;
    found.textContent = found.dataset.template.replace('{0}', result.total);
    noMatch.hidden = result.total > 0;
    noMatch.textContent = active ? noMatch.dataset.noMatch : noMatch.dataset.empty;
    more.hidden = page * pageSize >= total;
    more.setAttribute('href', listHref(kind, query, page + 1));
    // The tabs keep the search and say how many each list finds.
    var counts = { offers: result.counts.offers, requests: result.counts.requests, participants: result.counts.participants };
    document.querySelectorAll('.tabs a[data-kind]').forEach(function (tab) {
      tab.setAttribute('href', listHref(tab.dataset.kind, query, 1));
      var badge = tab.querySelector('.tab-count');
      if (active && !badge) {
        badge = document.createElement('span');
        badge.className = 'tab-count';
        tab.appendChild(badge);
      }
      if (badge) {
        badge.hidden = !active;
        badge.textContent = String(counts[tab.dataset.kind]);
      }
    });
  }

  function load(number, append) {
    var query = current();
    var mine = ++latest;
    var url = '/api/events/' + encodeURIComponent(config.slug) + '/find?kind=' + kind + '&pageSize=' + pageSize
      + (parameters(query, number).length ? '&' + parameters(query, number).join('&') : '');
    return fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (result && mine === latest) {
          show(result, query, append);
          if (!append) {
            history.replaceState(null, '', listHref(kind, query, 1));
          }
        }
      })
      .catch(function () { /* offline: the list stays as it is, and its links still work */ });
  }

  find.form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(typing);
    load(1, false);
  });
  find.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { load(1, false); }, 250);
  });
  category.addEventListener('change', function () { load(1, false); });
  more.addEventListener('click', function (e) {
    e.preventDefault();
    load(page + 1, true);
  });

  // --- Live: what changes on the floor changes in the list shown.
  function remove(selector) {
    var el = list.querySelector(selector);
    if (el) {
      el.remove();
      total = Math.max(0, total - 1);
    }
  }

  function listingChanged(listing) {
    var existing = list.querySelector('.listing[data-id="' + listing.id + '"]');
    if (listing.status !== 'open') {
      remove('.listing[data-id="' + listing.id + '"]');
    } else if (existing) {
      live.fillListing(existing, listing, labels, config.slug);
    } else if (kind === (listing.kind === 'request' ? 'requests' : 'offers') && !searching(current())) {
      // New on the floor: on top, for a moment highlighted.
      var el = item(listing);
      el.classList.add('arrived');
      list.insertBefore(el, list.firstChild);
      total++;
      noMatch.hidden = true;
    }
  }

  function organizationChanged(organization) {
    if (kind === 'participants') {
      var existing = list.querySelector('.org[data-id="' + organization.id + '"]');
      if (existing) {
        live.fillOrganization(existing, organization, labels, config.slug);
      } else if (!searching(current())) {
        list.insertBefore(item(organization), list.firstChild);
        total++;
        noMatch.hidden = true;
      }
      return;
    }
    list.querySelectorAll('.listing[data-org="' + organization.id + '"] [data-f="org"]').forEach(function (name) {
      name.textContent = organization.name;
    });
  }

  live.connect(config, {
    onStatus: function (status) { root.dataset.connection = status; },
    // Far behind, or the event changed as a whole (an import): the first page again, as the server has it now.
    onSnapshot: function () { load(1, false); },
    onEntry: function (entry) {
      if (entry.type === 'listing.upserted') {
        listingChanged(entry.payload);
      } else if (entry.type === 'organization.upserted') {
        organizationChanged(entry.payload);
      } else if (entry.type.indexOf('deal.') === 0 && entry.payload.status !== 'retracted') {
        (entry.payload.fulfils || []).forEach(function (id) { remove('.listing[data-id="' + id + '"]'); });
      }
    }
  });
})();
