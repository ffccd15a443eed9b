// The deal desk, in the browser. What a facilitator types is kept in this browser's storage at every keystroke; an
// announced deal goes into an outbox first and is sent with its idempotency key until the server has it, through
// network cuts, server restarts and reloads. The event's organisations and offers are kept too, so that deals can be
// recorded while the network is away. The desk follows the event live (the change feed plus the staff signals).
(function () {
  'use strict';

  var root = document.querySelector('.desk');
  var configElement = document.getElementById('desk-config');
  if (!root || !configElement) {
    return;
  }
  var config = JSON.parse(configElement.dataset.config);
  var L = config.labels;
  var slug = config.slug;
  var api = '/api/events/' + encodeURIComponent(slug);
  var storeKey = 'winwin.desk.' + (config.user || 'anonymous') + '.' + slug + '.';
  var MAX_PARTIES = 8;
  var GIVES_MAX = 300;
  var REQUEST_TIMEOUT_MS = 8000;
  // How long the form waits for the server's answer before it keeps the deal in the outbox and frees itself.
  var FORM_WAIT_MS = 3000;
  // While deals wait, the desk tries again every second: it is one device (a request a second is nothing for the
  // server), and a facilitator wants them out within seconds of the network's return.
  var RETRY_MS = [500, 1000];

  // ---------------------------------------------------------------- storage

  function load(name, fallback) {
    try {
      var text = localStorage.getItem(storeKey + name);
      return text ? JSON.parse(text) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function save(name, value) {
    try {
      localStorage.setItem(storeKey + name, JSON.stringify(value));
    } catch (e) {
      // Storage full or refused: the desk still works while the page stays open.
    }
  }

  // ---------------------------------------------------------------- small helpers

  function format(template) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(template).replace(/\{(\d)\}/g, function (_, i) { return args[+i] == null ? '' : String(args[+i]); });
  }

  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text != null) {
      node.textContent = text;
    }
    return node;
  }

  function field(node, name) {
    return node.querySelector('[data-f="' + name + '"]');
  }

  function fromTemplate(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function time(iso) {
    try {
      return new Date(iso).toLocaleTimeString(L.lang, { hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return '';
    }
  }

  var toastTimer = null;
  function toast(text) {
    var node = field(root, 'toast');
    node.textContent = text;
    node.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { node.hidden = true; }, 6000);
  }

  // Sends a request with a time limit: on venue Wi-Fi a request may hang instead of failing.
  function request(method, url, body) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var options = {
      method: method,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      signal: controller ? controller.signal : undefined
    };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      clearTimeout(timer);
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('json') >= 0 ? response.json().catch(function () { return null; }) : Promise.resolve(null);
      return parsed.then(function (json) {
        noteNetwork(true);
        return { status: response.status, ok: response.ok, body: json };
      });
    }, function (error) {
      clearTimeout(timer);
      noteNetwork(false);
      throw error;
    });
  }

  // The messages of a refusal (application/problem+json), one line each.
  function problemLines(body) {
    if (!body) {
      return [L['desk.unexpected']];
    }
    var lines = [];
    Object.keys(body.errors || {}).forEach(function (key) {
      (body.errors[key] || []).forEach(function (line) { lines.push(line); });
    });
    if (lines.length === 0) {
      lines.push(body.detail || body.title || L['desk.unexpected']);
    }
    return lines;
  }

  // ---------------------------------------------------------------- state

  var data = load('data', null);            // the event: categories, organisations, listings, and the Seq they reflect
  var deals = load('deals', []);            // the latest deals, as staff see them
  var calls = [];
  var outbox = load('outbox', []);          // deals announced here that the server has not confirmed yet
  var draft = load('draft', null) || emptyDraft();
  var online = false;                       // the live connection is up
  var networkOk = true;                     // the last request reached the server
  var needsSignIn = false;
  var checkSeq = 0;
  var checkTimer = null;
  var serverProblems = {};                  // field -> messages from the typing-time check or a refusal
  var toConfirm = [];                       // fields whose only problem is a mention of money the facilitator may confirm
  var touched = {};                         // fields the facilitator has left at least once
  var refusalNote = '';                     // why the server refused the deal in the form, until the facilitator changes it
  var busy = false;

  function emptyDraft() {
    return { key: newKey(), editing: null, parties: [emptyParty(), emptyParty()], categoryId: null, value: null, valueTyped: false, fulfils: [], confirmMoney: false };
  }

  function emptyParty() {
    return { orgId: null, text: '', gives: '' };
  }

  function saveDraft() {
    save('draft', draft);
  }

  function saveOutbox() {
    save('outbox', outbox);
  }

  function organization(id) {
    if (!data) {
      return null;
    }
    for (var i = 0; i < data.organizations.length; i++) {
      if (data.organizations[i].id === id) {
        return data.organizations[i];
      }
    }
    return null;
  }

  function listing(id) {
    if (!data) {
      return null;
    }
    for (var i = 0; i < data.listings.length; i++) {
      if (data.listings[i].id === id) {
        return data.listings[i];
      }
    }
    return null;
  }

  function category(id) {
    return data ? data.categories.filter(function (c) { return c.id === id; })[0] || null : null;
  }

  function label(org) {
    return org.table ? org.name + ' · ' + org.table : org.name;
  }

  // By table number (exact) first, then names that start with the text, then names that contain it: what the
  // facilitator sees highlighted first is what Enter chooses.
  function search(text) {
    if (!data) {
      return [];
    }
    var wanted = fold(text);
    if (!wanted) {
      return data.organizations.slice(0, 12);
    }
    var ranked = [];
    data.organizations.forEach(function (org) {
      var name = fold(org.name);
      var rank = org.table && fold(org.table) === wanted ? 0
        : name.indexOf(wanted) === 0 ? 1
        : fold(label(org)) === wanted ? 1
        : name.indexOf(wanted) > 0 ? 2
        : -1;
      if (rank >= 0) {
        ranked.push({ org: org, rank: rank, name: name });
      }
    });
    ranked.sort(function (a, b) { return a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
    return ranked.slice(0, 12).map(function (r) { return r.org; });
  }

  function chosenParties() {
    return draft.parties.filter(function (p) { return p.orgId != null; });
  }

  function distinctChosen() {
    var ids = {};
    chosenParties().forEach(function (p) { ids[p.orgId] = true; });
    return Object.keys(ids).length;
  }

  function candidates() {
    if (!data) {
      return [];
    }
    var ids = {};
    chosenParties().forEach(function (p) { ids[p.orgId] = true; });
    var own = draft.editing ? draft.editing.fulfils || [] : [];
    return data.listings.filter(function (l) {
      return ids[l.organizationId] && (l.status === 'open' || own.indexOf(l.id) >= 0);
    });
  }

  // ---------------------------------------------------------------- the form

  var form = document.getElementById('deal-form');
  var partiesNode = document.getElementById('parties');
  var categorySelect = document.getElementById('category');
  var valueInput = document.getElementById('estimated-value');
  var fulfilsNode = document.getElementById('fulfils');
  var announceButton = form.querySelector('[data-testid="announce"]');
  var cancelCorrection = document.getElementById('cancel-correction');
  var problemsNode = document.getElementById('form-problems');
  var confirmBox = form.querySelector('.confirm-money');
  var confirmInput = document.getElementById('confirm-money');
  confirmInput.addEventListener('change', function () {
    draft.confirmMoney = confirmInput.checked;
    changed(false);
  });

  function partyNode(index) {
    return partiesNode.children[index];
  }

  function renderParties() {
    partiesNode.textContent = '';
    draft.parties.forEach(function (party, index) {
      partiesNode.appendChild(buildParty(party, index));
    });
    document.getElementById('add-party').disabled = draft.parties.length >= MAX_PARTIES;
  }

  function buildParty(party, index) {
    var number = index + 1;
    var node = fromTemplate('tpl-party');
    node.dataset.party = number;
    field(node, 'legend').textContent = format(L['control.party'], number);
    var input = node.querySelector('input');
    var list = node.querySelector('.options');
    var gives = node.querySelector('textarea');
    input.id = 'party-' + number;
    list.id = 'party-' + number + '-list';
    input.setAttribute('aria-controls', list.id);
    var orgMsg = field(node, 'org-msg');
    orgMsg.id = 'party-' + number + '-msg';
    input.setAttribute('aria-describedby', orgMsg.id);
    field(node, 'org-label').setAttribute('for', input.id);
    gives.id = 'gives-' + number;
    field(node, 'gives-label').setAttribute('for', gives.id);
    var givesMsg = field(node, 'gives-msg');
    givesMsg.id = 'gives-' + number + '-msg';
    var count = field(node, 'count');
    count.id = 'gives-' + number + '-count';
    gives.setAttribute('aria-describedby', givesMsg.id + ' ' + count.id);
    input.value = party.text || '';
    gives.value = party.gives || '';
    var remove = node.querySelector('.remove-party');
    remove.hidden = draft.parties.length <= 2;
    remove.setAttribute('aria-label', format(L['control.removeParty']) + ' (' + format(L['control.party'], number) + ')');
    remove.title = L['control.removeParty'];
    remove.addEventListener('click', function () {
      draft.parties.splice(index, 1);
      changed(true);
    });
    wireCombo(node, input, list, index);
    gives.addEventListener('input', function () {
      draft.parties[index].gives = gives.value;
      updateCount(node, index);
      changed(false);
      scheduleCheck();
    });
    gives.addEventListener('blur', function () {
      touched['gives-' + index] = true;
      renderValidation();
    });
    var toggle = node.querySelector('.offers-toggle');
    toggle.addEventListener('click', function () {
      var offerList = node.querySelector('.offer-list');
      var open = offerList.hidden;
      offerList.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    });
    wireNewListing(node, index);
    updateCount(node, index);
    renderPartyExtras(node, index);
    return node;
  }

  // A new offer or request of this party, made on the spot (online only: it needs its number from the server).
  function wireNewListing(node, index) {
    var number = index + 1;
    var toggle = node.querySelector('.new-listing-toggle');
    var box = node.querySelector('.new-listing');
    var title = box.querySelector('.nl-title');
    var kind = box.querySelector('.nl-kind');
    var categorySelectOf = box.querySelector('.nl-category');
    var message = field(box, 'nl-msg');
    [['nl-title', title, 'nl-title-label'], ['nl-kind', kind, 'nl-kind-label'], ['nl-category', categorySelectOf, 'nl-category-label']].forEach(function (f) {
      f[1].id = f[0] + '-' + number;
      field(box, f[2]).setAttribute('for', f[1].id);
    });
    message.id = 'nl-msg-' + number;
    title.setAttribute('aria-describedby', message.id);
    toggle.addEventListener('click', function () {
      var open = box.hidden;
      box.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      if (!open) {
        return;
      }
      title.value = draft.parties[index].gives || '';
      categorySelectOf.textContent = '';
      (data ? data.categories : []).forEach(function (c) {
        var option = el('option', null, c.label);
        option.value = String(c.id);
        categorySelectOf.appendChild(option);
      });
      if (draft.categoryId != null) {
        categorySelectOf.value = String(draft.categoryId);
      }
      message.textContent = online ? '' : L['desk.newListingNeedsNetwork'];
      title.focus();
    });
    box.querySelector('.nl-cancel').addEventListener('click', function () {
      box.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
    });
    box.querySelector('.nl-add').addEventListener('click', function () {
      var party = draft.parties[index];
      if (party.orgId == null || !title.value.trim()) {
        return;
      }
      var body = { organizationId: party.orgId, kind: kind.value, categoryId: +categorySelectOf.value, title: title.value.trim(), description: null };
      request('POST', api + '/listings', body).then(function (answer) {
        if (!answer.ok) {
          message.textContent = answer.status === 401 || answer.status === 403 ? L['desk.stateSignIn'] : problemLines(answer.body).join(' ');
          return;
        }
        var l = answer.body;
        upsert(data.listings, { id: l.id, organizationId: l.organizationId, kind: l.kind, categoryId: body.categoryId, title: l.title, status: l.status });
        storeData();
        if (draft.fulfils.indexOf(l.id) < 0) {
          draft.fulfils.push(l.id);
        }
        if (l.kind === 'offer' && !(party.gives || '').trim()) {
          party.gives = l.title;
          node.querySelector('textarea').value = l.title;
          updateCount(node, index);
        }
        box.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        toast(format(L['listing.added'], l.title));
        renderPartyExtras(node, index);
        renderFulfils();
        changed(false);
      }, function () {
        message.textContent = L['desk.newListingNeedsNetwork'];
      });
    });
  }

  function updateCount(node, index) {
    var length = (draft.parties[index].gives || '').length;
    field(node, 'count').textContent = format(L['desk.characters'], length, GIVES_MAX);
  }

  // The chosen organisation's kind and its open offers (to fill what it gives from one of them).
  function renderPartyExtras(node, index) {
    var party = draft.parties[index];
    var org = party.orgId != null ? organization(party.orgId) : null;
    field(node, 'kind').textContent = org ? L.kinds[org.kind] || '' : '';
    node.querySelector('.new-listing-toggle').hidden = !org;
    if (!org) {
      node.querySelector('.new-listing').hidden = true;
    }
    var offersBox = node.querySelector('.offers');
    var offerList = node.querySelector('.offer-list');
    var offers = org ? candidates().filter(function (l) { return l.organizationId === org.id && l.kind === 'offer'; }) : [];
    offersBox.hidden = offers.length === 0;
    node.querySelector('.offers-toggle').textContent = format(L['desk.offers'], offers.length);
    offerList.textContent = '';
    offers.forEach(function (offer) {
      var item = el('li');
      var button = el('button', 'text-button', format(L['control.givesOffer'], offer.title));
      button.type = 'button';
      button.addEventListener('click', function () {
        draft.parties[index].gives = offer.title;
        node.querySelector('textarea').value = offer.title;
        if (draft.fulfils.indexOf(offer.id) < 0) {
          draft.fulfils.push(offer.id);
        }
        if (draft.categoryId == null) {
          chooseCategory(offer.categoryId);
        }
        offerList.hidden = true;
        updateCount(node, index);
        changed(false);
        scheduleCheck();
      });
      item.appendChild(button);
      offerList.appendChild(item);
    });
  }

  // A combobox that can only ever choose the option highlighted for the text as it is now: the list is computed in
  // the browser at each keystroke, never waits for the server, so Enter cannot pick from a list that is out of date.
  function wireCombo(node, input, list, index) {
    var options = [];
    var active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (child, k) {
        child.setAttribute('aria-selected', String(k === i));
      });
      if (i >= 0 && list.children[i]) {
        input.setAttribute('aria-activedescendant', list.children[i].id);
        list.children[i].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function open() {
      options = search(input.value);
      list.textContent = '';
      options.forEach(function (org, k) {
        var option = el('li', 'option');
        option.id = list.id + '-' + k;
        option.setAttribute('role', 'option');
        option.dataset.org = org.id;
        option.appendChild(el('span', 'option-name', org.name));
        var meta = [L.kinds[org.kind] || ''];
        if (org.table) {
          meta.push(L['organization.table'] + ' ' + org.table);
        }
        option.appendChild(el('span', 'option-meta', meta.join(' · ')));
        // mousedown, not click: the choice is made before the field loses its focus.
        option.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(org);
        });
        list.appendChild(option);
      });
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', String(options.length > 0));
      highlight(options.length > 0 ? 0 : -1);
    }

    function choose(org) {
      var party = draft.parties[index];
      party.orgId = org.id;
      party.text = label(org);
      input.value = party.text;
      close();
      delete touched['party-' + index];
      changed(false);
      renderPartyExtras(node, index);
      renderFulfils();
      node.querySelector('textarea').focus();
    }

    input.addEventListener('input', function () {
      var party = draft.parties[index];
      party.text = input.value;
      if (party.orgId != null) {
        // Typing again un-chooses: the field shows what it holds.
        party.orgId = null;
        renderPartyExtras(node, index);
        renderFulfils();
      }
      open();
      changed(false);
    });
    input.addEventListener('focus', function () {
      if (draft.parties[index].orgId == null) {
        open();
      }
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden) {
          open();
          return;
        }
        var next = active + (e.key === 'ArrowDown' ? 1 : -1);
        highlight(Math.max(0, Math.min(options.length - 1, next)));
      } else if (e.key === 'Enter') {
        // Enter never sends the form from here: it chooses the highlighted organisation, if there is one.
        e.preventDefault();
        if (!list.hidden && active >= 0 && options[active]) {
          choose(options[active]);
        } else if (draft.parties[index].orgId == null && input.value.trim()) {
          touched['party-' + index] = true;
          renderValidation();
        }
      } else if (e.key === 'Tab' && !e.shiftKey) {
        if (!list.hidden && active >= 0 && options[active] && input.value.trim() && draft.parties[index].orgId == null) {
          choose(options[active]);
          e.preventDefault();
        }
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () {
      close();
      touched['party-' + index] = true;
      renderValidation();
    });
  }

  function chooseCategory(id) {
    draft.categoryId = id;
    categorySelect.value = id == null ? '' : String(id);
    if (!draft.valueTyped) {
      var chosen = category(id);
      draft.value = chosen && chosen.defaultValue != null ? chosen.defaultValue : null;
      valueInput.value = draft.value == null ? '' : String(draft.value);
    }
  }

  function renderCategories() {
    var current = categorySelect.value;
    while (categorySelect.options.length > 1) {
      categorySelect.remove(1);
    }
    (data ? data.categories : []).forEach(function (c) {
      var option = el('option', null, c.label);
      option.value = String(c.id);
      categorySelect.appendChild(option);
    });
    categorySelect.value = draft.categoryId == null ? current : String(draft.categoryId);
  }

  function renderFulfils() {
    var list = candidates();
    var box = fulfilsNode.querySelector('.checks');
    box.textContent = '';
    fulfilsNode.hidden = list.length === 0;
    list.forEach(function (l) {
      var org = organization(l.organizationId);
      var id = 'fulfils-' + l.id;
      var wrap = el('div', 'check');
      var check = el('input');
      check.type = 'checkbox';
      check.id = id;
      check.value = String(l.id);
      check.checked = draft.fulfils.indexOf(l.id) >= 0;
      check.addEventListener('change', function () {
        draft.fulfils = draft.fulfils.filter(function (x) { return x !== l.id; });
        if (check.checked) {
          draft.fulfils.push(l.id);
        }
        changed(false);
      });
      var text = el('label', null, (L.kinds[l.kind] || '') + ' · ' + l.title + (org ? ' (' + org.name + ')' : ''));
      text.setAttribute('for', id);
      wrap.appendChild(check);
      wrap.appendChild(text);
      box.appendChild(wrap);
    });
  }

  function renderForm() {
    var editing = draft.editing;
    document.getElementById('form-title').textContent = editing ? format(L['desk.correcting'], editing.number) : L['control.dealForm'];
    cancelCorrection.hidden = !editing;
    renderParties();
    renderCategories();
    chooseCategoryQuietly();
    valueInput.value = draft.value == null ? '' : String(draft.value);
    renderFulfils();
    renderValidation();
  }

  function chooseCategoryQuietly() {
    categorySelect.value = draft.categoryId == null ? '' : String(draft.categoryId);
  }

  // What the form lacks, shown next to the field concerned; the button says what it will do.
  function renderValidation() {
    var problems = formProblems();
    draft.parties.forEach(function (party, index) {
      var node = partyNode(index);
      if (!node) {
        return;
      }
      var orgMsg = field(node, 'org-msg');
      var input = node.querySelector('input');
      var orgProblem = problems.fields['party-' + index] || '';
      orgMsg.textContent = orgProblem;
      input.setAttribute('aria-invalid', String(!!orgProblem));
      var givesMsg = field(node, 'gives-msg');
      var gives = node.querySelector('textarea');
      var givesProblem = problems.fields['gives-' + index] || '';
      givesMsg.textContent = givesProblem;
      gives.setAttribute('aria-invalid', String(!!givesProblem));
      node.classList.toggle('invalid', !!(orgProblem || givesProblem));
    });
    var valueMsg = document.getElementById('estimated-value-msg');
    valueMsg.textContent = (serverProblems.estimatedValue || []).join(' ');
    valueInput.setAttribute('aria-invalid', String(!!valueMsg.textContent));
    problemsNode.textContent = problems.form.concat(refusalNote ? [refusalNote] : []).join(' ');
    confirmBox.hidden = toConfirm.length === 0;
    confirmInput.checked = !!draft.confirmMoney;
    var reciprocity = root.querySelector('[data-testid="reciprocity"]');
    if (distinctChosen() >= 2) {
      var winWin = chosenParties().every(function (p) { return (p.gives || '').trim(); });
      reciprocity.hidden = false;
      reciprocity.textContent = winWin ? L['deal.winWin'] : L['deal.oneWay'];
      reciprocity.className = 'reciprocity ' + (winWin ? 'winwin' : 'oneway');
    } else {
      reciprocity.hidden = true;
    }
    announceButton.textContent = draft.editing ? L['control.saveCorrection']
      : data && data.requiresRatification ? L['control.submitForRatification'] : L['control.announce'];
    announceButton.disabled = busy || !problems.canSubmit;
  }

  function formProblems() {
    var fields = {};
    var confirmed = {};
    var form = [];
    var seen = {};
    draft.parties.forEach(function (party, index) {
      var number = index + 1;
      if (party.orgId != null) {
        var org = organization(party.orgId);
        if (!org) {
          fields['party-' + index] = L['desk.unknownOrganization'];
        } else if (seen[party.orgId] != null) {
          fields['party-' + index] = format(L['desk.alreadyParty'], org.name, seen[party.orgId] + 1);
        } else {
          seen[party.orgId] = index;
        }
      } else if ((party.text || '').trim() && touched['party-' + index]) {
        fields['party-' + index] = search(party.text).length === 0
          ? format(L['desk.noMatch'], party.text.trim())
          : L['desk.chooseFromList'];
      }
      var key = 'parties[' + index + '].gives';
      var messages = (serverProblems[key] || []).slice();
      if (messages.length > 0) {
        var name = party.orgId != null && organization(party.orgId) ? organization(party.orgId).name : (party.text || '').trim() || '—';
        fields['gives-' + index] = format(L['desk.partyProblem'], number, name, messages.join(' '));
        if (draft.confirmMoney && toConfirm.indexOf(key) >= 0) {
          // Confirmed by the facilitator: still said, no longer in the way.
          confirmed['gives-' + index] = true;
        }
      }
    });
    var distinct = Object.keys(seen).length;
    var anyGives = chosenParties().some(function (p) { return (p.gives || '').trim(); });
    var anyTyped = draft.parties.some(function (p) { return (p.text || '').trim() || (p.gives || '').trim(); });
    if (anyTyped && distinct < 2) {
      form.push(L['error.deal.tooFewParties']);
    }
    if (distinct >= 2 && !anyGives) {
      form.push(L['error.deal.nothingGiven']);
    }
    if (draft.editing && !online) {
      form.push(L['desk.correctNeedsNetwork']);
    }
    var fieldProblems = Object.keys(fields).some(function (k) { return !confirmed[k]; });
    // The fields' own problems (what a party gives, the value) block until fixed; a refusal about anything else is
    // said under the form, and the facilitator may change the deal and try again.
    // A mention of money (a reimbursement, a budget) blocks until the facilitator confirms no money changes hands.
    var serverBlocking = Object.keys(serverProblems).some(function (k) {
      var confirmed = draft.confirmMoney && toConfirm.indexOf(k) >= 0;
      return (/^parties\[\d+\]\.gives$/.test(k) || k === 'estimatedValue') && (serverProblems[k] || []).length > 0 && !confirmed;
    });
    return {
      fields: fields,
      form: form,
      canSubmit: distinct >= 2 && anyGives && !fieldProblems && !serverBlocking && !(draft.editing && !online)
    };
  }

  // Every change of the form is kept at once: a reload, a closed tab or a dead battery loses nothing typed.
  function changed(rebuild) {
    refusalNote = '';
    saveDraft();
    if (rebuild) {
      renderForm();
    } else {
      renderValidation();
    }
  }

  // The no-money rule and the lengths are the server's: asked while typing (when the network is there) so that the
  // problem shows next to the party concerned before "Announce".
  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 350);
  }

  function check() {
    var mine = ++checkSeq;
    var body = {
      parties: draft.parties.map(function (p) { return { organizationId: p.orgId || 0, gives: p.gives || null }; }),
      estimatedValue: draft.value
    };
    request('POST', api + '/deals/check', body).then(function (answer) {
      if (mine !== checkSeq || !answer.ok) {
        return;
      }
      serverProblems = (answer.body && answer.body.problems) || {};
      toConfirm = (answer.body && answer.body.toConfirm) || [];
      renderValidation();
    }, function () {
      // Offline: checked when the deal is sent, and a refusal comes back to this desk.
    });
  }

  categorySelect.addEventListener('change', function () {
    chooseCategory(categorySelect.value ? +categorySelect.value : null);
    changed(false);
  });
  valueInput.addEventListener('input', function () {
    draft.value = valueInput.value === '' ? null : +valueInput.value;
    draft.valueTyped = valueInput.value !== '';
    changed(false);
    scheduleCheck();
  });
  document.getElementById('add-party').addEventListener('click', function () {
    if (draft.parties.length < MAX_PARTIES) {
      draft.parties.push(emptyParty());
      changed(true);
      var input = partiesNode.lastElementChild.querySelector('input');
      input.focus();
    }
  });
  cancelCorrection.addEventListener('click', function () {
    resetForm();
  });

  function resetForm() {
    refusalNote = '';
    draft = emptyDraft();
    serverProblems = {};
    toConfirm = [];
    touched = {};
    saveDraft();
    renderForm();
  }

  function command() {
    var ids = {};
    candidates().forEach(function (l) { ids[l.id] = true; });
    return {
      parties: chosenParties().map(function (p) { return { organizationId: p.orgId, gives: (p.gives || '').trim() || null }; }),
      fulfils: draft.fulfils.filter(function (id) { return ids[id]; }),
      categoryId: draft.categoryId,
      estimatedValue: draft.value,
      confirmMoneyMentions: !!draft.confirmMoney
    };
  }

  function summary(cmd) {
    return cmd.parties.map(function (p) {
      var org = organization(p.organizationId);
      return { name: org ? org.name : '?', gives: p.gives };
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (busy) {
      return;
    }
    var problems = formProblems();
    if (!problems.canSubmit) {
      draft.parties.forEach(function (_, i) { touched['party-' + i] = true; });
      renderValidation();
      return;
    }
    if (draft.editing) {
      submitCorrection();
      return;
    }
    var cmd = command();
    cmd.idempotencyKey = draft.key;
    var item = { key: draft.key, command: cmd, summary: summary(cmd), createdAt: new Date().toISOString(), state: 'waiting', draft: draft };
    // Into the outbox before anything else: from here on the deal survives whatever happens to the network or the page.
    outbox = outbox.filter(function (o) { return o.key !== item.key; });
    outbox.push(item);
    saveOutbox();
    if (!online) {
      resetForm();
      toast(L['desk.kept']);
      renderOutbox();
      pump();
      return;
    }
    // Online: the form waits a moment for the answer, so that a refusal shows next to the fields; without an answer
    // the deal stays in the outbox (a refusal then comes back there) and the form is free for the next one.
    busy = true;
    renderValidation();
    var settled = false;
    var release = setTimeout(function () {
      settled = true;
      busy = false;
      resetForm();
      toast(L['desk.kept']);
    }, FORM_WAIT_MS);
    waiters[item.key] = function (outcome) {
      clearTimeout(release);
      if (settled) {
        return;
      }
      settled = true;
      busy = false;
      if (outcome === 'done') {
        resetForm();
      } else if (outcome === 'refused') {
        // Back into the form with its problems: nothing was recorded, the same key is kept.
        outbox = outbox.filter(function (o) { return o.key !== item.key; });
        saveOutbox();
        serverProblems = item.errors || {};
        refusalNote = otherProblems(item.errors, item.message);
        renderValidation();
      } else {
        resetForm();
        toast(L['desk.kept']);
      }
      renderOutbox();
    };
    pump();
  });

  // The lines of a refusal that belong to no field of the form (an offer already fulfilled, an organisation removed).
  function otherProblems(errors, message) {
    var lines = [];
    Object.keys(errors || {}).forEach(function (key) {
      if (!/^parties\[\d+\]\.gives$/.test(key) && key !== 'estimatedValue') {
        lines = lines.concat(errors[key]);
      }
    });
    return lines.length > 0 ? lines.join(' ') : Object.keys(errors || {}).length === 0 ? message || '' : '';
  }

  function submitCorrection() {
    var editing = draft.editing;
    busy = true;
    renderValidation();
    request('PUT', api + '/deals/' + editing.number, { version: editing.version, deal: command() }).then(function (answer) {
      busy = false;
      if (answer.ok) {
        toast(format(L['control.corrected'], editing.number));
        resetForm();
        refreshDeals();
      } else if (answer.status === 401 || answer.status === 403) {
        signInNeeded();
        renderValidation();
      } else {
        serverProblems = fieldsOf(answer.body);
        refusalNote = otherProblems(serverProblems, problemLines(answer.body).join(' '));
        renderValidation();
      }
    }, function () {
      busy = false;
      renderValidation();
      problemsNode.textContent = L['desk.correctNeedsNetwork'];
    });
  }

  // A refusal's problems by field, for the form ("parties[1].gives" next to party 2); others show under the form.
  function fieldsOf(body) {
    var fields = {};
    Object.keys((body && body.errors) || {}).forEach(function (key) {
      fields[key] = body.errors[key];
    });
    return fields;
  }

  // ---------------------------------------------------------------- the outbox

  var pumping = false;
  var pumpTimer = null;
  var attempt = 0;
  var waiters = {};                         // key -> the form waiting for that deal's outcome

  // Sends one waiting deal. Resolves 'done', 'refused' (the server said no: the facilitator must fix it), or
  // 'later' (no answer: it stays and is sent again).
  function send(item) {
    item.state = 'sending';
    return request('POST', api + '/deals', item.command).then(function (answer) {
      if (answer.ok) {
        outbox = outbox.filter(function (o) { return o.key !== item.key; });
        saveOutbox();
        var deal = answer.body || {};
        toast(format(deal.status === 'pending' ? L['control.submitted'] : L['control.announced'], deal.number));
        refreshDeals();
        needsSignIn = false;
        return 'done';
      }
      if (answer.status === 401 || answer.status === 403) {
        item.state = 'signin';
        saveOutbox();
        signInNeeded();
        return 'later';
      }
      if (answer.status === 400 || answer.status === 404 || answer.status === 409 || answer.status === 422) {
        item.state = 'refused';
        item.errors = fieldsOf(answer.body);
        item.message = problemLines(answer.body).join(' ');
        saveOutbox();
        return 'refused';
      }
      item.state = 'waiting';
      saveOutbox();
      return 'later';
    }, function () {
      item.state = 'waiting';
      saveOutbox();
      return 'later';
    });
  }

  // Sends the waiting deals one after the other, oldest first, and tries again soon while any wait.
  function pump() {
    if (pumping) {
      return;
    }
    clearTimeout(pumpTimer);
    var next = outbox.filter(function (o) { return o.state === 'waiting' || o.state === 'sending' || (o.state === 'signin' && !needsSignIn); })[0];
    if (!next) {
      attempt = 0;
      renderOutbox();
      return;
    }
    pumping = true;
    renderOutbox();
    send(next).then(function (outcome) {
      pumping = false;
      var waiter = waiters[next.key];
      delete waiters[next.key];
      if (waiter) {
        waiter(outcome);
      }
      if (outcome === 'done') {
        attempt = 0;
        pumpTimer = setTimeout(pump, 0);
      } else if (outcome === 'refused') {
        if (outbox.some(function (o) { return o.key === next.key; })) {
          toast(L['desk.refusedOnArrival']);
        }
        pumpTimer = setTimeout(pump, 0);
      } else {
        pumpTimer = setTimeout(pump, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
      }
      renderOutbox();
    });
  }

  function signInNeeded() {
    needsSignIn = true;
    var link = el('a', null, L['desk.signIn']);
    link.href = '/account/login?returnUrl=' + encodeURIComponent(location.pathname);
    link.target = '_blank';
    link.rel = 'noopener';
    showBanner('signIn', L['desk.stateSignIn'] + ' ', link);
  }

  var bannerKind = null;
  function showBanner(kind, text, link) {
    var banner = field(root, 'banner');
    banner.textContent = text;
    if (link) {
      banner.appendChild(link);
    }
    banner.hidden = false;
    bannerKind = kind;
  }

  function hideBanner(kind) {
    if (bannerKind === kind) {
      field(root, 'banner').hidden = true;
      bannerKind = null;
    }
  }

  function renderOutbox() {
    var section = document.getElementById('outbox');
    var list = section.querySelector('.outbox-list');
    var waiting = outbox.filter(function (o) { return o.state !== 'refused'; }).length;
    var toFix = outbox.length - waiting;
    section.hidden = outbox.length === 0;
    var titles = [];
    if (waiting > 0) {
      titles.push(waiting === 1 ? L['desk.waitingOne'] : format(L['desk.waitingMany'], waiting));
    }
    if (toFix > 0) {
      titles.push(toFix === 1 ? L['desk.toFixOne'] : format(L['desk.toFixMany'], toFix));
    }
    document.getElementById('outbox-title').textContent = titles.join(' · ');
    var count = field(root, 'waiting');
    count.hidden = outbox.length === 0;
    count.textContent = titles.join(' · ');
    root.dataset.waiting = String(waiting);
    list.textContent = '';
    outbox.forEach(function (item) {
      var node = fromTemplate('tpl-outbox');
      node.dataset.key = item.key;
      node.dataset.state = item.state;
      field(node, 'summary').textContent = item.summary.map(function (p) {
        return p.name + (p.gives ? ' — ' + p.gives : '');
      }).join(' ⇄ ');
      field(node, 'state').textContent = item.state === 'refused' ? format(L['desk.stateRefused'], item.message || '')
        : item.state === 'sending' ? L['desk.stateSending']
        : item.state === 'signin' ? L['desk.stateSignIn']
        : L['desk.stateWaiting'];
      var actions = node.querySelector('.outbox-actions');
      actions.hidden = item.state !== 'refused';
      actions.querySelector('[data-action="fix"]').addEventListener('click', function () { fix(item); });
      actions.querySelector('[data-action="discard"]').addEventListener('click', function () {
        if (window.confirm(L['desk.discardConfirm'])) {
          outbox = outbox.filter(function (o) { return o.key !== item.key; });
          saveOutbox();
          renderOutbox();
        }
      });
      list.appendChild(node);
    });
  }

  // A refused deal goes back into the form, with its problems next to the fields and the same key (nothing was recorded).
  function fix(item) {
    draft = item.draft || emptyDraft();
    draft.key = item.key;
    draft.editing = null;
    outbox = outbox.filter(function (o) { return o.key !== item.key; });
    saveOutbox();
    serverProblems = item.errors || {};
    touched = {};
    saveDraft();
    refusalNote = otherProblems(item.errors, item.message);
    renderForm();
    renderOutbox();
    scheduleCheck();
    toast(L['desk.loadedForFix']);
    form.scrollIntoView({ block: 'start' });
  }

  // ---------------------------------------------------------------- the latest deals

  var dealsTimer = null;
  function refreshDeals() {
    clearTimeout(dealsTimer);
    dealsTimer = setTimeout(function () {
      request('GET', api + '/desk/deals').then(function (answer) {
        if (answer.ok && Array.isArray(answer.body)) {
          deals = answer.body;
          save('deals', deals);
          renderDeals();
          maybeStartCorrection();
        }
      }, function () { });
    }, 50);
  }

  function renderDeals() {
    var list = document.getElementById('deals');
    list.textContent = '';
    field(root, 'no-deals').hidden = deals.length > 0;
    deals.forEach(function (item) {
      var deal = item.deal;
      var node = fromTemplate('tpl-deal');
      node.dataset.deal = deal.number;
      node.dataset.status = deal.status;
      field(node, 'number').textContent = format(L['deal.number'], deal.number);
      var badge = field(node, 'badge');
      badge.textContent = deal.winWin ? L['deal.winWin'] : L['deal.oneWay'];
      badge.className = 'badge ' + (deal.winWin ? 'winwin' : 'oneway');
      var status = field(node, 'status');
      status.hidden = deal.status === 'announced';
      status.textContent = L.statuses[deal.status] || deal.status;
      status.className = 'status ' + deal.status;
      field(node, 'meta').textContent = time(deal.at) + (item.recordedBy ? ' · ' + item.recordedBy : '');
      var parties = node.querySelector('.deal-parties');
      deal.parties.forEach(function (p, i) {
        var line = el('li');
        line.appendChild(el('strong', null, p.name));
        line.appendChild(document.createTextNode(' — ' + (p.gives || L['deal.receives'])));
        // What the party answered on its own link: its confirmation replaces the signature on the paper form.
        var answer = item.answers && item.answers[i];
        if (answer === 'confirmed' || answer === 'disputed') {
          line.appendChild(el('span', 'answer ' + answer, (answer === 'confirmed' ? ' ✓ ' : ' ⚠ ') + L[answer === 'confirmed' ? 'party.answer.Confirmed' : 'party.answer.Disputed']));
        }
        parties.appendChild(line);
      });
      var reason = field(node, 'reason');
      reason.hidden = !item.statusReason;
      reason.textContent = item.statusReason || '';
      var correct = node.querySelector('[data-action="correct"]');
      // Until the staff view has come (its version), a deal can be seen, not yet changed.
      correct.hidden = deal.status === 'retracted' || !item.version;
      correct.addEventListener('click', function () { startCorrection(item); });
      var retract = node.querySelector('[data-action="retract"]');
      retract.hidden = deal.status !== 'announced' || !item.version;
      retract.addEventListener('click', function () { askRetract(item); });
      var matchForm = node.querySelector('[data-action="form"]');
      matchForm.hidden = !item.privateToken;
      matchForm.href = '/m/' + item.privateToken;
      list.appendChild(node);
    });
  }

  // A deal change from the feed shows at once; the staff view (its version, its reason) follows with the next read.
  function showDealAtOnce(deal) {
    var known = deals.filter(function (d) { return d.deal.number === deal.number; })[0];
    if (known) {
      known.deal = deal;
      // Its version changed with it: no correction from this desk until the staff view brings the new one.
      known.version = null;
    } else {
      deals.unshift({ deal: deal, version: null, statusReason: null, recordedBy: '', estimatedValue: null, categoryId: null, privateToken: '' });
    }
    renderDeals();
  }

  function startCorrection(item) {
    var deal = item.deal;
    draft = {
      key: newKey(),
      editing: { number: deal.number, version: item.version, fulfils: deal.fulfils.slice() },
      parties: deal.parties.map(function (p) {
        var org = organization(p.organizationId);
        return { orgId: p.organizationId, text: org ? label(org) : p.name, gives: p.gives || '' };
      }),
      categoryId: item.categoryId,
      value: item.estimatedValue,
      valueTyped: true,
      fulfils: deal.fulfils.slice()
    };
    serverProblems = {};
    touched = {};
    saveDraft();
    renderForm();
    form.scrollIntoView({ block: 'start' });
    document.getElementById('party-1').focus();
  }

  // ?correct=12 from the control panel: the deal is loaded into the form once the list is here.
  var wantedCorrection = new URLSearchParams(location.search).get('correct');
  function maybeStartCorrection() {
    if (!wantedCorrection || !data) {
      return;
    }
    var number = +wantedCorrection;
    var item = deals.filter(function (d) { return d.deal.number === number; })[0];
    wantedCorrection = null;
    history.replaceState(null, '', location.pathname);
    if (item) {
      startCorrection(item);
    } else {
      toast(L['desk.dealGone']);
    }
  }

  var retractDialog = document.getElementById('retract-dialog');
  var retracting = null;
  function askRetract(item) {
    retracting = item;
    document.getElementById('retract-title').textContent = format(L['control.retractTitle'], item.deal.number);
    document.getElementById('retract-reason').value = '';
    document.getElementById('retract-msg').textContent = '';
    retractDialog.showModal();
  }
  retractDialog.querySelector('[data-action="cancel"]').addEventListener('click', function () { retractDialog.close(); });
  retractDialog.querySelector('form').addEventListener('submit', function (e) {
    e.preventDefault();
    var item = retracting;
    var reason = document.getElementById('retract-reason').value.trim();
    if (!item || !reason) {
      return;
    }
    request('POST', api + '/deals/' + item.deal.number + '/retract', { version: item.version, reason: reason }).then(function (answer) {
      if (answer.ok) {
        retractDialog.close();
        toast(format(L['control.retracted'], item.deal.number));
        refreshDeals();
      } else {
        document.getElementById('retract-msg').textContent = problemLines(answer.body).join(' ');
      }
    }, function () {
      document.getElementById('retract-msg').textContent = L['desk.correctNeedsNetwork'];
    });
  });

  // ---------------------------------------------------------------- calls from the tables

  function refreshCalls() {
    request('GET', api + '/calls').then(function (answer) {
      if (answer.ok && Array.isArray(answer.body)) {
        calls = answer.body;
        renderCalls();
      }
    }, function () { });
  }

  function renderCalls() {
    var section = document.getElementById('calls');
    var list = section.querySelector('.call-list');
    var open = calls.filter(function (c) { return c.status === 'waiting' || c.status === 'onTheWay'; });
    section.hidden = open.length === 0;
    list.textContent = '';
    open.forEach(function (call) {
      var node = fromTemplate('tpl-call');
      node.dataset.call = call.id;
      node.dataset.status = call.status;
      field(node, 'name').textContent = call.organizationName + (call.table ? ' · ' + L['organization.table'] + ' ' + call.table : '');
      field(node, 'meta').textContent = call.status === 'onTheWay' && call.answeredByName
        ? format(L['call.onTheWayBy'], call.answeredByName)
        : format(L['call.waitingSince'], time(call.createdAt));
      var take = node.querySelector('[data-action="take"]');
      take.hidden = call.status !== 'waiting';
      take.addEventListener('click', function () { callAction(call, 'take'); });
      node.querySelector('[data-action="done"]').addEventListener('click', function () { callAction(call, 'done'); });
      list.appendChild(node);
    });
  }

  function callAction(call, action) {
    request('POST', api + '/calls/' + call.id + '/' + action).then(function () { refreshCalls(); }, function () { });
  }

  // ---------------------------------------------------------------- the event's data, kept current

  function storeData() {
    save('data', data);
  }

  function refreshData() {
    return request('GET', api + '/desk').then(function (answer) {
      if (answer.status === 401 || answer.status === 403) {
        signInNeeded();
        return;
      }
      if (!answer.ok || !answer.body) {
        return;
      }
      data = answer.body;
      storeData();
      renderAfterData();
    }, function () { });
  }

  function renderAfterData() {
    renderCategories();
    if (partiesNode.children.length !== draft.parties.length) {
      renderParties();
    } else {
      draft.parties.forEach(function (_, i) { renderPartyExtras(partyNode(i), i); });
    }
    renderFulfils();
    renderValidation();
    hideBanner('noData');
    ready();
  }

  function upsert(list, item) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].id === item.id) {
        list[i] = item;
        return;
      }
    }
    list.push(item);
  }

  function categoryIdOf(key) {
    var found = data.categories.filter(function (c) { return c.key === key; })[0];
    return found ? found.id : null;
  }

  var dataChangedTimer = null;
  function dataChanged() {
    storeData();
    clearTimeout(dataChangedTimer);
    dataChangedTimer = setTimeout(function () {
      draft.parties.forEach(function (_, i) {
        var node = partyNode(i);
        if (node) {
          renderPartyExtras(node, i);
        }
      });
      renderFulfils();
      renderValidation();
    }, 100);
  }

  function onEntry(entry) {
    if (!data) {
      return;
    }
    var p = entry.payload;
    if (entry.type === 'listing.upserted') {
      upsert(data.listings, { id: p.id, organizationId: p.organizationId, kind: p.kind, categoryId: categoryIdOf(p.category && p.category.key), title: p.title, status: p.status });
    } else if (entry.type === 'organization.upserted') {
      upsert(data.organizations, { id: p.id, name: p.name, kind: p.kind, table: p.table, isPresent: p.isPresent });
      data.organizations.sort(function (a, b) { return fold(a.name) < fold(b.name) ? -1 : 1; });
    } else if (entry.type === 'deal.announced' || entry.type === 'deal.updated') {
      // Fulfilled offers and requests leave with the deal; reopened ones come back as listing changes.
      (p.fulfils || []).forEach(function (id) {
        var l = listing(id);
        if (l) {
          l.status = 'fulfilled';
        }
      });
    }
    data.seq = entry.seq;
    dataChanged();
  }

  function connectLive() {
    if (!window.WinwinLive || !window.signalR || !data) {
      return;
    }
    window.WinwinLive.connect({ slug: slug, seq: data.seq, hub: config.hub, screen: 'desk' }, {
      onStatus: function (state) {
        var wasOnline = online;
        online = state === 'live';
        renderStatus();
        if (online && !wasOnline) {
          // Back: send what waits, and catch up on the deals and calls.
          attempt = 0;
          pump();
          refreshDeals();
          refreshCalls();
          renderValidation();
        }
      },
      onSnapshot: function (snapshot) {
        // A fresh start (first join, or too much missed): the desk reloads its own data.
        if (data) {
          data.seq = snapshot.seq;
        }
        refreshData();
        refreshDeals();
        refreshCalls();
      },
      onEntry: function (entry) {
        onEntry(entry);
        if (entry.type.indexOf('deal.') === 0) {
          showDealAtOnce(entry.payload);
          refreshDeals();
        }
      },
      on: {
        StaffChange: function (topic) {
          if (topic === 'deals') {
            refreshDeals();
          } else if (topic === 'calls') {
            refreshCalls();
          } else if (topic === 'event') {
            refreshData();
          }
        }
      }
    });
  }

  // ---------------------------------------------------------------- connection state

  function noteNetwork(ok) {
    if (networkOk !== ok) {
      networkOk = ok;
      renderStatus();
    }
  }

  // Online while the live connection is up; offline once it was lost, or as soon as a request fails; "connecting"
  // only at the start.
  var wasEverOnline = false;
  function renderStatus() {
    wasEverOnline = wasEverOnline || online;
    var state = online ? 'live' : wasEverOnline || !networkOk ? 'offline' : 'connecting';
    root.dataset.connection = state;
    field(root, 'connection').textContent = state === 'live' ? L['desk.online'] : state === 'offline' ? L['desk.offline'] : L['desk.connecting'];
  }

  function ready() {
    root.dataset.ready = 'true';
  }

  // ---------------------------------------------------------------- start

  window.addEventListener('storage', function (e) {
    // Another tab of this desk changed the outbox: show the same.
    if (e.key === storeKey + 'outbox') {
      outbox = load('outbox', []);
      renderOutbox();
    }
  });
  window.addEventListener('online', function () { attempt = 0; pump(); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      attempt = 0;
      needsSignIn = false;
      pump();
    }
  });
  window.addEventListener('focus', function () {
    if (needsSignIn) {
      needsSignIn = false;
      hideBanner('signIn');
      outbox.forEach(function (o) {
        if (o.state === 'signin') {
          o.state = 'waiting';
        }
      });
      pump();
    }
  });

  // Suggestions open the desk with ?links=offer-request,…: the form is filled from those offers and requests.
  function prefillFromLinks() {
    var links = new URLSearchParams(location.search).get('links');
    if (!links || !data) {
      return;
    }
    history.replaceState(null, '', location.pathname);
    var next = emptyDraft();
    next.parties = [];
    function partyOf(orgId) {
      var found = next.parties.filter(function (p) { return p.orgId === orgId; })[0];
      if (!found) {
        var org = organization(orgId);
        found = { orgId: orgId, text: org ? label(org) : '', gives: '' };
        next.parties.push(found);
      }
      return found;
    }
    links.split(',').forEach(function (pair) {
      var ids = pair.split('-');
      var offer = listing(+ids[0]);
      var wanted = listing(+ids[1]);
      if (!offer || !wanted) {
        return;
      }
      var giver = partyOf(offer.organizationId);
      giver.gives = giver.gives ? giver.gives + ' ; ' + offer.title : offer.title;
      partyOf(wanted.organizationId);
      [offer.id, wanted.id].forEach(function (id) {
        if (next.fulfils.indexOf(id) < 0) {
          next.fulfils.push(id);
        }
      });
      if (next.categoryId == null) {
        next.categoryId = offer.categoryId;
        var c = category(offer.categoryId);
        next.value = c && c.defaultValue != null ? c.defaultValue : null;
      }
    });
    while (next.parties.length < 2) {
      next.parties.push(emptyParty());
    }
    draft = next;
    saveDraft();
    renderForm();
    scheduleCheck();
  }

  // The first load: from what this browser kept (at once, also offline), then from the server; a desk that has never
  // had its data keeps asking until the network gives it.
  function firstLoad() {
    refreshData().then(function () {
      if (!data) {
        setTimeout(firstLoad, 3000);
        return;
      }
      if (networkOk) {
        keepCopy();
      }
      prefillFromLinks();
      connectLive();
      refreshDeals();
      refreshCalls();
      pump();
    });
  }

  function start() {
    renderStatus();
    renderOutbox();
    renderDeals();
    renderForm();
    if (data) {
      ready();
    } else {
      showBanner('noData', L['desk.noData']);
    }
    firstLoad();
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/control/desk-sw.js', { scope: '/control/' }).catch(function () { });
    }
  }

  // A copy of this page and its files for the service worker (desk-sw.js), taken each time the desk opens online:
  // a reload during a network cut then still opens the desk.
  function keepCopy() {
    if (!window.caches || !('serviceWorker' in navigator)) {
      return;
    }
    var files = Array.prototype.map.call(document.querySelectorAll('script[src], link[rel="stylesheet"]'), function (node) {
      return node.src || node.href;
    });
    caches.open('winwin-desk-pages-v1').then(function (cache) {
      return cache.add(location.origin + location.pathname);
    }).catch(function () { });
    caches.open('winwin-desk-files-v1').then(function (cache) {
      return cache.addAll(files).then(function () {
        // Files of earlier versions go: the page only ever asks for the ones it names.
        return cache.keys().then(function (keys) {
          keys.forEach(function (key) {
            if (files.indexOf(key.url) < 0) {
              cache.delete(key);
            }
          });
        });
      });
    }).catch(function () { });
  }

  start();
})();
