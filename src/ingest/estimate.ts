/**
 * @module
 * A quick count of the documents an `add` will read, for the progress bar's ETA: one per text or
 * HTML file, one per line of a JSONL file (newlines counted in a streaming pass). Undefined when an
 * input's count cannot be known without reading it (URLs, feeds, WARC archives).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isUrlSpec } from '../io/read-document.js';
import { fileKind } from './read-inputs.js';

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

async function countPath(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (info.isDirectory()) {
    let total = 0;
    for (const e of await readdir(path, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const n = await countPath(join(path, e.name));
      if (n === undefined) return undefined;
      total += n;
    }
    return total;
  }
  const kind = fileKind(path);
  if (kind === 'jsonl') return countLines(path);
  if (kind === 'text' || kind === 'html' || kind === 'unsupported') return 1;
  return undefined;
}

/**
 * Estimates how many items `readInputs(inputs)` will yield.
 * @param inputs the `add` inputs
 * @returns the count, or undefined when it cannot be known up front
 */
export async function estimateDocuments(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (isUrlSpec(input)) return undefined;
    const n = await countPath(input);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}
