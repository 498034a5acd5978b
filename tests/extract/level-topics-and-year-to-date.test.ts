// What the held-out sets held640–held643 (ten more outlets, halves and quarters, numbers that are not figures,
// hedges and approximations) showed on first sight: a sentence opening on the Arab level for every item of a
// list, and "since the start of" the text's own year.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a sentence opening on the Arab level", () => {
  it("gives it to a cancellation notice in a later clause of the sentence (held643)", () => {
    const text = "وعلى المستوى العربي، عممت المصالح أقل بقليل من 350 نشرة بحث، و305 إشعارات بإلغاء البحث.";
    expect(published(text, "2024")).toEqual(["arab_search_notices 2024 = lt 350", "arab_search_cancellations 2024 = 305"]);
  });

  it("not to a cancellation its own clause says is international", () => {
    const text = "وعلى المستوى العربي، عممت المصالح 350 نشرة بحث، و1987 إشعارا بإلغاء البحث الدولي.";
    expect(published(text, "2024")).toEqual(["arab_search_notices 2024 = 350", "international_search_cancellations 2024 = 1987"]);
  });
});

describe("since the start of the text's own year", () => {
  it("is the whole year in a report on its second half (held641)", () => {
    const text = "عالج القسم خلال النصف الثاني من السنة الجارية 2140 ملفا، ليرتفع بذلك مجموع الملفات المعالجة منذ مطلع سنة 2020 إلى 3950 ملفا.";
    expect(published(text, "2020-H2")).toEqual(["files_processed 2020-H2 = 2140", "files_processed 2020 = 3950"]);
    expect(published("حصيلة الأمن الوطني.. 2140 ملفا في ستة أشهر و3950 منذ مطلع 2020", "2020-H2")).toEqual(["files_processed 2020-H2 = 2140", "files_processed 2020 = 3950"]);
  });

  it("is held back when it runs to the end of a third quarter, or starts in an earlier year", () => {
    expect(published("عالج القسم 3950 ملفا منذ مطلع سنة 2020.", "2020-Q3")).toEqual([]);
    expect(published("عالج القسم 3950 ملفا منذ مطلع 2019.", "2020-H2")).toEqual([]);
  });
});

describe("a part of the year set off by commas before the count", () => {
  it("gives the count that part, also when it ends on 'of the year' (held655)", () => {
    const text = "عالجت المصالح المختصة، خلال النصف الأول من السنة، 3690 ملفا وطلبا للمعلومات.";
    expect(published(text, "2025")).toEqual(["files_processed 2025-H1 = 3690"]);
    expect(published(text.replace(" من السنة", ""), "2025")).toEqual(["files_processed 2025-H1 = 3690"]);
  });

  it("not when the words after the part name something else", () => {
    const text = "عالجت المصالح المختصة، خلال النصف الأول من مهمة الفريق، 3690 ملفا وطلبا للمعلومات.";
    expect(published(text, "2025")).not.toContain("files_processed 2025-H1 = 3690");
  });
});

describe("'the whole year' set off by commas right after a year", () => {
  it("is that year's, not the report's (held653)", () => {
    const text = "وللمقارنة، لم يكن هذا القسم يعالج سنة 2016، على امتداد السنة كلها، 2950 ملفا.";
    expect(published(text, "2025-H2")).toEqual(["files_processed 2016 = 2950"]);
  });
});
