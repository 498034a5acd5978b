// What round 163 (held728–held731: parliament's questions and minutes, regional outlets, a chronology of the year, a
// decade in review) led to: a fraction of a total; a total under a range of years; a part out of the text's own
// figure; a table whose caption names a local unit; a running total up to a day of the year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

/** The mentions table's row of the number written `number`. */
const mention = (text: string, number: string, reference: string) => mentionIn(text, number, catalogue, reference);

describe("a fraction of a total", () => {
  it("'خمس' before a word of totality in construct is a fifth, not five", () => {
    const text = "أوقفت مصالح الولاية خلال السنة نفسها 17 شخصا، وهو ما يمثل أزيد من خمس مجموع الموقوفين على الصعيد الوطني.";
    expect(mention(text, "أزيد من خمس", "2017").status).toBe("ignored");
    expect(publishedFigures(text, catalogue, "2017")).not.toContain("wanted_persons_arrested 2017 = 5");
  });

  it("while the end of a number before such a word stays a number", () => {
    const text = "عدد الملفات ارتفع بأكثر من عشرة في المائة مقارنة مع ألفين وثمانية عشر. وعدد الموقوفين انتقل إلى 97.";
    expect(mention(text, "ألفين وثمانية عشر", "2019").status).not.toBe("ignored");
  });
});

describe("a total under a range of years", () => {
  it("a heading naming the range over its total: the span's, held back", () => {
    const text = "الملفات المعالجة\n2021\n4 677\n\nالمجموع (2015-2021)\n26 207 ملفات\n\nالمعدل السنوي\n3 744 ملفا";
    expect(publishedFigures(text, catalogue, "2021")).not.toContain("files_processed 2021 = 26207");
    expect(mention(text, "26 207", "2021").reason).toContain("a total («المجموع»)");
  });
});

describe("a part out of a whole", () => {
  const national = "وحسب الحصيلة السنوية، تتبع المكتب المركزي الوطني تنفيذ 125 إنابة قضائية دولية.";

  it("out of the text's own figure, though the whole's noun is another: a part, held back", () => {
    const text = `${national} وتستأثر الدار البيضاء بحصة وازنة منها، إذ تهم 37 إنابة من أصل 125 قضايا معروضة على محاكم المدينة.`;
    expect(publishedFigures(text, catalogue, "2019")).toEqual(["letters_rogatory 2019 = 125"]);
    expect(mention(text, "37", "2019").reason).toContain("a part of the count after it");
  });

  it("out of a whole that is no figure of the text (a target): the count itself", () => {
    const text = "واعترف المسؤول بأن هدف التكوين لم يتحقق بالكامل، إذ استفاد 1450 موظفا من التكوين خلال سنة 2023 من أصل 1500 مبرمجين.";
    expect(mention(text, "1450", "2023").reason ?? "").not.toContain("a part of the count after it");
  });
});

describe("a table whose caption names a local unit", () => {
  const table = (caption: string) =>
    `${caption}\n\n| المؤشر | النصف الأول 2023 | النصف الأول 2024 | التغير\n|---|---|---|---\n| الموقوفون بموجب مذكرات بحث دولية | 19 | 23 | +21,1%\n`;

  it("gives the unit's figures, not the nation's", () => {
    const text = table("جدول 2: ولاية أمن الدار البيضاء");
    expect(publishedFigures(text, catalogue, "2024-H1")).toEqual([]);
    expect(mention(text, "23", "2024-H1").reason).toContain("a local unit");
  });

  it("while a national table's caption leaves its rows the nation's", () => {
    const text = table("جدول 1: المؤشرات الوطنية");
    expect(publishedFigures(text, catalogue, "2024-H1")).toContain("wanted_persons_arrested 2024-H1 = 23");
  });
});

describe("a running total up to a day of the year", () => {
  it("opening its sentence: no period's figure", () => {
    const text = "وحتى 30 أبريل، كان العدد التراكمي للمبحوث عنهم الموقوفين بناء على المذكرات الدولية قد بلغ 36 شخصا.";
    expect(publishedFigures(text, catalogue, "2022-H1")).toEqual([]);
    expect(mention(text, "36", "2022-H1").reason).toContain("running total up to a day");
  });

  it("in a clause of its own before the count", () => {
    const text = "وكانت المديرية قد عالجت، إلى غاية نهاية شتنبر، 3480 ملفا.";
    expect(publishedFigures(text, catalogue, "2021")).toEqual([]);
  });

  it("up to the end of the period reported on, or of a half counted from January: that period", () => {
    expect(publishedFigures("وإلى غاية 31 دجنبر، بلغ عدد الموقوفين 87 شخصا مبحوثا عنهم دوليا.", catalogue, "2022")).toEqual(["wanted_persons_arrested 2022 = 87"]);
    expect(publishedFigures("وحتى نهاية يونيو، نشر المكتب 61 مذكرة بحث دولية.", catalogue, "2025-H1")).toEqual(["international_arrest_warrants 2025-H1 = 61"]);
  });

  it("not for the counts after an earlier count's day", () => {
    const text = "نشر المكتب 61 مذكرة بحث دولية، بعد أن كان عددها قد بلغ 49 مذكرة حتى نهاية ماي، وأسفرت المذكرات عن توقيف 74 شخصا مبحوثا عنهم على الصعيد الدولي.";
    expect(publishedFigures(text, catalogue, "2025-H1")).toContain("wanted_persons_arrested 2025-H1 = 74");
  });
});

describe("a transposed table whose rows name their period over two cells (held249)", () => {
  const table = [
    "| السنة | النصف | الملفات المعالجة | الإنابات القضائية |",
    "| 2020 | الأول | 1820 | 55 |",
    "| 2021 | الأول | 2240 | 62 |",
    "| 2021 | المجموع | 4677 | 131 |",
  ].join("\n");

  it("reads the year's part from the second cell and its header, and the year from a total", () => {
    const published = publishedFigures(table, catalogue, "2021");
    expect(published).toContain("files_processed 2020-H1 = 1820");
    expect(published).toContain("letters_rogatory 2021-H1 = 62");
    expect(published).toContain("files_processed 2021 = 4677");
    expect(published).not.toContain("files_processed 2020 = 1820");
  });
});
