// What round 156 (held700–held703: corrected articles, legal numbers, halves told every way, an official answering
// questions) and the pending sets' misses led to: a sentence about the whole year in a report on a part of it; a
// statement put to someone to confirm ("… 119. صحيح؟"); a condition that compares ("وإذا قارناها مع 2020، …"); a
// number "and a bit" ("وشوية"); a series that goes on from a part of another period than its whole's. And what round
// 157 (held704–held707: vehicles and training, partner countries, lists and cards, very short texts) led to: an answer
// whose question the asker's turn went on past; a port named in the sentence's opening; a partner named a party to
// what is counted; a ticker's pointers between its items; long arrows between a value and its later one. And round
// 158's (held708–held711: rates and ratios, the newest periods, digits and typography, crime news): a case's count
// "في حقهما"; a soft hyphen inside a number.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a sentence about the whole year in a report on a part of it", () => {
  it("goes on about the year in the clauses it joins by و or فيما", () => {
    const text = "أما في مجال التسليم، فقد تسلمت المملكة خلال السنة 22 شخصا، وسلمت 15 أجنبيا، فيما بلغ عدد عمليات التسليم المراقب عمليتين، والعمليات متعددة الأطراف خمس عمليات.";
    expect(published(text, "2022-Q4")).toEqual([
      "persons_extradited_to_morocco 2022 = 22",
      "foreigners_handed_over_by_morocco 2022 = 15",
      "controlled_deliveries 2022 = 2",
      "interpol_multilateral_operations 2022 = 5",
    ]);
  });

  it("not when the year's total comes after the part's count: the sentence is about the part", () => {
    const text = "وفي مجال التسليم، تسلم المغرب 16 شخصا خلال النصف الثاني، ليرتفع عددهم في مجموع السنة إلى 31 شخصا، بينما سلمت السلطات المغربية 8 مواطنين أجانب إلى بلدانهم.";
    expect(published(text, "2024-H2")).toContain("foreigners_handed_over_by_morocco 2024-H2 = 8");
  });
});

describe("a statement put to someone to confirm", () => {
  it("is held back when a question of confirmation alone follows it on its line", () => {
    for (const question of ["صحيح؟", "هل هذا صحيح؟", "أليس كذلك؟"]) {
      const reading = mentionIn(`المنشط: عندي هنا رقم كيقول بلي الأوامر الدولية بإلقاء القبض وصلات 119. ${question}`, "119", catalogue);
      expect(reading.status).toBe("held_back");
      expect(reading.reason).toContain("put to someone to confirm");
    }
  });

  it("not when the question asks something else, nor when it stands on the next line", () => {
    expect(mentionIn("بلغ عدد الأوامر الدولية 119 أمرا. هل هو رقم قياسي؟", "119", catalogue).status).toBe("observation");
    expect(mentionIn("بلغ عدد الأوامر الدولية 119 أمرا.\nصحيح؟", "119", catalogue).status).toBe("observation");
  });
});

describe("a condition that compares, opening the sentence", () => {
  it("gives the base of the sentence's change", () => {
    for (const opening of ["وإذا قارناها مع 2020، فإن الزيادة تفوق", "وإلى قارناها مع 2020، راه الزيادة كتفوت"]) {
      expect(published(`بلغ عدد الملفات 5800 ملف. ${opening} 40 في المائة.`, "2022")).toEqual(["files_processed 2022 = 5800", "files_processed_pct_change 2022 vs 2020 = gt 40"]);
    }
  });

  it("not of a change of another length that the sentence sets beside the compared one", () => {
    const text = "بلغ عدد الملفات 3040 ملفا. وإذا قارنا النصف الثاني بنظيره من 2021، حين لم يتجاوز العدد 2390 ملفا، فإن الزيادة تقارب 27 في المائة، وهي نسبة تفوق بكثير الـ24 في المائة المسجلة على مستوى السنة كاملة.";
    expect(mentionIn(text, "24 في المائة", catalogue, "2022-H2").observation_id).toBe("t/files_processed_pct_change/2022/vs2021");
  });
});

describe("a number and a bit", () => {
  it("is more than the number («وشوية», «وكسور»)", () => {
    const text = "وحتى إلى قارناها مع النص الثاني ديال 2022، اللي تسجلات فيه 3040 ملف، كاين ارتفاع ولكن خفيف: زوج في المية وشوية.";
    expect(published(text, "2023-H1")).toContain("files_processed_pct_change 2023-H1 vs 2022-H2 = gt 2");
    expect(published("ارتفع عدد الملفات المعالجة بثلاثة في المائة وكسور مقارنة مع سنة 2021.", "2022")).toEqual(["files_processed_pct_change 2022 vs 2021 = gt 3"]);
  });
});

describe("a series after a part", () => {
  it("goes on with the part when the part is of another period than its whole", () => {
    const text = "والبالغ عددهم 55 شخصا مبحوثا عنهم أوقفوا خلال النصف الثاني، مقابل 22 مغربيا فقط في النصف الثاني من 2020 و29 في النصف الأول من 2021.";
    expect(mentionIn(text, "29", catalogue, "2021-H2").observation_id).toBe("t/moroccan_citizens_arrested_abroad/2021-H1");
  });

  it("with its whole when the part is of the whole's period", () => {
    const text = "وبلغ العدد 80 موقوفا مقابل 76 موقوفا، منهم 41 مغربيا، في السنة الماضية، و97 سنة 2019.";
    expect(mentionIn(text, "97", catalogue, "2022").observation_id).toBe("t/wanted_persons_arrested/2019");
  });
});

describe("an answer under a question whose asker went on", () => {
  it("reads with the question's words past the asker's hearsay on its line", () => {
    const text = "سارة: وبالنسبة للتسليم؟ سمعنا أن المغرب تسلم عشرين شخصا.\n\nالعميد: الرقم الصحيح هو أربعة عشر شخصا مطلوبا للعدالة المغربية.";
    expect(mentionIn(text, "أربعة عشر", catalogue, "2017").observation_id).toBe("t/persons_extradited_to_morocco/2017");
  });

  it("not past an answer's own first sentence", () => {
    const text = "س: وهل زاد عدد الأوامر الدولية بإلقاء القبض مقارنة ببداية السنة؟\nج: نعم. نشر المكتب المركزي الوطني وعمم 41 أمرا دوليا بإلقاء القبض. كما تتبع تنفيذ 59 إنابة قضائية دولية.";
    expect(mentionIn(text, "59", catalogue, "2018-H2").observation_id).toBe("t/letters_rogatory/2018-H2");
  });
});

describe("local and partner parts", () => {
  it("a port named in the sentence's opening places its count", () => {
    const reading = mentionIn("مراسلنا في طنجة: وبميناء طنجة المتوسط وحده، ضبطت عناصر الشرطة 39 سيارة مسروقة من أوروبا.", "39", catalogue, "2016");
    expect(reading.status).toBe("held_back");
    expect(reading.reason).toContain("another body or of a local unit");
  });

  it("a partner named a party to what is counted makes the count its part", () => {
    const reading = mentionIn("وبعملية حسابية بسيطة، يتبين أن ما يقارب 1.700 ملف كانت إسبانيا طرفا فيها.", "ما يقارب 1.700", catalogue);
    expect(reading.status).toBe("held_back");
    expect(reading.reason).toContain("the part of one partner");
  });
});

describe("layouts", () => {
  it("a ticker's pointers cut its items apart", () => {
    const text = "عاجل ◄ حصيلة الأمن الوطني 2022: 3362 إشعارا بالبحث على الصعيد الوطني و380 إشعارا عربيا ◄ إلغاء البحث: 2169 دوليا";
    expect(mentionIn(text, "380", catalogue).observation_id).toBe("t/arab_search_notices/2022");
  });

  it("a value before a long arrow is of an earlier period the text does not name", () => {
    for (const arrow of ["⟵", "➜"]) {
      const reading = mentionIn(`الأشخاص المسلَّمون إلى المغرب: 13 ${arrow} 15 (+15,4%)`, "13", catalogue, "2024-H1");
      expect(reading.status).toBe("held_back");
      expect(reading.reason).toContain("after an arrow");
    }
  });
});

describe("numbers that are no period's count", () => {
  it("a count issued against the one or two persons of a case («صدرت في حقهما») is the case's", () => {
    const text = "فيما تتواصل الأبحاث لتحديد باقي المتورطين، ومن بينهم شخصان يقيمان ببلجيكا صدرت في حقهما مذكرتا بحث دوليتان.";
    const reading = mentionIn(text, "مذكرتا", catalogue, "2025");
    expect(reading.status).toBe("held_back");
    expect(reading.reason).toContain("a count of one case");
  });

  it("not the persons a yearly count counts («في حقهم»)", () => {
    expect(mentionIn("وتم توقيف 73 شخصا صادرة في حقهم أوامر دولية بإلقاء القبض.", "73", catalogue).observation_id).toBe("t/wanted_persons_arrested/2022");
  });
});

describe("typography", () => {
  it("a soft hyphen inside a number is read through", () => {
    expect(published("فيما بلغت إشعارات وقف البحث الدولي 1\u00AD041 إشعارا.", "2024-H2")).toEqual(["international_search_cancellations 2024-H2 = 1041"]);
  });
});
