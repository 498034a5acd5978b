// A text whose title names a local unit's results (pipeline/extract/local-report.ts): its counts are the unit's until
// a sentence turns to the nation's, and the unit's again when a sentence opens on it.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, title: string | null) => publishedFigures(text, catalogue, "2024", "2025-01-03", title);
const reasonOf = (text: string, title: string | null, number: string) => readText(text, catalogue, "2024", "2025-01-03", title).mentions.find((m) => m.text === number)!.reason;

const local = "وأوضحت الحصيلة أن المصالح المختصة نفذت 11 إنابة قضائية دولية، مقابل 10 إنابات سنة 2023.";
const national = "وعلى الصعيد الوطني، تابع المكتب المركزي الوطني تنفيذ 162 إنابة قضائية دولية.";

describe("a text on a local unit's results", () => {
  it("holds back the counts of a text whose title names a city's service acting ('أمن أكادير يوقف …')", () => {
    const title = "حصيلة 2024.. أمن أكادير يوقف ستة مطلوبين دوليا";
    expect(published(`كشف أمن أكادير عن حصيلته. ${local}`, title)).toEqual([]);
    expect(reasonOf(`كشف أمن أكادير عن حصيلته. ${local}`, title, "11")).toContain("a figure of another body or of a local unit («أمن أكادير»)");
  });

  it("reads the same counts as the nation's under a title that names no local unit", () => {
    expect(published(`كشف أمن أكادير عن حصيلته. ${local}`, "حصيلة التعاون الأمني الدولي لسنة 2024")).toContain("letters_rogatory 2024 = 11");
  });

  it("reads the nation's counts from a sentence naming a national body, and after it, until a sentence opens on the unit again", () => {
    const title = "ولاية أمن فاس تقدم حصيلة 2024";
    const text = `قدمت ولاية أمن فاس حصيلتها. ${national} وارتفع عدد الأشخاص الذين تم تسليمهم إلى المغرب إلى 31 شخصا. وعلى مستوى الولاية، تم تسلم 3 مطلوبين للعدالة المغربية.`;
    expect(published(text, title)).toEqual(["letters_rogatory 2024 = 162", "persons_extradited_to_morocco 2024 = 31"]);
  });

  it("keeps reading the nation's counts past a unit named as a part of them ('بينهم 12 إطارا من ولاية أمن فاس')", () => {
    const text = `${national} واستفاد 285 موظف شرطة من دورات تكوينية، بينهم 12 إطارا من ولاية أمن فاس. وبلغ عدد الأشخاص الذين تم تسليمهم إلى المغرب 12 شخصا.`;
    expect(published(text, "أمن فاس يوقف 5 مبحوث عنهم دوليا خلال 2024")).toContain("persons_extradited_to_morocco 2024 = 12");
  });

  it("reads a sentence placing its count in the unit's city before its first number as the unit's ('المنفذة بتطوان بلغ 31 إنابة')", () => {
    const text = `${national} تصحيح: ورد في نسخة سابقة أن عدد الإنابات القضائية المنفذة بتطوان بلغ 31 إنابة، والصحيح هو 13 إنابة.`;
    expect(published(text, "أمن تطوان: 13 إنابة قضائية دولية منفذة خلال 2024")).toEqual(["letters_rogatory 2024 = 162"]);
  });

  it("finds a provincial unit named by its phrase and town ('المنطقة الإقليمية للأمن بالعرائش'), and its town in a later sentence", () => {
    const text = `كشفت المنطقة الإقليمية للأمن بالعرائش عن حصيلتها. ${local} ${national} ومحليا، تم تسلم 3 مطلوبين للعدالة المغربية بالعرائش.`;
    expect(published(text, "المنطقة الإقليمية للأمن بالعرائش تستعرض حصيلة 2024")).toEqual(["letters_rogatory 2024 = 162"]);
  });

  it("reads a sentence naming the unit before the nation as the unit's ('… بالعرائش …، كما نفذت 5 إنابات وردت عليها عبر المكتب المركزي الوطني')", () => {
    const text = `${national} وتمكنت عناصر الشرطة القضائية بالعرائش من توقيف 6 أشخاص مبحوث عنهم دوليا، كما نفذت 5 إنابات قضائية دولية وردت عليها عبر المكتب المركزي الوطني.`;
    expect(published(text, "حصيلة 2024: أمن العرائش يعالج أزيد من 4 آلاف قضية")).toEqual(["letters_rogatory 2024 = 162"]);
  });

  it("reads 'the zone' said again as the unit ('كما استفاد 9 من موظفي المنطقة')", () => {
    const text = `قدمت منطقة أمن ابن جرير حصيلتها. ${national} كما استفاد 9 من موظفي المنطقة من دورات تكوينية في إطار التعاون الأمني الدولي.`;
    expect(published(text, "بالفيديو.. منطقة أمن ابن جرير تقدم حصيلتها لسنة 2024")).toEqual(["letters_rogatory 2024 = 162"]);
  });

  it("finds the unit whose head the title quotes ('رئيس الأمن الإقليمي بالرشيدية: «…»'), not a head speaking elsewhere", () => {
    expect(published(`قدم رئيس الأمن الإقليمي بالرشيدية الحصيلة. ${local}`, 'رئيس الأمن الإقليمي بالرشيدية: "سنة 2024 كانت سنة الحزم"')).toEqual([]);
    expect(published(`${local} وقال والي أمن العيون إن الرقم مرتفع.`, "والي أمن العيون من منتدى إفريقي: التعاون الدولي مكن من توقيف 140 مطلوبا")).toContain("letters_rogatory 2024 = 11");
  });

  it("takes no unit from a title on the nation's results, or one where the unit is only present in them", () => {
    for (const title of ["حصيلة التعاون الدولي للأمن الوطني: 140 مبحوثا عنهم.. بينهم 19 بولاية أمن طنجة", "أمن طنجة حاضر بقوة في حصيلة التعاون الدولي لسنة 2024", "حصيلة 2024.. أمن طنجة يعالج أزيد من 41 ألف قضية والمغرب يستقدم 31 مطلوبا", "شرطة بلا حدود: كيف صار أنتربول الرباط بوابة لملاحقة الفارين؟"]) {
      expect(published(local, title)).toContain("letters_rogatory 2024 = 11");
    }
  });

  it("finds the unit at the start of a part of the title, or after 'حصيلة' ('وجدة: ولاية الأمن تستعرض …', '… في حصيلة أمن طنجة')", () => {
    for (const title of ["وجدة: ولاية الأمن تستعرض حصيلة التعاون الدولي لسنة 2024", "ميناء طنجة المتوسط.. بوابة لتسليم المطلوبين في حصيلة أمن طنجة لسنة 2024", "أمن الناظور.. 5 مطلوبين دوليا خلال 2024"]) {
      expect(published(`وقدمت المصالح الأمنية بوجدة والناظور وطنجة حصيلتها. ${local}`, title)).toEqual([]);
    }
  });
});
