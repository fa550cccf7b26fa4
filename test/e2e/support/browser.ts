/**
 * Browser tests: the real app on a seeded PGlite, listening on a free port, driven by Debian's
 * Chromium through playwright-core. A missing Chromium fails the run with the command that installs it.
 */
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestContext, type TestContext } from '../../support/build-test-app';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface BrowserContext {
  test: TestContext;
  browser: Browser;
  baseUrl: string;
  page(): Promise<Page>;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts the app and a browser for the tests of a file. With `localhost`, the app is reached as
 * http://localhost:PORT, which is also its PUBLIC_URL: WebAuthn and OpenID Connect need the page's
 * origin to be the platform's public address (and WebAuthn refuses an IP address).
 */
export function useBrowser(options: { now?: string; localhost?: boolean; env?: Record<string, string> } = {}): () => BrowserContext {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const port = options.localhost ? await freePort() : 0;
    const env = { ...options.env, ...(options.localhost ? { PUBLIC_URL: `http://localhost:${port}` } : {}) };
    const test = await createTestContext('pglite', { ...(options.now ? { now: options.now } : {}), env });
    const listening = await test.app.listen({ port, host: '127.0.0.1' });
    const address = options.localhost ? `http://localhost:${port}` : listening;
    const browser = await launchBrowser();
    context = {
      test,
      browser,
      baseUrl: address,
      async page() {
        const browserContext = await browser.newContext({ baseURL: address });
        return browserContext.newPage();
      },
    };
  });
  afterAll(async () => {
    await context?.browser.close();
    await context?.test.database.close();
  });
  return () => {
    if (!context) throw new Error('The browser is not ready yet.');
    return context;
  };
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as { axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const result = await page.axe.run(page.document);
    return result.violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
