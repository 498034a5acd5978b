import { UserError } from "../lib/errors.ts";
import { firstInvalidUtf8Byte } from "../lib/utf8.ts";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a raw text strictly as UTF-8. A byte-order mark is kept (as U+FEFF) so that offsets count every stored
 * character; CRLF line ends are kept as they are. Empty, binary and mis-encoded files are user errors.
 */
export function decodeRawText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new UserError(file, "", "the file is empty", "put the article's text in it, or remove the source");
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UserError(file, `byte ${nul}`, "the file holds a NUL byte: it is binary, not text", "save the article as plain UTF-8 text (.txt), not a PDF, word-processor or image file");
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // The decoder only says *that* the bytes are invalid; find where, for the message.
    const invalid = firstInvalidUtf8Byte(bytes);
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, "0");
    throw new UserError(file, `byte ${invalid}`, `invalid UTF-8 (byte 0x${byte})`, "save the file as UTF-8 (e.g. `iconv -f WINDOWS-1256 -t UTF-8` for an Arabic Windows code page)");
  }
  if (!/[^\s\uFEFF]/.test(text)) throw new UserError(file, "", "the file holds only white space", "put the article's text in it, or remove the source");
  return text;
}
