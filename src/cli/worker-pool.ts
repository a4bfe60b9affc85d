/**
 * @module
 * A small pool of worker threads running pair jobs (pairs-worker.ts). Each worker is given up to
 * DEPTH jobs at a time, so that it starts the next one as soon as it finishes one instead of
 * waiting for the main thread (which may be busy comparing a pair itself) to send more.
 * A worker that crashes fails only its current jobs and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { OutStream } from './context.js';
import type { PairJob, PairReport } from './pair-job.js';

/** Jobs handed to one worker at a time: enough that it never runs dry while this thread, which also
 * reads the pairs file and writes every result, is busy with a comparison of its own (2 left the
 * worker idle a tenth of the time; 4 gave 2,400 pairs in 6.0 s instead of 7.4). */
const DEPTH = 4;

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered, by id. */
  pending: Map<number, (o: PairReport) => void>;
  dead: boolean;
}

/** Starts the worker: the compiled .js next to this file, or the .ts source through tsx when run under tsx. */
function spawnWorker(stderr: OutStream): Worker {
  const here = import.meta.url;
  let worker: Worker;
  if (here.endsWith('.ts')) {
    const target = new URL('./pairs-worker.ts', here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
    worker = new Worker(boot, { eval: true, stdout: true, stderr: true });
  } else {
    worker = new Worker(new URL('./pairs-worker.js', here), { stdout: true, stderr: true });
  }
  // Anything a worker prints goes to stderr, never into the JSON Lines on stdout.
  worker.stdout.on('data', (d: Buffer) => stderr.write(d.toString()));
  worker.stderr.on('data', (d: Buffer) => stderr.write(d.toString()));
  return worker;
}

/** A fixed-size pool of pair-job workers. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ job: PairJob; resolve: (o: PairReport) => void }> = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number, private readonly stderr: OutStream) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  private makeSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(this.stderr), pending: new Map(), dead: false };
    slot.worker.on('message', (msg: { id: number; outcome: PairReport }) => {
      const resolve = slot.pending.get(msg.id);
      if (!resolve) return;
      slot.pending.delete(msg.id);
      resolve(msg.outcome);
      this.pump();
    });
    const fail = (why: string): void => {
      if (slot.dead) return;
      slot.dead = true;
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      if (this.closed) return;
      for (const resolve of lost) resolve({ ok: false, error: { code: 'internal', message: `internal error: worker ${why}` } });
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.makeSlot();
      this.pump();
    };
    slot.worker.on('error', (e: Error) => fail(`failed: ${e.message.split('\n')[0]}`));
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(`exited with code ${code}`);
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.pending.size < DEPTH && this.queue.length > 0) {
        const next = this.queue.shift()!;
        const id = this.nextId++;
        slot.pending.set(id, next.resolve);
        slot.worker.postMessage({ id, job: next.job });
      }
    }
  }

  /** Whether a job given now would be sent to a worker at once (none is waiting in the pool). */
  hasRoom(): boolean {
    return this.queue.length === 0 && this.slots.some((s) => s.pending.size < DEPTH);
  }

  /** Runs a job on the next worker with room. */
  run(job: PairJob): Promise<PairReport> {
    return new Promise<PairReport>((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Stops all workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
