/**
 * @module
 * The worker side of thread-pool.ts: a worker module calls `serveTasks` with its handler, and every
 * task the pool sends is answered with the handler's value or its error (message and code), under
 * the task's id.
 */
import { parentPort } from 'node:worker_threads';
import { isCopytraceError } from '../errors.js';

/** What a worker posts back for task `id`. */
export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { message: string; code?: string } };

/**
 * Answers the pool's tasks with `handler` (in this worker thread; no-op on the main thread).
 * @param handler computes a task's value; what it throws becomes the task's error
 */
export function serveTasks<T>(handler: (task: T) => unknown): void {
  parentPort?.on('message', (msg: { id: number; task: T }) => {
    Promise.resolve()
      .then(() => handler(msg.task))
      .then(
        (value) => parentPort!.postMessage({ id: msg.id, ok: true, value } satisfies TaskReply),
        (e: unknown) => parentPort!.postMessage({
          id: msg.id, ok: false,
          error: { message: e instanceof Error ? e.message : String(e), ...(isCopytraceError(e) ? { code: e.code } : {}) },
        } satisfies TaskReply),
      );
  });
}
