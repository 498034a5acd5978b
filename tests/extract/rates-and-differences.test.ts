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

  it("holds back a target, and what a counterfactual would have reached", () => {
    expect(published("وتطمح المديرية إلى تجاوز 7500 ملف مع نهاية السنة.", "2025")).toEqual([]);
    expect(published("ولو تكررت وتيرة الزيادة نفسها سنة 2025، لبلغت الحصيلة نحو 8200 ملف.", "2024")).toEqual([]);
  });

  it("reads 'than what' after a count as a difference", () => {
    const text = "نشرت المديرية 34 أمرا دوليا. في المقابل، نشرت المديرية 12 أمرا دوليا أقل مما نشرته في النصف الأول من 2022.";
    expect(published(text, "2023-H1")).toEqual(["international_arrest_warrants 2023-H1 = 34"]);
  });

  it("holds back a total of several years, and the total said again in parentheses, not one year's total", () => {
    expect(published("وإذا جمعنا حصائل السنوات التسع الممتدة من 2016 إلى 2024، يتجاوز المجموع 42 ألف ملف (42 ألفا و824 ملفا بالتحديد).", "2024")).toEqual([]);
    expect(published("بلغ مجموع الملفات المعالجة سنة 2023 ما مجموعه 6312 ملفا، مقابل 5800 ملف سنة 2022.", "2023")).toEqual(["files_processed 2023 = 6312", "files_processed 2022 = 5800"]);
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

describe("periods an aside or an adjective gives", () => {
  it("reads a count after an aside naming a yearly report's year as of that whole year", () => {
    const text = "يذكر أن المديرية كانت قد أعلنت، في حصيلتها السنوية برسم سنة 2024، عن معالجة 7215 ملفا وطلب معلومات.";
    expect(published(text, "2025-Q1")).toEqual(["files_processed 2024 = 7215"]);
  });
});

describe("another topic", () => {
  it("recalls no figure of the sentences before 'وعلى صعيد آخر'", () => {
    const text = "وأوقفت المصالح 73 شخصا مبحوثا عنهم دوليا. وعلى صعيد آخر، أفادت المديرية بأن مصالحها أوقفت خلال السنة ذاتها 1740 شخصا في قضايا العنف المرتبط بالتظاهرات الرياضية.";
    expect(published(text, "2016")).toEqual(["wanted_persons_arrested 2016 = 73"]);
  });
});

describe("what a change told by its ends counts", () => {
  it("reads 'وعدد …' clauses coordinated with a change as changes too, not ranges", () => {
    const text = "فقد انخفض عدد الإنابات القضائية الدولية من 125 إلى 118 إنابة (-6%)، وعدد الأوامر الدولية بإلقاء القبض المنشورة من 84 إلى 63 أمرا (-25%)، وعدد المبحوث عنهم دوليا الذين جرى توقيفهم من 97 إلى 76 شخصا (-22%).";
    expect(published(text, "2020")).toEqual(
      expect.arrayContaining(["international_arrest_warrants 2019 = 84", "international_arrest_warrants 2020 = 63", "wanted_persons_arrested 2019 = 97", "wanted_persons_arrested 2020 = 76"]),
    );
  });

  it("reads the subject's own words, its relative clause included", () => {
    const text = "وارتفع عدد الأشخاص المطلوبين للعدالة المغربية الذين تم تسليمهم إلى المغرب بنسبة 12,5 %، من 16 شخصا سنة 2017 إلى 18 شخصا سنة 2018.";
    expect(published(text, "2018")).toEqual([
      "persons_extradited_to_morocco_pct_change 2018 vs 2017 = 12.5",
      "persons_extradited_to_morocco 2017 = 16",
      "persons_extradited_to_morocco 2018 = 18",
    ]);
  });
});
