/**
 * Byte offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF), or -1 when all of `bytes` is valid. TextDecoder's fatal mode says only *that* the
 * bytes are invalid; a user needs to know *where*.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] = leadRange(lead);
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < min || second > max) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Sequence length and the allowed range of the second byte for a lead byte (0 length: not a lead byte). */
function leadRange(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

const encoder = new TextEncoder();

/**
 * `text` as UTF-8, the bytes Buffer.from(text, "utf8") gives (a lone surrogate as U+FFFD). TextEncoder's
 * encodeInto and Buffer.byteLength run on simdutf, where Buffer.from on Arabic text goes through V8's slower
 * conversion: publishing 10,000 sources turns about 250 MB of text into bytes.
 */
export function utf8Bytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(text, "utf8"));
  const { written } = encoder.encodeInto(text, bytes);
  return written === bytes.length ? bytes : bytes.subarray(0, written);
}

/**
 * Text gathered into UTF-8 blocks of about `size` bytes, each string encoded once, straight into the block it
 * ends up in. A writer that hands over a row at a time (a table's JSON or CSV, a sheet's XML) would otherwise
 * join its rows into large strings and encode those: V8 then first copies each joined string into one flat
 * string, which cost more than encoding it (mentions.json at 10,000 sources: 2.5 s, against 0.7 s this way).
 * Each string is encoded on its own, as utf8Bytes would: give whole strings (no surrogate pair split in two).
 */
export class Utf8Blocks {
  private block: Buffer;
  private used = 0;

  constructor(private readonly size = 1 << 16) {
    this.block = Buffer.allocUnsafe(size);
  }

  /** Adds `text`; `full` gets each block that is complete, in order (never touched again). */
  add(text: string, full: (bytes: Buffer) => void): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8 (a pair, 2 units, takes 4).
    if (this.used + text.length * 3 > this.block.length) {
      this.flush(full);
      if (text.length * 3 > this.block.length) {
        full(utf8Bytes(text));
        return;
      }
    }
    this.used += encoder.encodeInto(text, this.used === 0 ? this.block : this.block.subarray(this.used)).written;
  }

  /** Hands over what is gathered, if anything. */
  flush(full: (bytes: Buffer) => void): void {
    if (this.used === 0) return;
    const bytes = this.block.subarray(0, this.used);
    this.block = Buffer.allocUnsafe(this.size);
    this.used = 0;
    full(bytes);
  }
}
