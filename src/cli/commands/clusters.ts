/**
 * @module
 * `copytrace clusters [--db FILE] [--json]`
 * The corpus grouped into reuse clusters (one story and its copies) with the lineage inside each:
 * `copytrace.clusters/1` JSON, or a readable text form. Opens the store read-only.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { openCorpus } from './find.js';

interface ClustersFlags {
  db: string;
  json?: boolean;
}

/** Registers `clusters` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('clusters')
    .description('group the corpus into reuse clusters (one story and its copies) with the lineage inside each')
    .option('--db <file>', 'the corpus database', './copytrace.db')
    .option('--json', 'print copytrace.clusters/1 JSON')
    .action(async (flags: ClustersFlags) => {
      const [{ buildClusters }, { renderClusters }] = await Promise.all([import('../../corpus/clusters.js'), import('../../corpus/render.js')]);
      const store = await openCorpus(ctx, flags.db);
      try {
        const result = await buildClusters(store);
        if (flags.json) { await ctx.out(`${JSON.stringify(result, null, 2)}\n`); return; }
        const labels = new Map();
        for (const c of result.clusters) {
          for (const id of c.members) {
            const d = await store.getDocument(id);
            if (d) labels.set(id, { ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) });
          }
        }
        await ctx.out(renderClusters(result, labels));
      } finally {
        await store.close();
      }
    });
}
