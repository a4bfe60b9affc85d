/**
 * @module
 * `npm run bench [-- --json] [-- --task NAME] [-- --list]`: speed and memory figures with their
 * targets (task | metric | value | target | pass). Tasks that need the built CLI are SKIPPED until
 * `npm run build` has produced it.
 */
import { main } from '../eval/lib/harness.js';
import { TASKS } from './tasks/index.js';

process.exitCode = await main('bench', TASKS, process.argv.slice(2));
