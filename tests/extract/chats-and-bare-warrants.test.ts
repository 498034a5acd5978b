// What round 140's sets showed (held636–639: ten more outlets, quarters, people, many small pieces): a correction in a
// chat's later message withdraws the value it names, not every figure of the messages before it; "مذكرة دولية" is
// an international warrant.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusesOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.filter((m) => m.text === number).map((m) => m.status);

describe("a correction in a later message of a chat", () => {
  const chat = [
    "06/01/2023, 08:44 - أخبار الساحل: تتمة 👇 المكتب المركزي الوطني تابع تنفيذ 97 إنابة قضائية دولية ونشر 48 مذكرة توقيف دولية",
    "06/01/2023, 08:46 - أخبار الساحل: كما تسلم المغرب 12 مطلوبا للعدالة من دول أجنبية",
    "06/01/2023, 12:10 - أخبار الساحل: ⚠️ تصحيح: ورد في رسالتنا على الساعة 08:44 أن عدد الإنابات القضائية الدولية بلغ 97، والصحيح هو 77 إنابة",
  ].join("\n");

  it("withdraws the value it names wherever it stands, and keeps the other figures of the earlier messages", () => {
    expect(statusesOf(chat, "2022-H2", "97")).toEqual(["ignored", "ignored"]);
    expect(published(chat, "2022-H2")).toEqual(["international_arrest_warrants 2022-H2 = 48", "persons_extradited_to_morocco 2022-H2 = 12", "letters_rogatory 2022-H2 = 77"]);
  });

  it("still withdraws the figure before the correction's word on its own line ('بلغ 54 شخصا، والصحيح 45')", () => {
    expect(statusesOf("وأوقفت المصالح 54 شخصا مبحوثا عنهم دوليا، والصحيح 45 شخصا.", "2022", "54")).toEqual(["ignored"]);
  });
});

describe("'مذكرة دولية' alone", () => {
  it("is an international warrant", () => {
    expect(published("6. أنتربول الرباط: 77 إنابة قضائية و48 مذكرة دولية", "2022-H2")).toEqual(["letters_rogatory 2022-H2 = 77", "international_arrest_warrants 2022-H2 = 48"]);
  });

  it("is no warrant when it stops a search ('مذكرة دولية لإلغاء البحث')", () => {
    expect(published("ونشر المكتب 1500 مذكرة دولية لإلغاء البحث.", "2022")).toEqual(["international_search_cancellations 2022 = 1500"]);
  });
});
