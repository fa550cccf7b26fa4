// Progressive enhancement only: every page works without this file.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const message = form.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

// The live tally of an open endorsement round: refreshed from the JSON API while the page is open.
for (const element of document.querySelectorAll('[data-live-tally]')) {
  const url = element.dataset.liveTally;
  const timer = window.setInterval(async () => {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const round = await response.json();
      if (round.text && element.textContent !== round.text) element.textContent = round.text;
      if (!round.open) window.clearInterval(timer);
    } catch {
      // Offline for a moment: the next tick tries again.
    }
  }, 15000);
}

// A form shown again with problems: the focus goes to its error summary (GOV.UK pattern), so a screen
// reader reads it first; a link of the summary puts the focus in its field, not only the view.
const errorSummary = document.querySelector('[data-error-summary]');
if (errorSummary instanceof HTMLElement) errorSummary.focus();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
  if (!link) return;
  const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
  if (!target) return;
  event.preventDefault();
  const control = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
  (target.closest('.field') ?? target).scrollIntoView({ block: 'start' });
  (control ?? target).focus({ preventScroll: true });
});
