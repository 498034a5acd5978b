// What the held-out sets of round 13 (held145–held147: Arabic beside French and English, rates and differences,
// ordinary news reports) showed on first sight: counts turned into rates per inhabitants, differences written after
// the counted noun, targets, the place of an action, a year named by an event in a comparison, a change's subject.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("numbers made from the counts", () => {
  it("holds back a rate per inhabitants, which then contradicts no count", () => {
    const text = "عالج القطب 3950 ملفا سنة 2020. وقياسا بعدد السكان، عالج القطب نحو 11 ملفا لكل 100 ألف نسمة خلال 2020.";
    expect(published(text, "2020")).toEqual(["files_processed 2020 = 3950"]);
  });

  it("reads a count followed by a comparative and a period as a difference, not a level", () => {
    const text = "وعمم 2410 مذكرات بحث على الصعيد الوطني بطلب من مصالح أجنبية، أي 460 مذكرة أقل من السنة السابقة.";
    expect(published(text, "2020")).toEqual(["national_search_notices 2020 = 2410"]);
  });

  it("reads a count followed by a bare word of change ending its clause as a difference", () => {
    const text = "تابع المكتب تنفيذ 104 إنابات قضائية دولية (96 في 2016)، يعني 8 إنابات زيادة.";
    expect(published(text, "2017")).toEqual(["letters_rogatory 2017 = 104", "letters_rogatory 2016 = 96"]);
  });

  it("still reads a count followed by a change with its rate as a level", () => {
    expect(published("عالج القطب 5800 ملف بزيادة 24 في المائة.", "2022")).toContain("files_processed 2022 = 5800");
  });

  it("holds back a target", () => {
    expect(published("وتطمح المديرية إلى تجاوز 7500 ملف مع نهاية السنة.", "2025")).toEqual([]);
  });
});

describe("where and when", () => {
  it("holds back a count at a named airport or port, not one beside airports at large", () => {
    expect(published("وتم بمطار طنجة ابن بطوطة توقيف 9 أشخاص مبحوث عنهم بموجب نشرات حمراء.", "2025")).toEqual([]);
    expect(published("حين كانت الطائرات جاثمة في المطارات، أوقفت المصالح 62 شخصا مبحوثا عنهم دوليا.", "2020")).toEqual(["wanted_persons_arrested 2020 = 62"]);
  });

  it("reads a year named by an event in a comparison as that year, and not for the clause after it", () => {
    const text = "شاركت مصالح الأمن الوطني في أربع عمليات أمنية متعددة الأطراف، مقابل عمليتين فقط خلال سنة الجائحة، كما نفذت ثلاث عمليات للتسليم المراقب.";
    expect(published(text, "2021")).toEqual(["interpol_multilateral_operations 2021 = 4", "interpol_multilateral_operations 2020 = 2", "controlled_deliveries 2021 = 3"]);
  });
});

describe("what a change told by its ends counts", () => {
  it("reads the subject's own words, its relative clause included", () => {
    const text = "وارتفع عدد الأشخاص المطلوبين للعدالة المغربية الذين تم تسليمهم إلى المغرب بنسبة 12,5 %، من 16 شخصا سنة 2017 إلى 18 شخصا سنة 2018.";
    expect(published(text, "2018")).toEqual([
      "persons_extradited_to_morocco_pct_change 2018 vs 2017 = 12.5",
      "persons_extradited_to_morocco 2017 = 16",
      "persons_extradited_to_morocco 2018 = 18",
    ]);
  });
});
