// What round 161 (held720–held723: social-media posts, half-years and quarters compared, opinion and analysis,
// figures in words) led to: "in the past year" set against an older year is the recent side; the answer of "لو" is
// hypothetical; a definite "الخمس" after a qualifier is a fraction; a page's counters are cruft; the verb of a
// qualifier makes no change; a yearly report's twelve months are its year; a forecast does not reach a year a
// relative clause tells of.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

/** The mentions table's row of the number written `number`. */
const mention = (text: string, number: string, reference: string, published: string | null = null) => readText(text, catalogue, reference, published).mentions.find((m) => m.text === number)!;

describe("the past year set against an older one", () => {
  const then = "لم يعالج القسم سنة 2015 سوى 2710 ملفات، مقابل 7215 ملفا وطلب معلومات في السنة المنصرمة.";

  it("is the year before the writing, not a base a year before the text's", () => {
    expect(publishedFigures(then, catalogue, "2024", "2025-01-22")).toEqual(["files_processed 2015 = 2710", "files_processed 2024 = 7215"]);
  });

  it("is held back when the publication date is unknown", () => {
    expect(mention(then, "7215", "2024").status).toBe("held_back");
  });

  it("a change against the past year keeps its base", () => {
    const text = "عالج القسم 4480 ملفا، مقابل 3380 ملفا سنة 2017، أي بزيادة بحوالي 10 في المائة قياسا بالسنة المنصرمة.";
    expect(publishedFigures(text, catalogue, "2019", "2020-01-10")).toContain("files_processed_pct_change 2019 vs 2018 = approx 10");
  });
});

describe("the answer of لو", () => {
  it("is what would have been, not a count", () => {
    const text = "تأتي إسبانيا أولا بـ31 في المائة من المبادلات. لو طبقنا حصة إسبانيا على العدد الإجمالي، لحصلنا على نحو 2237 ملفا.";
    expect(mention(text, "نحو 2237", "2024", "2025-01-22").reason).toContain("expected, estimated");
  });

  it("a verb of finding states what is", () => {
    const text = "ولو عدنا إلى سنة 2019، لوجدنا أن الرقم لم يكن يتجاوز 4480 ملفا.";
    expect(publishedFigures(text, catalogue, "2024", "2025-01-22")).toEqual(["files_processed 2019 = lte 4480"]);
  });

  it("not after a clause of ف that answered the condition, nor لـ before a present verb", () => {
    const text = "قال النائب إنه حتى لو سلمنا بـ74 موقوفا، فإن الرقم يظل متواضعا، ليرد الوزير بأن عدد الموقوفين ارتفع بنسبة 2,8 في المائة مقارنة مع سنة 2015.";
    expect(publishedFigures(text, catalogue, "2016", "2017-02-01")).toEqual(["wanted_persons_arrested_pct_change 2016 vs 2015 = 2.8"]);
  });
});

describe("a fraction that reads as a numeral", () => {
  it("a qualified definite الخمس ending its clause is a fifth", () => {
    const text = "عالجت المصالح 1406 ملفات تتعلق بسيارات مسروقة، وحجزت أو استرجعت 275 سيارة، أي أقل من الخمس.";
    expect(publishedFigures(text, catalogue, "2024")).toEqual(["stolen_vehicle_files 2024 = 1406", "stolen_vehicles_seized 2024 = 275"]);
    expect(mention(text, "أقل من الخمس", "2024").status).toBe("ignored");
  });
});

describe("a page's counters", () => {
  it("are cruft, not an answer to the question above them", () => {
    const text = "والآن السؤال: لو حافظ القسم على وتيرته، لتجاوز 8 آلاف ملف سنة 2025. فهل سيكون القسم جاهزا؟\n\nالمشاهدات: 3412 | #بيانات";
    expect(mention(text, "3412", "2024", "2025-01-17").status).toBe("cruft");
  });
});

describe("the verb of a qualifier", () => {
  it("makes no change of a share in parentheses", () => {
    const text = "وأشار الجواب إلى أن قضايا الاتجار الدولي في المخدرات استأثرت بما يزيد عن ثلث الملفات (36 في المائة).";
    expect(publishedFigures(text, catalogue, "2015")).toEqual(["files_share_by_case_type 2015 drug_trafficking = 36"]);
  });
});

describe("an amount a comparative ends", () => {
  it("is a change's amount, not a count", () => {
    const text = "يمثل ذلك تراجعا بنحو 11,8 في المائة، أو بعبارة أخرى 530 ملفا أقل.";
    expect(mention(text, "530", "2021", "2022-01-20").reason).toContain("the amount of a change");
  });
});

describe("the months of a report", () => {
  it("a yearly report's twelve months are its year", () => {
    const text = "خمسة آلاف وثمانمائة ملف وطلب معلومات عالجها قسم التعاون الأمني الدولي خلال الأشهر الاثني عشر الماضية.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-10")).toEqual(["files_processed 2022 = 5800"]);
  });

  it("a yearly report's six months are a span", () => {
    expect(mention("عالج القسم 2950 ملفا خلال الأشهر الستة الماضية.", "2950", "2022", "2023-01-10").status).toBe("held_back");
  });
});

describe("what a forecast reaches", () => {
  it("تتوقع forecasts", () => {
    const text = "وتتوقع المديرية أن يتخطى عدد الملفات المعالجة 7 آلاف ملف عند نهاية السنة الجارية.";
    expect(mention(text, "7 آلاف", "2024-Q3", "2024-10-14").reason).toContain("expected, estimated");
  });

  it("nor a whole year a relative clause tells of after a comma", () => {
    const text = "ولو استمر هذا الإيقاع في النصف الثاني، لبلغ العدد نحو 6840 ملفا في متم السنة، متجاوزا بذلك حصيلة 2023 كاملة، التي وقفت عند 6312 ملفا.";
    expect(publishedFigures(text, catalogue, "2024-H1", "2024-07-20")).toEqual(["files_processed 2023 = 6312"]);
  });

  it("not a year a relative clause tells of", () => {
    const text = "وأوضحت المديرية أن وتيرة النصف الأول تجعلها تتوقع تجاوز 7 آلاف ملف معالج مع متم السنة، على غرار سنة 2024 التي سجلت 7215 ملفا.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-07-20")).toEqual(["files_processed 2024 = 7215"]);
  });
});
