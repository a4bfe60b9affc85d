/**
 * @module
 * Where eval and bench find things: the repository, the shared third-party corpora (never copied into
 * the repo), and file reading that decodes the way the engine's contract says (UTF-8, BOM removed,
 * Windows-1252 fallback for the few corpus files that need it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SkipError } from './harness.js';

/** The repository root (this file is eval/lib/paths.ts). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared folder with corpora and seeds: `$COPYTRACE_SHARED`, else `../shared` next to the repo. */
export const SHARED = process.env.COPYTRACE_SHARED ?? resolve(REPO, '../shared');

/**
 * Resolves a path inside the shared folder, or skips the calling task when it is absent.
 * @param parts path segments under the shared folder, e.g. `corpora`, `msrp`
 */
export function sharedPath(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p)) throw new SkipError(`${p} not found (set COPYTRACE_SHARED to the shared folder)`);
  return p;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** Decodes bytes as UTF-8, falling back to Windows-1252 when they are not valid UTF-8; drops a leading BOM. */
export function decode(bytes: Uint8Array): string {
  let text: string;
  try { text = utf8.decode(bytes); } catch { text = cp1252.decode(bytes); }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a text file as {@link decode} does. */
export function readText(path: string): string {
  return decode(readFileSync(path));
}

/** Reads a tab-separated file into rows of fields (CRLF or LF; no quote handling: the corpora have bare quotes). */
export function readTsv(path: string, skipHeader: boolean): string[][] {
  const lines = readText(path).split(/\r?\n/).filter((l) => l.length > 0);
  return (skipHeader ? lines.slice(1) : lines).map((l) => l.split('\t'));
}

/** Finds the one file in `dir` whose name starts with `prefix` (the seeds are named `004_<hash>.txt`). */
export function fileWithPrefix(dir: string, prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new SkipError(`no file starting with ${prefix} in ${dir}`);
  return join(dir, name);
}
