// The three message tables: valid against their schema (every key present), with the same placeholders in
// every language, and plural forms for what Arabic counts differently.
import { describe, expect, it } from "vitest";
import { languages } from "../../../pipeline/publish/i18n/languages.ts";
import { type MessageKey, messageTable, text, fill, trusted } from "../../../pipeline/publish/i18n/messages.ts";

const placeholders = (message: string | Record<string, string>) =>
  [...new Set((typeof message === "string" ? [message] : Object.values(message)).flatMap((m) => [...m.matchAll(/\{([a-z_]+)\}/g)].map((x) => x[1])))].sort();

describe("message tables", () => {
  const tables = Object.fromEntries(languages.map((lang) => [lang, messageTable(lang)]));

  it("have the same keys and the same placeholders in every language", () => {
    const keys = Object.keys(tables.en!) as MessageKey[];
    for (const lang of languages) {
      expect(Object.keys(tables[lang]!).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const expected = placeholders(tables.en![key] as string).filter((p) => p !== "count");
        expect(placeholders(tables[lang]![key] as string).filter((p) => p !== "count"), `${lang} ${key}`).toEqual(expected);
      }
    }
  });

  it("fill placeholders, pick the plural form by count, and escape all but trusted markup", () => {
    expect(text("en", "coverage.sources", { count: 1 })).toBe("The figures come from 1 source.");
    expect(text("en", "coverage.sources", { count: 1200 })).toBe("The figures come from 1,200 sources.");
    expect([1, 2, 3, 11, 100].map((count) => text("ar", "coverage.sources", { count }))).toEqual([
      "تأتي الأرقام من مصدر واحد.",
      "تأتي الأرقام من مصدرين.",
      "تأتي الأرقام من 3 مصادر.",
      "تأتي الأرقام من 11 مصدرا.",
      "تأتي الأرقام من 100 مصدر.",
    ]);
    const upper = (s: string) => s.toUpperCase();
    expect(fill("en", "key.change", { value: "<b>", base: trusted("<i>2021</i>") }, upper)).toBe("<B> ON <i>2021</i>");
    expect(() => text("en", "key.change", { value: "x" })).toThrow(/\{base\}/);
  });
});
