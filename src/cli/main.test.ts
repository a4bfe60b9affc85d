import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { COMMANDS, main } from './main.js';
import { MemoryStream, memoryStdin, STORY_A, STORY_B, STORY_C } from './test-helpers.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copytrace-main-'));
  await writeFile(join(dir, 'a.txt'), STORY_A);
  await writeFile(join(dir, 'b.txt'), STORY_B);
  await writeFile(join(dir, 'c.txt'), STORY_C);
});
after(async () => {
  delete COMMANDS['explode'];
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], opts: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new MemoryStream();
  const stderr = new MemoryStream();
  const code = await main(
    argv,
    { stdout, stderr, ...(opts.stdin !== undefined || opts.tty ? { stdin: memoryStdin(opts.stdin ?? '', opts.tty) } : {}) },
    opts.env ?? {},
  );
  return { code, stdout: stdout.text, stderr: stderr.text };
}

test('--version and --help exit 0', async () => {
  const v = await run(['--version']);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  const h = await run(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /compare/);
  const ch = await run(['help', 'compare']);
  assert.equal(ch.code, 0);
  assert.match(ch.stdout, /--pairs <file>/);
});

test('usage errors: exit 2, one line', async () => {
  for (const argv of [['compare', '--nope'], ['frobnicate'], ['compare', 'only-one.txt'], ['compare', '--jobs', '0', '--pairs', 'x'],
    ['compare', 'a', 'b', '--format', 'pdf'], ['compare', '-', '-'], ['compare', 'a', 'b', '--json', '--format', 'md']]) {
    const r = await run(argv, { stdin: '' });
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, `${argv.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^copytrace: /);
  }
});

test('stdin: read when piped, refused when it is a terminal', async () => {
  const ok = await run(['compare', '-', join(dir, 'b.txt'), '--json'], { stdin: STORY_A });
  assert.equal(ok.code, 0, ok.stderr);
  const result = JSON.parse(ok.stdout);
  assert.equal(result.a.name, '-');
  assert.equal(result.a.chars, STORY_A.length);
  const tty = await run(['compare', '-', join(dir, 'b.txt')], { tty: true });
  assert.equal(tty.code, 2);
  assert.match(tty.stderr, /^copytrace: -: standard input is a terminal/);
});

test('text report by default, colour only on a TTY without NO_COLOR', async () => {
  const r = await run(['compare', join(dir, 'a.txt'), join(dir, 'b.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^[A-Z-]+ {2}/);
  assert.match(r.stdout, /Aligned passages: \d+/);
  assert.ok(!r.stdout.includes('\x1b['));
  const stdout = new MemoryStream(true);
  await main(['compare', join(dir, 'a.txt'), join(dir, 'b.txt')], { stdout, stderr: new MemoryStream() }, {});
  assert.ok(stdout.text.includes('\x1b['), 'colour on a TTY');
  const plain = new MemoryStream(true);
  await main(['compare', join(dir, 'a.txt'), join(dir, 'b.txt')], { stdout: plain, stderr: new MemoryStream() }, { NO_COLOR: '1' });
  assert.ok(!plain.text.includes('\x1b['), 'NO_COLOR respected');
});

test('markdown and json formats, --with-text', async () => {
  const md = await run(['compare', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'md']);
  assert.match(md.stdout, /^# /);
  const js = await run(['compare', join(dir, 'a.txt'), join(dir, 'b.txt'), '--json', '--with-text']);
  const obj = JSON.parse(js.stdout);
  assert.equal(obj.schema, 'copytrace.compare/1');
  assert.equal(obj.a.text, STORY_A);
  assert.equal(obj.b.text, STORY_B);
  assert.ok(js.stdout.startsWith('{\n  "schema"'));
});

test('--pairs through worker threads under tsx, in order, with error lines', async () => {
  const pairs = join(dir, 'pairs.jsonl');
  await writeFile(pairs, [
    JSON.stringify({ a: join(dir, 'a.txt'), b: join(dir, 'b.txt') }),
    '{"a": "broken',
    '',
    JSON.stringify({ a: 'a.txt', b: 'c.txt' }), // relative to the pairs file
    JSON.stringify({ a: join(dir, 'a.txt'), b: join(dir, 'missing.txt') }),
    JSON.stringify({ a: join(dir, 'b.txt') }),
  ].join('\n') + '\n');
  for (const jobs of ['2', '1']) {
    const r = await run(['compare', '--pairs', pairs, '--jobs', jobs]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 5);
    assert.equal(lines[0].schema, 'copytrace.compare/1');
    assert.equal(lines[0].a.name, join(dir, 'a.txt'));
    assert.deepEqual(Object.keys(lines[1]), ['line', 'error']);
    assert.equal(lines[1].line, 2);
    assert.equal(lines[1].error.code, 'input.invalid');
    assert.equal(lines[2].schema, 'copytrace.compare/1');
    assert.equal(lines[2].b.name, 'c.txt');
    assert.equal(lines[3].line, 5);
    assert.equal(lines[3].error.code, 'input.missing');
    assert.equal(lines[4].line, 6);
    assert.match(r.stderr, /3 of 5 pairs failed/);
  }
});

test('unexpected errors: one line, stack only with COPYTRACE_DEBUG=1', async () => {
  COMMANDS['explode'] = {
    summary: 'test only',
    load: async () => ({
      register: (program: Command) => {
        program.command('explode').action(() => {
          throw new TypeError('boom');
        });
      },
    }),
  };
  const r = await run(['explode']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'copytrace: internal error: boom (set COPYTRACE_DEBUG=1 for details)\n');
  const d = await run(['explode'], { env: { COPYTRACE_DEBUG: '1' } });
  assert.equal(d.code, 1);
  assert.match(d.stderr, /TypeError: boom\n\s+at /);
});
