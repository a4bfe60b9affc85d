/**
 * @module
 * A small pool of worker threads running pair jobs (pairs-worker.ts), one job per worker at a time.
 * A worker that crashes fails only its current job and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { OutStream } from './context.js';
import type { PairJob, PairOutcome } from './pair-job.js';

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (o: PairOutcome) => void } | undefined;
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
  private readonly queue: Array<{ job: PairJob; resolve: (o: PairOutcome) => void }> = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number, private readonly stderr: OutStream) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  private makeSlot(): Slot {
    const slot: Slot = { worker: spawnWorker(this.stderr), busy: undefined, dead: false };
    slot.worker.on('message', (msg: { id: number; outcome: PairOutcome }) => {
      if (slot.busy?.id !== msg.id) return;
      const { resolve } = slot.busy;
      slot.busy = undefined;
      resolve(msg.outcome);
      this.pump();
    });
    const fail = (why: string): void => {
      if (slot.dead) return;
      slot.dead = true;
      const busy = slot.busy;
      slot.busy = undefined;
      if (this.closed) return;
      busy?.resolve({ ok: false, error: { code: 'internal', message: `internal error: worker ${why}` } });
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
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, resolve: next.resolve };
      slot.worker.postMessage({ id, job: next.job });
    }
  }

  /** Runs a job on the next free worker. */
  run(job: PairJob): Promise<PairOutcome> {
    return new Promise<PairOutcome>((resolve) => {
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
