// What the held-out sets of round 25 (held181–held183: wire dispatches and their updates, feature stories around
// one case, ordinary reports of 2017–2021) showed on first sight: an aside naming the previous year's results with a
// description after it, an update replacing a figure, a duration of the reporting period's events, files concerning
// one kind of case, and a negated verb of exceeding over the verbal noun of its subject.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("an aside naming results", () => {
  it("gives the sentence the period of the results it names, past a relative clause describing them", () => {
    const text = "وكانت المديرية العامة للأمن الوطني قد أعلنت، في حصيلة سنة 2020 التي طبعتها القيود المفروضة لمواجهة جائحة كوفيد-19، عن معالجة 3950 ملفا وطلب معلومات، وتتبع 118 إنابة قضائية دولية.";
    expect(published(text, "2021")).toEqual(["files_processed 2020 = 3950", "letters_rogatory 2020 = 118"]);
  });
});

describe("an update that replaces a figure", () => {
  it("withdraws the value the correction replaces, and keeps the corrected one", () => {
    const text = "(يضيف في الفقرة الخامسة عدد الأشخاص الذين تم استقدامهم إلى المغرب، ويصحح في الفقرة السادسة عدد إعلانات البحث الصادرة عن شعب الاتصال بالدول العربية: 344 إعلانا بدل 434)";
    expect(published(text, "2024")).toEqual(["arab_search_notices 2024 = 344"]);
    expect(mentionIn(text, "434", catalogue, "2024").reason).toContain("withdrawn by the text's own correction");
  });

  it("still reads a value after 'بدل' as the compared one where no correction is told", () => {
    expect(published("عالج القطب 7215 ملفا بدل 6312 ملفا سنة 2023.", "2024")).toEqual(["files_processed 2024 = 7215", "files_processed 2023 = 6312"]);
  });
});

describe("a duration of something else", () => {
  it("reads a count after 'for several months' in another clause as the period's", () => {
    const text = "ورغم إغلاق الحدود لعدة أشهر، نجحت المصالح الأمنية في استقدام 12 شخصا مطلوبا للعدالة المغربية، وتسليم 7 أجانب إلى بلدانهم.";
    expect(published(text, "2020")).toEqual(["persons_extradited_to_morocco 2020 = 12", "foreigners_handed_over_by_morocco 2020 = 7"]);
  });
});

describe("a count of one kind of what its noun names", () => {
  it("reads no count of all the files in files concerning one kind of case, nor in the count compared with it", () => {
    const text = "عالج المكتب المركزي الوطني خلال سنة 2018 ما مجموعه 23 ملفا تتعلق بنقل أطفال بشكل غير مشروع نحو الخارج، مقابل 17 ملفا في السنة التي قبلها.";
    expect(published(text, "2018")).toEqual([]);
    expect(mentionIn(text, "23", catalogue, "2018").reason).toContain("concerning one kind");
  });

  it("still reads files concerning what the indicator counts, or a kind an indicator's cues name", () => {
    expect(published("عالج القطب 6312 ملفا تتعلق بالتعاون الأمني الدولي خلال سنة 2023.", "2023")).toEqual(["files_processed 2023 = 6312"]);
    expect(published("وعالجت المصالح 1105 ملفات تتعلق بسيارات مسروقة خلال سنة 2023.", "2023")).toEqual(["stolen_vehicle_files 2023 = 1105"]);
  });
});

describe("a negated verb of exceeding", () => {
  it("bounds a count whose noun follows the verbal noun of its subject", () => {
    const text = "ولم تتجاوز المشاركة في العمليات المتعددة الأطراف تحت إشراف الأنتربول عمليتين، بعدما ألغيت أغلب العمليات المبرمجة.";
    expect(published(text, "2020")).toEqual(["interpol_multilateral_operations 2020 = lte 2"]);
  });
});
