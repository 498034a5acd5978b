// What the held-out sets of round 130 (held598–held601: the 2015 and 2019 results in ten outlets; parts of the
// year; training, partners and stolen vehicles; cluttered pages) showed on first sight: a share whose topic is set
// apart from it by a relative clause naming another category; Interpol's operations counted after controlled
// deliveries; a share of seized vehicles by the country they were registered in; warrants that "led to" arrests
// tied with cancellations; "the most talked-about" taken for hearsay; a count whose noun is not said again before a
// word repeated from the count before it.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { publishedFigures, readText } from "../helpers/extract.ts";

const catalogue = loadCatalogue();

const published = (text: string, reference: string) => publishedFigures(text, catalogue, reference, null);
const statusOf = (text: string, reference: string, number: string) => readText(text, catalogue, reference, null).mentions.find((m) => m.text === number)!;

describe("a share after a topic and a relative clause", () => {
  it("is the topic's, not the category the relative clause names", () => {
    const text = "أما الولايات المتحدة، التي تجمعها بالمغرب شراكة متقدمة في مجال مكافحة الإرهاب، فلم تتجاوز حصتها ثلاثة في المائة من المبادلات.";
    expect(published(text, "2020")).toEqual(["exchanges_share_by_partner 2020 US = lte 3"]);
  });

  it("leaves a topic clause holding a share of its own to that share", () => {
    const text = "الاتجار في المخدرات يأتي في المقدمة بنسبة 34 في المائة من الملفات، تليه الهجرة غير النظامية والاتجار بالبشر بـ21 في المائة، ثم طلبات المعلومات بـ18 في المائة. أما قضايا الإرهاب فتمثل 7 في المائة، والباقي، أي 20 في المائة، يتوزع على قضايا أخرى.";
    expect(published(text, "2021")).toEqual(expect.arrayContaining(["files_share_by_case_type 2021 terrorism = 7", "files_share_by_case_type 2021 other = 20"]));
  });
});

describe("operations", () => {
  it("reads operations coordinated by Interpol after controlled deliveries as Interpol's", () => {
    const text = "وأوقف أجنبيان، ونفذت عمليتا تسليم مراقب للمخدرات، وشارك الأمن الوطني في عمليتين دوليتين نسقتهما الأمانة العامة للأنتربول.";
    expect(statusOf(text, "2020", "عمليتين").observation_id).toMatch(/interpol_multilateral_operations\/2020$/u);
    expect(statusOf(text, "2020", "عمليتا").observation_id).toMatch(/controlled_deliveries\/2020$/u);
  });
});

describe("a share of seized vehicles by country", () => {
  it("is no share of the exchanges", () => {
    const text = "فمن بين 164 مركبة مسروقة حجزتها الشرطة المغربية خلال 2020، كانت قرابة 40 في المائة مسجلة في إسبانيا.";
    expect(published(text, "2020")).toEqual(["stolen_vehicles_seized 2020 = 164"]);
  });
});

describe("warrants and cancellations", () => {
  it("reads international search warrants that led to arrests as warrants", () => {
    expect(published("ونشر المكتب 54 مذكرة بحث دولية أسفرت عن توقيف 68 شخصا.", "2024")).toContain("international_arrest_warrants 2024 = 54");
    expect(published("كما نشر 98 مذكرة بحث دولية مكنت من توقيف 104 أشخاص.", "2021")).toContain("international_arrest_warrants 2021 = 98");
  });

  it("still reads notices to stop international searches as cancellations", () => {
    const text = "نشر المكتب 98 أمرا دوليا بإلقاء القبض، أسفرت عن توقيف 104 أشخاص، بينما عمم 3105 مذكرات بحث على الصعيد الوطني، إلى جانب 1987 مذكرة لتوقيف سريان الأبحاث الدولية.";
    expect(published(text, "2021")).toContain("international_search_cancellations 2021 = 1987");
  });
});

describe("hearsay", () => {
  it("is not 'the most talked-about'", () => {
    const text = "في الجانب الأكثر تداولا، تسلم المغرب 15 شخصا مطلوبا للعدالة، ونشر المكتب المركزي الوطني 54 مذكرة بحث دولية.";
    expect(published(text, "2024-H1")).toEqual(["persons_extradited_to_morocco 2024-H1 = 15", "international_arrest_warrants 2024-H1 = 54"]);
  });
});

describe("a count whose noun is not said again", () => {
  it("counts the noun of the count before it when the word after it repeats that count's", () => {
    expect(published("و1105 إشعارات لإلغاء البحث الدولي و171 لإلغاء بحث على المستوى العربي.", "2022-H2")).toEqual(["international_search_cancellations 2022-H2 = 1105", "arab_search_cancellations 2022-H2 = 171"]);
    expect(published("ونشر 1720 إشعارا بإلغاء البحث الدولي و288 بإلغاء البحث العربي.", "2020")).toEqual(["international_search_cancellations 2020 = 1720", "arab_search_cancellations 2020 = 288"]);
  });

  it("keeps its own noun when the repeated word is one an indicator counts", () => {
    expect(published("الأمن الوطني: 140 موقوفا مطلوبا دوليا و31 مطلوبا جرى استقدامهم خلال 2024", "2024")).toEqual(["wanted_persons_arrested 2024 = 140", "persons_extradited_to_morocco 2024 = 31"]);
  });
});
