// The published tables' Table Schemas describe every table and column in the three languages of the workbook's
// column dictionary: a missing translation would fall back to English without anyone noticing.
import { describe, expect, it } from "vitest";
import { unsafeTextProblem } from "../../pipeline/lib/unsafe-text.ts";
import { loadTableSchema, tableNames } from "../../pipeline/publish/table-schemas.ts";

const ARABIC = /[\u0600-\u06FF]/;

describe("the Table Schemas", () => {
  it.each(tableNames)("%s: the table and every column have a title and a description in Arabic, English and French", (name) => {
    const schema = loadTableSchema(name);
    for (const [where, texts] of [[name, schema] as const, ...schema.fields.map((f) => [`${name}.${f.name}`, f] as const)]) {
      const { title, title_ar, title_fr, description, description_ar, description_fr } = texts;
      for (const text of [title, title_ar, title_fr, description, description_ar, description_fr]) {
        expect(text, where).toEqual(expect.any(String));
        expect(text!.trim(), where).not.toBe("");
        // They are cells of the workbook's README sheet: nothing a spreadsheet would run or reorder.
        expect(unsafeTextProblem(text!), where).toBeNull();
      }
      expect(title_ar, where).toMatch(ARABIC);
      expect(description_ar, where).toMatch(ARABIC);
      // A description is translated, not copied (a title may be the same word in English and French: "Source").
      expect(description_fr, where).not.toBe(description);
    }
  });
});
