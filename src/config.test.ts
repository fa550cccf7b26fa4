import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configVariables, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', publicUrl: 'http://localhost:3000', seedOnStart: true, databaseUrl: undefined, trustedProxies: [] });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('fails fast, naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })).toThrow(/PORT: .*; DATABASE_URL: /);
  });

  it('is documented in the README: one row per variable, with the same default and meaning', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [name, variable] of Object.entries(configVariables)) {
      expect(readme).toContain(`\n| \`${name}\` | ${variable.default} | ${variable.description} |\n`);
    }
  });

  it('trusts only the proxies it is given, by address or range, and never every sender', () => {
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustedProxies).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: list the addresses of your proxies/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33,proxy.example.org' })).toThrow(/TRUST_PROXY: not an address or CIDR range: 10.0.0.0\/33, proxy.example.org/);
  });
});
