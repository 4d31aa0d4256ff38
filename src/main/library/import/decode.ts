import { ImportError } from '../errors';

/** Signatures of files that are not text documents, whatever their name says. */
const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Office document)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document' },
];

export interface DecodeLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/**
 * Checks a file's bytes and decodes them to text: size cap, empty file, binary signatures,
 * then BOM (UTF-8, UTF-16), strict UTF-8, and Windows-1252 as the last resort.
 */
export function decodeDocument(name: string, bytes: Uint8Array, limits: DecodeLimits): string {
  if (bytes.length === 0) throw new ImportError('empty', `${name} is empty.`);
  if (bytes.length > limits.maxBytes) {
    throw new ImportError(
      'too-large',
      `${name} is too large to import (${megabytes(bytes.length)}; the limit is ${megabytes(limits.maxBytes)}).`,
    );
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new ImportError('binary', `${name} is not a text document: it looks like ${magic.what}.`);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) {
    throw new ImportError('binary', `${name} is not a text document: it contains binary data.`);
  }
  const declared = declaredCharset(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Mostly UTF-8 with a few broken sequences (B-64): keep the UTF-8 and mark the broken bytes U+FFFD,
    // rather than turning every accented letter into Windows-1252 mojibake.
    if (!declared && mostlyUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
    return decodeLegacy(bytes, declared ?? 'windows-1252');
  }
}

/**
 * UTF-16 text saved without a byte-order mark (B-61): mostly ASCII, so one byte of each pair is NUL.
 * Recognised when, in the first 4 KB, at least 60% of the odd (or even) bytes are NUL and almost none
 * of the others are.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Windows-1252's letters in 0x80–0x9F, where ISO-8859-1 has control characters. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes a legacy single-byte page. Node's TextDecoder reads "windows-1252" as ISO-8859-1, which
 * turns € “ ” into control characters, so that range is mapped here.
 */
function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** At least as many well-formed multi-byte UTF-8 sequences as malformed bytes (surrogates count as malformed). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length;
    } else {
      // One malformed sequence counts once: skip the continuation bytes that follow its lead.
      bad++;
      i++;
      while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
    }
  }
  return good > 0 && good >= bad;
}

/** NUL bytes or many control characters in the first 8 KB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.05;
}

/** The charset an HTML page declares in its first 1,024 bytes, when TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // Labels such as iso-2022-cn map to the "replacement" decoder, which turns a page into one U+FFFD.
    return encoding === 'replacement' || encoding.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}
