/** The fuzz suite's detector of live markup: it must see live script, and must not mistake escaped text for it. */
import { describe, expect, it } from 'vitest';
import { liveMarkup, markupPayloads } from './hostile-strings';

describe('live markup detection', () => {
  it('finds each payload when it stands unescaped in a page', () => {
    // Markdown, a comment and a style attribute (no browser runs javascript: in CSS) are not live by themselves.
    for (const payload of markupPayloads.filter((candidate) => !/^(\[|<!--|<div style)/.test(candidate))) {
      expect(liveMarkup(`<p>${payload}</p>`), payload).not.toBeNull();
    }
    expect(liveMarkup('<a href="&#106;avascript:alert(1)">x</a>')).not.toBeNull();
  });

  it('ignores escaped text, quoted attribute values and our own script tags', () => {
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const payload of markupPayloads) {
      expect(liveMarkup(`<p>${escaped(payload)}</p><input value="${escaped(payload)}">`), payload).toBeNull();
    }
    expect(liveMarkup('<script src="/assets/site.js"></script>')).toBeNull();
  });
});
