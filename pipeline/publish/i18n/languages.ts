// The three languages of the reader-facing files (page, data card): Arabic (right to left), French and English.
export const languages = ["en", "fr", "ar"] as const;
export type Lang = (typeof languages)[number];

export type Trilingual = Record<Lang, string>;

/** Each language named in itself, for the language switch. */
export const languageName: Record<Lang, string> = { en: "English", fr: "Français", ar: "العربية" };

export const direction = (lang: Lang): "ltr" | "rtl" => (lang === "ar" ? "rtl" : "ltr");

/** The page of each language beside the published versions: index.html is English (see README, "Three languages"). */
export const pageFile: Record<Lang, string> = { en: "index.html", fr: "index.fr.html", ar: "index.ar.html" };

/** The data card of each language inside a version's folder. */
export const cardFile: Record<Lang, string> = { en: "README.md", fr: "README.fr.md", ar: "README.ar.md" };

/** The language of a data card from its file name ("README.fr.md" → "fr"); null for any other file. */
export function cardLanguage(path: string): Lang | null {
  const found = languages.find((lang) => cardFile[lang] === path);
  return found ?? null;
}
