/**
 * @module
 * `copytrace serve [--db FILE] [--port N] [--host H] [--read-only] [--allow-private-urls]`
 * The HTTP API and the web UI on one corpus, on 127.0.0.1:8080 by default. Runs until SIGINT or
 * SIGTERM, then stops accepting, finishes and closes the store. The server is imported inside the
 * action so `copytrace serve --help` stays instant.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { CopytraceError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface ServeFlags {
  db: string;
  port: number;
  host: string;
  readOnly?: boolean;
  allowPrivateUrls?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return n;
}

/** Resolves when the process is asked to stop (Ctrl-C or a service manager). */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => { process.off('SIGINT', on); process.off('SIGTERM', on); resolve(sig); };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Registers `serve` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('HTTP API and web UI on a corpus (default 127.0.0.1:8080)')
    .option('--db <file>', 'the corpus database', './copytrace.db')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--read-only', 'refuse every write (POST /api/documents answers 403)')
    .option('--allow-private-urls', 'let compare fetch URLs on loopback, private, link-local and metadata addresses')
    .action(async (flags: ServeFlags) => {
      const { startServer } = await import('../../server/serve.js');
      let server;
      try {
        server = await startServer({ db: flags.db, port: flags.port, host: flags.host, readOnly: Boolean(flags.readOnly), allowPrivateUrls: Boolean(flags.allowPrivateUrls) });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CopytraceError('usage', `serve: ${flags.host}:${flags.port} is already in use (pick another --port)`);
        if (code === 'EACCES') throw new CopytraceError('usage', `serve: not allowed to listen on ${flags.host}:${flags.port}`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CopytraceError('usage', `serve: cannot listen on host ${flags.host}`);
        throw e;
      }
      const docs = server.store ? (await server.store.counts()).documents : 0;
      const mode = [flags.readOnly ? 'read-only' : '', flags.allowPrivateUrls ? 'private URLs allowed' : ''].filter(Boolean).join(', ');
      await ctx.out(`copytrace: serving ${flags.db} (${docs} documents${mode ? `, ${mode}` : ''}) at ${server.url}/\n`);
      if (!LOOPBACK.has(flags.host)) ctx.warn(`listening on ${flags.host}: anyone who can reach this address can use the API (there is no login)`);
      if (flags.allowPrivateUrls) ctx.warn('--allow-private-urls: clients can make this server fetch addresses on your own network');
      await stopSignal();
      await server.close();
    });
}
