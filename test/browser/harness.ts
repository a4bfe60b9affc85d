/**
 * @module
 * Shared set-up of the browser tests: Debian's chromium through playwright-core (SKIPPED with a
 * message when /usr/bin/chromium is absent), the built UI (built on demand), and a real server on
 * 127.0.0.1 over a temporary SQLite corpus loaded with examples/corpus/articles.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { seedCorpus } from './seed.js';

/** Repository root. */
export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** Debian's chromium; the tests skip without it. */
export const CHROMIUM = process.env.COPYTRACE_CHROMIUM ?? '/usr/bin/chromium';
/** Where screenshots of the main pages go (shown in the README). */
export const SCREENSHOTS = join(REPO, 'docs', 'screenshots');

/** Why the browser tests cannot run here, or undefined when they can. */
export function skipReason(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found: browser tests skipped (apt-get install chromium)`;
  return undefined;
}

/** Builds web/dist when it is missing (the CI build does it; a bare checkout may not have it). */
export function ensureUiBuilt(): void {
  if (existsSync(join(REPO, 'web', 'dist', 'index.html'))) return;
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build web failed');
}

/** A running server over a seeded temporary corpus, with a browser context. */
export interface Rig {
  server: RunningServer;
  context: BrowserContext;
  base: string;
  close(): Promise<void>;
}

/** Chromium flags: no network beyond loopback, no first-run or background work. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Starts the server (seeded corpus) and chromium with a fresh profile directory. */
export async function startRig(): Promise<Rig> {
  ensureUiBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'ct-browser-'));
  const db = join(dir, 'corpus.db');
  let server: RunningServer | undefined;
  let context: BrowserContext;
  try {
    await seedCorpus(db, join(REPO, 'examples', 'corpus', 'articles.jsonl'));
    server = await startServer({ db, port: 0, host: '127.0.0.1' });
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: FLAGS, viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
  } catch (e) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    server, context, base: server.url,
    close: async () => { await context.close(); await server.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Problems a page reported: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export function watch(page: Page, allow: RegExp[] = []): string[] {
  const problems: string[] = [];
  const add = (p: string) => { if (!allow.some((r) => r.test(p))) problems.push(p); };
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') add(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => add(`page error: ${e.message}`));
  page.on('requestfailed', (r) => add(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) add(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/** The ids and titles of the example corpus, for assertions. */
export function exampleArticles(): { id: string; title: string; source?: string }[] {
  return readFileSync(join(REPO, 'examples', 'corpus', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; title: string; source?: string });
}
