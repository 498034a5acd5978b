// What the held-out sets of round 28 (held190–held192: interviews with officials and experts, radio and television
// bulletins, one indicator in depth) showed on first sight: a transcript's bracketed note, "the number of these"
// after a kind of files, and a share of cases no indicator counts.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("a bulletin's transcript", () => {
  it("reads a note in square brackets as a line of its own, not a local unit's words in the quote under it", () => {
    const text = ["[تسجيل – سعاد المريني، عميدة شرطة إقليمية، مكلفة بالتواصل]", '"وخلال هذه الفترة استقدمنا ستة أشخاص مطلوبين للعدالة المغربية، وسلمنا أربعة أجانب إلى بلدانهم."'].join("\n");
    expect(published(text, "2018-H1")).toEqual(["persons_extradited_to_morocco 2018-H1 = 6", "foreigners_handed_over_by_morocco 2018-H1 = 4"]);
  });
});

describe("one indicator in depth", () => {
  it("reads 'the number of these files' as the kind of files the sentence before counted", () => {
    const text = "عالج المكتب 1312 ملفا يتعلق بسيارات مسروقة من الخارج. وكان عدد هذه الملفات قد بلغ 1080 ملفا سنة 2021.";
    expect(published(text, "2023")).toEqual(["stolen_vehicle_files 2023 = 1312", "stolen_vehicle_files 2021 = 1080"]);
    // "among these files" is a part; "the total of these" under a table is all its rows.
    expect(published("عالج القطب 2760 ملفا. ومن بين هذه الملفات، 214 ملفا تتعلق بالجرائم الإلكترونية.", "2022-H1")).toEqual(["files_processed 2022-H1 = 2760"]);
  });

  it("reads no share of the files in the share of a count no indicator reads", () => {
    const text = "ومن حيث الأفعال المنسوبة إليهم، يتعلق الأمر في 13 حالة بالاتجار الدولي في المخدرات، أي ما يقارب 42 في المائة من المجموع.";
    expect(published(text, "2024")).toEqual([]);
  });
});

describe("an interview on a quarter", () => {
  it("holds back a count of 'the previous year' in a report on a part of a year that does not say which part", () => {
    const text = "الأوامر الدولية بإلقاء القبض بلغت 29 أمرا في هذا الربع. أليس ذلك قليلا مقارنة مع 112 أمرا في السنة الماضية؟";
    expect(published(text, "2025-Q1")).toEqual(["international_arrest_warrants 2025-Q1 = 29"]);
    expect(published("بلغت الأوامر 29 أمرا، مقابل 26 أمرا في الفترة نفسها من السنة الماضية.", "2025-Q1")).toEqual(["international_arrest_warrants 2025-Q1 = 29", "international_arrest_warrants 2024-Q1 = 26"]);
  });
});

describe("social media posts", () => {
  it("reads a number written in keycap emojis as the number", () => {
    expect(published("📂 عالج القطب 4️⃣4️⃣8️⃣0️⃣ ملفا خلال سنة 2019", "2019")).toEqual(["files_processed 2019 = 4480"]);
  });
});

describe("legal and academic writing", () => {
  it("holds back another study's estimate", () => {
    const text = "وتلتقي هذه النتائج مع ما توصلت إليه الباحثة نادية الشرقاوي في دراستها، التي قدرت أن نحو 60 في المائة من الملفات المشتركة تتعلق بالاتجار في المخدرات.";
    expect(published(text, "2018")).toEqual([]);
  });
});
