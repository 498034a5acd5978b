// The name of a breakdown's category in a language: its label in the categories table where the version
// publishes one; else a partner country by its ISO 3166-1 code through Intl.DisplayNames (CLDR, explicit
// locale: the same on every machine); else the code as written, with spaces for underscores.
import type { Lang } from "../i18n/languages.ts";
import type { ReaderData } from "./data.ts";

const regionLocale: Record<Lang, string> = { en: "en", fr: "fr", ar: "ar" };
const regionNames = new Map<Lang, Intl.DisplayNames>();

export function categoryLabel(lang: Lang, data: Pick<ReaderData, "categories">, breakdown: string | null, category: string): string {
  const known = data.categories.find((c) => c.breakdown === breakdown && c.category === category);
  if (known) return known.label[lang];
  if (breakdown === "partner_country" && /^[A-Z]{2}$/.test(category)) {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames(regionLocale[lang], { type: "region", fallback: "code" });
      regionNames.set(lang, names);
    }
    return names.of(category) ?? category;
  }
  return category.replace(/_/g, " ");
}
