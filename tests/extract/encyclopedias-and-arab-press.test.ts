// What the held-out sets of round 23 (held175: encyclopedia entries; held176: data journalism with charts; held177:
// other Arab countries' press) showed on first sight: a share of another whole than the files or of two partners
// together, a method's rounding, other countries' police figures beside Morocco's, and their own words for what the
// catalogue counts. An entry's references list is page cruft (tests/text/cruft.test.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("another country's police beside Morocco's", () => {
  it("holds back the figures of a police named as its own country names it", () => {
    const text =
      "عالج قطب التعاون الأمني الدولي 4480 ملفا خلال سنة 2019. وفي الأردن، أعلنت مديرية الأمن العام أن إدارة الشرطة العربية والدولية تعاملت خلال العام مع 1320 طلبا دوليا، وتمكنت من استرداد 41 مطلوبا من الخارج.";
    expect(published(text, "2019")).toEqual(["files_processed 2019 = 4480"]);
  });

  it("holds back a body's figures placed in a partner's capital, not a sentence sending persons there", () => {
    const text = "وكان المكتب المركزي الوطني للأنتربول بالجزائر العاصمة قد عالج 1725 طلبا دوليا عبر قنوات الأنتربول.";
    expect(published(text, "2018")).toEqual([]);
    // Sent to Paris: not another body's figure, but France's part of the requests (held153 annotates it so), held back.
    expect(mentionIn("ووجهت المصالح المغربية إلى باريس 268 طلبا عبر قنوات الأنتربول.", "268", catalogue, "2016").reason).toContain("the part of one partner («باريس»)");
  });
});

describe("the words of other Arab countries", () => {
  it("reads 'استنابة قضائية', 'بطاقة جلب دولية' and an arrest said with 'قُبض'", () => {
    expect(published("تابع مكتب الإنتربول في الرباط تنفيذ 118 استنابة قضائية دولية.", "2020")).toEqual(["letters_rogatory 2020 = 118"]);
    expect(published("وأصدر المكتب 46 بطاقة جلب دولية.", "2023-H1")).toEqual(["international_arrest_warrants 2023-H1 = 46"]);
    expect(published("بلغ إجمالي المطلوبين دولياً الذين قُبض عليهم ١٣١ شخصاً، بينهم ٧٨ مغربياً أوقفوا خارج المملكة.", "2023")).toEqual([
      "wanted_persons_arrested 2023 = 131",
      "moroccan_citizens_arrested_abroad 2023 = 78",
    ]);
  });

  it("reads 'متهما هاربا مطلوبا' as wanted persons, and the Maghreb's 'السداسي الأول' as the first half", () => {
    expect(published("وأسفرت هذه الجهود عن ضبط ١٤٠ متهما هاربا مطلوبا على المستوى الدولي.", "2024")).toEqual(["wanted_persons_arrested 2024 = 140"]);
    expect(published("عالجت المصالح المغربية 3104 ملفات مقابل 2760 ملفا في السداسي الأول من 2022.", "2023-H1")).toEqual([
      "files_processed 2023-H1 = 3104",
      "files_processed 2022-H1 = 2760",
    ]);
  });

});

describe("an encyclopedia entry's hedged shares", () => {
  it("reads no share of files in a share of the letters rogatory", () => {
    expect(published("ويذهب بعض المتتبعين إلى أن قرابة 30 في المائة من الإنابات القضائية تتعلق بالاتجار الدولي في المخدرات.", "2019")).toEqual([]);
  });
});

describe("a data desk's charts and method", () => {
  it("reads no partner's share in a share of two partners together", () => {
    expect(published("وتستأثر إسبانيا وفرنسا معا بـ58 في المائة من التبادلات.", "2018")).toEqual([]);
    expect(published("وتستأثر إسبانيا بـ31 في المائة من التبادلات.", "2018")).toEqual(["exchanges_share_by_partner 2018 ES = 31"]);
  });

  it("reads no count in the rounding a method note describes", () => {
    expect(published("تابع المكتب 119 مبحوثا عنهم دوليا. وحسبنا نسبة الموقوفين إلى الأوامر إلى رقم عشري واحد.", "2023")).toEqual(["wanted_persons_arrested 2023 = 119"]);
  });

  it("holds back a count compared with the other half of the year, its noun said once ('أنشط من الأول')", () => {
    const text = "عالج القطب 4677 ملفا خلال سنة 2021. وجاء النصف الثاني أنشط من الأول: 2437 ملفا مقابل 2240.";
    expect(published(text, "2021")).toEqual(["files_processed 2021 = 4677", "files_processed 2021-H2 = 2437"]);
    expect(mentionIn(text, "2240", catalogue, "2021").status).toBe("held_back");
  });
});
