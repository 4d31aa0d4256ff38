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
  if (looksBinary(bytes)) {
    throw new ImportError('binary', `${name} is not a text document: it contains binary data.`);
  }
  const declared = declaredCharset(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
  }
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
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
