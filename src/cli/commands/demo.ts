/**
 * @module
 * `copytrace demo [--db FILE]` (what `npm start` runs): adds the team's example corpus
 * (examples/corpus/articles.jsonl, invented stories and their copies) to a throw-away corpus, or
 * to --db when given, then prints the reuse clusters and one compare summary, so a first run shows
 * what copytrace does without any data of one's own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CopytraceError } from '../../errors.js';
import type { CliContext } from '../context.js';

/** The example corpus, from src/cli/commands or dist/cli/commands alike. */
const EXAMPLES = fileURLToPath(new URL('../../../examples/corpus/articles.jsonl', import.meta.url));
/** Changes listed in the compare summary. */
const SHOWN_CHANGES = 6;

interface DemoFlags {
  db?: string;
}

/** Registers `demo` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('add the bundled example stories to a corpus, then show the reuse clusters and one comparison')
    .option('--db <file>', 'keep the demo corpus in this file (default: a temporary one, removed afterwards)')
    .action(async (flags: DemoFlags) => {
      if (!existsSync(EXAMPLES)) throw new CopytraceError('input.missing', `${EXAMPLES}: the example corpus is not installed`);
      const [{ openStore }, { addDocuments }, { readInputs }, { buildClusters }, render, { compare }, { verdictSentence }] = await Promise.all([
        import('../../store/open.js'), import('../../corpus/add.js'), import('../../ingest/read-inputs.js'), import('../../corpus/clusters.js'),
        import('../../corpus/render.js'), import('../../core/compare.js'), import('../../report/describe.js'),
      ]);
      const tmp = flags.db ? undefined : mkdtempSync(join(tmpdir(), 'copytrace-demo-'));
      const db = flags.db ? resolve(ctx.cwd, flags.db) : join(tmp!, 'demo.db');
      const store = openStore(db);
      try {
        await ctx.out(`copytrace demo: adding ${EXAMPLES} to ${flags.db ?? 'a temporary corpus'}\n`);
        const summary = await addDocuments(store, readInputs([EXAMPLES]), { storeSpec: db });
        await ctx.out(render.renderAddSummary(summary));
        const clusters = await buildClusters(store);
        const labels = new Map<string, { title?: string; published?: string }>();
        for (const c of clusters.clusters) for (const id of c.members) {
          const d = await store.getDocument(id);
          if (d) labels.set(id, { ...(d.title ? { title: d.title } : {}), ...(d.published ? { published: d.published } : {}) });
        }
        await ctx.out(`\n${render.renderClusters(clusters, labels)}`);
        // One comparison: a derived copy against its cluster's origin (the largest cluster first).
        const pick = clusters.clusters.flatMap((c) => c.edges.filter((e) => e.relation === 'derived' && e.direction === 'from->to' && e.from === c.origin))[0];
        if (pick) {
          const [a, b] = [await store.getDocument(pick.from), await store.getDocument(pick.to)];
          if (a && b) {
            const r = compare({ text: a.text, name: a.id, ...(a.published ? { published: a.published } : {}) }, { text: b.text, name: b.id, ...(b.published ? { published: b.published } : {}) });
            const lines = [
              '', `compare ${a.id} ${b.id}:`,
              `  ${verdictSentence(r)} (score ${r.score.toFixed(2)}, style ${r.style}, coverage ${Math.round(r.coverage.a * 100)}% / ${Math.round(r.coverage.b * 100)}%)`,
              `  ${r.alignments.length} aligned passages, ${r.changes.length} changes in meaning${r.changes.length ? ':' : ''}`,
              ...r.changes.slice(0, SHOWN_CHANGES).map((c) => `  - ${c.type} (${c.severity}): ${c.detail}`),
              ...(r.changes.length > SHOWN_CHANGES ? [`  ... and ${r.changes.length - SHOWN_CHANGES} more`] : []),
              '',
              'Try: copytrace add --db corpus.db FILES...   then   copytrace find --db corpus.db ID   and   copytrace clusters --db corpus.db',
            ];
            await ctx.out(`${lines.join('\n')}\n`);
          }
        }
      } finally {
        await store.close();
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
    });
}
