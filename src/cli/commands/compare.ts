/**
 * @module
 * `copytrace compare A B [--json | --format text|md|html|json] [--out FILE] [--with-text]`
 * `copytrace compare --pairs FILE.jsonl [--json] [--jobs N]`
 * Reads both documents (files, `-` for stdin, http(s) URLs; private addresses allowed: this is the
 * user's own machine), runs the engine, renders the report. The engine and renderers are imported
 * inside the action so `copytrace compare --help` stays instant.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CopytraceError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** Default time limit for fetching one URL, in seconds. */
const DEFAULT_TIMEOUT_S = 20;
/** Default largest input, in MB. */
const DEFAULT_MAX_MB = 50;
const FORMATS = ['text', 'md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface CompareFlags {
  json?: boolean;
  format?: Format;
  out?: string;
  withText?: boolean;
  pairs?: string;
  jobs?: number;
  timeout: number;
  maxSize: number;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number.');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/** The report format: --json, --format, else guessed from --out's extension, else text. */
function pickFormat(flags: CompareFlags): Format {
  if (flags.json && flags.format && flags.format !== 'json') {
    throw new CopytraceError('usage', `compare: --json and --format ${flags.format} contradict each other`);
  }
  if (flags.json) return 'json';
  if (flags.format) return flags.format;
  const ext = flags.out ? extname(flags.out).toLowerCase() : '';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.json') return 'json';
  return 'text';
}

async function compareTwo(a: string, b: string, flags: CompareFlags, ctx: CliContext): Promise<void> {
  if (a === '-' && b === '-') throw new CopytraceError('usage', 'compare: only one of the two documents can be read from stdin (-)');
  const format = pickFormat(flags);
  const [{ readDocument }, { compare }, { renderReport }] = await Promise.all([
    import('../../io/read-document.js'),
    import('../../core/compare.js'),
    import('../../report/index.js'),
  ]);
  const abort = new AbortController();
  const opts = {
    maxBytes: flags.maxSize * 1024 * 1024,
    timeoutMs: flags.timeout * 1000,
    allowPrivate: true,
    signal: abort.signal,
    ...(ctx.io.stdin ? { stdin: ctx.io.stdin } : {}),
  };
  // Read both at once; when one fails, cancel the other so the error is reported without delay.
  const read = (spec: string): ReturnType<typeof readDocument> =>
    readDocument(spec, opts).catch((e: unknown) => {
      abort.abort();
      throw e;
    });
  const [da, db] = await Promise.all([read(a), read(b)]);
  for (const w of [...da.warnings, ...db.warnings]) ctx.warn(w);
  const result = await compare(
    { text: da.text, name: da.name, ...(da.published ? { published: da.published } : {}) },
    { text: db.text, name: db.name, ...(db.published ? { published: db.published } : {}) },
    { withText: Boolean(flags.withText) },
  );
  const colour = ctx.colour && !flags.out && format === 'text';
  const report = renderReport(format, result, { a: da.text, b: db.text }, { colour });
  if (flags.out) await writeOut(flags.out, report);
  else await ctx.out(report);
}

async function writeOut(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new CopytraceError('input.unreadable', `${path}: cannot write the report (${code})`);
  }
}

async function comparePairs(file: string, flags: CompareFlags, ctx: CliContext): Promise<void> {
  if (flags.format && flags.format !== 'json') {
    throw new CopytraceError('usage', `compare: --pairs prints JSON Lines; --format ${flags.format} is not available`);
  }
  const { runPairs } = await import('../pairs.js');
  const chunks: string[] = [];
  const emit = flags.out ? async (line: string): Promise<void> => void chunks.push(line) : (line: string) => ctx.out(line);
  const summary = await runPairs({
    file,
    jobs: flags.jobs ?? Math.max(1, Math.min(2, availableParallelism())),
    maxBytes: flags.maxSize * 1024 * 1024,
    timeoutMs: flags.timeout * 1000,
    withText: Boolean(flags.withText),
    cwd: ctx.cwd,
    stderr: ctx.io.stderr,
    emit,
    warn: (m) => ctx.warn(m),
  });
  if (flags.out) await writeOut(flags.out, chunks.join(''));
  if (summary.failed > 0) ctx.warn(`${summary.failed} of ${summary.total} pairs failed; see the error lines in the output`);
}

/** Registers `compare` on the program (see main.ts for the command table). */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('compare')
    .summary('compare two documents: derivation, aligned passages, changes in meaning')
    .description(
      'Compare two documents and report whether one derives from the other, the aligned passages and every change in meaning.\n' +
        'A document is a file path, - for stdin, or an http(s) URL; HTML pages are reduced to their article text.',
    )
    .argument('[a]', 'first document (path, -, or URL)')
    .argument('[b]', 'second document (path, -, or URL)')
    .option('--json', 'print the copytrace.compare/1 JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS))
    .option('-o, --out <file>', 'write the report to FILE (format guessed from .html/.md/.json when not given)')
    .option('--with-text', 'include both texts in the JSON as a.text and b.text')
    .option('--pairs <file>', 'batch mode: JSON Lines of {"a": ..., "b": ...}; prints one JSON result per line, in order')
    .option('-j, --jobs <n>', 'pairs compared at once for --pairs, this thread and n-1 workers (default: min(2, CPU cores))', positiveInt)
    .option('--timeout <seconds>', 'time limit for fetching a URL', positiveNumber, DEFAULT_TIMEOUT_S)
    .option('--max-size <MB>', 'largest input accepted', positiveNumber, DEFAULT_MAX_MB)
    .action(async (a: string | undefined, b: string | undefined, flags: CompareFlags) => {
      if (flags.pairs !== undefined) {
        if (a !== undefined || b !== undefined) {
          throw new CopytraceError('usage', 'compare: give either two documents or --pairs FILE, not both');
        }
        await comparePairs(flags.pairs, flags, ctx);
        return;
      }
      if (a === undefined || b === undefined) {
        throw new CopytraceError('usage', 'compare: needs two documents, e.g. copytrace compare a.txt b.txt (or --pairs FILE.jsonl)');
      }
      if (flags.jobs !== undefined) throw new CopytraceError('usage', 'compare: --jobs only applies to --pairs');
      await compareTwo(a, b, flags, ctx);
    });
}
