/**
 * @module
 * `rss`: peak resident memory of a process doing 200 compares (engine loaded from source through
 * tsx), beside the same process doing none, so the engine's own share is visible.
 */
import { join } from 'node:path';
import { metric, type Task } from '../../eval/lib/harness.js';
import { REPO } from '../../eval/lib/paths.js';
import { firstLine, timedNode } from '../lib/spawn.js';

/** Compares done by the measured process. */
const COMPARES = 200;
const CHILD = join(REPO, 'bench', 'lib', 'rss-child.ts');

async function peakRss(compares: number): Promise<number> {
  const r = await timedNode(['--import', 'tsx', CHILD, String(compares)]);
  if (r.code !== 0) throw new Error(`rss child exited ${r.code}: ${firstLine(r.stderr)}`);
  return (JSON.parse(r.stdout) as { maxRssMB: number }).maxRssMB;
}

/** The rss bench. */
export const task: Task = {
  name: 'rss',
  description: `peak RSS of a process doing ${COMPARES} compares (and of one doing none)`,
  async run() {
    return [
      metric(`peak RSS, ${COMPARES} compares`, await peakRss(COMPARES), '< 200', 'MB'),
      metric('peak RSS, 0 compares (baseline)', await peakRss(0), undefined, 'MB'),
    ];
  },
};
