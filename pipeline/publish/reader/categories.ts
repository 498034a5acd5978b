// The name of a breakdown's category in a language: a partner country by its ISO 3166-1 code through
// Intl.DisplayNames (CLDR, explicit locale: the same on every machine); other codes as written, with spaces
// for underscores, until the catalogue names them.
import type { Lang } from "../i18n/languages.ts";

const regionLocale: Record<Lang, string> = { en: "en", fr: "fr", ar: "ar" };
const regionNames = new Map<Lang, Intl.DisplayNames>();

export function categoryLabel(lang: Lang, breakdown: string | null, category: string): string {
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
