/** QR codes drawn on the server as inline SVG: the page needs no script to show one. */
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { escapeHtml, trustedHtml, type SafeHtml } from './html';

/** An SVG QR code of `text`, with a text alternative; it scales with the CSS width of the element. */
export function qrCodeSvg(text: string, label: string): SafeHtml {
  const code = generate(text);
  const size = code.size + 8;
  const path = toSvgPath(code);
  return trustedHtml(
    `<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${size} ${size}" width="200" height="200" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges">` +
      `<rect x="-4" y="-4" width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`,
  );
}
