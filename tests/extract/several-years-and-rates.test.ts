// What round 135's sets showed (held618–621: ten more outlets, parts told by months, several years in one breath,
// rates and averages): a yearly average written "بمعدل سنوي" and a compound yearly growth are no year's figure; a
// quarter or a half told by its months one by one is that part.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();
const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a yearly average", () => {
  it("of counts ('بمعدل سنوي يفوق 3700 ملف') is held back, not the year's count", () => {
    const text = "إذ بلغ مجموع الملفات التي عالجتها المصالح خلال الفترة من 2016 إلى 2020 ما يناهز 18 ألفا و800 ملف، بمعدل سنوي يفوق 3700 ملف.";
    expect(statusOf(text, "2020", "يفوق 3700").status).toBe("held_back");
  });

  it("of changes ('النمو السنوي المركب') is held back, not a change against the first year", () => {
    const text = "وبلغت الملفات 3718 ملفا سنة 2024. النمو السنوي المركب بين 2019 و2024 في حدود 5,3 في المائة.";
    expect(statusOf(text, "2024", "في حدود 5,3 في المائة").status).toBe("held_back");
  });

  it("leaves a rate per day a rate ('بمعدل 20 ملفا يوميا')", () => {
    expect(statusOf("وعالجت المصالح 5800 ملف، بمعدل 16 ملفا يوميا.", "2022", "16").status).toBe("held_back");
  });

  it("leaves a vehicle a vehicle ('مركبة')", () => {
    expect(statusOf("وحجزت المصالح 275 مركبة مسروقة سنة 2024.", "2024", "275").status).toBe("observation");
  });
});

describe("the months of a part listed one by one", () => {
  it("are that quarter ('خلال أشهر يناير وفبراير ومارس')", () => {
    expect(published("وعالجت المصالح خلال أشهر يناير وفبراير ومارس 1790 ملفا.", "2025-Q1")).toEqual(["files_processed 2025-Q1 = 1790"]);
  });

  it("are that quarter of the year after them ('أكتوبر ونونبر ودجنبر 2024')", () => {
    expect(published("وعالجت المصالح في أكتوبر ونونبر ودجنبر 2024 ما مجموعه 1930 ملفا.", "2025-Q1")).toEqual(["files_processed 2024-Q4 = 1930"]);
  });

  it("are the half when six, not its first quarter", () => {
    expect(published("وعالجت المصالح خلال يناير وفبراير ومارس وأبريل ومايو ويونيو 3420 ملفا.", "2025")).toEqual(["files_processed 2025-H1 = 3420"]);
  });

  it("are no part when two", () => {
    expect(statusOf("وعالجت المصالح في يناير وفبراير 1200 ملف.", "2025-Q1", "1200").status).toBe("held_back");
  });
});

describe("a change of another measure than a count", () => {
  it("is not the change of the count a clause before names ('أي أن المدة تقلصت بنحو 42 في المائة')", () => {
    const text = "فقد تقلص متوسط مدة معالجة الملف إلى 11 يوما، بعدما كان في حدود 19 يوما سنة 2017، أي أن المدة تقلصت بنحو 42 في المائة في ظرف أربع سنوات.";
    expect(statusOf(text, "2021", "نحو 42 في المائة").status).toBe("unaccounted");
  });

  it("leaves a generic subject the count's ('أن الحجم ارتفع بنحو 6 في المائة')", () => {
    const text = "وعالجت المصالح 7680 ملفا سنة 2025، ما يعني أن الحجم ارتفع بنحو 6 في المائة مقارنة بسنة 2024.";
    expect(published(text, "2025")).toContain("files_processed_pct_change 2025 vs 2024 = approx 6");
  });
});
