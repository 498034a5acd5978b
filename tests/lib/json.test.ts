import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDuplicateKey, maxJsonDepth, parseJson } from "../../pipeline/lib/json.ts";
import { userErrorOf } from "../helpers/user-error.ts";

describe("findDuplicateKey", () => {
  it("finds a key written twice in one object, with its JSON pointer and both lines", () => {
    const text = '{\n  "a": {\n    "x/y": 1,\n    "b": 2,\n    "x/y": 3\n  }\n}';
    expect(findDuplicateKey(text)).toEqual({ key: "x/y", pointer: "/a/x~1y", line: 5, firstLine: 3 });
  });

  it("tells objects apart: the same key in two objects, or in an array's items, is fine", () => {
    expect(findDuplicateKey('{"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]}')).toBeNull();
  });

  it("points into arrays by index", () => {
    expect(findDuplicateKey('{"list": [{}, {"k": 1, "k": 2}]}')?.pointer).toBe("/list/1/k");
  });
});

describe("parseJson", () => {
  it("keeps JSON.parse's result", () => {
    expect(parseJson('{"a": [1, "x"]}', "f.json")).toEqual({ a: [1, "x"] });
  });

  it("refuses a duplicate key only when asked, naming the pointer and the lines", () => {
    const text = '{\n  "title": "a",\n  "title": "b"\n}';
    expect(parseJson(text, "f.json")).toEqual({ title: "b" });
    const error = userErrorOf(() => parseJson(text, "f.json", { rejectDuplicateKeys: true }));
    expect(error).toMatchObject({ file: "f.json", position: "/title" });
    expect(error.problem).toBe('the key "title" appears twice in the same object (lines 2 and 3); JSON readers would silently keep only the last');
  });

  it.each([
    ["invalid", "[".repeat(10_000)],
    ["valid, checked for duplicate keys", `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
  ])("refuses JSON nested 10,000 deep (%s) without overflowing the stack", (_, text) => {
    const error = userErrorOf(() => parseJson(text, "deep.json", { rejectDuplicateKeys: true }));
    expect(error.problem).toBe(`the JSON is nested more than ${maxJsonDepth} levels deep`);
    expect(error.position).toMatch(/^1:\d+$/);
  });

  it("does not count brackets inside strings as nesting", () => {
    const text = JSON.stringify({ s: "[".repeat(1000), t: '{"\\"[' });
    expect(parseJson(text, "f.json", { rejectDuplicateKeys: true })).toEqual(JSON.parse(text));
  });

  it("refuses a text exactly when it holds a key twice in one object, whatever its strings hold", () => {
    // Keys from a small set (so that objects repeat them), strings with colons, quotes and backslashes.
    const key = fc.constantFrom("a", "b", "k:", 'q"', "\\", "__proto__");
    const member = (value: fc.Arbitrary<string>) => fc.tuple(key, value).map(([k, v]) => `${JSON.stringify(k)}: ${v}`);
    const { json } = fc.letrec<{ json: string }>((tie) => ({
      json: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("1", "null", '":"', '"a\\":"', '"{\\"k\\": 1}"'),
        fc.array(tie("json"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
        fc.array(member(tie("json")), { maxLength: 4 }).map((members) => `{${members.join(", ")}}`),
      ),
    }));
    fc.assert(
      fc.property(json, (text) => {
        const duplicate = findDuplicateKey(text);
        if (duplicate === null) expect(parseJson(text, "f.json", { rejectDuplicateKeys: true })).toEqual(JSON.parse(text));
        else expect(userErrorOf(() => parseJson(text, "f.json", { rejectDuplicateKeys: true })).position).toBe(duplicate.pointer);
      }),
      { numRuns: 2000 },
    );
  });
});
