// The registration form: the no-money rule checked as one types (the server checks again on sending).
(() => {
  const confirmBox = document.getElementById('confirm-money');
  const verdicts = new Map();
  const timers = new WeakMap();

  function showConfirm() {
    if (confirmBox && [...verdicts.values()].includes('warn')) {
      confirmBox.hidden = false;
    }
  }

  async function check(field) {
    const hint = field.closest('.field')?.querySelector('.money-hint');
    const text = field.value.trim();
    if (!hint) return;
    if (!text) {
      hint.textContent = '';
      verdicts.delete(field.id);
      return;
    }
    try {
      const response = await fetch('/api/money-check?text=' + encodeURIComponent(text.slice(0, 1000)), { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const answer = await response.json();
      if (field.value.trim() !== text) return;
      verdicts.set(field.id, answer.verdict);
      hint.textContent = answer.message || '';
      hint.className = 'money-hint ' + answer.verdict;
      field.setAttribute('aria-invalid', answer.verdict === 'refuse' ? 'true' : 'false');
      showConfirm();
    } catch {
      // Offline: the server checks on sending.
    }
  }

  // A name or a title is one line: Enter sends the form, as in any single-line field.
  document.querySelectorAll('textarea.line').forEach(field => {
    field.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        event.preventDefault();
        field.form?.requestSubmit();
      }
    });
  });

  // A second press while the form is on its way (a slow phone, an impatient thumb) would register the organisation twice.
  const form = document.querySelector('.register-form');
  let sending = false;
  form?.addEventListener('submit', event => {
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
  });
  window.addEventListener('pageshow', () => { sending = false; });

  document.querySelectorAll('[data-money]').forEach(field => {
    field.addEventListener('input', () => {
      clearTimeout(timers.get(field));
      timers.set(field, setTimeout(() => check(field), 450));
    });
    if (field.value.trim()) check(field);
  });
})();
