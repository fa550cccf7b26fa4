/**
 * Markup that is already safe to send. Everything else that reaches a page is text and gets escaped.
 * Only the JSX runtime, the Markdown sanitizer and the figure renderer create it.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** Trusts markup produced by a sanitizer or renderer this project controls. Never pass user input. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export function renderDocument(page: SafeHtml): string {
  return `<!doctype html>\n${page.value}`;
}
