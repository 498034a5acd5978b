// Readings the held-out sets of round 63 led to (held338–held341): "the previous year" of a clause compared with a
// forecast's year (count-reading.ts), a whole before its part named "الأشهر الستة الأخيرة" (count-periods.ts), Darija
// bounds and corrections (qualifiers.json, grammar-words spoken_corrections), a rate "فالنهار" (periods.json
// shorter_spans), a clause closing a sentence with its changes' base (closing-comparison.ts), and a change's own
// earlier year before its base (change-periods.ts).
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string, date: string | null = null) => publishedFigures(text, catalogue, reference, date);
const statusOf = (text: string, number: string, reference: string) => readText(text, catalogue, reference).mentions.find((m) => m.text.includes(number))!;

describe("'the previous year' after a clause that names a later year", () => {
  it("is the year before that one, for 'the previous year' only", () => {
    const text = "وتراهن المديرية على أن يتخطى عدد الملفات المعالجة عتبة 4 آلاف ملف خلال 2018، بعد أن بلغ 3380 ملفا السنة الماضية.";
    expect(published(text, "2017", "2018-01-04")).toEqual(["files_processed 2017 = 3380"]);
    const thisYear = "وتتوقع المديرية أن يستفيد ألف ومئتان من عناصرها من دورات تدريب في الخارج خلال العام 2025، بعدما شارك 1620 موظفا في دورات التعاون هذا العام.";
    expect(published(thisYear, "2024", "2024-12-28")).toEqual(["police_staff_trained 2024 = 1620"]);
  });
});

describe("a whole before its part of the report's half", () => {
  it("is the year's when the part is named 'the last six months', its noun between", () => {
    const text = "وعلى مستوى مذكرات البحث، نشرت 2169 مذكرة لتوقيف سريان الأبحاث الدولية، من بينها 1105 مذكرات في الأشهر الستة الأخيرة.";
    expect(published(text, "2022-H2")).toEqual(["international_search_cancellations 2022 = 2169", "international_search_cancellations 2022-H2 = 1105"]);
  });
});

describe("spoken Darija", () => {
  it("reads 'كثر من' as more than and 'كتقرب' as about", () => {
    expect(published("ليلى: 1620 موظف ديال الشرطة استافدو من التكوين فإطار التعاون، وكثر من 70 فالمية منو كان حضوري.", "2024")).toContain("training_share_in_person 2024 = gt 70");
    expect(published("وإلى قارناه مع 2023 اللي كانت فيها 6312 ملف، راه الزيادة كتقرب 14 فالمية.", "2024")).toContain("files_processed_pct_change 2024 vs 2023 = approx 14");
  });

  it("takes a rate 'فالنهار' for no year's count", () => {
    expect(statusOf("الزياني: تقريبا سبعة آلاف ومئتين، يعني ما يقارب عشرين ملف فالنهار.", "عشرين", "2024").status).toBe("held_back");
  });

  it("withdraws the number a speaker corrects with 'لا، سمح ليا'", () => {
    const text = "ليلى: عالجو 1406 ملف ديال السيارات المسروقة، وتحجزات 257 سيارة... لا، سمح ليا، 275، خلطت الأرقام.";
    expect(published(text, "2024")).toEqual(["stolen_vehicle_files 2024 = 1406", "stolen_vehicles_seized 2024 = 275"]);
  });
});

describe("a clause closing a sentence with what its changes compare", () => {
  it("gives its year as the base of the changes before it, set off by a comma", () => {
    const text = "وبذلك تكون الأوامر قد تراجعت بنحو 20 في المائة، والموقوفون بنحو 16 في المائة، إذا ما قورنت سنة الجائحة بسنة 2018.";
    expect(published(text, "2020")).toEqual(["international_arrest_warrants_pct_change 2020 vs 2018 = approx -20", "wanted_persons_arrested_pct_change 2020 vs 2018 = approx -16"]);
  });

  it("leaves a change measured against its sentence's counts, and the last change's own comparison, to them", () => {
    const text = "عالج القطب 4680 ملفا سنة 2021، مقابل 4212 ملفا سنة 2019، أي بارتفاع يناهز 11 في المائة، وهو ارتفاع يبدو أوضح إذا ما قورن بسنة 2020.";
    expect(published(text, "2021")).toContain("files_processed_pct_change 2021 vs 2019 = approx 11");
  });
});

describe("a change's own earlier year", () => {
  it("is the year named before it when it compares after it with a year before that one", () => {
    expect(published("وكانت الإنابات القضائية قد عرفت في 2019 ارتفاعا بـ14 في المائة مقارنة بـ2018، قبل أن تستقر في 118 إنابة خلال سنة الجائحة.", "2020")).toEqual(["letters_rogatory_pct_change 2019 vs 2018 = 14", "letters_rogatory 2020 = 118"]);
  });

  it("is the year a relative clause right after it tells of", () => {
    expect(published("بعد سنة 2019 التي ارتفع فيها عدد الملفات المعالجة بنحو 10 في المائة مقارنة بسنة 2018، جاءت 2020 لتقلب المنحنى: 3950 ملفا فقط.", "2020")).toEqual(["files_processed_pct_change 2019 vs 2018 = approx 10", "files_processed 2020 = 3950"]);
  });
});

// Round 64 (held342–held345).
describe("'that year' after a year its sentence named", () => {
  it("is that year, even when the sentence names it as a comparison's", () => {
    const text = "صحيح أن المقارنة مع 2020 مغرية، لكن تلك السنة لم تكن سنة عادية: فيها نزل عدد الأوامر الدولية إلى 63 أمرا.";
    expect(published(text, "2021")).toEqual(["international_arrest_warrants 2020 = 63"]);
  });
});

describe("rates, plural, before a percentage", () => {
  it("are of several counts: no one change", () => {
    expect(published("فالأرقام تقفز بنسب تفوق 30 في المائة أحيانا.", "2021")).toEqual([]);
    expect(published("ارتفع عدد الملفات بنسبة 10 في المائة.", "2021")).toEqual(["files_processed_pct_change 2021 vs 2020 = 10"]);
  });
});

describe("a bound after a verb of remaining", () => {
  it("compares the figure before with a figure of another year, exact", () => {
    const text = "ويبقى التكوين المجال الذي لم يستعد بعد عافيته: فقد استفاد منه 740 موظفا، بارتفاع 76 في المائة مقارنة بـ420 موظفا سنة 2020، لكنه ما زال دون 960 موظفا سنة 2019.";
    expect(published(text, "2021")).toEqual(["police_staff_trained 2021 = 740", "police_staff_trained 2020 = 420", "police_staff_trained 2019 = 960"]);
  });
});

describe("a whole after 'من أصل' with no noun of its own", () => {
  it("counts what the count before it counts: that count, which names no part, is then a part of it and held back", () => {
    const text = "أن 35 إنابة قضائية دولية، من أصل 153 تابع المكتب المركزي الوطني تنفيذها، همت جرائم الاتجار في المخدرات وتبييض الأموال.";
    expect(published(text, "2023")).toEqual(["letters_rogatory 2023 = 153"]);
    expect(statusOf(text, "35", "2023").reason).toContain("a part of the count after it");
  });
});

// Round 65 (held346–held349).
describe("a partner's aside between a verb and its number", () => {
  it("lets the verb reach over it, as an aside of time does", () => {
    const text = "أعادت المصالح الأمنية المغربية، بتنسيق مع نظيراتها الأجنبية، 22 شخصا مطلوبا للقضاء المغربي خلال سنة 2022.";
    expect(published(text, "2022")).toEqual(["persons_extradited_to_morocco 2022 = 22"]);
  });
});

describe("a recollection the writer doubts", () => {
  it("holds back its figure ('حسب ما أذكر')", () => {
    expect(statusOf("حسب ما أذكر كان عدد الموقوفين حوالي 90 سنة 2018.", "90", "2019").status).toBe("held_back");
  });
});

describe("'international' beside a partner", () => {
  it("is no noun of several partners: the count of one partner's staff trained stays its part", () => {
    expect(published("واستفاد 40 موظفا من دورات تكوينية في فرنسا بناء على اتفاقيات دولية.", "2024")).toEqual([]);
  });
});
