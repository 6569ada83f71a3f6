import { isUtf8 } from 'node:buffer';

/** A file's text as TypeScript reads it, and whether that is what the file holds. */
export interface SourceText {
  readonly text: string;
  /** The first line whose bytes are not UTF-8, where the text TypeScript gets differs. */
  readonly invalidLine: number | undefined;
}

/**
 * Decodes a file the way `ts.sys.readFile` does, so the CLI sees the text typescript-eslint sees:
 * a UTF-8 byte order mark is dropped, UTF-16 with a byte order mark is decoded, anything else is
 * read as UTF-8. Only the last case can go wrong, and then the first bad line is named.
 */
export function decodeSource(bytes: Buffer): SourceText {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return { text: swapped.swap16().toString('utf16le'), invalidLine: undefined };
  }

  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le', 2), invalidLine: undefined };
  }

  const start =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  return {
    text: body.toString('utf8'),
    invalidLine: isUtf8(body) ? undefined : firstInvalidLine(body),
  };
}

/** No byte of a multi-byte UTF-8 sequence is a line feed, so each line decodes on its own. */
function firstInvalidLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;

    try {
      decoder.decode(bytes.subarray(lineStart, index));
    } catch {
      return line;
    }

    line++;
    lineStart = index + 1;
  }

  return line;
}
