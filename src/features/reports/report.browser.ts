/**
 * Headless Chromium (the system's, through playwright-core) for the two jobs a browser does best here:
 * printing the report's HTML to PDF, and drawing a figure's SVG as a PNG for Word. One session
 * launches the browser on first use and is closed by whoever opened it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

export interface BrowserSession {
  browser(): Promise<Browser>;
  close(): Promise<void>;
}

export function openBrowserSession(chromiumPath: string): BrowserSession {
  let launched: Promise<Browser> | null = null;
  return {
    browser() {
      if (!launched) {
        if (!existsSync(chromiumPath)) {
          throw new Error(`Chromium is not installed at ${chromiumPath}: install it ("apt-get install -y chromium") or set CHROMIUM_PATH.`);
        }
        // Loaded on first use: most commands and requests never need a browser.
        launched = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }));
      }
      return launched;
    },
    async close() {
      if (launched) await (await launched).close();
      launched = null;
    },
  };
}

/**
 * Starts Chromium now, without waiting for it: launched while a report's model is gathered, it is
 * ready when the first PDF or Word file needs it. A failure to start shows when it is first used.
 */
export function startBrowser(session: BrowserSession): void {
  try {
    session.browser().catch(() => undefined);
  } catch {
    // Not installed: said when a format needs it.
  }
}

export interface PdfOptions {
  headerTemplate: string;
  footerTemplate: string;
}

/** Prints a complete HTML document to an A4 PDF with running header and footer, bookmarks and tags. */
export async function printPdf(session: BrowserSession, html: string, options: PdfOptions): Promise<Buffer> {
  const context = await (await session.browser()).newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: options.headerTemplate,
      footerTemplate: options.footerTemplate,
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
      outline: true,
      tagged: true,
    });
  } finally {
    await context.close();
  }
}

export interface Png {
  data: Buffer;
  /** The size the SVG is drawn at, in CSS pixels (the PNG has twice as many, for print). */
  width: number;
  height: number;
}

const pngCache = new Map<string, Png>();
const pngCacheLimit = 100;

function sizeOf(svg: string): { width: number; height: number } {
  return { width: Math.ceil(Number(/\bwidth="([\d.]+)"/.exec(svg)?.[1] ?? 600)), height: Math.ceil(Number(/\bheight="([\d.]+)"/.exec(svg)?.[1] ?? 400)) };
}

/**
 * Draws SVGs as PNGs (at twice their size, for print). All of them are laid out on one page, one
 * under the other at whole-pixel offsets, and each is cut out of it: one page load for a whole report.
 * The same SVG gives the same PNG, so results are cached.
 */
export async function svgsToPngs(session: BrowserSession, svgs: string[]): Promise<Png[]> {
  const keys = svgs.map((svg) => createHash('sha256').update(svg).digest('hex'));
  const missing = [...new Set(svgs.filter((_, index) => !pngCache.has(keys[index] as string)))];
  if (missing.length > 0) {
    const gap = 8;
    const sizes = missing.map(sizeOf);
    const tops = sizes.map((_, index) => sizes.slice(0, index).reduce((sum, size) => sum + size.height + gap, 0));
    const width = Math.max(...sizes.map((size) => size.width));
    const height = sizes.reduce((sum, size) => sum + size.height + gap, 0);
    const context = await (await session.browser()).newContext({ javaScriptEnabled: false, offline: true, deviceScaleFactor: 2, viewport: { width, height } });
    try {
      const page = await context.newPage();
      const body = missing.map((svg, index) => `<div style="position:absolute;left:0;top:${tops[index]}px">${svg}</div>`).join('');
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${body}</body></html>`, { waitUntil: 'load' });
      for (const [index, svg] of missing.entries()) {
        const size = sizes[index] as { width: number; height: number };
        const data = await page.screenshot({ type: 'png', clip: { x: 0, y: tops[index] as number, width: size.width, height: size.height }, animations: 'disabled', caret: 'hide' });
        if (pngCache.size >= pngCacheLimit) pngCache.delete(pngCache.keys().next().value as string);
        pngCache.set(createHash('sha256').update(svg).digest('hex'), { data, ...size });
      }
    } finally {
      await context.close();
    }
  }
  return keys.map((key) => pngCache.get(key) as Png);
}
