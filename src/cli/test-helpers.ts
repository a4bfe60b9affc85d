/**
 * @module
 * Test helpers for the CLI: in-memory streams and short fictional articles written for these tests.
 */
import { Readable } from 'node:stream';
import type { OutStream } from './context.js';

/** An in-memory output stream that records what is written. */
export class MemoryStream implements OutStream {
  text = '';
  constructor(public isTTY = false) {}
  write(chunk: string, callback?: (err?: Error | null) => void): boolean {
    this.text += chunk;
    callback?.();
    return true;
  }
}

/** A stdin double holding `text`. */
export function memoryStdin(text: string, isTTY = false): Readable & { isTTY?: boolean } {
  return Object.assign(Readable.from([Buffer.from(text)]), { isTTY });
}

/** A short fictional news story. */
export const STORY_A =
  'The Vellby ferry company will add a second boat on the island route from 3 June, its director Mara Lind said on Tuesday.\n\n' +
  'The new boat carries 120 passengers and cost 14 million crowns. Tickets will not rise in price this year, Lind said.\n\n' +
  'Islanders had asked for more crossings since the old timetable was cut in 2024.';

/** A rewrite of STORY_A with changed facts. */
export const STORY_B =
  'The Vellby ferry company will add a second boat on the island route from 13 June, director Mara Lind said on Tuesday.\n\n' +
  'The new boat carries 210 passengers and cost 14 million crowns. Tickets may rise in price this year, Lind said.\n\n' +
  'A spokesman for the harbour welcomed the decision.';

/** An unrelated fictional story. */
export const STORY_C =
  'A hailstorm flattened barley fields across the northern plain overnight, farmers said, and insurers expect many claims.';
