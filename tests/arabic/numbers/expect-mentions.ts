// Table-driven checks of recognizeNumbers: each case lists every mention expected in its input, in order.
import { expect } from "vitest";
import { recognizeNumbers } from "../../../pipeline/arabic/numbers/index.ts";
import type { NumberMention } from "../../../pipeline/types/number-mention.ts";

/** An expected mention: its exact text and value, and whatever else the case wants to pin down. */
export interface Want {
  text: string;
  value: number;
  kind?: NumberMention["kind"];
  qualifier?: NumberMention["qualifier"];
  form?: NumberMention["form"];
  decimals?: number;
  /** Defaults to the first place `text` occurs in the input after the previous mention. */
  start?: number;
}

/** [text, value] for a plain number, or a full Want. */
export type WantLike = Want | [text: string, value: number];

export type Case = [input: string, expected: WantLike[]];

/** A case with a note on the rule it shows (kept apart from the input, which it would otherwise pollute). */
export type NotedCase = [note: string, input: string, expected: WantLike[]];

function toWant(w: WantLike): Want {
  return Array.isArray(w) ? { text: w[0], value: w[1] } : w;
}

/**
 * Asserts that `input` yields exactly the expected mentions: same texts, values, kinds (default "number"),
 * qualifiers (default none) and offsets, plus form and decimals where the case gives them; and that every
 * mention's text is input.slice(start, end).
 */
export function expectMentions(input: string, expected: readonly WantLike[]): void {
  const got = recognizeNumbers(input);
  for (const m of got) expect(input.slice(m.start, m.end), `offsets of ${JSON.stringify(m)}`).toBe(m.text);
  let from = 0;
  const wants = expected.map(toWant).map((w) => {
    const start = w.start ?? input.indexOf(w.text, from);
    from = start + w.text.length;
    const want: Record<string, unknown> = { text: w.text, value: w.value, kind: w.kind ?? "number", qualifier: w.qualifier, start, end: start + w.text.length };
    if (w.form !== undefined) want.form = w.form;
    if (w.decimals !== undefined) want.decimals = w.decimals;
    return want;
  });
  const seen = got.map((m, i) => {
    const w = wants[i];
    const view: Record<string, unknown> = { text: m.text, value: m.value, kind: m.kind, qualifier: m.qualifier, start: m.start, end: m.end };
    if (w && "form" in w) view.form = m.form;
    if (w && "decimals" in w) view.decimals = m.decimals;
    return view;
  });
  expect(seen, `mentions in ${JSON.stringify(input)}`).toEqual(wants);
}
