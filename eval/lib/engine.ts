/**
 * @module
 * The engine parts eval and bench call. `compare` is imported directly; `sentenceSimilarity` is
 * loaded on demand because another engineer is still writing it, so its tasks skip until it exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SkipError } from './harness.js';
import { REPO } from './paths.js';

export { compare } from '../../src/core/compare.js';

/** `sentenceSimilarity(a, b)` in 0..1 from src/core/similarity/index.ts. */
export type SentenceSimilarity = (a: string, b: string) => number;

const SIMILARITY_MODULE = join(REPO, 'src', 'core', 'similarity', 'index.ts');

/**
 * Loads `sentenceSimilarity` from the engine.
 * @throws SkipError while the module or the export does not exist yet
 */
export async function loadSentenceSimilarity(): Promise<SentenceSimilarity> {
  if (!existsSync(SIMILARITY_MODULE)) throw new SkipError('src/core/similarity/index.ts does not exist yet (sentenceSimilarity not written)');
  const mod: Record<string, unknown> = await import(pathToFileURL(SIMILARITY_MODULE).href);
  const fn = mod.sentenceSimilarity;
  if (typeof fn !== 'function') throw new SkipError('src/core/similarity/index.ts does not export sentenceSimilarity(a, b) yet');
  return fn as SentenceSimilarity;
}
