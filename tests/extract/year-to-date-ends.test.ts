// A count from January that says where it stops ("منذ بداية السنة إلى غاية متم يونيو") covers the part of the year
// it stops at, whatever period the source is about; one that stops where no half, quarter or year ends ("وإلى حدود
// 30 شتنبر", "إلى 15 يونيو") covers no period and is held back. So is the year to date at the end of a month a
// sentence's opening names a few words after "متم" ("وعند متم يوم 30 شتنبر").
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("a count from January that says where it stops", () => {
  it("is the first half when it stops at the end of June, in a yearly report too", () => {
    const ending = "منذ بداية السنة إلى غاية متم يونيو، عالجت مصالح الشرطة 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(publishedFigures(ending, catalogue, "2025", "2025-10-05")).toEqual(["files_processed 2025-H1 = 120"]);
    const dated = "منذ فاتح يناير إلى غاية 30 يونيو، عالجت مصالح الشرطة 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(publishedFigures(dated, catalogue, "2025", "2025-10-05")).toEqual(["files_processed 2025-H1 = 120"]);
  });

  it("is the year when it stops on the 31st of December", () => {
    const text = "عالجت مصالح الشرطة منذ فاتح يناير إلى 31 دجنبر 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual(["files_processed 2025 = 120"]);
  });

  it("covers no period when it stops where no half, quarter or year ends", () => {
    const september = "عالجت مصالح الشرطة منذ بداية السنة وإلى حدود 30 شتنبر 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(mentionIn(september, "120", catalogue, "2025")).toMatchObject({ status: "held_back" });
    const midMonth = "عالجت مصالح الشرطة منذ فاتح يناير إلى 15 يونيو 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(mentionIn(midMonth, "120", catalogue, "2025-H1")).toMatchObject({ status: "held_back" });
  });

  it("says nothing of where it stops in 'منذ يناير' alone: the source's period", () => {
    const text = "منذ يناير، عالجت مصالح الشرطة 120 ملفا يتعلق بالتعاون الأمني الدولي.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-05")).toEqual(["files_processed 2025-H1 = 120"]);
  });
});

describe("the year to date at the end of a month an opening names", () => {
  it("holds back the count when 'متم' stands three words before the month", () => {
    const text = "عالجت مصالح التعاون الدولي 1970 ملفا خلال الفصل الرابع. وعند متم يوم 30 شتنبر، كان العدد منذ بداية السنة قد بلغ 5590 ملفا.";
    expect(mentionIn(text, "5590", catalogue, "2025-Q4")).toMatchObject({ status: "held_back" });
  });
});
