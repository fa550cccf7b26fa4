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
