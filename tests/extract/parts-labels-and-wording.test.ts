// What round 50's held-out sets (held286–held289: the first half of 2022, copy translated from French, the 2019
// results, outlets of the wider Arab world) showed on first sight: a difference told after the period it compares
// with; "the files and information requests" naming the whole, not a category; "one" after a noun and its
// nationality; Tunisian "مفتش عنهم"; "أعاد"; what a part is "out of"; a year labelling a value in parentheses.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("differences, wholes and parts", () => {
  it("reads 'more than in the first half of 2021 by about 460 files' as a difference, not a count", () => {
    const text = "عالج القطب 2760 ملفا، أي أكثر مما عولج في النصف الأول من 2021 بنحو 460 ملفا.";
    expect(published(text, "2022-H1")).toEqual(["files_processed 2022-H1 = 2760"]);
    // "من" right before a number is still a change's earlier end.
    expect(published("ارتفع عدد الملفات من 2300 ملف إلى 2760 ملفا.", "2022-H1")).toEqual(["files_processed 2021-H1 = 2300", "files_processed 2022-H1 = 2760"]);
  });

  it("reads what a part is 'out of' as the whole, the part held back", () => {
    const text = "وأشار إلى أن 29 إنابة من أصل 125 إنابة قضائية دولية تابع المكتب تنفيذها هذه السنة تتعلق بالاتجار في المخدرات.";
    expect(published(text, "2019")).toEqual(["letters_rogatory 2019 = 125"]);
  });

  it("reads a year and a colon opening a parenthesis as the period of the value after them", () => {
    const text = "- الملفات وطلبات المعلومات المعالجة: 4480 (2018: 4060)\n- الإنابات القضائية الدولية: 125 (2018: 116)";
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480", "files_processed 2018 = 4060", "letters_rogatory 2019 = 125", "letters_rogatory 2018 = 116"]);
  });
});

describe("categories and nationalities", () => {
  it("reads 'the files and information requests' as the whole's name, no category of a share", () => {
    const text = "حلت إسبانيا في صدارة الدول التي تبادلت معها المديرية الملفات وطلبات المعلومات خلال سنة 2019، بحصة بلغت 27 في المائة، متبوعة بفرنسا (22 في المائة).";
    expect(published(text, "2019")).toEqual(["exchanges_share_by_partner 2019 ES = 27", "exchanges_share_by_partner 2019 FR = 22"]);
  });

  it("holds back 'one' after a noun and its nationality as a part by nationality", () => {
    const one = "وأشارت المديرية إلى أن من بين الموقوفين على أراضيها بموجب مذكرات دولية مواطناً أردنياً واحداً، جرى توقيفه في مدينة الدار البيضاء.";
    expect(mentionIn(one, "واحداً", catalogue, "2024")).toMatchObject({ status: "held_back", reason: "a part of the count by nationality («أردنياً»), not the count of all" });
    expect(published("وسلم المغرب أجنبيا واحدا إلى بلده.", "2024")).toEqual(["foreigners_handed_over_by_morocco 2024 = 1"]);
  });
});

describe("wording", () => {
  it("reads 'مفتش عنهم' (wanted, in Tunisia) as 'مبحوث عنهم', not an inspector", () => {
    expect(published("المغرب: إيقاف 140 مفتشا عنهم دوليا خلال 2024.", "2024")).toEqual(["wanted_persons_arrested 2024 = 140"]);
    expect(published("بينما تسلمت المملكة 31 مفتشا عنه من قبل القضاء المغربي.", "2024")).toEqual(["persons_extradited_to_morocco 2024 = 31"]);
    expect(published("واستفاد من التكوين 40 مفتشا للشرطة.", "2024")).toEqual([]);
  });

  it("reads an answer with the noun its question asks after 'كم', not another noun of the question", () => {
    const text = "ابني يستعد لمباراة مفتشي الشرطة، ويسألني: كم أمرا دوليا بإلقاء القبض نشره المكتب المركزي الوطني سنة 2024؟\n● الواحة: 112.";
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 112"]);
  });

  it("reads an action noun coordinated right after a count with that count's noun", () => {
    const text = "وللمقارنة، كانت سنة 2021 بأكملها قد شهدت تعميم 98 أمرا دوليا وتوقيف 104 أشخاص.";
    expect(publishedFigures(text, catalogue, "2022-H1", "2022-07-20")).toEqual(["international_arrest_warrants 2021 = 98", "wanted_persons_arrested 2021 = 104"]);
    // Not after a count of persons: the persons handed over are no context of the persons brought back.
    expect(published("كما جرى تسليم 15 أجنبيا لبلدانهم واستقدام 22 مطلوبا للعدالة المغربية.", "2022")).toEqual(["foreigners_handed_over_by_morocco 2022 = 15", "persons_extradited_to_morocco 2022 = 22"]);
  });

  it("reads the verb before a period set off by commas and 'ما مجموعه' as the count's", () => {
    const text = "سلمت سلطات عدة دول أجنبية إلى المغرب، خلال سنة 2015، ما مجموعه 12 شخصا مبحوثا عنهم من طرف القضاء المغربي، مقابل 9 أشخاص سنة 2014.";
    expect(published(text, "2015")).toEqual(["persons_extradited_to_morocco 2015 = 12", "persons_extradited_to_morocco 2014 = 9"]);
  });

  it("reads 'أعاد' (brought back) as bringing persons to Morocco", () => {
    expect(published("وأعاد المغرب ١٥ مطلوباً إلى أراضيه.", "2019")).toEqual(["persons_extradited_to_morocco 2019 = 15"]);
  });
});
