/**
 * Generates (or finds cached) the embedded benchmark data of one or more scales:
 * `node --import tsx bench/data/prepare.ts 1 10 100`. Prints where each is and how long it took.
 */
// Run on its own, not through `icat bench`: it installs the message catalogue itself, as src/main.ts does.
import '../../src/messages/catalogue';
import { embeddedScaleData } from './cache';

const scales = process.argv.slice(2).map(Number);
for (const scale of scales.length > 0 ? scales : [1]) {
  const started = Date.now();
  const prepared = await embeddedScaleData({ scale, onStep: (step) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${scale}× ${step}`) });
  const how = prepared.generatedIn === null ? 'cached' : `generated in ${prepared.generatedIn} s`;
  console.log(`${scale}×: ${prepared.dataDir} (${how}, ${Math.round((Date.now() - started) / 1000)} s)`);
  console.log(`  counts ${JSON.stringify(prepared.data.counts)}`);
  console.log(`  step ms ${JSON.stringify(prepared.data.timings)}`);
}
