// Builds everything a fresh clone needs to run: the TypeScript library and CLI (dist/),
// the WordNet-derived lexicon (lexicon/), and the web UI (web/dist/) when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

const tsc = 'node_modules/typescript/bin/tsc';
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
if (existsSync('scripts/build-lexicon.mjs')) run(process.execPath, ['scripts/build-lexicon.mjs']);
if (existsSync('web/vite.config.ts')) run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'web', '--logLevel', 'warn']);
