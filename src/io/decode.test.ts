import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetOf, decode, looksBinary } from './decode.js';

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');

test('UTF-8 is decoded and a BOM removed, nothing else altered', () => {
  const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc('Café opens.\r\nSecond line.')]), 'x.txt');
  assert.equal(d.text, 'Café opens.\r\nSecond line.');
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.warnings, []);
});

test('invalid UTF-8 falls back to Windows-1252 with a warning', () => {
  const bytes = Buffer.from([0x93, ...enc('Quoted'), 0x94, 0x20, 0x80, 0x35, 0x20, 0xe9, 0x74, 0xe9]);
  const d = decode(bytes, 'old.txt');
  assert.equal(d.text, '\u201cQuoted\u201d \u20ac5 été');
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.warnings.length, 1);
  assert.match(d.warnings[0]!, /old\.txt: not valid UTF-8; read as Windows-1252/);
});

test('a declared charset is used when the bytes are not UTF-8', () => {
  const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
  const d = decode(bytes, 'p.html', { charset: 'iso-8859-1' });
  assert.equal(d.text, 'café');
  assert.deepEqual(d.warnings, []);
});

test('UTF-16 with a BOM is text', () => {
  const body = Buffer.from('Hello there', 'utf16le');
  const d = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), body]), 'u16.txt');
  assert.equal(d.text, 'Hello there');
});

test('binary content is refused', () => {
  assert.throws(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'img.png'), {
    name: 'CopytraceError',
    code: 'input.binary',
    message: 'img.png: binary file, not text',
  });
  const controls = Buffer.alloc(200, 0x01);
  assert.equal(looksBinary(controls), true);
  assert.equal(looksBinary(enc('plain words\n\tand tabs\f')), false);
});

test('empty and whitespace-only input is refused', () => {
  assert.throws(() => decode(Buffer.alloc(0), 'e.txt'), { code: 'input.empty' });
  assert.throws(() => decode(enc(' \n\t \r\n'), 'w.txt'), { code: 'input.empty' });
  assert.throws(() => decode(Buffer.from([0xef, 0xbb, 0xbf]), 'bom.txt'), { code: 'input.empty' });
});

test('charsetOf reads the Content-Type parameter', () => {
  assert.equal(charsetOf('text/html; charset=ISO-8859-1'), 'ISO-8859-1');
  assert.equal(charsetOf('text/html; charset="utf-8"'), 'utf-8');
  assert.equal(charsetOf('text/html'), undefined);
  assert.equal(charsetOf(undefined), undefined);
});
