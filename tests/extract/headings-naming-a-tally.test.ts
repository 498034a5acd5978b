// A heading whose title, after a name and a colon, opens on the tally of one period ("1. أنتربول الرباط: حصيلة
// النصف الأول من 2025"), as a weekly round-up numbers its items: the paragraph under it is of that period, not of the
// round-up's own. A teaser for another article, written the same way, is page cruft and gives no period.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a heading whose title names a tally of one period", () => {
  const roundup = [
    "حصيلة الأسبوع الأمني (7 - 13 يوليوز 2025)",
    "",
    "1. أنتربول الرباط: حصيلة النصف الأول من 2025",
    "نشرت المديرية العامة للأمن الوطني، يوم الإثنين، حصيلة الأشهر الستة الأولى من السنة. وعالج قطب التعاون الأمني الدولي خلال هذه الفترة 3690 ملفا وطلب معلومات، ونشر 61 أمرا دوليا بإلقاء القبض.",
    "",
    "2. توقيفات في الموانئ",
    "وخلال الأسبوع نفسه، أوقفت عناصر الأمن بميناء طنجة المتوسط أربعة أشخاص مبحوث عنهم دوليا.",
  ].join("\n");

  it("gives the paragraph under it the tally's period, in a round-up of another quarter", () => {
    const figures = publishedFigures(roundup, catalogue, "2025-Q3", "2025-07-13");
    expect(figures).toContain("files_processed 2025-H1 = 3690");
    expect(figures).toContain("international_arrest_warrants 2025-H1 = 61");
  });

  it("publishes nothing of the round-up's own quarter from that paragraph", () => {
    expect(publishedFigures(roundup, catalogue, "2025-Q3", "2025-07-13").filter((f) => f.includes("2025-Q3"))).toEqual([]);
  });

  it("reads no tally in a title opening on other words ('مرصد الشمال – ورقة رقم 7 – يناير 2021')", () => {
    const text = [
      "التعاون الأمني الدولي في زمن الجائحة: قراءة في حصيلة 2020",
      "",
      "مرصد الشمال للدراسات الأمنية – ورقة رقم 7 – يناير 2021",
      "",
      "عالج قطب التعاون الأمني الدولي بالمديرية العامة للأمن الوطني 3950 ملفا، ونشر المكتب المركزي الوطني 63 أمرا دوليا بإلقاء القبض.",
    ].join("\n");
    expect(publishedFigures(text, catalogue, "2020", "2021-01-15")).toEqual(["files_processed 2020 = 3950", "international_arrest_warrants 2020 = 63"]);
  });

  it("takes no period from a read-also teaser written as such a heading ('اقرأ أيضا: حصيلة 2023: …')", () => {
    const text = [
      "حصيلة 2024.. أرقام التعاون الأمني الدولي للأمن الوطني",
      "",
      "عالج قسم التعاون الأمني الدولي 7215 ملفا وطلب معلومات خلال سنة 2024.",
      "",
      "اقرأ أيضا: حصيلة 2023: 131 مبحوثا عنهم أوقفوا بفضل التعاون الدولي",
      "",
      "وعلى مستوى التسليم، تسلم المغرب 31 شخصا مطلوبا، بينما سلم 14 أجنبيا إلى بلدانهم.",
    ].join("\n");
    const figures = publishedFigures(text, catalogue, "2024", "2025-01-02");
    expect(figures).toContain("persons_extradited_to_morocco 2024 = 31");
    expect(figures).toContain("foreigners_handed_over_by_morocco 2024 = 14");
  });
});

describe("a box of labelled values under a heading naming the tally it compares with", () => {
  const page = [
    "حصيلة 2020: 3950 ملفا رغم الجائحة",
    "",
    "عالج قسم التعاون الدولي خلال 2020 ما مجموعه 3 آلاف و950 ملفا، وتتبع المكتب 118 إنابة قضائية دولية.",
    "",
    "للمقارنة | حصيلة 2019",
    "الملفات المعالجة — 4480",
    "الإنابات القضائية الدولية — 125",
  ].join("\n");

  it("gives the box's values the heading's year, and leaves the body's figures their own (held646)", () => {
    expect(publishedFigures(page, catalogue, "2020", "2020-12-31")).toEqual([
      "files_processed 2020 = 3950",
      "letters_rogatory 2020 = 118",
      "files_processed 2019 = 4480",
      "letters_rogatory 2019 = 125",
    ]);
  });

  it("gives nothing to a box whose heading compares without naming a tally", () => {
    const untitled = page.replace("للمقارنة | حصيلة 2019", "للمقارنة");
    expect(publishedFigures(untitled, catalogue, "2020", "2020-12-31")).not.toContain("files_processed 2019 = 4480");
  });
});
