// Readings the held-out sets of round 62 led to (held334–held337): the exact figure in parentheses after a bound
// whose noun stands between (count-reading.ts exactOfBound), a reason clause after a forecast (not-stated.ts), an
// aside opening after a number (counted-noun.ts), a place named in a part of the count (other-body.ts
// placeOfAction), another amount of a change after "وبـ" (transition.ts), "then" after a year its sentence named
// (periods.ts), a foreign bureau of Interpol (grammar-words security_bodies), an earlier level as a change's base
// (periods.json implicit_base earlier_levels), "a number near" another year's figure (number-scope.ts) and a share
// in parentheses right after a share (share-compared.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, number: string, reference: string) => readText(text, catalogue, reference).mentions.find((m) => m.text.includes(number))!;

describe("the exact figure in parentheses after a bound", () => {
  it("is of the bound's period when the bound's noun stands between them", () => {
    expect(published("وإذا كانت الإنابات القضائية الدولية قد فاقت مائة إنابة (115 بالتحديد)، فإن ما يستوقفني أكثر هو عدد المطلوبين.", "2018")).toEqual(["letters_rogatory 2018 = 115"]);
  });
});

describe("a clause giving the reason after a forecast", () => {
  it("tells what happened when it has no forecast of its own", () => {
    const text = "ويعزو مصدر أمني هذه الأرقام إلى تعزيز شبكة ضباط الاتصال، وإلى الرفع من وتيرة التكوين، إذ استفاد 860 موظفا وموظفة من دورات تكوينية.";
    expect(published(text, "2018")).toEqual(["police_staff_trained 2018 = 860"]);
  });

  it("is still reached by the forecast when it forecasts too, and 'أي' is no reason", () => {
    expect(statusOf("تطمح المديرية إلى رفع عدد المستفيدين من التكوين، إذ يتوقع أن يصل إلى 900 موظف.", "900", "2018").status).not.toBe("observation");
    expect(published("وتطمح المديرية إلى بلوغ 3200 ملف معالج خلال سنة 2017، أي بزيادة تقارب 8.5 في المائة.", "2016")).toEqual([]);
  });
});

describe("a parenthesis opening after a number", () => {
  it("is an aside, not the number's noun: the count is of what 'the number of' names before it", () => {
    expect(published("ارتفع عدد الإنابات القضائية الدولية المتابع تنفيذها إلى 115 (بزيادة 10,6%).", "2018")).toContain("letters_rogatory 2018 = 115");
  });

  it("leaves the noun after a number repeated in digits in parentheses to it", () => {
    expect(published("تلتزم المصالح بإحالة كل أمر دولي بإلقاء القبض يرد عليها داخل أجل لا يتعدى ثمانيا وأربعين (48) ساعة.", "2022")).toEqual([]);
  });
});

describe("a place named in a part of the count", () => {
  it("is the part's, not the whole's: the whole stays the national figure", () => {
    expect(published("الأمن الوطني: 92 مطلوبا دوليا في قبضة الأمن خلال 2018 بينهم موقوفون بميناء بني أنصار", "2018")).toEqual(["wanted_persons_arrested 2018 = 92"]);
  });
});

describe("another amount of a change after 'وبـ'", () => {
  it("is an amount of the change named before, not a count of the year it compares with", () => {
    const text = "كما تابع تنفيذ 115 إنابة قضائية، أي بزيادة 11 إنابة عن السنة الماضية، وبـ19 إنابة عما سجل في 2016.";
    expect(published(text, "2018")).toEqual(["letters_rogatory 2018 = 115"]);
    expect(statusOf(text, "19", "2018").reason).toContain("the amount of a change");
  });
});

describe("'then' after a year its sentence named", () => {
  it("is that year, even when the sentence names it as a comparison's; the change after the two ends is against it", () => {
    const text = "وتبقى المقارنة مع 2019، آخر سنة قبل الجائحة، مفيدة: كان عدد الإنابات القضائية الدولية حينها 125 إنابة، وصار 143 إنابة سنة 2022، أي بزيادة 14 في المائة.";
    expect(published(text, "2022")).toEqual(["letters_rogatory 2019 = 125", "letters_rogatory 2022 = 143", "letters_rogatory_pct_change 2022 vs 2019 = 14"]);
  });
});

describe("another country's bureau of Interpol", () => {
  it("is another body: its count is held back", () => {
    const text = "وللمقارنة، أعلن المكتب المركزي الوطني الفرنسي للأنتربول أنه عالج 1 240 طلبا واردا من الرباط سنة 2022.";
    expect(published(text, "2022")).toEqual([]);
    expect(statusOf(text, "240", "2022").reason).toContain("another body");
  });
});

describe("a change against an earlier level", () => {
  it("takes the base of the one count of the text it is computed from, whatever count the year before has", () => {
    const text = "عالج القطب 5800 ملف سنة 2022، مقابل 4677 سنة 2021 و4480 سنة 2019. ويعني ذلك أن النشاط لم يتعاف من أثر الجائحة فحسب، بل تجاوز مستواه السابق بنحو 29 في المائة.";
    expect(published(text, "2022")).toContain("files_processed_pct_change 2022 vs 2019 = approx 29");
  });

  it("is held back when no count of the text gives it: 'its previous level' is not the year before", () => {
    const text = "عالج القطب 5800 ملف سنة 2022، مقابل 4677 سنة 2021. ويعني ذلك أن النشاط تجاوز مستواه السابق بنحو 40 في المائة.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800", "files_processed 2021 = 4677"]);
    expect(statusOf(text, "40", "2022").reason).toContain("earlier level");
  });
});

describe("'it is a number near' another year's figure", () => {
  it("reads that figure exact: the bound compares the count before with it", () => {
    const text = "أما التكوين، فقد استفاد منه 310 موظفين، وهو عدد يقترب من 420 موظفا تكونوا طيلة سنة 2020.";
    expect(published(text, "2021-H1")).toEqual(["police_staff_trained 2021-H1 = 310", "police_staff_trained 2020 = 420"]);
  });
});

describe("a share in parentheses right after a share", () => {
  it("is the same share of the period a legend gives the parentheses", () => {
    const text = "وجاء الترتيب على النحو التالي، مع نسب سنة 2024 بين قوسين:\n\n1. إسبانيا: 30% (28%)\n2. فرنسا: 22% (24%)";
    expect(published(text, "2025")).toEqual(["exchanges_share_by_partner 2025 ES = 30", "exchanges_share_by_partner 2024 ES = 28", "exchanges_share_by_partner 2025 FR = 22", "exchanges_share_by_partner 2024 FR = 24"]);
  });

  it("is the same share of the period named inside, and nothing without one", () => {
    expect(published("• حصة ملفات المخدرات: 34% (31% سنة 2024)", "2025")).toEqual(["files_share_by_case_type 2025 drug_trafficking = 34", "files_share_by_case_type 2024 drug_trafficking = 31"]);
    expect(published("في حين بلغت حصة طلبات المعلومات 18 في المائة (19 في المائة).", "2025")).toEqual(["files_share_by_case_type 2025 information_requests = 18"]);
  });
});
