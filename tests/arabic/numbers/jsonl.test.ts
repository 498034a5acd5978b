// The line interface: one JSON line out per non-blank line in, in order, errors per line, constant memory.
import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { recognizeJsonLines, runNumbersCommand } from "../../../pipeline/arabic/numbers/jsonl.ts";

async function* fromArray(lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

async function collect(lines: readonly string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of recognizeJsonLines(fromArray(lines))) {
    expect(line).not.toContain("\n");
    out.push(JSON.parse(line));
  }
  return out;
}

describe("recognizeJsonLines", () => {
  it("answers each line with its id and mentions (only the line keys, qualifier when present)", async () => {
    const out = await collect([
      JSON.stringify({ id: "a", text: "عالج 5 آلاف و800 ملف" }),
      JSON.stringify({ id: 7, text: "وبأكثر من 40 في المائة", source: "ignored" }),
      JSON.stringify({ id: "empty", text: "" }),
    ]);
    expect(out).toEqual([
      { id: "a", mentions: [{ text: "5 آلاف و800", value: 5800, kind: "number", start: 5, end: 16 }] },
      { id: 7, mentions: [{ text: "أكثر من 40 في المائة", value: 40, kind: "percent", start: 2, end: 22, qualifier: "gt" }] },
      { id: "empty", mentions: [] },
    ]);
    expect(Object.keys((out[1] as { mentions: object[] }).mentions[0]!)).toEqual(["text", "value", "kind", "start", "end", "qualifier"]);
  });

  it("gives an error object for each malformed line and goes on", async () => {
    const out = await collect([
      "{not json",
      "[1, 2]",
      '"text"',
      "null",
      JSON.stringify({ text: "خمسة" }),
      JSON.stringify({ id: true, text: "خمسة" }),
      JSON.stringify({ id: { x: 1 }, text: "خمسة" }),
      JSON.stringify({ id: "no-text" }),
      JSON.stringify({ id: "bad-text", text: 5 }),
      JSON.stringify({ id: "ok", text: "ثلاثة" }),
    ]);
    expect(out).toEqual([
      { id: null, line: 1, error: expect.stringMatching(/^invalid JSON: /) },
      { id: null, line: 2, error: 'expected a JSON object {"id": …, "text": …}, got an array' },
      { id: null, line: 3, error: 'expected a JSON object {"id": …, "text": …}, got a string' },
      { id: null, line: 4, error: 'expected a JSON object {"id": …, "text": …}, got null' },
      { id: null, line: 5, error: 'missing field "id"' },
      { id: null, line: 6, error: 'field "id" must be a string or a number, got a boolean' },
      { id: null, line: 7, error: 'field "id" must be a string or a number, got a object' },
      { id: "no-text", line: 8, error: 'missing field "text"' },
      { id: "bad-text", line: 9, error: 'field "text" must be a string, got a number' },
      { id: "ok", mentions: [{ text: "ثلاثة", value: 3, kind: "number", start: 0, end: 5 }] },
    ]);
  });

  it("answers a text with a number too long to hold exactly with an error object naming its offsets, and goes on", async () => {
    const long = "9".repeat(400);
    const out = await collect([
      JSON.stringify({ id: "big", text: `عالج 9007199254740993 ملفا` }),
      JSON.stringify({ id: "huge", text: `رقم 5 و ${long}` }),
      JSON.stringify({ id: "ok", text: `رقم ${long} و9007199254740991` }),
    ]);
    expect(out).toEqual([
      { id: "big", line: 1, error: expect.stringContaining("a number of 16 digits at offset 5 cannot be held exactly"), start: 5, end: 21 },
      { id: "huge", line: 2, error: expect.stringContaining("a number of 400 digits at offset 8"), start: 8, end: 408 },
      { id: "ok", mentions: [{ text: "9007199254740991", value: 9007199254740991, kind: "number", start: 406, end: 422 }] },
    ]);
  });

  it("skips blank lines but counts them in line numbers, and ignores a BOM on the first line", async () => {
    const out = await collect(["\uFEFF" + JSON.stringify({ id: 1, text: "خمسة" }), "", "   \t", "oops"]);
    expect(out).toEqual([
      { id: 1, mentions: [{ text: "خمسة", value: 5, kind: "number", start: 0, end: 4 }] },
      { id: null, line: 4, error: expect.stringMatching(/^invalid JSON/) },
    ]);
  });

  it("keeps offsets into the text as given (UTF-16, astral characters included)", async () => {
    const text = "😀 رصدت 😀 ثلاثة";
    const [line] = (await collect([JSON.stringify({ id: "x", text })])) as Array<{ mentions: Array<{ start: number; end: number; text: string }> }>;
    const m = line!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("streams thousands of lines in order, pulling one line at a time", async () => {
    const count = 5000;
    let produced = 0;
    async function* lines(): AsyncGenerator<string> {
      for (let i = 0; i < count; i++) {
        produced++;
        yield i % 97 === 0 ? "{broken" : JSON.stringify({ id: i, text: `سجلت ${i} حالة و${i % 10} آلاف` });
      }
    }
    let seen = 0;
    for await (const line of recognizeJsonLines(lines())) {
      // The generator reads no further ahead than the line it answers.
      expect(produced).toBe(seen + 1);
      const parsed = JSON.parse(line) as { id: number | null; line?: number };
      if (seen % 97 === 0) expect(parsed).toMatchObject({ id: null, line: seen + 1 });
      else expect(parsed.id).toBe(seen);
      seen++;
    }
    expect(seen).toBe(count);
  });
});

describe("runNumbersCommand", () => {
  it("reads a stream and writes one line per input line, CRLF included", async () => {
    const input = Readable.from([`${JSON.stringify({ id: 1, text: "خمسة" })}\r\n${JSON.stringify({ id: 2, text: "24%" })}\r\n`]);
    let written = "";
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString("utf8");
        done();
      },
    });
    await runNumbersCommand(input, output);
    expect(written.split("\n")).toEqual([
      JSON.stringify({ id: 1, mentions: [{ text: "خمسة", value: 5, kind: "number", start: 0, end: 4 }] }),
      JSON.stringify({ id: 2, mentions: [{ text: "24%", value: 24, kind: "percent", start: 0, end: 3 }] }),
      "",
    ]);
  });

  it("waits for a slow output to drain instead of buffering everything", async () => {
    const count = 3000;
    const input = new PassThrough();
    let waitingWrites = 0;
    let maxBuffered = 0;
    const lines: string[] = [];
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        waitingWrites++;
        lines.push(chunk.toString("utf8"));
        setImmediate(() => {
          waitingWrites--;
          done();
        });
      },
    });
    const watch = setInterval(() => (maxBuffered = Math.max(maxBuffered, output.writableLength)), 0);
    const run = runNumbersCommand(input, output);
    for (let i = 0; i < count; i++) input.write(`${JSON.stringify({ id: i, text: `عالج ${i} ملفا` })}\n`);
    input.end();
    await run;
    clearInterval(watch);
    expect(lines).toHaveLength(count);
    expect(JSON.parse(lines[count - 1]!)).toMatchObject({ id: count - 1 });
    expect(waitingWrites).toBe(0);
    // Backpressure: the writable never holds much more than its high-water mark plus one line.
    expect(maxBuffered).toBeLessThan(1024 + 200);
  });
});
