// The annual report workspace, enhanced: the preview follows the text as it is typed, and a running
// generation shows its progress without reloading. Without this file the Preview button and the
// page's own reloading do the same.
(() => {
  const csrf = () => document.querySelector('input[name="_csrf"]')?.value ?? '';

  for (const textarea of document.querySelectorAll('textarea[data-preview-url]')) {
    const target = document.getElementById(textarea.dataset.previewTarget);
    if (!target) continue;
    let timer = null;
    let sent = 0;
    textarea.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const request = ++sent;
        const body = new URLSearchParams({ markdown: textarea.value, _csrf: csrf() });
        try {
          const response = await fetch(textarea.dataset.previewUrl, { method: 'POST', body, credentials: 'same-origin' });
          // The server sends sanitized HTML: the same renderer as the report itself.
          if (response.ok && request === sent) target.innerHTML = await response.text();
        } catch {
          // Offline or the server is restarting: the Preview button still works.
        }
      }, 400);
    });
  }

  const job = document.querySelector('[data-job-url]');
  if (job) {
    const progress = document.getElementById('job-progress');
    const poll = async () => {
      try {
        const response = await fetch(job.dataset.jobUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) return;
        const state = await response.json();
        if (progress) progress.value = state.progress;
        if (state.status === 'done' || state.status === 'failed') {
          window.location.reload();
          return;
        }
      } catch {
        // Keep trying: the page's own reload is the fallback.
      }
      setTimeout(poll, 1000);
    };
    setTimeout(poll, 1000);
  }
})();
