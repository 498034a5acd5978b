// Readings the held-out sets of round 118 (held550–held553) led to: a provisional count beside the text's final one,
// a part named after the year a clause or sentence opens on, counts after a comparison with a year written in words,
// "there" standing for a partner named before, the share a part counted with no noun makes of its whole, a copula
// between a number and its noun in speech ("مية وتسعطاش هوما الموقوفين"), a transcript's numbered speakers, and staff
// an institution hosts; and, after it, a part "of" the figure before it whose whole says what its cue asks. (The Darija "تمن مية" and a repeated number: tests/arabic/numbers/dialect-compounds.test.ts.)
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const mentionOf = (text: string, number: string, reference: string, published: string | null = null) =>
  readText(text, catalogue, reference, published).mentions.find((m) => m.text.includes(number))!;

describe("provisional and final counts", () => {
  const text =
    "قدم مسؤول حصيلة مؤقتة تحدث فيها عن توقيف 86 شخصا مبحوثا عنهم على الصعيد الدولي. " +
    "غير أن الحصيلة النهائية جاءت بأرقام أعلى: 92 مبحوثا عنهم تم توقيفهم. " +
    "وكانت الحصيلة المؤقتة تشير كذلك إلى 14 شخصا تم تسليمهم إلى المغرب، قبل أن يستقر الرقم النهائي في 15 شخصا مطلوبين للعدالة المغربية.";

  it("holds back a provisional count that the text's final count of the same indicator and period contradicts", () => {
    expect(publishedFigures(text, catalogue, "2018", "2019-01-10")).toEqual(["wanted_persons_arrested 2018 = 92", "persons_extradited_to_morocco 2018 = 15"]);
    expect(mentionOf(text, "86", "2018", "2019-01-10").reason).toContain("final count «92» replaces");
  });

  it("reads a count given as 'the final number' as the count before it ('قبل أن يستقر الرقم النهائي في 15 شخصا')", () => {
    expect(mentionOf(text, "15", "2018", "2019-01-10").evidence).toContain("the final figure of the count before it «الرقم النهائي»");
  });

  it("keeps a provisional count that the final one rounds to ('نحو 7200 ملف' beside '7215 ملفا')", () => {
    const agreeing = "أفادت معطيات أولية بأن القطب عالج نحو 7200 ملف. وأكدت الحصيلة النهائية معالجة 7215 ملفا.";
    expect(publishedFigures(agreeing, catalogue, "2024", "2024-12-27")).toEqual(["files_processed 2024 = 7215"]);
    expect(mentionOf(agreeing, "7200", "2024", "2024-12-27").status).toBe("restatement");
  });

  it("keeps a provisional count when the text gives no final one ('حصيلة أولية: … 790 ملف')", () => {
    expect(publishedFigures("عطات المديرية حصيلة أولية: القطب عالج 790 ملف فالربع الأول.", catalogue, "2017-Q1", "2017-04-10")).toEqual(["files_processed 2017-Q1 = 790"]);
  });
});

describe("a part named after the year its clause or sentence opens on", () => {
  it("reads the part of the year a clause opens on ('ففي السنة الماضية عالج القطب 3420 ملفا في النصف الأول')", () => {
    const text = "ففي السنة الماضية عالج القطب 3420 ملفا في النصف الأول، قبل أن يرتفع العدد إلى 3795 ملفا في النصف الثاني.";
    expect(publishedFigures(text, catalogue, "2025-H1", "2025-08-04")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795"]);
  });

  it("reads the part of the year a sentence opens on before a comma ('في 2024، عالج القطب 3420 ملفا في النصف الأول')", () => {
    expect(publishedFigures("في 2024، عالج القطب 3420 ملفا في النصف الأول.", catalogue, "2025-H1", "2025-08-04")).toEqual(["files_processed 2024-H1 = 3420"]);
    expect(publishedFigures("وفي السنة الماضية، عالج القطب 3420 ملفا في النصف الأول.", catalogue, "2025-H1", "2025-08-04")).toEqual(["files_processed 2024-H1 = 3420"]);
  });

  it("reads a whole and its part of the year the sentence opens on ('في 2024، عالج القطب 7215 ملفا، منها 3420 في النصف الأول')", () => {
    expect(publishedFigures("في 2024، عالج القطب 7215 ملفا، منها 3420 في النصف الأول.", catalogue, "2025-H1", "2025-08-04")).toEqual(["files_processed 2024 = 7215", "files_processed 2024-H1 = 3420"]);
  });

  it("leaves the report's part after a year the clause does not open on ('بعد 7215 ملفا سنة 2024 عالج القطب 3690 ملفا في النصف الأول')", () => {
    expect(publishedFigures("بعد 7215 ملفا سنة 2024 عالج القطب 3690 ملفا في النصف الأول.", catalogue, "2025-H1", "2025-08-04")).toEqual(["files_processed 2025-H1 = 3690"]);
  });

  it("does not take a part on the next line for a compared year's ('+24 % مقارنة مع 2021، وأكثر من 40 % مقارنة مع 2020)⏎منها خلال النصف الأول')", () => {
    const text = "- الملفات المعالجة: 5800 (+24 % مقارنة مع 2021، وأكثر من 40 % مقارنة مع 2020)\n  منها خلال النصف الأول من السنة: 2760";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-05")).toContain("files_processed_pct_change 2022 vs 2020 = gt 40");
  });
});

describe("counts after a comparison with a year written in words", () => {
  it("holds back the counts after it that name no period ('مقارنة مع ألفين وواحد وعشرين، مثلا الإنابات كانو مية وواحد وتلاتين')", () => {
    const text = "وكتب حتى بلي الأرقام تزادت مقارنة مع ألفين وواحد وعشرين، مثلا الإنابات كانو مية وواحد وتلاتين، والموقوفين كانو مية وربعة.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-11")).toEqual([]);
    expect(mentionOf(text, "مية وواحد وتلاتين", "2022", "2023-01-11").reason).toContain("may be the year 2021 written in words");
  });
});

describe("partners named before a count", () => {
  it("holds back a count 'there' places in the one partner its sentence named ('أغلبهم في إسبانيا، حيث أوقف هناك ثمانية وعشرون شخصا')", () => {
    const text = "وأوقف 119 شخصا مبحوثا عنهم، منهم واحد وسبعون مواطنا مغربيا، أغلبهم في إسبانيا، حيث أوقف هناك ثمانية وعشرون شخصا مبحوثا عنهم.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-20")).toEqual(["wanted_persons_arrested 2022 = 119", "moroccan_citizens_arrested_abroad 2022 = 71"]);
    expect(mentionOf(text, "ثمانية وعشرون", "2022", "2023-01-20").reason).toContain("«هناك»");
  });
});

describe("shares and parts", () => {
  it("reads no breakdown's share in the ratio of a part counted with no noun ('ومن هاد الإنابات، واحد وثلاثون تتعلق بالاتجار في المخدرات، أي قرابة اثنين وعشرين في المائة')", () => {
    const text = "تابع المكتب تنفيذ مائة وثلاث وأربعين إنابة قضائية دولية. ومن هاد الإنابات، واحد وثلاثون تتعلق بالاتجار في المخدرات وتبييض الأموال، أي قرابة اثنين وعشرين في المائة.";
    expect(publishedFigures(text, catalogue, "2022", "2023-03-01")).toEqual(["letters_rogatory 2022 = 143"]);
    expect(mentionOf(text, "اثنين وعشرين", "2022", "2023-03-01").reason).toContain("«واحد وثلاثون»");
  });
});

describe("a part of the figure before it", () => {
  it("reads the part's indicator when the whole says what its cue asks ('148 مبحوثا عنهم دوليا، منهم 88 مغربيا خارج المملكة')", () => {
    const text = "كم شخصا تم توقيفه؟\n148 مبحوثا عنهم دوليا، منهم 88 مغربيا خارج المملكة.";
    expect(publishedFigures(text, catalogue, "2025", "2026-01-05")).toEqual(["wanted_persons_arrested 2025 = 148", "moroccan_citizens_arrested_abroad 2025 = 88"]);
  });

  it("reads no kind in a part with no noun of its own or the whole's noun ('منها 49 إلى حدود 30 يونيو'، 'من بينها 180 ملفا')", () => {
    const text = "تابع المكتب تنفيذ 104 إنابات قضائية دولية خلال السنة، منها 49 إلى حدود 30 يونيو.";
    expect(publishedFigures(text, catalogue, "2017", "2018-01-05")).toEqual(["letters_rogatory 2017 = 104"]);
  });
});

describe("speech", () => {
  it("reads a noun after a copula pronoun ('مية وتسعطاش هوما الموقوفين'، 'مية وستة هي ديال الأوامر')", () => {
    const text = "لا لا، مية وتسعطاش هوما الموقوفين المبحوث عليهم، مية وستة هي ديال الأوامر.";
    expect(publishedFigures(text, catalogue, "2022", "2023-01-11")).toEqual(["wanted_persons_arrested 2022 = 119", "international_arrest_warrants 2022 = 106"]);
  });

  it("ignores a transcript's speaker number ('[02:09] المتحدث 2: الانابات …')", () => {
    const text = "[02:09] المتحدث 2: الانابات القضائية الدولية كانت مية وتلاتة واربعين انابة";
    expect(publishedFigures(text, catalogue, "2022", "2023-02-01")).toEqual(["letters_rogatory 2022 = 143"]);
    expect(readText(text, catalogue, "2022", "2023-02-01").mentions.find((m) => m.text === "2")!.reason).toContain("speaker_number");
  });
});

describe("staff an institution hosts", () => {
  it("reads no staff trained in the trainees an institution hosts ('تستقبل حاليا ما يناهز 4 آلاف متدرب')", () => {
    const text = "وأكد المدير أن مؤسسات التكوين تستقبل حاليا ما يناهز 4 آلاف متدرب.";
    expect(publishedFigures(text, catalogue, "2016", "2017-06-01")).toEqual([]);
  });
});
