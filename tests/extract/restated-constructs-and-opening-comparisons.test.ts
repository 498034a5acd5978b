// A counted noun said again alone after its sentence named it in a construct ("مذكرات البحث الدولية … 87 مذكرة"):
// the construct says what the bare noun counts. And a sentence opening on a comparison with one earlier period
// ("ومقارنة بسنة 2019، …") gives the base of a change that names none. Search notices in formal register: "برقية بحث".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a bare noun said again after the construct its sentence named", () => {
  it("reads 'وعلى مستوى مذكرات البحث الدولية، نشرت المديرية 61 مذكرة' as warrants, not search notices", () => {
    const text = "وعلى مستوى مذكرات البحث الدولية، نشرت المديرية 61 مذكرة خلال النصف الأول من 2025.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-20")).toEqual(["international_arrest_warrants 2025-H1 = 61"]);
  });

  it("reads both ends of a change told after the construct ('من 106 إلى 87 مذكرة')", () => {
    const text = "كتب البعض أن مذكرات البحث الدولية تراجعت إلى النصف، والحال أنها نزلت من 106 في 2022 إلى 87 مذكرة في 2023.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-10")).toEqual(["international_arrest_warrants 2022 = 106", "international_arrest_warrants 2023 = 87"]);
  });

  it("reads a count coordinated after a bare one under a label ('… الدولية: 46 مذكرة …، و55 …')", () => {
    const text = "مذكرات البحث الدولية المنشورة والمعممة: 46 مذكرة في النصف الأول من 2023، و55 في النصف الأول من 2024.";
    const figures = publishedFigures(text, catalogue, "2024-H1", "2024-07-20");
    expect(figures).toContain("international_arrest_warrants 2023-H1 = 46");
    expect(figures).toContain("international_arrest_warrants 2024-H1 = 55");
  });

  it("keeps a count in a construct of its own ('مذكرات البحث الدولية … و3718 مذكرة بحث على الصعيد الوطني')", () => {
    const text = "نشرت المديرية 112 مذكرة بحث دولية، فيما عممت 3718 مذكرة بحث على الصعيد الوطني بطلب من دول أجنبية.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-02")).toEqual(["international_arrest_warrants 2024 = 112", "national_search_notices 2024 = 3718"]);
  });

  it("takes nothing from a headline's topic before its pause ('مذكرات البحث الدولية.. … 3540 مذكرة')", () => {
    const text = [
      "مذكرات البحث الدولية.. \"أنتربول الرباط\" يعمم 3540 مذكرة خلال السنة المنقضية",
      "",
      "عمم المكتب المركزي الوطني خلال سنة 2023 ما مجموعه 3540 مذكرة بحث على الصعيد الوطني، استجابة لطلبات مصالح أمنية أجنبية.",
    ].join("\n");
    expect(publishedFigures(text, catalogue, "2023", "2024-01-02").filter((f) => f.startsWith("international_arrest_warrants"))).toEqual([]);
  });
});

describe("a sentence opening on a comparison with one earlier period", () => {
  it("gives the base of the change after it ('ومقارنة بسنة 2019، أي قبل الجائحة، ارتفع … بنسبة 4,4 في المائة')", () => {
    const text = "عالج القطب 4677 ملفا خلال سنة 2021. ومقارنة بسنة 2019، أي قبل الجائحة، ارتفع عدد الملفات المعالجة بنسبة 4,4 في المائة.";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-05")).toContain("files_processed_pct_change 2021 vs 2019 = 4.4");
  });

  it("gives it to a change after a colon, the compared count in parentheses ('مقارنة بالنصف الأول 2022 (2760 ملفا): … (+33,7%)')", () => {
    const text = "- النصف الأول 2025: 3690 ملفا\n- مقارنة بالنصف الأول 2022 (2760 ملفا): +930 ملفا (+33,7%)";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-20")).toContain("files_processed_pct_change 2025-H1 vs 2022-H1 = 33.7");
  });
});

describe("search notices in formal register", () => {
  it("reads 'برقية بحث' as a search notice, national or from the Arab liaison sections", () => {
    const text = "وعممت المصالح المختصة ألفين وسبعمائة وخمس عشرة برقية بحث على الصعيد الوطني بطلب من دول أجنبية، وثلاثمائة واثنتين وخمسين برقية صادرة عن أقسام الاتصال بالدول العربية.";
    expect(publishedFigures(text, catalogue, "2018", "2019-01-10")).toEqual(["national_search_notices 2018 = 2715", "arab_search_notices 2018 = 352"]);
  });
});
