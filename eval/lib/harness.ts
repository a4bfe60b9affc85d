/**
 * @module
 * The task harness shared by `npm run eval` and `npm run bench`: a task returns metrics, each with an
 * optional target; the harness times the task, turns a {@link SkipError} into a SKIPPED row, checks
 * targets and prints a table (task | metric | value | target | pass) or JSON.
 */

/** One measured figure. `target` is a comparison such as `>= 0.95`, `< 400` or `= derived`. */
export interface Metric {
  metric: string;
  value: number | string;
  target?: string;
  /** Shown after the value, e.g. `ms`, `MB`, `x`. */
  unit?: string;
  /** Filled in by the harness from `target`; absent when there is no target. */
  pass?: boolean;
}

/** What a task may use while it runs: notes are printed under the table (why a figure is what it is). */
export interface TaskContext {
  note(message: string): void;
}

/** One eval or bench task; its file lives in eval/tasks/ or bench/tasks/ and is listed in that folder's index. */
export interface Task {
  name: string;
  /** One line shown by `--list`. */
  description: string;
  run(ctx: TaskContext): Promise<Metric[]>;
}

/** Thrown by a task whose data or engine part is absent: the task is reported SKIPPED with this message. */
export class SkipError extends Error {
  override name = 'SkipError';
}

export type TaskStatus = 'ok' | 'skipped' | 'error';

/** The outcome of one task, as printed and as emitted by `--json`. */
export interface TaskResult {
  task: string;
  status: TaskStatus;
  message?: string;
  ms: number;
  metrics: Metric[];
  notes: string[];
}

/** Builds a metric; a short way to write `{metric, value, target, unit}` in task files. */
export function metric(name: string, value: number | string, target?: string, unit?: string): Metric {
  const m: Metric = { metric: name, value };
  if (target !== undefined) m.target = target;
  if (unit !== undefined) m.unit = unit;
  return m;
}

/**
 * Checks a value against a target string (`>=`, `<=`, `>`, `<`, `=`, then a number or a word).
 * @returns true or false, or undefined when the target cannot be read
 */
export function meetsTarget(value: number | string, target: string): boolean | undefined {
  const m = /^\s*(>=|<=|>|<|=)\s*(.+?)\s*$/.exec(target);
  if (!m) return undefined;
  const op = m[1];
  const want = m[2] ?? '';
  const wantNum = Number(want);
  if (typeof value === 'number' && Number.isFinite(wantNum)) {
    if (Number.isNaN(value)) return false;
    switch (op) {
      case '>=': return value >= wantNum;
      case '<=': return value <= wantNum;
      case '>': return value > wantNum;
      case '<': return value < wantNum;
      default: return value === wantNum;
    }
  }
  return op === '=' ? String(value) === want : undefined;
}

/** Runs tasks one after another (timings stay honest), never letting one task's failure stop the rest. */
export async function runTasks(tasks: Task[]): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  for (const task of tasks) {
    const notes: string[] = [];
    const t0 = performance.now();
    try {
      const metrics = await task.run({ note: (m) => notes.push(m) });
      for (const m of metrics) {
        if (m.target === undefined) continue;
        const pass = meetsTarget(m.value, m.target);
        if (pass !== undefined) m.pass = pass;
      }
      results.push({ task: task.name, status: 'ok', ms: Math.round(performance.now() - t0), metrics, notes });
    } catch (err) {
      const skipped = err instanceof SkipError;
      const message = skipped ? err.message : (err instanceof Error ? err.stack ?? err.message : String(err));
      results.push({ task: task.name, status: skipped ? 'skipped' : 'error', message, ms: Math.round(performance.now() - t0), metrics: [], notes });
    }
  }
  return results;
}

/** Formats a value for the table: integers as is, fractions to three decimals. */
export function formatValue(value: number | string, unit?: string): string {
  let s: string;
  if (typeof value === 'number') s = Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) >= 100 ? 0 : 3);
  else s = value;
  return unit ? `${s} ${unit}` : s;
}

/** Renders results as a plain-text table, then skip/error messages and notes. */
export function formatTable(results: TaskResult[]): string {
  const rows: string[][] = [['task', 'metric', 'value', 'target', 'pass']];
  for (const r of results) {
    if (r.status !== 'ok') {
      rows.push([r.task, r.status === 'skipped' ? '(skipped)' : '(error)', '-', '-', r.status === 'skipped' ? 'SKIP' : 'ERROR']);
      continue;
    }
    for (const m of r.metrics) {
      const pass = m.pass === undefined ? '' : m.pass ? 'yes' : 'NO';
      rows.push([r.task, m.metric, formatValue(m.value, m.unit), m.target ?? '', pass]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)];
  const extra: string[] = [];
  for (const r of results) {
    if (r.status === 'skipped') extra.push(`SKIPPED ${r.task}: ${r.message}`);
    if (r.status === 'error') extra.push(`ERROR ${r.task}: ${r.message}`);
    for (const n of r.notes) extra.push(`${r.task}: ${n}`);
  }
  return [...out, ...(extra.length ? ['', ...extra] : [])].join('\n');
}

/** Options read from the command line by {@link parseArgs}. */
export interface RunArgs {
  json: boolean;
  list: boolean;
  strict: boolean;
  tasks: string[];
}

/** Reads `--json`, `--list`, `--strict` and `--task NAME` (repeatable, or comma-separated). */
export function parseArgs(argv: string[]): RunArgs {
  const args: RunArgs = { json: false, list: false, strict: false, tasks: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--list') args.list = true;
    else if (a === '--strict') args.strict = true;
    else if (a === '--task' || a === '-t') args.tasks.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--task=')) args.tasks.push(...a.slice(7).split(',').filter(Boolean));
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/**
 * The whole `run.ts` of eval or bench: picks the tasks, runs them, prints the table or JSON.
 * Exit code 0; 1 when a task threw (or, with `--strict`, a target was missed); 2 for bad arguments.
 */
export async function main(kind: string, all: Task[], argv: string[]): Promise<number> {
  let args: RunArgs;
  try { args = parseArgs(argv); } catch (err) {
    process.stderr.write(`${kind}: ${(err as Error).message} (use --json, --list, --strict, --task NAME)\n`);
    return 2;
  }
  if (args.list) {
    for (const t of all) process.stdout.write(`${t.name.padEnd(14)} ${t.description}\n`);
    return 0;
  }
  const unknown = args.tasks.filter((n) => !all.some((t) => t.name === n));
  if (unknown.length) {
    process.stderr.write(`${kind}: no task named ${unknown.join(', ')}; tasks: ${all.map((t) => t.name).join(', ')}\n`);
    return 2;
  }
  const chosen = args.tasks.length ? all.filter((t) => args.tasks.includes(t.name)) : all;
  const results = await runTasks(chosen);
  if (args.json) process.stdout.write(JSON.stringify({ schema: `copytrace.${kind}/1`, node: process.version, results }, null, 2) + '\n');
  else process.stdout.write(formatTable(results) + '\n');
  const crashed = results.some((r) => r.status === 'error');
  const missed = results.some((r) => r.metrics.some((m) => m.pass === false));
  return crashed || (args.strict && missed) ? 1 : 0;
}
