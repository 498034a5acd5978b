// How the extract stage reads a number: its indicator, period, base period and category, or why it holds it back.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { mentionIn, publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference = "2022", publishedOn: string | null = null) => publishedFigures(text, catalogue, reference, publishedOn);
const mentionOf = (text: string, number: string, reference = "2022") => mentionIn(text, number, catalogue, reference);

describe("the counted noun decides", () => {
  it.each([
    ["after the number", "عالج القطب 5800 ملف خلال السنة.", "files_processed 2022 = 5800"],
    ["past من", "عالج القطب 5800 من الملفات.", "files_processed 2022 = 5800"],
    ["with clitics and case endings", "تم تعميم 106 أوامر دولية بإلقاء القبض، و143 من الإنابات القضائية.", "international_arrest_warrants 2022 = 106|letters_rogatory 2022 = 143"],
    ["a stray space inside it, as real pages have", "عممت المصالح 87 أمر ا دوليا بإلقاء القبض.", "international_arrest_warrants 2022 = 87"],
    ["before the number, after عدد", "وبلغ عدد الإنابات القضائية 143 خلال هذه السنة.", "letters_rogatory 2022 = 143"],
    ["before the number, as a label", "الملفات وطلبات المعلومات المعالجة: 5800", "files_processed 2022 = 5800"],
    ["named before the clause, after عددها", "أما الأوامر الدولية بإلقاء القبض، فقد بلغ عددها 98.", "international_arrest_warrants 2022 = 98"],
    ["a dual noun", "تم تنفيذ عمليتين للتسليم المراقب للمخدرات.", "controlled_deliveries 2022 = 2"],
    ["a part marker right before another number, which it introduces", "وسجلت المصالح 119 موقوفا بينهم 71 مغربيا.", "wanted_persons_arrested 2022 = 119|moroccan_citizens_arrested_abroad 2022 = 71"],
    ["the later end of a change, by the noun of its earlier end", "وانتقل عدد الموقوفين من 82 إلى 142 خلال سنة 2022.", "wanted_persons_arrested 2021 = 82|wanted_persons_arrested 2022 = 142"],
    ["the earlier end of a change, by the noun after its later end", "وارتفع عددها من 98 إلى 106 أوامر دولية بإلقاء القبض سنة 2022.", "international_arrest_warrants 2021 = 98|international_arrest_warrants 2022 = 106"],
    ["Moroccan Arabic number words and percent, and a change told with 'طلعت' (went up)", "قال المسؤول: تمنية وعشرين أمر دولي بإلقاء القبض، والملفات طلعت تقريبا ربعة فالمية.", "international_arrest_warrants 2022 = 28|files_processed_pct_change 2022 vs 2021 = approx 4"],
    ["a transposed table's header, 'منهم مغاربة أوقفوا بالخارج'", "| السنة | المبحوث عنهم الموقوفون | منهم مغاربة أوقفوا بالخارج |\n|---|---|---|\n| 2022 | 119 | 71 |\n", "wanted_persons_arrested 2022 = 119|moroccan_citizens_arrested_abroad 2022 = 71"],
    ["a first-person plural verb ('سلمنا')", "تم تسليم 64 شخصا مطلوبين للعدالة المغربية إلى بلادنا، بينما سلمنا 23 مواطنا أجنبيا إلى بلدانهم الأصلية.", "persons_extradited_to_morocco 2022 = 64|foreigners_handed_over_by_morocco 2022 = 23"],
    ["foreigners sent to their countries, the hand-over named earlier in the sentence", "وأشارت المعطيات إلى تسليم 19 شخصا مطلوبا للعدالة المغربية إلى المغرب، و14 مواطنا اجنبيا إلى بلدانهم.", "persons_extradited_to_morocco 2022 = 19|foreigners_handed_over_by_morocco 2022 = 14"],
    ["operations 'of this kind', the kind named before", "ولم تسجل أي عملية أمنية متعددة الأطراف، بعدما شاركت المصالح الأمنية في ثلاث عمليات من هذا النوع.", "interpol_multilateral_operations 2022 = 3"],
    ["after the Moroccan Arabic possessive 'ديال'", "تم تسليم عشرة ديال المطلوبين للعدالة المغربية للمغرب.", "persons_extradited_to_morocco 2022 = 10"],
    ["the same number said again in digits after a comma, in speech", "والأوامر الدولية بإلقاء القبض اللي تنشرات: تسعين أمر، 90. وهادشي عطى توقيف 101 شخص مبحوث عليه دوليا، منهم سبعة وخمسين مغربي تشدو برا، 57.", "international_arrest_warrants 2022 = 90|wanted_persons_arrested 2022 = 101|moroccan_citizens_arrested_abroad 2022 = 57"],
    ["named first in the clause before, a comma away", "الإنابات القضائية الدولية التي تمت متابعة تنفيذها، 112 خلال السنة.", "letters_rogatory 2022 = 112"],
    ["persons brought 'from foreign countries' to Morocco, foreigners sent 'to their countries'", "فيما يتعلق بالتسليم، تم تسليم 20 شخصا إلى المغرب من البلدان الأجنبية، بينما تم تسليم 12 مواطنا أجنبيا إلى بلدانهم.", "persons_extradited_to_morocco 2022 = 20|foreigners_handed_over_by_morocco 2022 = 12"],
    ["glued to its number, as a page copy may write it", "نشر المكتب 125أمرا دوليا بإلقاء القبض.", "international_arrest_warrants 2022 = 125"],
    ["a negated bound: 'not less than'", "تم نشر لا أقل من 118 أمرا دوليا بإلقاء القبض.", "international_arrest_warrants 2022 = gte 118"],
  ])("%s", (_, text, expected) => {
    expect(published(text)).toEqual(expected.split("|"));
  });
});

describe("the words around the number decide between indicators counting the same noun", () => {
  it("tells foreign nationals handed over from Moroccan citizens arrested abroad by their adjective", () => {
    const text = "تم توقيف 131 شخصا مبحوثا عنهم على الصعيد الدولي، من بينهم 78 مواطنا مغربيا، في حين تم تسليم 12 مواطنا أجنبيا إلى بلدانهم.";
    expect(published(text)).toEqual(["wanted_persons_arrested 2022 = 131", "moroccan_citizens_arrested_abroad 2022 = 78", "foreigners_handed_over_by_morocco 2022 = 12"]);
  });

  it("reads the direction of a hand-over: to Morocco, or to the persons' own countries", () => {
    expect(published("واستقدمت المصالح 27 شخصا مطلوبا للعدالة المغربية من دول أجنبية.")).toEqual(["persons_extradited_to_morocco 2022 = 27"]);
    expect(published("وسلمت المملكة خمسة مواطنين أجانب إلى بلدانهم الأصلية.")).toEqual(["foreigners_handed_over_by_morocco 2022 = 5"]);
  });

  it("never attaches a number to a noun of another clause: persons arrested after a clause on warrants", () => {
    // Not warrants: persons, arrested on the international warrants the clause before names (its result: "مكنت من").
    expect(published("نشرت المصالح 106 أوامر دولية بإلقاء القبض، مكنت من توقيف 40 شخصا.")).toEqual(["international_arrest_warrants 2022 = 106", "wanted_persons_arrested 2022 = 40"]);
    // Without a word making it the result of that clause, its own clause names no catalogued thing.
    const mention = mentionOf("نشرت المصالح 106 أوامر دولية بإلقاء القبض، وتم توقيف 40 شخصا.", "40");
    expect(mention).toMatchObject({ status: "unaccounted" });
    expect(mention.reason).toMatch(/no indicator counts "شخصا"/);
  });

  it("holds back a number two indicators fit equally well, naming both", () => {
    const mention = mentionOf("وتم تسليم 3 أجانب إلى السلطات الأمريكية.", "3");
    expect(mention.status).toBe("held_back");
    expect(mention.reason).toMatch(/ambiguous: the cues of foreigners_arrested_for_us and foreigners_handed_over_by_morocco fit equally well/);
  });

  it("counts a part only as an indicator declared part of its whole", () => {
    expect(published("تابع المكتب تنفيذ 131 إنابة قضائية، تهم 48 منها قضايا الاتجار الدولي في المخدرات.")).toEqual([
      "letters_rogatory 2022 = 131",
      "letters_rogatory_drugs_money_laundering 2022 = 48",
    ]);
    expect(mentionOf("شاركت المصالح في ثلاث عمليات متعددة الأطراف، انصبت اثنتان منها على المخدرات.", "اثنتان").status).toBe("unaccounted");
  });

  it("takes a number after 'precisely' or 'that is' as the figure it restates", () => {
    expect(published("فاق عدد الأشخاص المبحوث عنهم دوليا الذين جرى توقيفهم 140 شخصا، إذ بلغ بالتحديد 148 شخصا.", "2024")).toEqual(["wanted_persons_arrested 2024 = 148"]);
  });

  it("compares with the whole after a part ('من بينهم 41 مغربيا، مقابل 63 شخصا')", () => {
    const text = "تم توقيف 71 شخصا مبحوثا عنهم على الصعيد الدولي، بينهم 41 مغربيا جرى إيقافهم خارج المملكة، مقابل 63 شخصا في النصف الأول من العام الماضي.";
    expect(published(text, "2024-H1")).toContain("wanted_persons_arrested 2023-H1 = 63");
  });

  it("counts no part whose whole is the previous sentence's figure as that figure", () => {
    const text = "بلغ عدد الأشخاص الذين تم تسليمهم إلى المغرب 24 شخصا. وقد تم تسلم تسعة أشخاص من بين هؤلاء عبر ميناء طنجة المتوسط.";
    expect(published(text, "2017")).toEqual(["persons_extradited_to_morocco 2017 = 24"]);
  });

  it("ignores the figure an editor's correction withdraws", () => {
    const text = "ورد في نسخة سابقة أن عدد الأوامر الدولية بإلقاء القبض بلغ 131 أمرا، والصحيح هو 113 أمرا.";
    expect(published(text, "2024")).toEqual(["international_arrest_warrants 2024 = 113"]);
    expect(mentionOf(text, "131", "2024")).toMatchObject({ status: "ignored", reason: expect.stringMatching(/withdrawn by the text's own correction/) });
  });

  it("reads a figure 'similar' to the previous one with that one's words and its own scope", () => {
    expect(published("نشر المكتب 2169 مذكرة لإيقاف سريان الأبحاث الدولية و347 مذكرة مماثلة على الصعيد العربي.")).toEqual([
      "international_search_cancellations 2022 = 2169",
      "arab_search_cancellations 2022 = 347",
    ]);
  });

  it("does not count a thing coordinated after the counted noun", () => {
    expect(published("يعالج نحو 3600 ملف والسيارات المسروقة في صلب التعاون", "2025-H1")).toEqual(["files_processed 2025-H1 = approx 3600"]);
  });
});

describe("periods", () => {
  it.each([
    ["a year in the clause", "عالج القطب 5800 ملف، مقابل 4677 ملفا سنة 2021.", "2022", "files_processed 2022 = 5800|files_processed 2021 = 4677"],
    ["the previous year in a comparison", "تابع المكتب 153 إنابة، مقابل 143 إنابة السنة الماضية.", "2023", "letters_rogatory 2023 = 153|letters_rogatory 2022 = 143"],
    ["a relative clause carrying the year before it", "عالجت المصالح 3380 ملفا، بارتفاع بنسبة 15 في المائة مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا.", "2017", "files_processed 2017 = 3380|files_processed 2016 = 2950|files_processed_pct_change 2017 vs 2016 = 15"],
    ["the same half of the previous year in a half-year report", "عالج القطب 3104 ملفات، مقابل 2760 ملفا في نفس الفترة من السنة الماضية.", "2023-H1", "files_processed 2023-H1 = 3104|files_processed 2022-H1 = 2760"],
    ["a parenthesis after a year", "نشر المكتب 98 أمرا دوليا، وهو رقم يفوق ما سجل في 2020 (63 أمرا).", "2021", "international_arrest_warrants 2021 = 98|international_arrest_warrants 2020 = 63"],
    ["a quarter of a year", "ونشر المكتب 34 أمرا دوليا بإلقاء القبض (30 أمرا في الربع الأول من 2024).", "2025-Q1", "international_arrest_warrants 2025-Q1 = 34|international_arrest_warrants 2024-Q1 = 30"],
    ["the first six months, whose number names the period", "تم توقيف 63 شخصا مبحوثا عنهم، في حين كان العدد 55 شخصا في الأشهر الستة الأولى من 2022.", "2023-H1", "wanted_persons_arrested 2023-H1 = 63|wanted_persons_arrested 2022-H1 = 55"],
    ["the period a sentence opens with, for each of its clauses", "وفي عام 2017، كانت المديرية قد عالجت 3190 ملفا، ونشرت 81 أمرا دوليا بالقبض.", "2018", "files_processed 2017 = 3190|international_arrest_warrants 2017 = 81"],
    ["a comparison after بعدما with 'a year before'", "نزل عدد الأوامر الدولية بإلقاء القبض إلى 62 أمرا بعدما بلغ 97 أمرا قبل عام.", "2020", "international_arrest_warrants 2020 = 62|international_arrest_warrants 2019 = 97"],
    ["a change told by its two ends", "وانتقل عدد الأوامر الدولية بإلقاء القبض من 49 إلى 57 أمرا.", "2023-H1", "international_arrest_warrants 2023-H1 = 57|international_arrest_warrants 2022-H1 = 49"],
    ["a period phrase opening the sentence without a comma", "أما سنة 2018 فقد عالج فيها القطب 4010 ملفات، مع 117 إنابة.", "2022", "files_processed 2018 = 4010|letters_rogatory 2018 = 117"],
    ["a list in parentheses after the period it details", "وواصلت الأرقام صعودها سنة 2023 (6380 ملفا، 158 إنابة، 118 أمرا)، قبل أن تبلغ ذروتها في 2024.", "2024", "files_processed 2023 = 6380|letters_rogatory 2023 = 158|international_arrest_warrants 2023 = 118"],
    ["a sentence continuing the previous one with كما", "فسنة 2021 سجلت 4680 ملفا. كما نفذت المصالح الأمنية أربع عمليات للتسليم المراقب.", "2024", "files_processed 2021 = 4680|controlled_deliveries 2021 = 4"],
    ["a part named without a year, in a report on another part", "عالج القطب 1870 ملفا خلال الربع الثالث، مقابل 3690 ملفا خلال النصف الأول.", "2025-Q3", "files_processed 2025-Q3 = 1870|files_processed 2025-H1 = 3690"],
    ["'a year after that', from the year named before", "ففي 2021 عالجت المصالح 4680 ملفا. وبعد ذلك بسنة، عالجت 5800 ملف.", "2024", "files_processed 2021 = 4680|files_processed 2022 = 5800"],
    ["a change told by its two ends, the earlier naming its period", "ارتفع عدد الملفات المعالجة من 2710 ملفا في النصف الأول من 2022 إلى 2954 ملفا.", "2023-H1", "files_processed 2023-H1 = 2954|files_processed 2022-H1 = 2710"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference).sort()).toEqual(expected.split("|").sort());
  });

  it("reads a table flattened into text: the header row's periods, each row's label", () => {
    const text = "| المؤشر | 2016 | 2017 |\n|---|---|---|\n| الإنابات القضائية الدولية | 118 | 126 |\n| المبحوث عنهم الموقوفون | 87 | 98 |\n";
    expect(published(text, "2018").sort()).toEqual(["letters_rogatory 2016 = 118", "letters_rogatory 2017 = 126", "wanted_persons_arrested 2016 = 87", "wanted_persons_arrested 2017 = 98"]);
  });

  it("reads a transposed table: periods in the rows, what each column counts in its header", () => {
    for (const text of [
      "| السنة | الملفات المعالجة | الأوامر الدولية |\n|---|---|---|\n| 2023 | 6380 | 118 |\n| 2024 | 7146 | 125 |\n",
      "السنة     الملفات المعالجة     الأوامر الدولية\n2023      6380                 118\n2024      7146                 125\n",
    ]) {
      expect(published(text, "2024").sort()).toEqual(["files_processed 2023 = 6380", "files_processed 2024 = 7146", "international_arrest_warrants 2023 = 118", "international_arrest_warrants 2024 = 125"]);
      expect(readText(text, catalogue, "2024").observations.map((o) => o.quote)).toEqual(["6380", "118", "7146", "125"]);
    }
  });

  it("reads cards of figures: a number alone on its line under its label, a header of labels over a row of numbers", () => {
    const cards = "بطاقة 1\n🔹 إنابات قضائية دولية\n171\n🔹 أوامر دولية بإلقاء القبض\n133\n";
    expect(published(cards, "2024")).toEqual(["letters_rogatory 2024 = 171", "international_arrest_warrants 2024 = 133"]);
    expect(published("الملفات | الإنابات | الموقوفون\n📁 7146 | ⚖️ 171 | 🚨 125\n", "2024")).toEqual(["files_processed 2024 = 7146", "letters_rogatory 2024 = 171", "wanted_persons_arrested 2024 = 125"]);
  });

  it("reads a two-column table row by row, its four-digit values as values", () => {
    const text = "| الملفات المعالجة | 7146 |\n| الإنابات القضائية | 171 |\n";
    expect(published(text, "2024")).toEqual(["files_processed 2024 = 7146", "letters_rogatory 2024 = 171"]);
  });

  it("reads a table's change column as the row's change from its first period to its last", () => {
    const text = "| المؤشر | 2022 | 2023 | التغير (%) |\n|---|---|---|---|\n| الإنابات القضائية الدولية | 143 | 158 | +10,5 |\n| الأوامر الدولية بإلقاء القبض | 106 | 118 | +11,3 |\n";
    expect(published(text, "2023").sort()).toEqual([
      "international_arrest_warrants 2022 = 106",
      "international_arrest_warrants 2023 = 118",
      "international_arrest_warrants_pct_change 2023 vs 2022 = 11.3",
      "letters_rogatory 2022 = 143",
      "letters_rogatory 2023 = 158",
      "letters_rogatory_pct_change 2023 vs 2022 = 10.5",
    ]);
  });

  it("holds back a figure spanning several periods", () => {
    expect(mentionOf("تم توقيف 500 شخص مبحوث عنهم منذ 2015.", "500", "2022")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/spans several periods/) });
  });

  it("holds back a figure whose sentence opens with a span", () => {
    expect(mentionOf("ومنذ 2015، تم توقيف 500 شخص مبحوث عنهم.", "500", "2022")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/spans several periods/) });
  });

  it.each([
    ["a month", "وتمت معالجة 540 ملفا في شهر مارس وحده.", "540"],
    ["two months", "وعالجت المصالح خلال شهري يناير وفبراير 950 ملفا.", "950"],
    ["a rate", "عالجت المصالح 6312 ملفا، أي بمعدل 17 ملفا يوميا.", "17"],
    ["nine months, in the sentence's opening", "وخلال الأشهر التسعة الأولى من السنة، عالجت المصالح 4700 ملف.", "4700"],
  ])("holds back a figure of a span shorter than a period, or a rate: %s", (_, text, number) => {
    expect(mentionOf(text, number, "2023")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/a month, a span of months or weeks, or a rate/) });
  });

  it("reads a month after a day's number as a date, and 'since January' as January to the end of the reference period, when that is a period", () => {
    expect(published("أعلنت المديرية يوم 29 دجنبر 2023 أنها عالجت 6312 ملفا.", "2023")).toEqual(["files_processed 2023 = 6312"]);
    expect(published("ونفذت المصالح ثلاث عمليات للتسليم المراقب للمخدرات منذ مطلع يناير.", "2023-H1")).toEqual(["controlled_deliveries 2023-H1 = 3"]);
    expect(published("ونفذت المصالح ثلاث عمليات للتسليم المراقب للمخدرات منذ مطلع يناير.", "2023-H2")).toEqual(["controlled_deliveries 2023 = 3"]);
    expect(mentionOf("ونفذت المصالح ثلاث عمليات للتسليم المراقب للمخدرات منذ مطلع يناير.", "ثلاث", "2023-Q3")).toMatchObject({ status: "held_back" });
  });

  it.each([
    ["the same year, after a year named outside a comparison", "ففي 2019، عالجت المصالح 4480 ملفا. وفي العام ذاته، تم توقيف 97 شخصا مبحوثا عنهم.", "files_processed 2019 = 4480|wanted_persons_arrested 2019 = 97"],
    ["the same year, after a year named only as a comparison's base", "تم نشر 106 أوامر دولية بإلقاء القبض، مقابل 98 أمرا سنة 2021. وتم تسليم 35 شخصا مطلوبين للعدالة المغربية إلى المملكة خلال السنة ذاتها.", "international_arrest_warrants 2022 = 106|international_arrest_warrants 2021 = 98|persons_extradited_to_morocco 2022 = 35"],
    ["the same year, after a year named as the base of a change", "عالجت المصالح 5211 ملفا، بانخفاض قدره 10 في المئة عن سنة 2020. كما شاركت المديرية خلال السنة ذاتها في 12 عملية أمنية متعددة الأطراف.", "files_processed 2022 = 5211|files_processed_pct_change 2022 vs 2020 = -10|interpol_multilateral_operations 2022 = 12"],
    ["the following year", "ففي 2019، عالجت المصالح 4480 ملفا. وفي السنة الموالية، انخفض عدد الملفات المعالجة إلى 3950 ملفا.", "files_processed 2019 = 4480|files_processed 2020 = 3950"],
  ])("reads a year named by another: %s", (_, text, expected) => {
    expect(published(text, "2022").sort()).toEqual(expected.split("|").sort());
  });

  it("pairs coordinated figures with coordinated years 'respectively', or holds them back", () => {
    expect(published("وبلغ عدد الملفات المعالجة 5800 ملف و6312 ملفا خلال سنتي 2022 و2023 على التوالي.", "2023").sort()).toEqual(["files_processed 2022 = 5800", "files_processed 2023 = 6312"]);
    expect(mentionOf("وتم توقيف 119 و131 شخصا مبحوثا عنهم على التوالي.", "131", "2023")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/على التوالي/) });
  });

  it("holds back both ends of a range, and reads no change without a word of change", () => {
    for (const text of ["وتراوح عدد الموقوفين من 40 إلى 50 شخصا مبحوثا عنهم.", "وتم توقيف ما بين 40 و50 شخصا مبحوثا عنهم."]) {
      const validated = readText(text, catalogue, "2022");
      expect(validated.observations).toEqual([]);
      expect(validated.mentions.find((m) => m.text === "50")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/one end of a range/) });
    }
  });

  it("sets aside the number word of a part of the year", () => {
    const mention = mentionOf("عالج القطب 2954 ملفا خلال الأشهر الستة الأولى من السنة.", "ستة", "2023");
    expect(mention).toMatchObject({ status: "ignored", reason: expect.stringMatching(/names a part of the year/) });
  });

  it("reads a year named without a part as the whole year in a half-year report, and 'طيلة السنة' as the reference's year", () => {
    const text = "وعالج القطب خلال سنة 2024 كاملة 7146 ملفا، منها 3690 ملفا خلال النصف الأول، أي 3456 ملفا في النصف الثاني.";
    expect(published(text, "2024-H2").sort()).toEqual(["files_processed 2024 = 7146", "files_processed 2024-H1 = 3690", "files_processed 2024-H2 = 3456"]);
    expect(published("تابع المكتب تنفيذ 155 إنابة قضائية طيلة السنة، منها 70 إنابة في الأشهر الستة الأولى.", "2023-H2")).toEqual(["letters_rogatory 2023 = 155", "letters_rogatory 2023-H1 = 70"]);
    expect(published("وتم توقيف 131 مبحوثا عنهم دوليا في 2023، ونفذت المصالح أربع عمليات للتسليم المراقب طيلة 2023.", "2023-H2")).toEqual(["wanted_persons_arrested 2023 = 131", "controlled_deliveries 2023 = 4"]);
  });

  it("reads a span of months that is a half-year or a quarter as that part, and holds back any other", () => {
    expect(published("عالج القطب 3120 ملفا خلال الفترة الممتدة من فاتح يناير إلى 30 يونيو.", "2024-H1")).toEqual(["files_processed 2024-H1 = 3120"]);
    expect(published("وعالج القطب 1200 ملف بين يوليوز ودجنبر 2023.", "2024")).toEqual(["files_processed 2023-H2 = 1200"]);
    expect(published("وبلغ عدد الملفات 2950 ملفا عند نهاية يونيو.", "2023-H2")).toEqual(["files_processed 2023-H1 = 2950"]);
    expect(mentionOf("وعالج القطب 540 ملفا بين يناير وأبريل.", "540", "2024")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/a span of months/) });
  });

  it("reads Moroccan period words and a span of months between dashes", () => {
    expect(published("برسم الفصل الرابع من سنة 2024 (أكتوبر – دجنبر) عالج القطب ألفا و893 ملفا.", "2024-Q4")).toEqual(["files_processed 2024-Q4 = 1893"]);
    expect(published("وخلال الأسدس الأول من سنة 2024، عالج القطب 3442 ملفا.", "2024-H2")).toEqual(["files_processed 2024-H1 = 3442"]);
    expect(published("وفي الثلاثي الثالث تابع المكتب 40 إنابة قضائية.", "2024-Q4")).toEqual(["letters_rogatory 2024-Q3 = 40"]);
  });

  it("reads 'الفصل الثالث' as a quarter in a report on a quarter only, and 'الفصل ذاته من السنة الماضية' as the same quarter a year before", () => {
    const text = "عالج القطب ألفا و893 ملفا، مقابل ألف و811 ملفا خلال الفصل الثالث، وبزيادة تناهز 13 في المائة مقارنة مع الفصل ذاته من السنة الماضية.";
    expect(published(text, "2024-Q4")).toEqual(["files_processed 2024-Q4 = 1893", "files_processed 2024-Q3 = 1811", "files_processed_pct_change 2024-Q4 vs 2023-Q4 = approx 13"]);
    expect(mentionOf("وتم توقيف 40 شخصا مبحوثا عنهم، كما يبين الفصل الثالث من التقرير.", "40", "2024")).toMatchObject({ period: "2024" });
  });

  it("holds back an average over several years, and a change against it, not the Mediterranean's port", () => {
    const text = "وتابع المكتب 158 إنابة، وهو رقم أعلى من المتوسط المسجل خلال السنوات الخمس الماضية بـ29 في المائة، علما أن هذا المتوسط استقر في حدود 123 إنابة تقريبا.";
    expect(published(text, "2023")).toEqual(["letters_rogatory 2023 = 158"]);
    expect(published("عالجت المصالح المختصة 205 ملفات للسيارات المسروقة المهربة عبر موانئ البحر الأبيض المتوسط.", "2025-H1")).toEqual(["stolen_vehicle_files 2025-H1 = 205"]);
    // The same count at one named port is that port's, a local unit's figure (other-body.ts).
    expect(published("عالجت المصالح المختصة بميناء طنجة المتوسط 205 ملفات للسيارات المسروقة.", "2025-H1")).toEqual([]);
  });

  it("reads a count compared with the one before it, without a period, as of the same period a year earlier", () => {
    expect(published("ونشر المكتب 57 أمرا دوليا بإلقاء القبض (مقابل 51 أمرا).", "2024-H1")).toEqual(["international_arrest_warrants 2024-H1 = 57", "international_arrest_warrants 2023-H1 = 51"]);
  });

  it("does not carry a period into a sentence of another paragraph, nor into one that does not continue", () => {
    expect(published("فسنة 2021 سجلت 4680 ملفا.\n\nكما نفذت المصالح الأمنية أربع عمليات للتسليم المراقب.", "2024")).toContain("controlled_deliveries 2024 = 4");
    expect(published("فسنة 2021 سجلت 4680 ملفا. ونفذت المصالح الأمنية أربع عمليات للتسليم المراقب.", "2024")).toContain("controlled_deliveries 2024 = 4");
  });

  it("holds back every count coordinated with one of a span of months", () => {
    const validated = readText("وبذلك ترتفع حصيلة الأشهر التسعة إلى 131 إنابة قضائية و97 أمرا دوليا و108 موقوفين، بينهم 65 مغربيا.", catalogue, "2025-Q3");
    expect(validated.observations).toEqual([]);
    for (const number of ["131", "97", "108"]) {
      expect(validated.mentions.find((m) => m.text === number)).toMatchObject({ status: "held_back", reason: expect.stringMatching(/a span of months/) });
    }
  });

  it("reads 'the previous year' outside a comparison from the publication date, or holds it back", () => {
    const text = "وعالج القطب خلال السنة المنصرمة 5800 ملف.";
    expect(published(text, "2022", "2023-01-05")).toEqual(["files_processed 2022 = 5800"]);
    expect(mentionOf(text, "5800", "2022")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/publication date is not known/) });
  });
});

describe("numbers that are no count of their indicator", () => {
  it("holds back the figures of a question: asked, not stated", () => {
    expect(mentionOf("هل صحيح أن عدد الملفات المعالجة تجاوز 7 آلاف ملف هذه السنة؟", "تجاوز 7 آلاف")).toMatchObject({ status: "held_back", reason: "it is asked in a question, not stated" });
  });

  it.each([
    ["after a change noun", "عالجت المصالح 5800 ملف، بزيادة 1120 ملفا مقارنة مع السنة الماضية.", "1120"],
    ["after a change verb's object", "وسجل عدد الإنابات القضائية ارتفاعا بـ12 إنابة.", "12"],
    ["with an adjective of addition", "عالجت المصالح 5800 ملف، بزيادة 24 في المائة، أي 1120 ملفا إضافيا.", "1120"],
  ])("does not read the amount of a change as a count: %s", (_, text, number) => {
    expect(mentionOf(text, number)).toMatchObject({ status: "unaccounted", reason: expect.stringMatching(/the amount of a change, not a count/) });
  });

  it("holds back the figures others are said to have claimed, and keeps the text's own", () => {
    const validated = readText("تداولت بعض المواقع أن القطب عالج 7 آلاف ملف خلال هذه السنة. والرقم الصحيح هو 6 آلاف و380 ملفا.", catalogue, "2023");
    expect(validated.observations.map((o) => o.value)).toEqual([6380]);
    expect(validated.mentions.find((m) => m.value === 7000)).toMatchObject({ status: "held_back", reason: expect.stringMatching(/what others claimed/) });
  });

  it("holds back what 'some' media published ('نشرت بعض المواقع أن …'), and keeps the text's own channel ('على مواقع التواصل')", () => {
    const claimed = readText("نشرت بعض المواقع أن عدد الملفات تجاوز 5 آلاف ملف السنة الماضية. هل هذا صحيح؟ لا، الرقم الرسمي هو 4060 ملفا.", catalogue, "2018", "2019-02-01");
    expect(claimed.observations.map((o) => o.value)).toEqual([4060]);
    expect(claimed.mentions.find((m) => m.value === 5000)).toMatchObject({ status: "held_back", reason: expect.stringMatching(/«المواقع»/) });
    const own = readText("نشرت المديرية على مواقع التواصل حصيلتها: عالج القطب 4060 ملفا.", catalogue, "2018", "2019-02-01");
    expect(own.observations.map((o) => o.value)).toEqual([4060]);
  });

  it("reads the number after 'each' as a rate's denominator, not a count", () => {
    const mention = mentionOf("بلغت ملفات السيارات المسروقة 312 ملفا، أي سيارة واحدة تقريبا من كل أربعة ملفات.", "أربعة", "2024");
    expect(mention).toMatchObject({ status: "ignored", reason: expect.stringMatching(/ratio_of_each/) });
  });

  it("reads Moroccan Arabic: the classifier 'واحد' after a number, a plural verb without its alif, 'in the day' as one word", () => {
    expect(published("✅ 25 واحد مطلوبين للعدالة المغربية تسلمو للمغرب", "2019")).toEqual(["persons_extradited_to_morocco 2019 = 25"]);
    expect(mentionOf("عالج القطب 7146 ملفا. بالعربية تاعرابت: قرابة 20 ملفا فاليوم", "قرابة 20", "2024")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/a rate/) });
  });

  it("holds back the figures of another body or of a local unit, not those of the DGSN's partners", () => {
    for (const [text, number] of [
      ["ونفذت مصالح الدرك الملكي 45 إنابة قضائية دولية خلال 2024.", "45"],
      ["وعلى مستوى إسبانيا، أوقفت الشرطة الإسبانية 210 أشخاص مبحوث عنهم.", "210"],
      ["وعالجت ولاية أمن طنجة وحدها 320 ملفا من ملفات التعاون الدولي.", "320"],
      ["وأفادت المديرية العامة للأمن الوطني الجزائرية بأنها عالجت أكثر من 2600 ملف.", "أكثر من 2600"],
      ["وأوضحت المعطيات أن ولاية أمن طنجة سلمت 14 مواطنا أجنبيا إلى سلطات بلدانهم، فيما استقبلت 9 مغاربة تم ترحيلهم لمتابعتهم أمام القضاء الوطني.", "9"],
    ]) {
      expect(mentionOf(text!, number!, "2024")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/another body or of a local unit/) });
    }
    expect(published("وتم تنفيذ عمليتين للتسليم المراقب بتنسيق مع الشرطة الإسبانية.", "2024")).toEqual(["controlled_deliveries 2024 = 2"]);
  });

  it("holds back the figures of a claim a fact-check quotes, and reads its verdict's figures", () => {
    const text = 'الادعاء 1: "الأمن الوطني عالج 8 آلاف ملف تعاون دولي في 2022"\nالتقييم: زائف\nتتحدث الحصيلة الرسمية عن 5 آلاف و800 ملف وطلب معلومات.';
    expect(published(text, "2022")).toEqual(["files_processed 2022 = 5800"]);
    expect(mentionOf(text, "8 آلاف", "2022")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/what others claimed/) });
  });

  it("reads a number written in digits and in words as one figure ('(128) مائة وثمان وعشرين'), one form restating the other", () => {
    const validated = readText("تابع المكتب تنفيذ (128) مائة وثمان وعشرين إنابة قضائية دولية.", catalogue, "2021");
    expect(validated.observations.map((o) => `${o.indicator_id} ${o.value}`)).toEqual(["letters_rogatory 128"]);
    expect(validated.mentions.map((m) => m.status).sort()).toEqual(["observation", "restatement"]);
  });

  it("holds back the figures of a forecast", () => {
    const mention = mentionOf("إذا حافظ القطب على الوتيرة نفسها، فقد يصل عدد الملفات المعالجة إلى نحو 6 آلاف و600 ملف مع نهاية السنة.", "نحو 6 آلاف و600", "2025-H1");
    expect(mention).toMatchObject({ status: "held_back", reason: expect.stringMatching(/expected/) });
  });

  it("holds back a total or an average over several years", () => {
    const validated = readText("تابع المكتب تنفيذ ما مجموعه 700 إنابة قضائية خلال خمس سنوات، بمتوسط 140 إنابة سنويا.", catalogue, "2024");
    expect(validated.observations).toEqual([]);
    expect(validated.mentions.find((m) => m.text === "700")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/several years/) });
    expect(validated.mentions.find((m) => m.text === "خمس")).toMatchObject({ status: "ignored", reason: expect.stringMatching(/years_of_a_span/) });
  });

  it("does not read a bare number sharing the percent sign of the next as a count", () => {
    const mention = mentionOf("وارتفع عدد الملفات بنسبة 24 و40 في المائة مقارنة مع 2021 و2020 على التوالي.", "24", "2023");
    expect(mention).toMatchObject({ status: "unaccounted", reason: expect.stringMatching(/a percentage whose sign is written once/) });
  });

  it("reads the new level after a change word as a count", () => {
    expect(published("وارتفع عدد الملفات المعالجة ليبلغ 5800 ملف.")).toEqual(["files_processed 2022 = 5800"]);
    expect(published("وتراجع عدد الموقوفين المبحوث عنهم إلى 74 شخصا.")).toEqual(["wanted_persons_arrested 2022 = 74"]);
  });

  it("holds back a number restating a fraction or a share, not the indicator's count", () => {
    expect(mentionOf("واستحوذت قضايا المخدرات على ثلث الملفات المعالجة، أي 2104 ملفات.", "2104")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/restates a quantity/) });
  });
});

describe("the sentence of a figure", () => {
  it("leaves out a list item's marker, so that no excerpt starts with a sign a spreadsheet runs", () => {
    const [observation] = readText("- فرنسا: 20%\n", catalogue, "2023").observations;
    expect(observation!.sentence.text).toBe("فرنسا: 20%");
  });
});

describe("percentages", () => {
  it.each([
    ["a change against a named year, and an elliptic one", "عالج القطب 5800 ملف بزيادة قدرها 24 في المائة مقارنة مع سنة 2021، وبأكثر من 40 في المائة مع سنة 2020.", "2022", "files_processed 2022 = 5800|files_processed_pct_change 2022 vs 2021 = 24|files_processed_pct_change 2022 vs 2020 = gt 40"],
    ["a decrease against the previous year", "نشر المكتب 63 أمرا دوليا، بانخفاض بلغ 25 في المائة مقارنة بالعام الماضي.", "2020", "international_arrest_warrants 2020 = 63|international_arrest_warrants_pct_change 2020 vs 2019 = -25"],
    ["a change whose base is the sentence's other count", "بلغ عدد الأوامر 46 أمرا، مقابل 58 أمرا خلال النصف الأول من 2022، أي بتراجع نسبته 21 بالمئة.", "2023-H1", "international_arrest_warrants 2023-H1 = 46|international_arrest_warrants 2022-H1 = 58|international_arrest_warrants_pct_change 2023-H1 vs 2022-H1 = -21"],
    ["a change told after a count of another year than the article's", "وفي سنة 2020، تراجع عدد الملفات إلى 3905 ملفات، أي بانخفاض يقارب 11 في المائة.", "2024", "files_processed 2020 = 3905|files_processed_pct_change 2020 vs 2019 = approx -11"],
    ["a change whose subject follows it with 'في عدد'", "تم توقيف 73 شخصا مبحوثا عنهم، بينهم 44 مغربيا، بزيادة 9 في المائة في عدد الموقوفين قياسا بالنصف الأول من العام الماضي.", "2025-H1", "wanted_persons_arrested 2025-H1 = 73|moroccan_citizens_arrested_abroad 2025-H1 = 44|wanted_persons_arrested_pct_change 2025-H1 vs 2024-H1 = 9"],
    ["a change of the 'requests for cooperation', in a headline", "المغرب: ارتفاع طلبات التعاون الأمني الدولي بنسبة 7,5 % سنة 2019", "2019", "files_processed_pct_change 2019 vs 2018 = 7.5"],
    ["a signed change in a list", "• الملفات المعالجة: 5800 (+24% مقارنة مع 2021)", "2022", "files_processed 2022 = 5800|files_processed_pct_change 2022 vs 2021 = 24"],
    ["shares by partner country, labels before values", "وتوزعت المبادلات على إسبانيا: 25%، فرنسا: 20%، ألمانيا (9%).", "2023", "exchanges_share_by_partner 2023 ES = 25|exchanges_share_by_partner 2023 FR = 20|exchanges_share_by_partner 2023 DE = 9"],
    ["shares by case type, category after the value", "تتعلق 38% منها بالمخدرات، و22% بالهجرة غير النظامية.", "2023", "files_share_by_case_type 2023 drug_trafficking = 38|files_share_by_case_type 2023 irregular_migration = 22"],
    ["a share of the training", "استفاد 1200 موظف من دورات تكوينية، نظم 70 في المائة منها حضوريا.", "2023", "police_staff_trained 2023 = 1200|training_share_in_person 2023 = 70"],
  ])("%s", (_, text, reference, expected) => {
    expect(published(text, reference)).toEqual(expected.split("|"));
  });

  it("reads a change that names no base period as against the same period a year earlier (periods.json, implicit_base)", () => {
    expect(published("تابع المكتب 162 إنابة قضائية، بارتفاع بلغ 6 في المائة.", "2024")).toEqual(["letters_rogatory 2024 = 162", "letters_rogatory_pct_change 2024 vs 2023 = 6"]);
    expect(published("تابع المكتب 81 إنابة، بارتفاع بلغ 6 في المائة.", "2024-H1")).toContain("letters_rogatory_pct_change 2024-H1 vs 2023-H1 = 6");
  });

  it("reads a change after an earlier year's count as against it, when the previous sentence gave the later count", () => {
    const text = "نشرت المديرية خلال 2022 ما مجموعه 106 أوامر دولية بإلقاء القبض. وبالرجوع إلى حصيلة 2021، نجد أن عدد هذه الأوامر بلغ 94 أمرا، أي أن الارتفاع الحقيقي في حدود 13 في المائة.";
    expect(published(text, "2022")).toContain("international_arrest_warrants_pct_change 2022 vs 2021 = approx 13");
  });

  it("holds back a change whose sentence opens with an unclear period, as it holds back its count", () => {
    const validated = readText("وفي السنة الموالية، تراجع عدد الملفات إلى 3905 ملفات، أي بانخفاض يقارب 11 في المائة.", catalogue, "2024");
    expect(validated.observations).toEqual([]);
    expect(validated.mentions.find((m) => m.text.includes("11"))).toMatchObject({ status: "held_back" });
  });

  it("does not take 'a year earlier' as the base of a change over several years", () => {
    const mention = mentionOf("وانتقل عدد الموقوفين في ظرف تسع سنوات إلى 142 شخصا مبحوثا عنهم، أي بزيادة تفوق 70 في المائة.", "تفوق 70 في المائة", "2024");
    expect(mention).toMatchObject({ status: "held_back", reason: expect.stringMatching(/without a base period/) });
  });

  it("holds back a change compared with its own period", () => {
    expect(mentionOf("ارتفع عدد الإنابات خلال سنة 2023 بنسبة 12 في المائة مقارنة مع سنة 2023.", "12 في المائة", "2023")).toMatchObject({ status: "held_back", reason: expect.stringMatching(/compared with a period that is not before its own/) });
  });
});
