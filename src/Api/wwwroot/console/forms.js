// What a post did is where the eye is: the message a success leads to (#message, a status) or, when the form came back
// refused, the summary of what to fix (the first .problem announced as an alert), else the first field at fault, takes
// the focus, so that a phone scrolls to it and a screen reader reads it.
(() => {
  const summary = document.querySelector('main .problem[role=alert]');
  const target = document.getElementById('message') ?? summary ?? document.querySelector('main :is(input, select, textarea)[aria-invalid=true]');
  if (!target) return;
  if (target === summary && !summary.hasAttribute('tabindex')) summary.tabIndex = -1;
  target.focus();
})();

// The console's forms are idempotent (docs/adr/0022): each carries a one-time token, the command's Idempotency-Key,
// written when the page is. Chromium keeps no page sent with Cache-Control: no-store in its back/forward cache: going
// back fetches the page again, whose forms get new tokens, and restores what was typed but not hidden fields. So the
// tokens a page was shown with are kept in its history entry and put back when one returns to it: the same form sent
// again is answered "already recorded". A page reached otherwise (a link, a reload) keeps the tokens it was written with.
// A date input holding a day that does not exist (31/02) sends nothing, as if left blank: it sends "invalid" too, so that
// the page says so beside the field (FormValues.Date) instead of recording the form without it.
document.addEventListener('submit', event => {
  for (const input of event.target.querySelectorAll('input[type=date]')) {
    if (!input.validity.badInput) continue;
    const typed = Object.assign(document.createElement('input'), { type: 'hidden', name: input.name, value: 'invalid' });
    input.after(typed);
  }
});

(() => {
  const seen = new Map();
  const tokens = [...document.querySelectorAll('form')].flatMap(form => {
    const action = form.getAttribute('action') ?? location.pathname;
    const n = seen.set(action, (seen.get(action) ?? -1) + 1).get(action);
    return [...form.querySelectorAll('input[name=once]')].map(input => [form.id || `${action}#${n}`, input]);
  });
  if (tokens.length === 0) return;
  const back = performance.getEntriesByType('navigation')[0]?.type === 'back_forward';
  const kept = back ? history.state?.once ?? {} : {};
  for (const [key, input] of tokens) if (kept[key]) input.value = kept[key];
  history.replaceState({ ...history.state, once: Object.fromEntries(tokens.map(([key, input]) => [key, input.value])) }, '');
})();
