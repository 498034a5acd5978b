// A newspaper page scanned to text keeps its narrow columns: a paragraph's lines of about the same width end where
// the column does, not where a clause does (pipeline/extract/narrow-column.ts, read by clauses.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { endsColumnLine } from "../../pipeline/extract/narrow-column.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

/** A paragraph set in a column about 32 characters wide, as an OCR'd newspaper page gives it. */
const column = [
  "وعلى صعيد إشعارات البحث، عمم",
  "المكتب على الصعيد الوطني 2640",
  "إشعارا بناء على طلبات مصالح",
  "أمنية أجنبية، و318 إشعارا صادرا",
  "عن أقسام الاتصال بالدول العربية،",
  "كما نشر 1740 إشعارا لإلغاء البحث",
  "الدولي و268 إشعارا لإلغاء البحث",
  "على المستوى العربي.",
].join("\n");

const lineEnds = (text: string) => [...text.matchAll(/\n/gu)].map((m) => m.index);

describe("a paragraph set in a narrow column", () => {
  it("reads each count with the words the column carried to the next line", () => {
    expect(published(column, "2018")).toEqual([
      "national_search_notices 2018 = 2640",
      "arab_search_notices 2018 = 318",
      "international_search_cancellations 2018 = 1740",
      "arab_search_cancellations 2018 = 268",
    ]);
  });

  it("puts the verb on the line above with its count", () => {
    const text = [
      "وفي ما يتعلق بالتسليم، تسلم المغرب",
      "14 شخصا مطلوبا لعدالته، مقابل 13",
      "شخصا خلال 2017، بينما سلم 9 أجانب",
      "مطلوبين للعدالة إلى بلدانهم، مقابل",
      "11 أجنبيا سنة 2017، أي بتراجع نسبته",
      "18,2 في المائة.",
    ].join("\n");
    expect(published(text, "2018")).toEqual(expect.arrayContaining(["persons_extradited_to_morocco 2018 = 14", "persons_extradited_to_morocco 2017 = 13"]));
  });

  it("ends none of its lines where a clause ends, but its last line is the paragraph's", () => {
    const ends = lineEnds(column);
    expect(ends.map((at) => endsColumnLine(column, at))).toEqual(ends.map(() => true));
    const twoParagraphs = `${column}\n\nسطر آخر.`;
    expect(endsColumnLine(twoParagraphs, column.length)).toBe(false);
  });
});

describe("lines that are no column", () => {
  it("a list whose items label their values", () => {
    const list = [
      "المرتبة الأولى: إسبانيا – 27 في المائة",
      "المرتبة الثانية: فرنسا – 21 في المائة",
      "المرتبة الثالثة: بلجيكا – 9 في المائة",
      "المرتبة الرابعة: هولندا – 8 في المائة",
      "المرتبة الخامسة: ألمانيا – 6 في المائة",
    ].join("\n");
    expect(lineEnds(list).some((at) => endsColumnLine(list, at))).toBe(false);
  });

  it("a list whose items open on their numbers", () => {
    const list = ["4060 ملفا وطلبا للمعلومات", "112 إنابة قضائية دولية", "78 مذكرة بحث دولية", "88 شخصا مبحوثا عنهم", "49 مواطنا مغربيا"].join("\n");
    expect(lineEnds(list).some((at) => endsColumnLine(list, at))).toBe(false);
  });

  it("a paragraph of lines too uneven or too few to be a column's", () => {
    const uneven = ["عالج القسم", "خلال سنة 2018 ما مجموعه 4060 ملفا وطلبا للمعلومات", "مقابل 3380", "ملفا خلال سنة 2017 أي بزيادة قدرها عشرون في المائة", "حسب الحصيلة"].join("\n");
    expect(lineEnds(uneven).some((at) => endsColumnLine(uneven, at))).toBe(false);
    const few = column.split("\n").slice(0, 3).join("\n");
    expect(lineEnds(few).some((at) => endsColumnLine(few, at))).toBe(false);
  });
});
