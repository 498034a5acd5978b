// What round 137's pending sets and round 138's sets showed (held627: short formats on the halves of 2022 and 2023;
// held629–631: analyses, cluttered pages, corrections): a span of months compared with the other half is one phrase,
// and the change after it is against that half; "مذكرة توقيف دولية" is a warrant whatever "البحث" the sentence names;
// a relative clause naming its own year keeps it; a clause explained by "إذ" gives its period to the counts after;
// "their number" with a noun said again is the count that first named it; "نشرة أمس" is a newscast; a verb of change opening a long clause makes
// "من … إلى …" a change's two ends; "the first half of the same year" as a second half's base is the figure's year;
// "أي 83 شخصا" restates the count its clause names; a figure quoted after "رقم" or "أقل من" weighs a claim; a fact-check's "الادعاء" heads
// the claim it checks; an answer's bare noun reads the question's construct ("وماذا عن مذكرات البحث الدولية؟").
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const mentionOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a half told by its months, compared with the other half", () => {
  it("keeps 'بين يوليوز ودجنبر' whole before 'مقابل' (the 'و' joins the months, it opens no clause)", () => {
    const text = "مذكرات البحث الدولية: 41 بين يوليوز ودجنبر مقابل 46 في النصف الأول، أي بتراجع بنحو 11%.";
    expect(published(text, "2023-H2")).toEqual(["international_arrest_warrants 2023-H2 = 41", "international_arrest_warrants 2023-H1 = 46", "international_arrest_warrants_pct_change 2023-H2 vs 2023-H1 = approx -11"]);
  });

  it("still cuts at a clause opened by 'و' after the months", () => {
    const text = "عالج القطب 3795 ملفا بين يوليوز ودجنبر وتابع 82 إنابة قضائية دولية.";
    expect(published(text, "2023-H2")).toEqual(["files_processed 2023-H2 = 3795", "letters_rogatory 2023-H2 = 82"]);
  });
});

describe("an arrest warrant's construct", () => {
  it("reads 'مذكرة توقيف دولية' as a warrant when the sentence opens on 'البحث' (the construct's genitive is no cancellation's word)", () => {
    const text = "وعلى صعيد البحث عن الأشخاص، نشر المكتب المركزي الوطني 39 مذكرة توقيف دولية، بارتفاع نسبته 11,4 في المائة مقارنة بالنصف الأول من السنة نفسها.";
    expect(published(text, "2018-H2")).toContain("international_arrest_warrants 2018-H2 = 39");
  });

  it("still reads a notice stopping searches ('مذكرة لتوقيف سريان الأبحاث الدولية')", () => {
    expect(published("ونشر المكتب 2169 مذكرة لتوقيف سريان الأبحاث الدولية.", "2022")).toEqual(["international_search_cancellations 2022 = 2169"]);
  });

  it("publishes no warrant for warrants cancelled ('ألغيت 30 مذكرة توقيف دولية')", () => {
    expect(published("وألغيت 30 مذكرة توقيف دولية بعد تسوية وضعية أصحابها.", "2022")).not.toContain("international_arrest_warrants 2022 = 30");
  });
});

describe("the period of a relative or explaining clause", () => {
  it("keeps the year a relative clause names before its count ('قبل سنتين فقط، حين بلغ … طيلة سنة 2016 بأكملها 2950 ملفا')", () => {
    const text = "وهو إيقاع لم يكن مألوفا قبل سنتين فقط، حين بلغ مجموع ما عولج طيلة سنة 2016 بأكملها 2950 ملفا.";
    expect(published(text, "2018-H2")).toEqual(["files_processed 2016 = 2950"]);
  });

  it("still gives a relative clause naming no period the period before it ('مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا')", () => {
    expect(published("وعالج القطب 4060 ملفا، مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا.", "2018")).toContain("files_processed 2016 = 2950");
  });

  it("gives the period of a clause explained by 'إذ' to the counts after it", () => {
    const text = "وأضاف أن المؤشرات الأولية للنصف الأول من سنة 2023 تؤكد المنحى نفسه، إذ تمت معالجة 3104 ملفات، وتتبع 71 إنابة قضائية.";
    expect(published(text, "2022")).toEqual(["files_processed 2023-H1 = 3104", "letters_rogatory 2023-H1 = 71"]);
  });

  it("takes no period from a compared clause before 'إذ'", () => {
    const text = "وارتفع عدد الملفات مقارنة بسنة 2021، إذ عالج القطب 5800 ملف.";
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
  });
});

describe("'their number' with its noun said again", () => {
  it("is the count that first named the noun, not the part after it", () => {
    const text = "وأدت هذه المذكرات إلى إيقاف أربعة وأربعين شخصا كانوا موضوع بحث على الصعيد الدولي، ضمنهم أربعة وعشرون مغربيا تم توقيفهم بالخارج، بعدما كان عددهم خلال النصف الثاني من 2017 لم يتجاوز واحدا وأربعين شخصا.";
    expect(published(text, "2018-H2")).toContain("wanted_persons_arrested 2017-H2 = lte 41");
  });

  it("is still the part when the noun is the part's ('ضمنهم 24 مغربيا …، بعدما كان عددهم 31 مغربيا')", () => {
    const text = "وأدت هذه المذكرات إلى إيقاف 44 شخصا، ضمنهم 24 مغربيا تم توقيفهم بالخارج، بعدما كان عددهم خلال النصف الثاني من 2017 لم يتجاوز 31 مغربيا.";
    expect(mentionOf(text, "2018-H2", "لم يتجاوز 31").status).toBe("observation");
    expect(published(text, "2018-H2")).toContain("moroccan_citizens_arrested_abroad 2017-H2 = lte 31");
  });
});

describe("a newscast is no notice", () => {
  it("reads no notice in 'نشرة أمس', so a correction of the warrants' change withdraws the body's wrong rate", () => {
    const text = "نشر المكتب 98 مذكرة بحث دولية، بارتفاع بلغ 65 في المائة مقارنة مع سنة 2020.\n\nتصحيح: ورد في تقرير نشرة أمس حول حصيلة الأمن الوطني خطأ: فنسبة ارتفاع مذكرات البحث الدولية هي 56 في المائة وليس 65 في المائة.";
    expect(published(text, "2021")).not.toContain("international_arrest_warrants_pct_change 2021 vs 2020 = 65");
    expect(mentionOf(text, "2021", "65 في المائة").status).toBe("ignored");
  });
});

describe("a change whose verb opens a long clause", () => {
  it("reads 'وارتفع عدد الأوامر … التي نشرها وعممها المكتب … من 112 أمرا إلى 124' as a change's two ends, not a range", () => {
    const text = "وارتفع عدد الأوامر الدولية بإلقاء القبض التي نشرها وعممها المكتب المركزي الوطني «أنتربول الرباط» من 112 أمرا إلى 124، في حين بلغ عدد الموقوفين 152 شخصا.";
    expect(published(text, "2025")).toEqual(expect.arrayContaining(["international_arrest_warrants 2024 = 112", "international_arrest_warrants 2025 = 124"]));
  });

  it("still reads a range after a change verb when a number stands between ('ارتفع عدد الموقوفين إلى 152، تتراوح أعمارهم من 20 إلى 30 سنة')", () => {
    const text = "وارتفع عدد الموقوفين إلى 152 شخصا تتراوح أعمار أغلبهم من 20 إلى 30 سنة.";
    expect(mentionOf(text, "2025", "20").status).not.toBe("observation");
  });
});

describe("the first half of 'the same year' as a second half's base", () => {
  it("is the figure's own year, not a year a teaser line or a look-back named before", () => {
    const text = "وهو إيقاع لم يكن مألوفا قبل سنتين فقط، حين بلغ مجموع ما عولج طيلة سنة 2016 بأكملها 2950 ملفا.\n\nاقرأ أيضا: 71 مذكرة توقيف دولية خلال 2017.. ماذا تغير؟\n\nوعلى صعيد البحث عن الأشخاص، نشر المكتب 39 مذكرة توقيف دولية، بارتفاع نسبته 11,4 في المائة مقارنة بالنصف الأول من السنة نفسها.";
    expect(published(text, "2018-H2")).toContain("international_arrest_warrants_pct_change 2018-H2 vs 2018-H1 = 11.4");
  });

  it("still reads 'the second half of the same year' in a first half's report as the year the text last named", () => {
    const text = "وفي سنة 2020 تراجع النشاط بسبب الجائحة. وعالج القطب 2240 ملفا، بتراجع نسبته 8.7 في المائة فقط عند مقارنته بالنصف الثاني من السنة ذاتها.";
    expect(published(text, "2021-H1")).not.toContain("files_processed_pct_change 2021-H1 vs 2021-H2 = -8.7");
  });
});

describe("'that is' restating a count a clause names", () => {
  it("reads 'عدد المواطنين المغاربة الذين أوقفوا خارج التراب الوطني، أي 83 شخصا من بين الموقوفين' as the Moroccans", () => {
    const text = "وحده عدد المواطنين المغاربة الذين أوقفوا خارج التراب الوطني، أي 83 شخصا من بين الموقوفين، جاء مطابقا لما نشرناه.";
    expect(published(text, "2024")).toEqual(["moroccan_citizens_arrested_abroad 2024 = 83"]);
  });
});

describe("a figure quoted to weigh a claim", () => {
  it("holds back 'أقل من \"6 آلاف\"' and 'رقم \"أكثر من 30\"': the words of a claim, no count", () => {
    const text = "عالجت المصالح 5800 ملف وطلب معلومات، لكنه أقل من \"6 آلاف\". ولا تسند أي حصيلة منشورة رقم \"أكثر من 30\".";
    expect(mentionOf(text, "2022", "6 آلاف").status).toBe("held_back");
    expect(mentionOf(text, "2022", "أكثر من 30").status).not.toBe("observation");
  });

  it("still reads a press review's quote ending on a figure", () => {
    const text = "وكتبت الجريدة أن المكتب تتبع تنفيذ إنابات قضائية دولية \"تجاوزت المائة\".";
    expect(mentionOf(text, "2017", "تجاوزت المائة").status).not.toBe("held_back");
  });
});

describe("a fact-check's claim under its heading", () => {
  it("holds back the figures of the line under 'الادعاء' (the claim checked), and reads the check's own", () => {
    const text = "الادعاء\nقال الوزير السابق إن مصالح الأمن الوطني \"عالجت سنة 2022 أزيد من 6 آلاف ملف تعاون دولي\".\n\nالتحقق\nتفيد الحصيلة الرسمية لسنة 2022 بأن المصالح عالجت 5800 ملف وطلب معلومات.";
    expect(mentionOf(text, "2022", "أزيد من 6 آلاف").status).toBe("held_back");
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
  });
});

describe("an answer's bare noun under the question's construct", () => {
  it("reads 'نشر ثلاثا وستين مذكرة' under 'وماذا عن مذكرات البحث الدولية؟' as the warrants, and its change", () => {
    const text = "المذيع: وماذا عن مذكرات البحث الدولية؟\nالضيف: المكتب المركزي الوطني نشر ثلاثا وستين مذكرة، مقابل أربع وثمانين في 2019. يعني تراجعت بخمسة وعشرين في المائة.";
    expect(published(text, "2020")).toEqual(["international_arrest_warrants 2020 = 63", "international_arrest_warrants 2019 = 84", "international_arrest_warrants_pct_change 2020 vs 2019 = -25"]);
  });

  it("keeps the answer's own construct ('نشر 1838 مذكرة بحث وطنية' under the same question)", () => {
    const text = "المذيع: وماذا عن مذكرات البحث الدولية؟\nالضيف: نشر المكتب 1838 مذكرة بحث وطنية بطلب من مصالح أجنبية.";
    expect(published(text, "2020")).toEqual(["national_search_notices 2020 = 1838"]);
  });
});
