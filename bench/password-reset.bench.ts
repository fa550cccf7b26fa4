/**
 * Whether "forgot your password" tells which emails have accounts by how long it takes: the median
 * and spread of the answer for a known and an unknown email, over HTTP as a visitor sends it.
 * Run with `npm run bench -- password-reset`.
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app';
import * as accounts from '../src/features/accounts/accounts.service';
import { movableClock } from '../src/lib/clock';
import { commandLineActor } from '../src/policy/actor';
import { withBenchDatabase } from './bench-database';

const rounds = 25;

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, min ${at(0).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
}

export async function run(): Promise<void> {
  const clock = movableClock('2022-11-20T10:00:00Z');
  await withBenchDatabase(clock, async (deps, database) => {
    await accounts.createAccount(deps, commandLineActor('bench'), { email: 'known@example.org', name: 'Known', roles: ['member'], password: 'a long enough password' });
    const app = await buildApp({ ...deps, clock, database });
    const csrf = (await app.inject('/password/forgot')).cookies.find((cookie) => cookie.name === 'icat_csrf')?.value ?? '';
    const ask = async (email: string) => {
      const start = performance.now();
      await app.inject({
        method: 'POST',
        url: '/password/forgot',
        payload: `email=${encodeURIComponent(email)}&_csrf=${csrf}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `icat_csrf=${csrf}` },
      });
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < rounds; round++) {
      clock.advance(2 * 60 * 60 * 1000); // past the hourly limits, so that every request is answered in full
      known.push(await ask('known@example.org'));
      unknown.push(await ask(`unknown${round}@example.org`));
    }
    console.log(`  known email:   ${summary(known)}`);
    console.log(`  unknown email: ${summary(unknown)}`);
    await app.close();
  });
}
