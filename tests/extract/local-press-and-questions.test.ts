// What round 160 (held716–held719: copies and summaries, questions and answers, several years at once, local press
// citing the national figures) led to: a city set off at a sentence's opening places its count; a table's column
// headed by a local unit holds its figures; "one of the sites" a reader read about reports a claim; a question cut
// off before its mark; a change told by its two ends after "the figure"; a year shared by two compared counts.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

describe("local figures beside the nation's", () => {
  it("a city set off by a comma at the sentence's opening places the sentence's count", () => {
    const text = "وتم توقيف 119 شخصا مبحوثا عنهم دوليا. وبالعيون، أوقفت المصالح الأمنية 4 أشخاص من المبحوث عنهم دوليا.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["wanted_persons_arrested 2022 = 119"]);
    expect(mentionIn(text, "4", catalogue, "2022").reason).toContain("local unit");
  });

  it("not the capital, where the national bureau sits", () => {
    const text = "وبالرباط، نشر المكتب المركزي الوطني 106 أوامر دولية بإلقاء القبض.";
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["international_arrest_warrants 2022 = 106"]);
  });

  it("a table's column headed by a local unit holds that unit's figures", () => {
    const text = ["| المؤشر | على الصعيد الوطني | ولاية أمن مراكش |", "|---|---|---|", "| المبحوث عنهم دوليا الموقوفون | 119 | 9 |", "| الأجانب المسلمون إلى الدول الطالبة | 15 | 4 |"].join("\n");
    expect(publishedFigures(text, catalogue, "2022")).toEqual(["wanted_persons_arrested 2022 = 119", "foreigners_handed_over_by_morocco 2022 = 15"]);
  });
});

describe("a local unit's share of the national total", () => {
  it("is the unit's, not a share the catalogue tracks", () => {
    const text = "أما ولاية أمن فاس، فقد عالجت بدورها 118 ملفا أحيلت عليها في إطار هذا التعاون، أي ما يعادل 2,6 في المائة من المجموع الوطني.";
    expect(publishedFigures(text, catalogue, "2019")).toEqual([]);
    expect(mentionIn(text, "2,6 في المائة", catalogue, "2019").reason).toContain("share of the national total");
  });
});

describe("what readers ask", () => {
  it("a reader who read it on one of the sites reports a claim", () => {
    const text = "قرأت في أحد المواقع أن المديرية عالجت خلال سنة 2017 قرابة 3 آلاف ملف في إطار التعاون الدولي.";
    expect(mentionIn(text, "قرابة 3 آلاف", catalogue, "2017").reason).toContain("what others claimed");
  });

  it("not one of the newspapers the writer copies the release from", () => {
    const text = "وقد استوقفتني الفقرة كما أوردتها إحدى الجرائد الوطنية، وأنقلها هنا كما هي:\n«عالج القطب خلال سنة 2016 ما مجموعه 2950 ملفا وطلبا للمعلومات.»";
    expect(publishedFigures(text, catalogue, "2016")).toEqual(["files_processed 2016 = 2950"]);
  });

  it("a question cut off before its mark is asked, not stated", () => {
    const text = "[03:36] المتصل: بغيت نسول واش الشرطة دارت شي 5 عمليات مع الأنتربول فـ2019 ولا...\n[انقطع الاتصال]";
    expect(mentionIn(text, "شي 5", catalogue, "2019").reason).toContain("asked in a question");
  });
});

describe("periods of changes and compared counts", () => {
  it("a change told by its two ends after 'the figure' is between them", () => {
    const text = "وكان النصف الأول من 2021 وحده قد شهد معالجة 2240 ملفا.\n\nأولا، 2020 هي السنة الوحيدة التي تراجع فيها الرقم: من 4480 ملفا في 2019 إلى 3950 في 2020، أي بانخفاض نسبته 11,8%.";
    expect(mentionIn(text, "11,8%", catalogue, "2021").observation_id).toContain("files_processed_pct_change/2020/vs2019");
  });

  it("a year after two coordinated compared counts is both's", () => {
    const text = "وشاركت مصالحنا في 8 عمليات أمنية متعددة الأطراف، وأنجزت 6 عمليات للتسليم المراقب، مقابل 3 عمليات متعددة الأطراف وعمليتين للتسليم المراقب سنة 2016.";
    expect(publishedFigures(text, catalogue, "2025")).toEqual(expect.arrayContaining(["interpol_multilateral_operations 2016 = 3", "controlled_deliveries 2016 = 2"]));
  });
});
