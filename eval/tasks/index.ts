/**
 * @module
 * Every eval task, in the order `npm run eval` runs them. Add a task: write eval/tasks/<name>.ts
 * exporting `task`, then list it here.
 */
import type { Task } from '../lib/harness.js';
import { task as seed } from './seed.js';
import { task as examples } from './examples.js';
import { task as clough } from './clough.js';
import { task as bbcSummary } from './bbc-summary.js';
import { task as msrp } from './msrp.js';
import { task as sts } from './sts.js';
import { task as corpus } from './corpus.js';
import { task as wmt } from './wmt.js';
import { task as semeval } from './semeval.js';

/** All eval tasks. */
export const TASKS: Task[] = [seed, examples, clough, bbcSummary, wmt, semeval, msrp, sts, corpus];
