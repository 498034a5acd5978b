// What the held-out sets held79–held81 (looking back, five outlets) showed on first sight: earlier values
// recalled after "بعدما كانوا", "بعد" or "the number", spans said by their length, forecasts and questions that
// reach only part of a sentence, tables whose headers abbreviate the halves, figures opening a line before a colon.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2022", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);

describe("the length of a span", () => {
  it("ignores the number of months a span lasts, and reads six months as a half-year report's own", () => {
    const text = "تسلمت المملكة 15 شخصا في ستة أشهر، بعدما كانوا 13 في النصف الأول من 2023.";
    expect(published(text, "2024-H1")).toEqual(["persons_extradited_to_morocco 2024-H1 = 15", "persons_extradited_to_morocco 2023-H1 = 13"]);
    expect(mentionIn(text, "ستة", catalogue, "2024-H1")).toMatchObject({ status: "ignored" });
  });

  it("reads three months as a quarterly note's own, but holds six months back in a report on a year", () => {
    expect(published("عالجت المصالح 3000 ملف في ثلاثة أشهر.", "2024-Q2")).toEqual(["files_processed 2024-Q2 = 3000"]);
    expect(mentionIn("عالجت المصالح 3000 ملف في ستة أشهر.", "3000", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });
});

describe("what a forecast or a question reaches", () => {
  it("publishes a count stated before a forecast in another clause", () => {
    const text = "وتابع المكتب المركزي الوطني 84 إنابة قضائية دولية، بعد 82 في النصف الثاني من 2023، وهي إنابات قد تتجاوز آجال تنفيذها ستة أشهر.";
    expect(published(text, "2024-H2")).toEqual(["letters_rogatory 2024-H2 = 84", "letters_rogatory 2023-H2 = 82"]);
  });

  it("still holds back a count in the forecast's own clause", () => {
    expect(mentionIn("ويتوقع أن يبلغ عدد الملفات 7000 ملف مع نهاية السنة.", "7000", catalogue, "2024")).toMatchObject({ status: "held_back" });
  });

  it("reads a headline's statement before two dots and its question, not a number inside a question", () => {
    expect(published("2950 ملفا في سنة واحدة.. كيف صار القطب رقما صعبا؟", "2016")).toEqual(["files_processed 2016 = 2950"]);
    expect(mentionIn("هل يعقل أن تعالج 7000 ملف.. دون موارد؟", "7000", catalogue, "2016")).toMatchObject({ status: "held_back" });
  });
});

describe("periods of recalled values", () => {
  it("takes the period a statement after a colon names, not a shorter span before the colon", () => {
    const text = "تسارعت الوتيرة في الأشهر الأخيرة: فقد عولج 1620 ملفا في النصف الأول، و1760 في النصف الثاني.";
    expect(published(text, "2017")).toEqual(["files_processed 2017-H1 = 1620", "files_processed 2017-H2 = 1760"]);
  });

  it("reads 'الأشهر الستة التي سبقت' as the half before", () => {
    const text = "أما الموقوفون المبحوث عنهم دوليا فبلغ عددهم 36 شخصا، بعد أن كانوا 38 في الأشهر الستة التي سبقت.";
    expect(published(text, "2016-H1")).toEqual(["wanted_persons_arrested 2016-H1 = 36", "wanted_persons_arrested 2015-H2 = 38"]);
  });

  it("reads a year after 'بعد' as the year after it, not as the figure's period", () => {
    expect(published("فبعد سنة 2020 التي قلصت فيها الجائحة حركة التعاون، عاد القطب ليعالج 4677 ملفا.", "2021")).toEqual(["files_processed 2021 = 4677"]);
    expect(mentionIn("فبعد سنة 2018، عاد القطب ليعالج 4677 ملفا.", "4677", catalogue, "2021")).toMatchObject({ status: "held_back" });
  });

  it("keeps the year of a count in the relative clause of 'بعد سنة …'", () => {
    expect(published("ونشرت المديرية 106 أوامر دولية، بعد سنة 2021 التي سجلت 98 أمرا.", "2022")).toEqual(["international_arrest_warrants 2022 = 106", "international_arrest_warrants 2021 = 98"]);
  });

  it("reads a year the text says was ended ('أنهى القطب سنة 2016') as the whole year in a half-year report", () => {
    expect(published("وللتذكير، فقد أنهى القطب سنة 2016 بما مجموعه 2950 ملفا.", "2017-H1")).toEqual(["files_processed 2016 = 2950"]);
  });
});

describe("'the number' recalled", () => {
  it("reads 'العدد' with the noun of a count just before as that count's indicator in its own period", () => {
    const text = "تم توقيف 76 شخصا مبحوثا عنهم على الصعيد الدولي، بينهم 41 مغربيا أوقفوا بالخارج. وكان العدد قد بلغ 97 شخصا قبل عام.";
    expect(published(text, "2020")).toEqual(["wanted_persons_arrested 2020 = 76", "moroccan_citizens_arrested_abroad 2020 = 41", "wanted_persons_arrested 2019 = 97"]);
  });

  it("reads 'كان العدد 3380' as the previous sentence's only figure, and the change after it", () => {
    const text = "عالج القطب 4060 ملفا وطلب معلومات. للمقارنة، كان العدد 3380 سنة 2017، أي أن الزيادة بلغت 20 في المائة تقريبا.";
    expect(published(text, "2018")).toEqual(["files_processed 2018 = 4060", "files_processed 2017 = 3380", "files_processed_pct_change 2018 vs 2017 = approx 20"]);
  });

  it("does not guess which of the previous sentence's figures 'the number' is", () => {
    const text = "19 شخصا تسلمهم المغرب، و7 أجانب سلمهم المغرب لبلدانهم. وفي المقابل كان العدد 16 في النصف الثاني من 2024.";
    expect(mentionIn(text, "16", catalogue, "2025-H2")).not.toMatchObject({ status: "observation" });
  });
});

describe("bounds and averages", () => {
  it("reads 'ما كان يتعدى' as at most", () => {
    expect(published("ويذكرنا الضيف بأن الرقم ما كان يتعدى 1180 ملفا في النصف الثاني من 2014.", "2015-H2")).toEqual(["files_processed 2014-H2 = lte 1180"]);
  });

  it("holds back an average ('معدل') but not a rate's neighbours ('بمعدل')", () => {
    expect(mentionIn("وهو معدل في حدود 3970 ملفا في السنة.", "في حدود 3970", catalogue, "2020")).toMatchObject({ status: "held_back" });
    const text = "نُشر 125 أمرا دوليا بإلقاء القبض، أي بمعدل أمر كل ثلاثة أيام تقريبا، وتم توقيف 142 مبحوثا عنهم دوليا.";
    expect(published(text, "2024")).toContain("wanted_persons_arrested 2024 = 142");
  });
});

describe("tables and figure lines", () => {
  it("reads a header's abbreviated halves ('ن2 2022') as each column's period", () => {
    const text = ["| المؤشر | ن2 2022 | ن1 2023 | ن2 2023 |", "|---|---|---|---|", "| الإنابات القضائية الدولية | 77 | 71 | 82 |"].join("\n");
    expect(published(text, "2023-H2")).toEqual(["letters_rogatory 2022-H2 = 77", "letters_rogatory 2023-H1 = 71", "letters_rogatory 2023-H2 = 82"]);
  });

  it("reads a percentage opening a list item before a colon as the change its label names", () => {
    const text = "1. 7215: عدد الملفات وطلبات المعلومات المعالجة خلال السنة.\n2. 14,3 في المائة: نسبة الزيادة في الملفات مقارنة بالسنة الماضية.";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = 7215", "files_processed_pct_change 2024 vs 2023 = 14.3"]);
  });
});
