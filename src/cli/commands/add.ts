/**
 * @module
 * `copytrace add [--db FILE] [--workers N] [--no-fetch] [--quiet] INPUT...`
 * Ingests files, folders, feeds, WARC archives and URLs into the corpus and links every new
 * document to the ones already there. A progress bar (documents/s, ETA) is drawn on stderr only
 * when stderr is a terminal; the summary (added, duplicates, skipped with reasons) goes to stdout.
 * Ctrl-C stops reading, finishes the documents in flight and prints the summary; the database stays
 * consistent either way, and running the same command again completes the job.
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from '../context.js';

interface AddFlags {
  db: string;
  workers?: number;
  fetch: boolean;
  quiet?: boolean;
}

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64.');
  return n;
}

/** Redraws at most this often, in milliseconds. */
const BAR_INTERVAL_MS = 200;

/** Registers `add` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('add')
    .description('ingest documents into a corpus: .txt, .html, .jsonl, .warc/.warc.gz, RSS/Atom feed files or URLs, and folders of these')
    .argument('<input...>', 'files, folders (read recursively) or http(s) URLs')
    .option('--db <file>', 'the corpus database', './copytrace.db')
    .option('--workers <n>', 'worker threads for fingerprinting and verification (0: none)', workerCount)
    .option('--no-fetch', 'do not fetch the linked page of a feed item that carries only a summary')
    .option('-q, --quiet', 'no progress bar')
    .action(async (inputs: string[], flags: AddFlags) => {
      const [{ openStore }, { addDocuments }, { readInputs }, { renderAddSummary }] = await Promise.all([
        import('../../store/open.js'), import('../../corpus/add.js'), import('../../ingest/read-inputs.js'), import('../../corpus/render.js'),
      ]);
      const db = resolve(ctx.cwd, flags.db);
      const store = openStore(db);
      const bar = ctx.io.stderr.isTTY && !flags.quiet ? await progressBar(ctx, inputs) : undefined;
      let stop = false;
      const onInterrupt = () => {
        if (stop) process.exit(1);
        stop = true;
        ctx.warn('interrupted: finishing the documents in flight (Ctrl-C again to quit at once; a re-run completes the job)');
      };
      process.on('SIGINT', onInterrupt);
      async function* untilStopped<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
        for await (const x of items) { if (stop) return; yield x; }
      }
      try {
        const summary = await addDocuments(store, untilStopped(readInputs(inputs, { allowPrivate: true, fetchLinked: flags.fetch })), {
          storeSpec: db,
          config: flags.workers !== undefined ? { workers: flags.workers } : {},
          ...(bar ? { onProgress: bar.update } : {}),
        });
        bar?.stop();
        await ctx.out(renderAddSummary(summary, stop));
        const readNothing = summary.skipped > 0 && summary.added + summary.duplicates + summary.existing === 0;
        if (stop) ctx.exitCode = 1;
        else if (readNothing) ctx.exitCode = 2;
      } finally {
        bar?.stop();
        process.off('SIGINT', onInterrupt);
        await store.close();
      }
    });
}

/** A cli-progress bar on stderr, fed with the run's counters. */
async function progressBar(ctx: CliContext, inputs: string[]) {
  const [{ default: cliProgress }, { estimateDocuments }] = await Promise.all([import('cli-progress'), import('../../ingest/estimate.js')]);
  const total = await estimateDocuments(inputs);
  const format = total === undefined
    ? 'adding | {value} read | {added} added, {dups} duplicates, {skipped} skipped | {rate} docs/s | {duration_formatted}'
    : 'adding [{bar}] {percentage}% | {value}/{total} | {added} added, {dups} duplicates, {skipped} skipped | {rate} docs/s | ETA {eta_formatted}';
  const bar = new cliProgress.SingleBar({
    format, stream: ctx.io.stderr as NodeJS.WritableStream, fps: 1000 / BAR_INTERVAL_MS, etaBuffer: 200, hideCursor: true, clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  bar.start(total ?? 0, 0, { added: 0, dups: 0, skipped: 0, rate: 0 });
  let stopped = false;
  return {
    update: (p: { read: number; added: number; duplicates: number; existing: number; skipped: number }) => {
      const seconds = (Date.now() - started) / 1000;
      bar.update(p.read, { added: p.added, dups: p.duplicates, skipped: p.skipped, rate: seconds > 0 ? Math.round(p.read / seconds) : 0 });
    },
    stop: () => { if (!stopped) { stopped = true; bar.stop(); } },
  };
}
