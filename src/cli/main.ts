/**
 * @module
 * The copytrace command line: `main(argv, io)` parses with commander and returns the exit code
 * (bin/copytrace.js sets process.exitCode from it).
 *
 * ADDING A COMMAND
 *   1. Write src/cli/commands/<verb>.ts exporting `register(program: Command, ctx: CliContext): void`,
 *      which calls `program.command('<verb>')...action(async (...) => { ... })`. Read input and write
 *      output only through `ctx` (ctx.out, ctx.warn, ctx.io), throw CopytraceError for user errors
 *      (main prints one line and exits with its code), set `ctx.exitCode` for other non-zero exits.
 *   2. Add one line to COMMANDS below: the verb, a one-line summary (shown by `copytrace --help`),
 *      and `load: () => import('./commands/<verb>.js')`.
 *   Only the module of the verb being run is imported, so keep heavy imports out of this file and
 *   load the engine, store, etc. inside your action (start to first output must stay < 400 ms).
 *
 * Exit codes (../shared/CONTRACT.md): 0 success, 1 run-time failure, 2 bad usage or bad input.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { isCopytraceError } from '../errors.js';
import { createContext, oneLine, type CliContext, type CliIo } from './context.js';

/** What a command module exports. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

/** The commands, loaded lazily: verb -> summary and module. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  compare: {
    summary: 'compare two documents (files, - for stdin, or URLs): derivation, aligned passages, changes in meaning',
    load: () => import('./commands/compare.js'),
  },
  serve: {
    summary: 'HTTP API and web UI on a corpus (default 127.0.0.1:8080)',
    load: () => import('./commands/serve.js'),
  },
  add: {
    summary: 'ingest documents into a corpus: .txt, .html, .jsonl, .warc/.warc.gz, RSS/Atom feeds (files or URLs), folders of these',
    load: () => import('./commands/add.js'),
  },
  find: {
    summary: 'list the documents a given one (a stored id, or a file not in the corpus) derives from and those derived from it',
    load: () => import('./commands/find.js'),
  },
  clusters: {
    summary: 'group the corpus into reuse clusters (one story and its copies) with the lineage inside each',
    load: () => import('./commands/clusters.js'),
  },
  demo: {
    summary: 'add the bundled example stories to a temporary corpus and show its clusters and one comparison',
    load: () => import('./commands/demo.js'),
  },
};

function version(): string {
  try {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The verb argv asks for (`help <verb>` counts as <verb>), if any. */
function requestedVerb(argv: string[]): string | undefined {
  const i = argv.findIndex((x) => !x.startsWith('-'));
  if (i < 0) return undefined;
  const verb = argv[i]!;
  if (verb === 'help' && argv[i + 1] && COMMANDS[argv[i + 1]!]) return argv[i + 1];
  return verb;
}

async function buildProgram(argv: string[], ctx: CliContext): Promise<Command> {
  const { io } = ctx;
  const program = new Command('copytrace')
    .description('Trace news copy: where an article came from, which articles were made from it, and what changed in meaning.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Usage errors: one line, "copytrace: <what is wrong>".
      outputError: (s, write) => write(`copytrace: ${oneLine(s.replace(/^error:\s*/i, ''))}\n`),
    });
  const verb = requestedVerb(argv);
  for (const [name, entry] of Object.entries(COMMANDS)) {
    if (name === verb) (await entry.load()).register(program, ctx);
    else program.command(name).description(entry.summary); // listed in --help; never run
  }
  return program;
}

function reportUnexpected(e: unknown, ctx: CliContext): number {
  const err = e instanceof Error ? e : new Error(String(e));
  if (ctx.env['COPYTRACE_DEBUG'] === '1') ctx.io.stderr.write(`${err.stack ?? err.message}\n`);
  else ctx.io.stderr.write(`copytrace: internal error: ${oneLine(err.message)} (set COPYTRACE_DEBUG=1 for details)\n`);
  return 1;
}

/**
 * Runs the CLI.
 * @param argv the arguments after the program name (process.argv.slice(2))
 * @param io streams to use; process.stdout/stderr/stdin by default
 * @returns the exit code: 0 success, 1 run-time failure, 2 bad usage or bad input
 */
export async function main(argv: string[], io?: Partial<CliIo>, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const streams: CliIo = {
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    ...(io?.stdin ? { stdin: io.stdin } : {}),
  };
  if (!io?.stdout) ignoreEpipe(process.stdout);
  const ctx = createContext(streams, env);
  try {
    const program = await buildProgram(argv, ctx);
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; every other commander error is bad usage.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (isCopytraceError(e)) {
      streams.stderr.write(`copytrace: ${oneLine(e.message)}\n`);
      if (env['COPYTRACE_DEBUG'] === '1' && e.stack) streams.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    return reportUnexpected(e, ctx);
  }
}

/** `copytrace ... | head` closes stdout early: stop quietly instead of crashing on EPIPE. */
function ignoreEpipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}
