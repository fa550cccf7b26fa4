import { describe, expect, it } from 'vitest';
import { bestTextOn, brandStylesheet, contrastRatio, groupSlug, shownRatio } from './group';

describe('the group as files and colours name it', () => {
  it('makes file names from the short name', () => {
    expect(groupSlug('ICAT')).toBe('icat');
    expect(groupSlug('Groupe Nord – Sécurité')).toBe('groupe-nord-securite');
    expect(groupSlug('打击')).toBe('group');
    expect(groupSlug('  ../etc/passwd ')).toBe('etc-passwd');
  });

  it('computes WCAG contrast, rounded down when shown', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(shownRatio(contrastRatio('#ffffff', '#767676'))).toBe(4.54);
    expect(shownRatio(4.4999)).toBe(4.49);
    expect(bestTextOn('#ffff00').text).toBe('#1b1f24');
    expect(bestTextOn('#0f3d66').text).toBe('#ffffff');
  });

  it('writes a light header colour with dark text', () => {
    const css = brandStylesheet({ primary: '#ffd966', accent: '#1a5e9a' });
    expect(css).toContain('--brand-primary: #ffd966;');
    expect(css).toContain('--brand-on-primary: #1b1f24;');
    expect(css).toContain('--accent: #1a5e9a;');
  });
});
