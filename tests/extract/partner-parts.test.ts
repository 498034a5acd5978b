// A count limited to one partner is a part of the national count, not the count an indicator tracks (held153:
// one partner beside the national figures): persons of one nationality, officers from partner countries trained in
// Morocco, training given by one partner's agencies or programme, a person handed over to a partner's capital.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);

describe("counts of one partner", () => {
  it("holds back persons of one nationality, named by an adjective after the counted noun", () => {
    expect(published("سلمت المملكة خلال هذه الفترة ثلاثة مواطنين ماليين إلى سلطات بلدهم.", "2017-H2")).toEqual([]);
    expect(published("سلمت المملكة خلال هذه الفترة 14 مواطنا أجنبيا إلى سلطات بلدانهم.", "2017-H2")).toEqual(["foreigners_handed_over_by_morocco 2017-H2 = 14"]);
  });

  it("holds back officers who come from partner countries", () => {
    const text = "استقبل المعهد الملكي للشرطة ما مجموعه 64 إطارا أمنيا من مالي والنيجر في دورات تكوينية حول مكافحة الإرهاب.";
    expect(published(text, "2017")).toEqual([]);
  });

  it("keeps a count whose 'من' names who wants the persons, not where they come from", () => {
    const text = "وأوقفت المصالح الأمنية 12 أجنبيا مطلوبين من الولايات المتحدة الأمريكية.";
    expect(published(text, "2021")).toEqual(["foreigners_arrested_for_us 2021 = 12"]);
  });

  it("keeps a count of among-whom parts: 'من بينهم مواطن فرنسي' names one of them", () => {
    const text = "وتم تسليم 25 مواطنا أجنبيا إلى بلدانهم، من بينهم مواطن فرنسي.";
    expect(published(text, "2021")).toContain("foreigners_handed_over_by_morocco 2021 = 25");
  });

  it("keeps an action done with one partner: the partner is not the things counted", () => {
    expect(published("التسليم المراقب للمخدرات: عملية واحدة مع فرنسا.", "2020-H1")).toEqual(["controlled_deliveries 2020-H1 = 1"]);
  });

  it("holds back training given by one partner's agencies or programme", () => {
    expect(published("استفاد 160 موظفا من الأمن الوطني من دورات نظمتها وكالات أمريكية.", "2021")).toEqual([]);
    expect(published("واستفاد 95 إطارا من الأمن الوطني من دورات تكوينية ممولة في إطار برنامج الشراكة مع الاتحاد الأوروبي.", "2021-H1")).toEqual([]);
  });

  it("keeps training given with several partners", () => {
    const text = "وفي مجال التكوين، استفاد 300 من موظفي الشرطة من دورات نظمت في إطار برامج التعاون مع شركاء أوروبيين وأمريكيين.";
    expect(published(text, "2016")).toEqual(["police_staff_trained 2016 = 300"]);
    expect(published("واستفاد 1200 موظف من دورات تكوينية نظمت مع إسبانيا وفرنسا.", "2016")).toEqual(["police_staff_trained 2016 = 1200"]);
  });

  it("reads a person handed over to a partner's capital as sent abroad, not brought to Morocco", () => {
    const text = "كما سلم المغرب إلى واشنطن شخصا واحدا خلال السنة.";
    expect(published(text, "2021")).not.toContain("persons_extradited_to_morocco 2021 = 1");
    // Received from Madrid: persons brought to Morocco, Spain's part of them (partner-place.ts), held back.
    expect(readText("كما تسلم المغرب من مدريد شخصا واحدا خلال السنة.", catalogue, "2021").mentions.find((m) => m.text.includes("واحدا"))).toMatchObject({ status: "held_back", indicator_id: "persons_extradited_to_morocco" });
  });
});
