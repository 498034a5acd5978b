// What held674 (the 2018 and 2023 results in features on one theme each) showed on first sight: a sentence that
// spreads a whole over kinds ("وتتوزع هذه الإنابات على أصناف مختلفة من الجرائم، …") gives each kind's count as a
// part; read as the whole's, each conflicted with the year's count. So do the counts going on from "some of" the
// persons arrested, and the staff trained "outside Morocco".
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference);

describe("a whole spread over kinds", () => {
  it("has parts, not the whole figure, while a part the catalogue tracks is still read", () => {
    const text =
      "وتابع المكتب 112 إنابة قضائية دولية. وتتوزع هذه الإنابات على أصناف مختلفة من الجرائم، تأتي في مقدمتها قضايا الاتجار الدولي في المخدرات وغسل الأموال التي استأثرت بـ26 إنابة، تليها جرائم النصب والاحتيال بتسع عشرة إنابة، ثم قضايا القتل العمد بـ11 إنابة.";
    expect(published(text, "2018")).toEqual(["letters_rogatory 2018 = 112", "letters_rogatory_drugs_money_laundering 2018 = 26"]);
  });

  it("but not over the halves of a year, whose counts are theirs", () => {
    const text = "وتوزعت ملفات 2024 بين 3420 ملفا في النصف الأول و3795 ملفا في النصف الثاني.";
    expect(published(text, "2024")).toEqual(["files_processed 2024-H1 = 3420", "files_processed 2024-H2 = 3795"]);
  });

  it("nor when what it spreads is not what the count counts", () => {
    const text = "وتوزعت حصيلة القطب خلال السنة على 112 إنابة قضائية دولية و77 أمرا دوليا بإلقاء القبض.";
    expect(published(text, "2018")).toEqual(["letters_rogatory 2018 = 112", "international_arrest_warrants 2018 = 77"]);
  });
});

describe("counts going on from some of a whole", () => {
  it("are parts too, as the first one is", () => {
    const text = "وأوقفت المصالح 131 شخصا مبحوثا عنهم دوليا. ومن حيث طبيعة الجرائم، يلاحق 58 من الموقوفين في قضايا الاتجار الدولي في المخدرات، و22 في قضايا النصب والاحتيال، و19 في جرائم القتل.";
    expect(published(text, "2023")).toEqual(["wanted_persons_arrested 2023 = 131"]);
  });
});

describe("staff trained outside Morocco", () => {
  it("are the part held abroad, not all the staff trained", () => {
    const text = "واستفاد 760 موظفا من دورات تكوينية في إطار برامج التعاون الدولي، بينما تابع 327 إطارا دوراتهم خارج المغرب.";
    expect(published(text, "2018")).toEqual(["police_staff_trained 2018 = 760"]);
  });
});
