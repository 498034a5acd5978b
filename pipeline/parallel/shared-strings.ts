// Every string a worker thread sends is a copy of its own, one per occurrence: at 10,000 sources, each figure's
// sentence (the whole text again, in all) and the same ids, periods and statuses repeated in every mention
// make up much of what the main thread holds until validate is done. A result is made smaller as it arrives:
// the figures of one sentence share one copy of it (a slice of the source's text, which V8 keeps as a view, when
// the text came too) and each repeated short value one shared string. Only references change: every value
// stays the same string.

import type { SourceWork } from "./sources.ts";

/** Returns a function that shares the strings of each result it is given with those seen before. */
export function stringSharer(): (work: SourceWork) => SourceWork {
  const pool = new Map<string, string>();
  const one = <S extends string | null | undefined>(value: S): S => {
    if (typeof value !== "string") return value;
    const seen = pool.get(value);
    if (seen !== undefined) return seen as S;
    pool.set(value, value);
    return value;
  };
  return (work) => {
    const source = work.extracted;
    if (!source) return work;
    const id = one(source.id);
    source.id = id;
    const observationIds = new Map<string, string>();
    const sentences = new Map<string, string>();
    for (const m of source.mentions) {
      if (m.source_id === id) m.source_id = id;
      m.kind = one(m.kind);
      m.form = one(m.form);
      m.status = one(m.status);
      m.indicator_id = one(m.indicator_id);
      m.period = one(m.period);
      m.evidence = one(m.evidence);
      m.reason = one(m.reason);
      m.qualifier = one(m.qualifier);
      if (m.observation_id !== null) observationIds.set(m.observation_id, m.observation_id);
    }
    for (const { observation: o } of source.figures) {
      if (o.source_id === id) o.source_id = id;
      o.observation_id = observationIds.get(o.observation_id) ?? o.observation_id;
      o.indicator_id = one(o.indicator_id);
      o.breakdown = one(o.breakdown);
      o.category = one(o.category);
      o.period = one(o.period);
      o.base_period = one(o.base_period);
      o.unit = one(o.unit);
      o.qualifier = one(o.qualifier);
      if ("text" in source) {
        const sentence = source.text.slice(o.sentence.start, o.sentence.end);
        if (sentence === o.sentence.text) o.sentence.text = sentence;
      } else {
        const seen = sentences.get(o.sentence.text);
        if (seen === undefined) sentences.set(o.sentence.text, o.sentence.text);
        else o.sentence.text = seen;
      }
    }
    return work;
  };
}
