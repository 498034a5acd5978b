// What round 159's answers in parliament led to. A speaker rounds a figure, then gives it exactly between commas
// ("حوالي ألف وثلاثمائة ملف، 1312 بالتحديد، تتعلق بسيارات مسروقة"): the words after the exact value are the rounded
// figure's too (pipeline/extract/clauses.ts). A minister answers about "this decrease" a member asked about: the
// change the sentence named (pipeline/extract/percent-reading.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("an exact value set off by commas after a rounded figure", () => {
  const text = "وقال الوزير إن المصالح المختصة عالجت حوالي ألف وثلاثمائة ملف، 1312 بالتحديد، تتعلق بسيارات مسروقة، مكنت من استرجاع 250 سيارة.";

  it("leaves the rounded figure the words after it, and both read alike", () => {
    const rounded = mentionIn(text, "حوالي ألف وثلاثمائة", catalogue, "2023");
    const exact = mentionIn(text, "1312", catalogue, "2023");
    expect(exact.observation_id).toContain("stolen_vehicle_files/2023");
    expect(rounded.status).toBe("restatement");
    expect(rounded.observation_id).toBe(exact.observation_id);
  });

  it("not after an exact figure: two counts between commas are two clauses", () => {
    const two = "وعالجت المصالح 6312 ملفا، 1312 منها تتعلق بسيارات مسروقة.";
    expect(mentionIn(two, "6312", catalogue, "2023").observation_id).toContain("files_processed/2023");
  });
});

describe("a change referred to as this one", () => {
  const before = "وعالج القسم 6312 ملفا، بزيادة 8,8 في المائة.";
  const text = `${before} وتساءلت نائبة عن أسباب تراجع عدد مذكرات البحث الدولية، فأوضح الوزير أن هذا التراجع الذي يقارب 18 في المائة يعكس تحسن جودة الملفات.`;

  it("is the change its sentence named with its subject", () => {
    expect(mentionIn(text, "يقارب 18 في المائة", catalogue, "2023").observation_id).toContain("international_arrest_warrants_pct_change/2023");
  });

  it("else the previous sentences' subject's", () => {
    const bare = `${before} وأوضح الوزير أن هذا التراجع الذي يقارب 18 في المائة يعكس تحسن جودة الملفات.`;
    expect(mentionIn(bare, "يقارب 18 في المائة", catalogue, "2023").observation_id ?? "").not.toContain("international_arrest_warrants");
  });
});
