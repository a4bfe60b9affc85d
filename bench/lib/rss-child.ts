/**
 * @module
 * Child process for the `rss` bench: runs N compares (argv[2]) over the example pairs in this
 * process, then prints its peak resident set size as JSON. Run through tsx:
 * `node --import tsx bench/lib/rss-child.ts 200`.
 */
import { compare } from '../../eval/lib/engine.js';
import { labelledPairs, longPairs } from './docs.js';

const n = Number(process.argv[2] ?? '200');
const pairs = [...longPairs(), ...labelledPairs()];
let kept = 0;
for (let i = 0; i < n; i++) {
  const p = pairs[i % pairs.length]!;
  kept += compare(p.a, p.b).alignments.length;
}
// resourceUsage().maxRSS is in kilobytes.
process.stdout.write(JSON.stringify({ compares: n, maxRssMB: process.resourceUsage().maxRSS / 1024, alignments: kept }) + '\n');
