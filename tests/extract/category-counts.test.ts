// A count of files of one type of case is that category's count, a part of the files processed, not the count of
// all of them (indicators.json parts_by): the catalogue tracks the category's share. Readings the held-out set
// h592 (breakdowns by type of case) led to, with the shares they stand beside.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const whole = "عالج قطب التعاون الدولي 3104 ملفات وطلبات معلومات خلال النصف الأول من 2023.";

describe("a count of one type of case", () => {
  it.each([
    ["after 'أي', restating a clause that names the category", "ويتعلق ملف من كل ثلاثة بالاتجار في المخدرات، أي 1055 ملفا.", "1055"],
    ["in parentheses after the category's share", "وصعدت قضايا الهجرة غير النظامية إلى 22 في المائة من المجموع (683 ملفا).", "683"],
    ["with the category's files as its subject", "ولم يتجاوز عدد ملفات نقل الأشخاص المحكوم عليهم 93 ملفا.", "93"],
    ["with a verb of concerning and the category after it", "ومن بين ملفات الهجرة، تتعلق 214 ملفا بشبكات الاتجار بالبشر.", "214"],
    ["with the category as the subject of a ranking", "وتتصدر قضايا المخدرات بـ1055 ملفا.", "1055"],
  ])("is held back %s, and the whole stays published", (_, sentence, count) => {
    const text = `${whole} ${sentence}`;
    expect(mentionIn(text, count, catalogue, "2023-H1")).toMatchObject({ status: "held_back", reason: expect.stringContaining("one type of case") });
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-10")).toContain("files_processed 2023-H1 = 3104");
  });

  it("is not the whole named with its information requests ('ملفا وطلب معلومات')", () => {
    const text = "عالج القطب 4677 ملفا وطلب معلومات خلال سنة 2021.";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-10")).toEqual(["files_processed 2021 = 4677"]);
  });

  it("is not the whole when the category is one of a list of topics ('تبييض الأموال والاتجار في المخدرات في صلب 5800 ملف')", () => {
    const text = "التعاون الأمني الدولي: تبييض الأموال والاتجار في المخدرات في صلب 5800 ملف عالجها الأمن الوطني سنة 2022";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-10")).toEqual(["files_processed 2022 = 5800"]);
  });

  it("is not the whole when a pronoun of the whole stands before the category ('يتعلق ثلثها بالمخدرات')", () => {
    const text = "عالج القطب 4677 ملفا يتعلق ثلثها بالمخدرات خلال سنة 2021.";
    expect(mentionIn(text, "4677", catalogue, "2021")?.reason ?? "").not.toContain("one type of case");
  });
});

describe("the share a category rose or fell to", () => {
  it("is a level after a verb of change and 'إلى' across the verb's subject ('صعدت قضايا الهجرة … إلى 22 في المائة')", () => {
    const text = `${whole} وصعدت قضايا الهجرة غير النظامية والاتجار بالبشر إلى 22 في المائة من المجموع.`;
    expect(publishedFigures(text, catalogue, "2023-H1", "2023-07-10")).toContain("files_share_by_case_type 2023-H1 irregular_migration = 22");
  });
});

describe("a negated verb of exceeding before a long subject", () => {
  it("bounds the share across a subject of five and six words", () => {
    const five = "وحلت طلبات المعلومات ثانية بنسبة 22 في المائة، فيما لم تتجاوز ملفات نقل الأشخاص المحكوم عليهم 4 في المائة من المجموع.";
    expect(mentionIn(five, "4 في المائة", catalogue, "2021")).toMatchObject({ status: "observation", evidence: expect.stringContaining("qualifier «تتجاوز»") });
    const six = "وحلت طلبات المعلومات ثانية بنسبة 22 في المائة، فيما لم تتجاوز ملفات تبادل معطيات قواعد البيانات الشرطية 9 في المائة.";
    expect(mentionIn(six, "9 في المائة", catalogue, "2019")).toMatchObject({ status: "observation", evidence: expect.stringContaining("qualifier «تتجاوز»") });
  });

  it("gives a number coordinated with a later clause's count no bound ('لم يتجاوز 70 شخصا، من بينهم 38 …، وأن المغرب استقدم 11 شخصا')", () => {
    const text = "وأن عدد المبحوث عنهم دوليا الذين أوقفوا خلال السنة ذاتها لم يتجاوز 70 شخصا، من بينهم 38 مغربيا أوقفوا في الخارج، وأن المغرب استقدم 11 شخصا مطلوبا للعدالة المغربية.";
    expect(publishedFigures(text, catalogue, "2015", "2016-03-10")).toContain("persons_extradited_to_morocco 2015 = 11");
  });
});

describe("the share of a category the sentence names before its clause", () => {
  it("is the category's when its clause says 'its share' ('قضايا … هي فعلا الصنف الأول، لكن حصتها الفعلية تبلغ 36 في المائة')", () => {
    const text = "لا. قضايا الاتجار الدولي في المخدرات هي فعلا الصنف الأول، لكن حصتها الفعلية تبلغ 36 في المائة.";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-10")).toEqual(["files_share_by_case_type 2021 drug_trafficking = 36"]);
  });

  it("is not given to 'its share' of a time the clause before names ('مقارنة بالسنة السابقة، حين كانت حصتها 28 في المائة')", () => {
    const text = "فتبقى إسبانيا في الصدارة بـ30 في المائة من المبادلات. وقد عززت إسبانيا موقعها مقارنة بالسنة السابقة، حين كانت حصتها 28 في المائة.";
    expect(publishedFigures(text, catalogue, "2020", "2021-01-10")).toEqual(["exchanges_share_by_partner 2020 ES = 30"]);
  });

  it("is not given to 'its share' after a share of its own ('بـ27 في المائة …، حين كانت حصتها في حدود 28')", () => {
    const text = "وتصدرت إسبانيا قائمة الشركاء، إذ استأثرت بما نسبته 27 في المائة من مجموع المبادلات، لكن حصتها كانت في حدود 28 في المائة.";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-10")).toEqual(["exchanges_share_by_partner 2017 ES = 27"]);
  });

  it("is the category of the count it restates after 'أي' or in parentheses", () => {
    const text = "ثم نقل الأشخاص المحكوم عليهم بـ187 ملفا، أي 4 في المائة، وقضايا الإرهاب بـ140 ملفا (3 في المائة).";
    expect(publishedFigures(text, catalogue, "2021", "2022-01-10")).toEqual(["files_share_by_case_type 2021 prisoner_transfer = 4", "files_share_by_case_type 2021 terrorism = 3"]);
  });

  it("is not a category of the files when the count it restates is of another indicator ('قضايا المخدرات … بـ31 أمرا، أي ما يقارب 44 في المائة')", () => {
    const text = "وتستحوذ قضايا الاتجار الدولي في المخدرات على حصة الأسد من هذه الأوامر، بـ31 أمرا، أي ما يقارب 44 في المائة من المجموع.";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-10").filter((f) => f.startsWith("files_share"))).toEqual([]);
  });

  it("is not the category named before another count ('2690 طلب معلومات … و1480 ملفا يخص سيارات مسروقة (نحو 20 في المائة)')", () => {
    const text = "عالج القسم 7560 ملفا، منها 2690 طلب معلومات عبر قنوات الأنتربول و1480 ملفا يخص سيارات مسروقة (نحو 20 في المائة من المجموع).";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-10").filter((f) => f.startsWith("files_share"))).toEqual([]);
  });
});

describe("a share two partners hold together", () => {
  it("is theirs together after a verb in the dual ('إسبانيا وفرنسا استحوذتا على 61 في المائة'), not the second's", () => {
    const text = "مشيرا إلى أن إسبانيا وفرنسا استحوذتا على 61 في المائة من مجموع المبادلات، تليهما بلجيكا بـ9 في المائة.";
    expect(publishedFigures(text, catalogue, "2023", "2024-01-18")).toEqual(["exchanges_share_by_partner 2023 BE = 9"]);
    expect(mentionIn(text, "61 في المائة", catalogue, "2023")).toMatchObject({ status: "unaccounted", reason: expect.stringContaining("several categories together") });
  });
});

describe("a share coordinated with a bounded one by 'و' written on its digits", () => {
  it("is held back, as when 'و' stands alone: the bound may or may not carry over ('لم تتعد 3 في المائة بالنسبة للسنغال و2 في المائة')", () => {
    const text = "إذ لم تتعد 3 في المائة بالنسبة للسنغال و2 في المائة بالنسبة لموريتانيا، مقابل 36 في المائة لإسبانيا.";
    expect(mentionIn(text, "2 في المائة", catalogue, "2024")).toMatchObject({ status: "held_back", reason: expect.stringContaining("may or may not carry over") });
    expect(publishedFigures(text, catalogue, "2024", "2025-03-10")).toContain("exchanges_share_by_partner 2024 ES = 36");
  });
});
