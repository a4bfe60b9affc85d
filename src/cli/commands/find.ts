/**
 * @module
 * `copytrace find [--db FILE] (DOC-ID | FILE) [--json] [--limit N]`
 * The documents a given one derives from and those derived from it. A stored id is answered from
 * the stored edges; a file or URL not in the corpus is searched and verified on the spot without
 * being added. The store is opened read-only, so `find` runs beside a running `add`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CopytraceError } from '../../errors.js';
import type { CliContext } from '../context.js';

interface FindFlags {
  db: string;
  json?: boolean;
  limit?: number;
}

function limit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

/** Opens the corpus for reading, with a message that says what to do when there is none. */
export async function openCorpus(ctx: CliContext, db: string) {
  const { openStore } = await import('../../store/open.js');
  const file = resolve(ctx.cwd, db);
  if (!existsSync(file)) throw new CopytraceError('store.unavailable', `${db}: no corpus here (create one with \`copytrace add --db ${db} FILES...\`)`);
  return openStore(file, { readonly: true });
}

/** Registers `find` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('find')
    .description('list the documents the given one derives from and those derived from it')
    .argument('<doc>', 'a document id in the corpus, or a file or URL to look up without adding it')
    .option('--db <file>', 'the corpus database', './copytrace.db')
    .option('--json', 'print copytrace.find/1 JSON')
    .option('--limit <n>', 'at most this many matches', limit)
    .action(async (query: string, flags: FindFlags) => {
      const [{ findById, findByDocument }, { renderFind }, { readInputs }] = await Promise.all([
        import('../../corpus/find.js'), import('../../corpus/render.js'), import('../../ingest/read-inputs.js'),
      ]);
      const store = await openCorpus(ctx, flags.db);
      try {
        const opts = flags.limit !== undefined ? { limit: flags.limit } : {};
        let result;
        if (await store.getDocument(query)) {
          result = await findById(store, query, opts);
        } else if (existsSync(resolve(ctx.cwd, query)) || /^https?:\/\//i.test(query)) {
          const docs = [];
          for await (const item of readInputs([query], { allowPrivate: true })) {
            if (item.type === 'skipped') throw new CopytraceError(item.code, `${item.origin}: ${item.reason}`);
            if (item.type === 'warning') ctx.warn(`${item.origin}: ${item.message}`);
            else docs.push(item.doc);
            if (docs.length > 1) throw new CopytraceError('usage', `find: ${query} holds more than one document; give one document (or a stored id)`);
          }
          if (docs.length === 0) throw new CopytraceError('input.empty', `${query}: no document found`);
          result = await findByDocument(store, docs[0]!, query, opts);
        } else {
          throw new CopytraceError('store.not-found', `${query}: no document with this id in the corpus, and no such file`);
        }
        if (flags.json) { await ctx.out(`${JSON.stringify(result, null, 2)}\n`); return; }
        const labels = new Map();
        for (const m of result.matches) {
          const d = await store.getDocument(m.id);
          if (d) labels.set(m.id, { ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) });
        }
        await ctx.out(renderFind(result, labels));
      } finally {
        await store.close();
      }
    });
}
