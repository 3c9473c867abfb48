import { fileError, type ImportIssue } from './importIssue';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text without a byte-order mark. */
  text: string;
  encoding: TextEncodingName;
  issues: ImportIssue[];
}

/** How far we look for NUL bytes. A text file in UTF-8 or GB18030 never contains NUL; binaries
 * (zip-based .xlsx, OLE .xls, images) have them within the first few hundred bytes. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/**
 * Bytes → text, reporting rather than throwing.
 *
 * Order: byte-order mark (UTF-8, UTF-16LE, UTF-16BE) → NUL bytes (BOM-less UTF-16 when the NULs
 * sit only on one byte parity, otherwise a binary file) → strict UTF-8 → strict GB18030 (what
 * Chinese Excel writes when it saves "CSV"; GB18030 is a superset of GBK and GB2312) → lenient
 * UTF-8 with U+FFFD replacements and a 'bad-encoding' warning.
 *
 * GB18030 decoding relies on the WHATWG `TextDecoder` ('gb18030', also the label for 'gbk'); every
 * current browser has it, and Node has it when built with full ICU (the default since Node 13).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeOrReplace(bytes.subarray(3), 'utf-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeOrReplace(bytes.subarray(2), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeOrReplace(bytes.subarray(2), 'utf-16be');
  }

  const nul = nulParity(bytes.subarray(0, BINARY_SNIFF_BYTES));
  if (nul.even + nul.odd > 0) {
    const utf16 = guessBomlessUtf16(nul, Math.min(bytes.length, BINARY_SNIFF_BYTES));
    if (utf16) {
      const text = tryDecode(bytes, utf16);
      if (text !== null) {
        return {
          text: stripBom(text),
          encoding: utf16,
          issues: [{ code: 'decoded-as-utf16', severity: 'warning', row: null, field: null, detail: utf16 }],
        };
      }
    }
    return { text: '', encoding: 'utf-8', issues: [fileError('binary-file')] };
  }

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: stripBom(utf8), encoding: 'utf-8', issues: [] };

  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) {
    return {
      text: stripBom(gb),
      encoding: 'gb18030',
      issues: [{ code: 'decoded-as-gb18030', severity: 'warning', row: null, field: null }],
    };
  }
  return decodeOrReplace(bytes, 'utf-8');
}

function decodeOrReplace(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const strict = tryDecode(bytes, encoding);
  if (strict !== null) return { text: stripBom(strict), encoding, issues: [] };
  const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return {
    text: stripBom(lenient),
    encoding,
    issues: [{ code: 'bad-encoding', severity: 'warning', row: null, field: null, detail: encoding }],
  };
}

/** The decoded text, or null when the bytes are not valid in that encoding. `ignoreBOM: true`
 * keeps a BOM in the output so that `stripBom` is the one place it is removed. */
function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface NulParity {
  even: number;
  odd: number;
}

function nulParity(sample: Uint8Array): NulParity {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd };
}

/** UTF-16 text without a BOM (rare: Excel's "Unicode text" writes one) has NULs as the high byte
 * of every ASCII character, all on one parity; a binary has them on both. Require at least one
 * NUL per ten code units so that a stray NUL in a binary does not pass. */
function guessBomlessUtf16(nul: NulParity, sampleLength: number): TextEncodingName | null {
  const units = Math.floor(sampleLength / 2);
  if (units === 0) return null;
  if (nul.even === 0 && nul.odd >= units / 10) return 'utf-16le';
  if (nul.odd === 0 && nul.even >= units / 10) return 'utf-16be';
  return null;
}
