// What the held-out sets of round 37 (held231–held235: spoken Darija transcripts, text copied out of PDF reports,
// every way a number is written, several years in one text, the figures in parliament) showed on first sight: a
// table row padded with spaces to its value's column, another body after "أن" (not a partner), an aim ("على تجاوز
// عتبة 7 آلاف ملف"), a Darija forecast, a number a speaker breaks off, "د" between a number and its noun, and the
// classifier "واحد" after a number in words.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a table row padded with spaces to its value's column", () => {
  const pad = (label: string, value: string) => `${label}${" ".repeat(Math.max(3, 48 - label.length))}${value}`;
  const table = ["وتوزعت هذه الملفات حسب طبيعة القضايا كما يلي:", pad("الاتجار في المخدرات", "38 %"), pad("طلبات المعلومات", "17 %"), pad("تبادل معطيات قواعد البيانات", "9 %")].join("\n");

  it("takes its category from its own row, not the row under it, however long the padding makes the line", () => {
    expect(published(table, "2023")).toEqual([
      "files_share_by_case_type 2023 drug_trafficking = 38",
      "files_share_by_case_type 2023 information_requests = 17",
      "files_share_by_case_type 2023 database_exchange = 9",
    ]);
  });
});

describe("another body named after 'that'", () => {
  it("holds back the gendarmerie's count a speaker reports ('مشيرة إلى أن الدرك الملكي …')", () => {
    const text = "مشيرة إلى أن الدرك الملكي قدم عن السنة نفسها حصيلة مفصلة تضمنت معالجة أزيد من 600 ملف للتعاون القضائي.";
    expect(published(text, "2017")).toEqual([]);
    expect(mentionOf(text, "2017", "أزيد من 600").reason).toMatch(/another body/);
  });

  it("still reads a body right after a partner marker as a partner", () => {
    expect(published("عالجت المصالح 600 ملف بتنسيق مع الدرك الملكي.", "2017")).toEqual(["files_processed 2017 = 600"]);
  });
});

describe("aims and forecasts", () => {
  it("holds back a threshold the directorate aims to pass", () => {
    const text = "وتراهن المديرية، حسب مصادر الجريدة، على تجاوز عتبة 7 آلاف ملف مع متم السنة الجارية.";
    expect(published(text, "2024-H1")).toEqual([]);
  });

  it("reads a share after 'تراهن على' something else as stated", () => {
    const text = "وتراهن المديرية على رصيد الثقة، إذ تظل إسبانيا أول شريك للمغرب بحصة بلغت 32 في المائة من مجموع المبادلات.";
    expect(published(text, "2024")).toEqual(["exchanges_share_by_partner 2024 ES = 32"]);
  });

  it("holds back a Darija forecast ('إلا بقات الوتيرة هي هي، ممكن نوصلو لشي …')", () => {
    expect(published("إلا بقات الوتيرة هي هي، ممكن نوصلو لشي ستة د الألاف و نص ديال الملفات.", "2022")).toEqual([]);
  });
});

describe("spoken numbers", () => {
  it("holds back a number the speaker breaks off ('ميا و واحد و... لا، سمحي ليا')", () => {
    const text = "و الموقوفين كانو ميا و واحد و... لا، سمحي ليا، هادا رقم 2023.";
    expect(published(text, "2024")).toEqual([]);
    expect(mentionOf(text, "2024", "ميا و واحد").reason).toMatch(/broken off/);
  });

  it("reads the noun after 'د' as what a number counts ('خمسة د العمليات')", () => {
    expect(published("البوليس شارك فخمسة د العمليات المتعددة الأطراف بتنسيق مع الأنتربول.", "2022")).toEqual(["interpol_multilateral_operations 2022 = 5"]);
  });

  it("takes 'واحد' after a number in words as the classifier, not the number one", () => {
    const text = "هاد العام تشدو ميا و ربعين واحد، منهم تلاتة و تمانين مغاربة تشدو برا البلاد.";
    expect(mentionOf(text, "2024", "واحد").status).toBe("ignored");
  });
});
