/**
 * @module
 * `npm run eval [-- --json] [-- --task NAME] [-- --list] [-- --strict]`: scores the engine on the seed
 * pair, the team's example corpus and the shared third-party corpora, and prints
 * task | metric | value | target | pass. Tasks whose data or engine part is absent are SKIPPED.
 */
import { main } from './lib/harness.js';
import { TASKS } from './tasks/index.js';

process.exitCode = await main('eval', TASKS, process.argv.slice(2));
