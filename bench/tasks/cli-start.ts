/**
 * @module
 * `cli-start`: wall time from spawning the CLI to its first output, for `--version` and for a
 * `compare` of the example pair (median of several runs).
 */
import { metric, type Task } from '../../eval/lib/harness.js';
import { quantile } from '../lib/docs.js';
import { cliPath, firstLine, timedNode } from '../lib/spawn.js';

/** Runs per command; the median is reported. */
const RUNS = 10;

async function medianFirstOutput(args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await timedNode(args);
    if (r.code !== 0) throw new Error(`node ${args.join(' ')} exited ${r.code}: ${firstLine(r.stderr)}`);
    times.push(r.firstOutputMs);
  }
  return quantile(times, 0.5);
}

/** The cli-start bench. */
export const task: Task = {
  name: 'cli-start',
  description: 'CLI start to first output: --version and compare of examples/pairs (median of 10)',
  async run() {
    const bin = cliPath();
    return [
      metric('node itself (-e console.log)', await medianFirstOutput(['-e', 'console.log(1)']), undefined, 'ms'),
      metric('--version', await medianFirstOutput([bin, '--version']), '< 400', 'ms'),
      metric('compare examples/pairs', await medianFirstOutput([bin, 'compare', 'examples/pairs/original.txt', 'examples/pairs/copy.txt']), '< 400', 'ms'),
    ];
  },
};
