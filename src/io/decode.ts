/**
 * @module
 * Bytes to text. Documents arrive as UTF-8 (with or without a BOM), sometimes as legacy Windows-1252,
 * sometimes as something that is not text at all. This decides which, so every offset later on points
 * into the same string the user would see (BOM removed, nothing else altered).
 */
import { CopytraceError } from '../errors.js';

/** How many leading bytes are inspected for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, newline, CR, form feed, ESC) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** The encodings `decode` produces. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

/** A decoded document text and how it was decoded. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** One-line notes for the user (e.g. a fallback encoding was used); never printed here. */
  warnings: string[];
}

/** Options for {@link decode}. */
export interface DecodeOptions {
  /** A charset declared by the source (HTTP Content-Type, HTML meta); tried when the bytes are not UTF-8. */
  charset?: string;
}

/**
 * True when the first 8 KB look like a binary file: a NUL byte, or many control characters.
 * UTF-16 text with a BOM is not binary (it is decoded as such).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
    else if (b === 0x7f) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Windows-1252 characters for bytes 0x80..0x9f (Node's TextDecoder treats the label as Latin-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 by its table (every byte maps to one UTF-16 unit). */
function decodeCp1252(bytes: Uint8Array): string {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let out = '';
  const CHUNK = 8192;
  for (let i = start; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  if (label === 'windows-1252') return decodeCp1252(bytes);
  try {
    // ignoreBOM false (default): a leading BOM for this encoding is removed.
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

function normaliseCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  const c = charset.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (c === '' || c === 'utf-8' || c === 'utf8') return undefined;
  try {
    return new TextDecoder(c).encoding; // canonical WHATWG name; throws on unknown labels
  } catch {
    return undefined;
  }
}

/**
 * Decodes document bytes: UTF-8 (BOM removed); UTF-16 when it has a BOM; otherwise the declared
 * charset, else Windows-1252 with a warning. Refuses binary and empty input.
 * @param name the input's name, used in messages
 * @throws CopytraceError `input.binary` for binary content, `input.empty` for empty or whitespace-only text
 */
export function decode(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedText {
  if (looksBinary(bytes)) throw new CopytraceError('input.binary', `${name}: binary file, not text`);
  const warnings: string[] = [];
  let text: string | undefined;
  let encoding: TextEncodingName = 'utf-8';
  const bom16 = utf16Bom(bytes);
  if (bom16) {
    text = tryDecode(bom16, bytes, false);
    encoding = bom16;
  } else {
    text = tryDecode('utf-8', bytes, true);
  }
  if (text === undefined) {
    const declared = normaliseCharset(options.charset);
    if (declared && (text = tryDecode(declared, bytes, false)) !== undefined) {
      encoding = declared;
    } else {
      text = decodeCp1252(bytes);
      encoding = 'windows-1252';
      warnings.push(`${name}: not valid UTF-8; read as Windows-1252`);
    }
  }
  if (text.trim() === '') throw new CopytraceError('input.empty', `${name}: empty document`);
  return { text, encoding, warnings };
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType?.match(/charset\s*=\s*("?)([^";\s]+)\1/i);
  return m?.[2];
}
