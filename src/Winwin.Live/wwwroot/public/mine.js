// The participant's own page: remembers its organisation on this device, calls a facilitator and
// follows the call's state (a small poll: no live connection needed for one status line).
(() => {
  "use strict";
  const root = document.querySelector(".mine");
  if (!root) return;
  const slug = root.dataset.slug;
  const org = root.dataset.org;
  const orgKey = `winwin.org.${slug}`;
  const callKey = `winwin.call.${slug}`;
  const store = {
    get: k => { try { return localStorage.getItem(k); } catch { return null; } },
    set: (k, v) => { try { localStorage.setItem(k, v); } catch { /* private mode */ } },
    remove: k => { try { localStorage.removeItem(k); } catch { /* private mode */ } },
  };

  if (!org) {
    const remembered = store.get(orgKey);
    if (remembered && !new URLSearchParams(location.search).has("org")) {
      location.replace(`/e/${encodeURIComponent(slug)}/mine?org=${encodeURIComponent(remembered)}`);
    }
    return;
  }
  store.set(orgKey, org);
  const select = document.getElementById("org");
  select?.addEventListener("change", () => select.form.submit());

  const button = document.getElementById("call");
  const state = document.getElementById("call-state");
  button.hidden = false;
  let timer = 0;

  const show = call => {
    const open = call.status === "waiting" || call.status === "onTheWay";
    button.disabled = open;
    if (call.status === "waiting") {
      state.textContent = call.aheadInQueue > 0 ? state.dataset.ahead.replace("{0}", call.aheadInQueue) : state.dataset.waiting;
    } else if (call.status === "onTheWay") {
      state.textContent = state.dataset.ontheway;
    } else {
      state.textContent = state.dataset[call.status === "done" ? "done" : "cancelled"];
      store.remove(callKey);
    }
    state.dataset.status = call.status;
    clearTimeout(timer);
    if (open) timer = setTimeout(() => follow(call.id), 4000);
  };

  const follow = async id => {
    try {
      const response = await fetch(`/api/events/${encodeURIComponent(slug)}/calls/${id}`, { headers: { Accept: "application/json" } });
      if (response.status === 404) { store.remove(callKey); return; }
      if (response.ok) { show(await response.json()); return; }
    } catch { /* weak Wi-Fi: try again */ }
    timer = setTimeout(() => follow(id), 8000);
  };

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const response = await fetch(`/api/events/${encodeURIComponent(slug)}/calls`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ organizationId: Number(org), device: window.WinwinDevice.id() }),
      });
      if (response.ok) {
        const call = await response.json();
        store.set(callKey, JSON.stringify({ id: call.id, org }));
        show(call);
        return;
      }
      const problem = await response.json().catch(() => null);
      state.textContent = problem?.detail ?? Object.values(problem?.errors ?? {}).flat()[0] ?? state.dataset.failed;
    } catch {
      state.textContent = state.dataset.failed;
    }
    button.disabled = false;
  });

  const saved = JSON.parse(store.get(callKey) ?? "null");
  if (saved && saved.org === org) follow(saved.id);
})();
