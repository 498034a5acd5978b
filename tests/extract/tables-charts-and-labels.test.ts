// What round 131's sets (held602–held605: ten outlets; tables, infographics and charts turned into text; other bodies'
// figures; reports and footnotes) showed on first sight: a table of several years whose change column says it is
// against the year before ("التغير 2018/2017", "التطور مقارنة بالسنة السابقة"), read against the first year; a chart's
// legend giving each series its period after "=" over lines of values between bars; a list of shares between slashes
// whose share took the next item's category; a year labelling the first value of a line that names another year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a table's change column", () => {
  it("is against the year its header names", () => {
    const text = "المؤشر | 2016 | 2017 | 2018 | التغير 2018/2017 (3)\nالإنابات القضائية الدولية المتتبعة | 96 | 104 | 112 | +7,7 %\n";
    expect(published(text, "2018")).toContain("letters_rogatory_pct_change 2018 vs 2017 = 7.7");
  });

  it("is against the year before when its header says so", () => {
    const text = "| المؤشر | 2020 | 2021 | 2022 | التطور مقارنة بالسنة السابقة (%) |\n|---|---|---|---|---|\n| الإنابات القضائية الدولية | 118 | 131 | 143 | +9,2 |\n";
    expect(published(text, "2022")).toContain("letters_rogatory_pct_change 2022 vs 2021 = 9.2");
  });

  it("is still against the first year when its header names none", () => {
    const text = "| المؤشر | 2022 | 2023 | التغير (%) |\n|---|---|---|---|\n| الإنابات القضائية الدولية | 143 | 158 | +10,5 |\n";
    expect(published(text, "2023")).toContain("letters_rogatory_pct_change 2023 vs 2022 = 10.5");
  });
});

describe("a chart's legend of series and periods", () => {
  it("gives each value between bars the period of its series", () => {
    const text = "[رسم بياني بالأعمدة المزدوجة: العمود الرمادي = النصف الأول ٢٠١٥، العمود الأخضر = النصف الأول ٢٠١٦]\nالإنابات القضائية الدولية: ٤١ | ٤٥\nالأشخاص المسلمون إلى المغرب: ٥ | ٧\n";
    expect(published(text, "2016-H1")).toEqual(["letters_rogatory 2015-H1 = 41", "letters_rogatory 2016-H1 = 45", "persons_extradited_to_morocco 2015-H1 = 5", "persons_extradited_to_morocco 2016-H1 = 7"]);
  });
});

describe("a list of shares between slashes", () => {
  it("gives no share the category of the next item", () => {
    const text = "- المخدرات 38% / طلبات المعلومات 21% / أخرى 11% / قواعد البيانات 9% / الإرهاب 4%";
    expect(published(text, "2022")).toEqual(["files_share_by_case_type 2022 drug_trafficking = 38", "files_share_by_case_type 2022 information_requests = 21", "files_share_by_case_type 2022 database_exchange = 9", "files_share_by_case_type 2022 terrorism = 4"]);
  });
});

describe("a year labelling a value", () => {
  it("is the value's period, though the line names another year after an arrow", () => {
    expect(published("- 2016: 2950 ملفا ← 2022: 5800 [تقريبا الضعف في ست سنوات]", "2022")).toContain("files_processed 2016 = 2950");
  });
});

describe("a spreadsheet pasted with semicolons", () => {
  it("reads each period's row, the period joined to its quarter by a hyphen", () => {
    const text = "الفترة;الملفات وطلبات المعلومات;الإنابات القضائية الدولية;منهم مغاربة بالخارج\n2024-T2;1760;40;\n2025-T1;1785;40;21\n";
    expect(published(text, "2025-Q2")).toEqual(expect.arrayContaining(["files_processed 2024-Q2 = 1760", "letters_rogatory 2024-Q2 = 40", "files_processed 2025-Q1 = 1785", "letters_rogatory 2025-Q1 = 40"]));
  });

  it("reads a header whose words are joined by underscores", () => {
    const text = "البيانات الخام (CSV):\nالمؤشر;الربع_الأول;الربع_الثاني\nملفات_المركبات_المسروقة;349;372\n";
    expect(published(text, "2025-Q2")).toEqual(["stolen_vehicle_files 2025-Q1 = 349", "stolen_vehicle_files 2025-Q2 = 372"]);
  });
});
