// What round 136's sets showed (held622–625: ten more outlets, headlines and captions, interviews, explainers):
// "قريبة من" qualifies; "في وقت واحد" counts nothing; "لا يعني 73 إدانة" says no number again; an exam session is no
// training course; a question on its own line under a figure asks of it, and leaves it stated.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("round 136's explainers and interviews", () => {
  it("reads 'قريبة من' as about", () => {
    const text = "تابع المكتب 78 إنابة قضائية دولية، مقابل 71 في الفترة نفسها من 2023، أي بزيادة قريبة من 10 في المائة.";
    expect(mentionOf(text, "2024-H1", "قريبة من 10 في المائة").status).toBe("observation");
  });

  it("counts nothing in 'في وقت واحد' (at one time)", () => {
    const text = "العملية المتعددة الأطراف: عملية تنسقها الأمانة العامة للأنتربول وتشارك فيها أجهزة شرطة عدة دول في وقت واحد.";
    expect(mentionOf(text, "2016", "واحد").status).toBe("ignored");
  });

  it("does not read the same value after 'لا يعني' as the figure said again", () => {
    const text = "وأوقفت المصالح 73 شخصا مبحوثا عنهم دوليا. ثم إن رقم 73 موقوفا لا يعني 73 إدانة.";
    expect(readText(text, catalogue, "2016", null).mentions.filter((m) => m.text === "73").map((m) => m.status)).toEqual(["observation", "restatement", "unaccounted"]);
  });

  it("reads no training share in an exam session's pass rate", () => {
    const text = "وفي موضوع آخر، أوردت «الرأي المغربي» أن نسبة النجاح في الدورة العادية لامتحانات الباكالوريا بلغت 57 في المائة.";
    expect(mentionOf(text, "2017-H1", "57 في المائة").status).not.toBe("observation");
  });

  it("states a figure on the line above a question of its own ('ماذا يعني؟')", () => {
    const text = "▌الملفات\n3420\nملفا وطلب معلومات عالجتها مصالح التعاون الدولي\n↑ 10,2% مقارنة بالنصف الأول من 2023 (3104 ملفات)\nماذا يعني؟ كل ملف أو طلب تتبادله الشرطة المغربية مع شرطة أجنبية.";
    expect(published(text, "2024-H1")).toContain("files_processed 2023-H1 = 3104");
  });

  it("still asks a figure on the question's own line", () => {
    expect(mentionOf("المذيع: وماذا تعني 3420 ملفا في ستة أشهر؟", "2024-H1", "3420").status).toBe("held_back");
  });

  it("takes no rise from the verb of a fraction's qualifier before a share ('تمثل ما يفوق خمس …، بنسبة 21 في المائة')", () => {
    const text = "أول ما يلفت الانتباه أن ملفات الهجرة تمثل ما يفوق خمس مجموع الملفات التي عالجها القسم، بنسبة 21 في المائة من أصل 4677 ملفا.";
    // Since round 163 "خمس مجموع" is a fifth, no five, and the share is read as the migration files' share.
    expect(published(text, "2021")).toEqual(["files_share_by_case_type 2021 irregular_migration = 21", "files_processed 2021 = 4677"]);
  });

  it("still takes the rise of a verb before a rate ('ارتفع عدد الملفات …، بنسبة 21 في المائة')", () => {
    const text = "وارتفع عدد الملفات التي عالجها القسم إلى 4677 ملفا، بنسبة 21 في المائة مقارنة مع 2020.";
    expect(published(text, "2021")).toContain("files_processed_pct_change 2021 vs 2020 = 21");
  });
});
