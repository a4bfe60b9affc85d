/**
 * @module
 * One pool of worker threads for every part that runs the engine on both cores: the server's
 * comparisons, `compare --pairs` and the corpus's fingerprinting and linking. Each worker holds up
 * to `depth` tasks, so that when it finishes one the next is already in its port and it never waits
 * for this thread (which may be busy writing to the store, comparing a pair itself or answering
 * HTTP) to hand it more. A task may have a time limit, counted from when its worker starts it; past
 * it the worker is terminated and replaced and the tasks queued behind it are run elsewhere. A
 * worker that crashes fails only the tasks it held and is replaced.
 *
 * The worker side is `serveTasks` (thread-worker.ts); workers are started by `startWorker`, from
 * the compiled .js next to the caller, or from the .ts source through tsx when the caller runs from
 * source (tests, eval, bench).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { CopytraceError, ERROR_CODES, type ErrorCode } from '../errors.js';
import type { TaskReply } from './thread-worker.js';

/** How a pool starts and feeds its workers. */
export interface ThreadPoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Tasks handed to one worker at a time (at least 1). */
  depth: number;
  /** Starts one worker (see {@link startWorker}). */
  start(): Worker;
  /** What the pool is called in error messages ("compare worker"). */
  name: string;
}

/** Options of one task. */
export interface TaskOptions {
  /** Longest the task may run once its worker starts it (ms); none when absent. */
  timeoutMs?: number;
  /** The error a task past its time limit fails with. */
  onTimeout?: () => Error;
}

interface Pending {
  task: unknown;
  options: TaskOptions;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}
interface Sent extends Pending { id: number; timer?: NodeJS.Timeout }
interface Slot { worker: Worker; sent: Sent[] }

/**
 * Starts a worker on module `name` (without extension) next to `callerUrl`: the compiled `.js` in a
 * build, or the `.ts` source through tsx's loader when the caller itself runs from source.
 * @param callerUrl `import.meta.url` of the module that owns the worker
 * @param name the worker module's file name without extension
 * @param options Worker options (workerData, stdout, stderr, ...)
 */
export function startWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const target = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** The error a worker reported, as the type it was thrown as when that is a CopytraceError. */
function errorOf(e: { message: string; code?: string }): Error {
  return e.code !== undefined && e.code in ERROR_CODES ? new CopytraceError(e.code as ErrorCode, e.message) : new Error(e.message || 'task failed');
}

/** A fixed-size pool of worker threads serving tasks in arrival order. */
export class ThreadPool {
  readonly size: number;
  readonly #depth: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #next = 1;
  #closed = false;

  constructor(readonly options: ThreadPoolOptions) {
    this.size = Math.max(1, options.size);
    this.#depth = Math.max(1, options.depth);
  }

  /**
   * Runs a task on the worker with the fewest tasks.
   * @returns what the worker answered
   */
  run<T>(task: unknown, options: TaskOptions = {}): Promise<T> {
    if (this.#closed) return Promise.reject(new CopytraceError('internal', `the ${this.options.name} pool is closed`));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task, options, resolve: resolve as (v: unknown) => void, reject });
      this.#pump();
    });
  }

  /** Whether a task given now would be sent to a worker at once. */
  hasRoom(): boolean {
    return this.#queue.length === 0 && (this.#slots.length < this.size || this.#slots.some((s) => s.sent.length < this.#depth));
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Starts every worker now rather than on first use (a server warms them up before requests come). */
  startAll(): void {
    while (!this.#closed && this.#slots.length < this.size) this.#add();
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = () => new CopytraceError('internal', `the ${this.options.name} pool is closed`);
    for (const p of this.#queue.splice(0)) p.reject(closed());
    const slots = this.#slots.splice(0);
    for (const s of slots) for (const t of s.sent.splice(0)) { clearTimeout(t.timer); t.reject(closed()); }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The worker with the fewest tasks if it has room, starting a new one while below size. */
  #slot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.#slots) if (s.sent.length < this.#depth && (!best || s.sent.length < best.sent.length)) best = s;
    if (best?.sent.length === 0 || this.#slots.length >= this.size) return best;
    return this.#add();
  }

  #add(): Slot {
    const slot: Slot = { worker: this.options.start(), sent: [] };
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on('message', (reply: TaskReply) => this.#answer(slot, reply));
    slot.worker.on('error', (e: Error) => this.#replace(slot, new CopytraceError('internal', `${this.options.name} failed: ${e.message.split('\n')[0]}`, { cause: e })));
    slot.worker.on('exit', (code) => {
      if (!this.#closed) this.#replace(slot, new CopytraceError('internal', `${this.options.name} exited with code ${code}`));
    });
    this.#slots.push(slot);
    return slot;
  }

  /** A worker's answer: settle the task, start the next one's clock, hand out more. */
  #answer(slot: Slot, reply: TaskReply): void {
    const i = slot.sent.findIndex((t) => t.id === reply.id);
    if (i < 0) return;
    const [task] = slot.sent.splice(i, 1);
    clearTimeout(task!.timer);
    this.#startClock(slot);
    if (reply.ok) task!.resolve(reply.value);
    else task!.reject(errorOf(reply.error));
    this.#pump();
  }

  /** Starts the time limit of the task the worker is now running (the oldest it holds). */
  #startClock(slot: Slot): void {
    const head = slot.sent[0];
    if (head === undefined) { slot.worker.unref(); return; }
    const limit = head.options.timeoutMs;
    if (head.timer !== undefined || limit === undefined) return;
    head.timer = setTimeout(() => {
      const why = head.options.onTimeout?.() ?? new CopytraceError('internal', `${this.options.name} task took longer than ${limit} ms`);
      this.#replace(slot, why, head);
    }, limit);
  }

  /**
   * Stops a worker that failed or ran out of time and starts work elsewhere. Its tasks fail with
   * `why`, except, on a timeout (`culprit` given), the ones queued behind the culprit: they go back
   * to the front of the queue.
   */
  #replace(slot: Slot, why: Error, culprit?: Sent): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    this.#slots.splice(i, 1);
    const held = slot.sent.splice(0);
    for (const t of held) clearTimeout(t.timer);
    const again = culprit ? held.filter((t) => t !== culprit) : [];
    for (const t of held) if (!again.includes(t)) t.reject(why);
    this.#queue.unshift(...again.map(({ task, options, resolve, reject }) => ({ task, options, resolve, reject })));
    void slot.worker.terminate();
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length && !this.#closed) {
      const slot = this.#slot();
      if (!slot) return;
      const p = this.#queue.shift()!;
      const sent: Sent = { ...p, id: this.#next++ };
      slot.sent.push(sent);
      slot.worker.ref();
      slot.worker.postMessage({ id: sent.id, task: p.task });
      this.#startClock(slot);
    }
  }
}
