import { describe, expect, it } from 'vitest';
import { isAppError } from './errors';
import { checkLogo, sanitizeSvg } from './logo';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isAppError(error, 'VALIDATION')) return error.details.fields?.[0]?.message ?? error.message;
    throw error;
  }
  throw new Error('not refused');
}

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;

describe('the logo check', () => {
  it("keeps what draws and drops comments, processing instructions and editors' metadata", () => {
    const clean = sanitizeSvg(
      `<?xml version="1.0"?><?xml-stylesheet href="x.css"?>${svg('<!-- note --><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><inkscape:x xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"/><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><rect fill="url(#g)" width="1" height="1"/><use xlink:href="#g"/>', ' viewBox="0 0 1 1"')}`,
      'logo.svg',
    );
    expect(clean).toContain('<rect fill="url(#g)" width="1" height="1"></rect>');
    expect(clean).toContain('<use xlink:href="#g"></use>');
    expect(clean).toContain('viewBox="0 0 1 1"');
    expect(clean).not.toMatch(/note|inkscape|xml-stylesheet/);
  });

  it('refuses scripts, handlers, outside references and document types, naming each', () => {
    expect(refusal(() => sanitizeSvg(svg('<script>alert(1)</script>'), 'a.svg'))).toContain('a script or embedded content (<script>)');
    expect(refusal(() => sanitizeSvg(svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'a.svg'))).toContain('<foreignObject>');
    expect(refusal(() => sanitizeSvg(svg('', ' onload="alert(1)"'), 'a.svg'))).toContain('an event handler (onload)');
    expect(refusal(() => sanitizeSvg(svg('<use xlink:href="https://evil.example/s.svg#x"/>'), 'a.svg'))).toContain('https://evil.example/s.svg#x');
    expect(refusal(() => sanitizeSvg(svg('<use href="data:image/svg+xml;base64,AAAA"/>'), 'a.svg'))).toContain('a link to another file');
    expect(refusal(() => sanitizeSvg(svg('<style>@import "https://evil.example/a.css";</style>'), 'a.svg'))).toContain('@import');
    expect(refusal(() => sanitizeSvg(svg('<style>rect { fill: url(https://evil.example/x) }</style>'), 'a.svg'))).toContain('https://evil.example/x');
    expect(refusal(() => sanitizeSvg(`<!DOCTYPE svg [<!ENTITY a "b">]>${svg('')}`, 'a.svg'))).toContain('a document type declaration');
    expect(refusal(() => sanitizeSvg('<html><svg xmlns="http://www.w3.org/2000/svg"/></html>', 'page.svg'))).toContain('not a well-formed SVG image');
    expect(refusal(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'broken.svg'))).toContain('not a well-formed SVG image');
  });

  it('takes a PNG by its bytes and refuses other files and large ones', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(checkLogo(png, 'logo.png').mimeType).toBe('image/png');
    expect(refusal(() => checkLogo(Buffer.from('%PDF-1.7'), 'logo.pdf'))).toContain('“logo.pdf” is neither');
    expect(refusal(() => checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg'))).toContain('“photo.jpg” is neither');
    expect(refusal(() => checkLogo(Buffer.concat([png, Buffer.alloc(513 * 1024)]), 'big.png'))).toContain('at most 512 KB');
  });
});
