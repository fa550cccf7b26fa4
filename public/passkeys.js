// Passkeys: adding one (/account/passkeys) and signing in with one (/login). WebAuthn needs script;
// the forms stay hidden, and the pages work with a password and code, where it is missing.
(function () {
  const supported = Boolean(window.PublicKeyCredential && PublicKeyCredential.parseCreationOptionsFromJSON && PublicKeyCredential.parseRequestOptionsFromJSON);

  async function post(url, csrf, body) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body || {}),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error((data.error && data.error.message) || response.statusText);
    return data;
  }

  function say(form, text) {
    const output = form.querySelector('[data-passkey-message]');
    output.textContent = text;
    output.hidden = false;
  }

  for (const form of document.querySelectorAll('form[data-passkey]')) {
    if (!supported) {
      const note = document.querySelector('[data-passkey-unsupported]');
      if (note) note.hidden = false;
      continue;
    }
    form.hidden = false;
    const noScript = document.querySelector('[data-passkey-noscript]');
    if (noScript) noScript.hidden = true;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const csrf = form.elements._csrf.value;
      const adding = form.dataset.passkey === 'add';
      try {
        const options = await post(form.dataset.options, csrf);
        let credential;
        try {
          credential = adding
            ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
            : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        } catch {
          say(form, form.dataset.cancelled);
          return;
        }
        const body = adding ? { name: form.elements.name.value, response: credential.toJSON() } : { next: form.elements.next.value, response: credential.toJSON() };
        const result = await post(form.action, csrf, body);
        window.location.assign(result.redirect);
      } catch (error) {
        say(form, error.message);
      }
    });
  }
})();
