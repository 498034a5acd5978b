// The data card of a version, in three languages: README.md (English), README.fr.md, README.ar.md (right to
// left), written for a person deciding whether and how to use the data. Every sentence that depends on the
// data is generated from it; every text from the data is escaped for markdown and HTML.
import { utf8Bytes } from "../lib/utf8.ts";
import { webLink } from "./data-card/markdown.ts";
import { citeSection, filesSection, indicatorsSection, limitsSection, sourcesSection, whatSection } from "./data-card/about.ts";
import { cardContext, type CardContext, type DataCardInput } from "./data-card/context.ts";
import { byPeriodSection, derivedSection, keyFiguresSection } from "./data-card/figures.ts";
import { escapeMarkdown } from "./data-card/markdown.ts";
import { cardFile, type Lang, languageName, languages } from "./i18n/languages.ts";
import { dateLabel } from "./i18n/periods.ts";

export type { DataCardInput } from "./data-card/context.ts";

function languageLinks(ctx: CardContext): string {
  return languages.map((lang) => (lang === ctx.lang ? `**${languageName[lang]}**` : `[${languageName[lang]}](${cardFile[lang]})`)).join(" · ");
}

function header(ctx: CardContext): string {
  const { stamp, catalogue } = ctx.input;
  const licence = catalogue.dataset.licence;
  const version = stamp.date
    ? ctx.t("card.version_dated", { version: stamp.version, date: dateLabel(ctx.lang, stamp.date) })
    : ctx.t("card.version", { version: stamp.version });
  return `# ${escapeMarkdown(catalogue.dataset.title[ctx.lang])}\n\n${languageLinks(ctx)}\n\n${version} ${ctx.t("card.licence", { licence: { trusted: webLink(licence.title, licence.path) } })}`;
}

function chartSection(ctx: CardContext): string {
  const path = ctx.input.chartPath;
  return path === null ? "" : `## ${ctx.t("chart.title")}\n\n![${ctx.t("chart.alt")}](${path.split("/").map(encodeURIComponent).join("/")})`;
}

/** The sections before the list of files: the long ones (the sources), which no file's size changes. */
function sectionsBeforeFiles(ctx: CardContext): string[] {
  return [header(ctx), keyFiguresSection(ctx), whatSection(ctx), byPeriodSection(ctx), derivedSection(ctx), chartSection(ctx), indicatorsSection(ctx), sourcesSection(ctx)].filter((section) => section !== "");
}

/** The list of files (with their sizes) and the sections after it. */
function sectionsFromFiles(ctx: CardContext): string[] {
  return [filesSection(ctx), citeSection(ctx), limitsSection(ctx)].filter((section) => section !== "");
}

/**
 * GitHub and most viewers render a markdown file left to right: the Arabic card sets its direction on a wrapping
 * element, with blank lines around its content so that the markdown inside is still rendered.
 */
const wrapping = (lang: Lang) => (lang === "ar" ? ['<div dir="rtl" lang="ar">\n\n', "\n\n</div>\n"] : ["", "\n"]);

export function renderDataCard(input: DataCardInput, lang: Lang = "en"): string {
  const ctx = cardContext(lang, input);
  const [open, close] = wrapping(lang);
  return `${open}${[...sectionsBeforeFiles(ctx), ...sectionsFromFiles(ctx)].join("\n\n")}${close}`;
}

/**
 * The bytes of renderDataCard in two steps: the sections before the list of files now (held as bytes), the rest
 * once the files are known. A version's writer renders the long sections while its workbook is still being
 * written, whose size the list shows. The two pieces meet at ASCII text ("\n\n"): their bytes are the card's.
 */
export function startDataCard(input: Omit<DataCardInput, "files">, lang: Lang = "en"): (files: DataCardInput["files"]) => Buffer {
  const [open, close] = wrapping(lang);
  const opening = utf8Bytes(`${open}${sectionsBeforeFiles(cardContext(lang, { ...input, files: [] })).join("\n\n")}`);
  return (files) => Buffer.concat([opening, utf8Bytes(`\n\n${sectionsFromFiles(cardContext(lang, { ...input, files })).join("\n\n")}${close}`)]);
}

/** The three data cards of a version, by file name. */
export function renderDataCards(input: DataCardInput): Map<string, string> {
  return new Map(languages.map((lang) => [cardFile[lang], renderDataCard(input, lang)]));
}

export { escapeMarkdown };
