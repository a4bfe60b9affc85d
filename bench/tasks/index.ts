/**
 * @module
 * Every bench task, in the order `npm run bench` runs them. Add one (a corpus or server bench):
 * write bench/tasks/<name>.ts exporting `task`, then list it here.
 */
import type { Task } from '../../eval/lib/harness.js';
import { task as compare } from './compare.js';
import { task as cliStart } from './cli-start.js';
import { task as pairs } from './pairs.js';
import { task as rss } from './rss.js';
import { task as server } from './server.js';
import { task as ingest } from './ingest.js';
import { task as corpusScale } from './corpus-scale.js';
import { task as streamMemory } from './stream-memory.js';

/** All bench tasks. */
export const TASKS: Task[] = [compare, cliStart, pairs, rss, server, ingest, corpusScale, streamMemory];
