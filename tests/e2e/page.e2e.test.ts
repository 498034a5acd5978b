/**
 * The download pages in a real browser (Debian's chromium through playwright-core), on fixture publications
 * built by the publish code (tests/e2e/output.ts): for each language (index.html, index.fr.html, index.ar.html)
 * and at 1280×800 and 375×700, served over http from 127.0.0.1 and opened from file://.
 *
 * Screenshots are written to tests/output/screenshots/ for a person to look at.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import type { AxeResults } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Lang, languages, pageFile } from "../../pipeline/publish/i18n/languages.ts";
import type { FixtureKind } from "../fixtures/published-output.ts";
import { launchChromium } from "./browser.ts";
import { envOutput, fixtureOutput, type PageOutput, REPO_ROOT } from "./output.ts";
import { serveStatic, type StaticServer } from "./serve.ts";

const SCREENSHOTS = join(REPO_ROOT, "tests", "output", "screenshots");
const AXE_PATH = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");
const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 375, height: 700 },
] as const;
const KINDS: FixtureKind[] = ["one-period", "series"];

let browser: Browser | undefined;
/** Why Chromium did not start (not installed, …): every browser test fails with it, none is skipped. */
let launchError: unknown;
const open: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium().catch((error: unknown) => {
    launchError = error;
    return undefined;
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  for (const context of open) await context.close().catch(() => {});
  await browser?.close();
});

function requireBrowser(): Browser {
  if (browser === undefined) throw launchError instanceof Error ? launchError : new Error(String(launchError));
  return browser;
}

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

async function visit(url: string, size: { width: number; height: number }, options: { bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await requireBrowser().newContext({ viewport: size, deviceScaleFactor: 1, bypassCSP: options.bypassCSP ?? false, reducedMotion: "reduce" });
  open.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  context.on("request", (request) => requests.push(request.url()));
  const response = await page.goto(url, { waitUntil: "load" });
  if (url.startsWith("http")) expect(response?.status(), `GET ${url}`).toBe(200);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return { page, errors, requests };
}

function get(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolveGet, reject) => {
    const req = httpRequest(url, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolveGet({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What the first screen holds, and how the page is laid out, as the browser computes it. */
async function readLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const button = document.querySelector<HTMLAnchorElement>("header a.button");
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      direction: getComputedStyle(document.documentElement).direction,
      lang: document.documentElement.lang,
      h1: box(document.querySelector("h1")),
      button: box(button),
      buttonHref: button?.href ?? "",
      keyFigures: [...document.querySelectorAll("li.key-figure")].map((li) => ({ box: box(li)!, value: li.querySelector(".figure")?.textContent ?? "" })),
      tableHeader: [...document.querySelectorAll("table#by-period thead th")].map((th) => th.textContent ?? ""),
      tableRows: document.querySelectorAll("table#by-period tbody tr").length,
      firstHeaderCell: box(document.querySelector("table#by-period thead th")),
      lastHeaderCell: box(document.querySelector("table#by-period thead th:last-child")),
      pageWidth: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => !el.closest(".table-scroll") && !el.closest(".visually-hidden") && (el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      figureLinks: [...document.querySelectorAll<HTMLAnchorElement>("table#by-period a[href^='#']")].map((a) => ({ href: a.getAttribute("href") ?? "", found: document.getElementById((a.getAttribute("href") ?? "").slice(1)) !== null })),
      downloads: [...document.querySelectorAll<HTMLAnchorElement>("li.file a.download")].map((a) => {
        const li = a.closest<HTMLElement>("li.file")!;
        return { href: a.href, bytes: Number(li.dataset.bytes), sha256: li.dataset.sha256 ?? "" };
      }),
      images: [...document.images].map((img) => ({ src: img.src, alt: img.getAttribute("alt"), loaded: img.complete && img.naturalWidth > 0 })),
      languageLinks: [...document.querySelectorAll<HTMLAnchorElement>("nav.languages a")].map((a) => a.getAttribute("href")),
    };
  });
}

const inFirstScreen = (box: Box | null, viewport: { width: number; height: number }) => box !== null && box.top >= 0 && box.bottom <= viewport.height && box.left >= 0 && box.right <= viewport.width + 1;

it("has Chromium to run the pages in (apt-get install -y chromium)", () => {
  expect(requireBrowser().version()).toMatch(/^\d+\./);
});

describe.each(KINDS)("the %s publication over http", (kind) => {
  let output: PageOutput;
  let server: StaticServer;

  beforeAll(async () => {
    output = await fixtureOutput(kind);
    server = await serveStatic(output.dir);
  });
  afterAll(async () => {
    await server?.close();
    await output?.cleanup();
  });

  describe.each(languages)("in %s", (lang: Lang) => {
    it.each(SIZES)("shows the title, the key figures and the workbook download on the first screen at $width×$height, with no sideways scrolling", async (size) => {
      const { page, errors, requests } = await visit(`${server.origin}/${pageFile[lang]}`, size);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:")), "requests to other hosts").toEqual([]);
      const layout = await readLayout(page);
      expect(layout.lang).toBe(lang);
      expect(layout.direction).toBe(lang === "ar" ? "rtl" : "ltr");
      expect(inFirstScreen(layout.h1, layout.viewport), "title on the first screen").toBe(true);
      expect(inFirstScreen(layout.button, layout.viewport), "workbook download on the first screen").toBe(true);
      expect(layout.buttonHref).toMatch(/\.xlsx$/);
      expect(layout.keyFigures.length).toBeGreaterThan(0);
      // On a desktop every key figure fits; on a phone the first ones do, the rest follow on scrolling.
      const shown = size.name === "desktop" ? layout.keyFigures : layout.keyFigures.slice(0, 2);
      for (const figure of shown) expect(inFirstScreen(figure.box, layout.viewport), `key figure ${figure.value} on the first screen`).toBe(true);
      expect(layout.wide, "elements wider than the screen").toEqual([]);
      expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport.width);
      if (lang === "ar" && layout.keyFigures.length > 1 && layout.keyFigures[0]!.box.top === layout.keyFigures[1]!.box.top) {
        expect(layout.keyFigures[0]!.box.left, "the first key figure is on the right").toBeGreaterThan(layout.keyFigures[1]!.box.left);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `${kind}-${lang}-${size.width}.png`) });
    });

    it("has the table of indicators by period, newest first, each figure linked to its sentence, right to left in Arabic", async () => {
      const { page } = await visit(`${server.origin}/${pageFile[lang]}`, SIZES[0]);
      const layout = await readLayout(page);
      const periods = kind === "series" ? 5 : 1;
      expect(layout.tableHeader).toHaveLength(2 + periods);
      expect(layout.tableRows).toBeGreaterThan(0);
      expect(layout.figureLinks.length).toBeGreaterThan(0);
      for (const link of layout.figureLinks) expect(link.found, link.href).toBe(true);
      if (lang === "ar") expect(layout.firstHeaderCell!.left).toBeGreaterThan(layout.lastHeaderCell!.left);
      else expect(layout.firstHeaderCell!.left).toBeLessThan(layout.lastHeaderCell!.left);
      expect(layout.languageLinks).toEqual(languages.map((l) => pageFile[l]));
    });

    it("links every download, each with the size and SHA-256 it states", async () => {
      const { page } = await visit(`${server.origin}/${pageFile[lang]}`, SIZES[1]);
      const layout = await readLayout(page);
      expect(layout.downloads.length).toBeGreaterThan(10);
      for (const link of layout.downloads) {
        const response = await get(link.href);
        expect(response.status, link.href).toBe(200);
        expect(response.body.length, link.href).toBe(link.bytes);
        expect(sha256(response.body), link.href).toBe(link.sha256);
      }
      for (const image of layout.images) {
        expect(image.loaded, `image ${image.src} loads`).toBe(true);
        expect(image.alt?.trim(), `image ${image.src} has alt text`).toBeTruthy();
      }
    });

    it.each(SIZES)("has no serious or critical axe-core violation at $width px", async (size) => {
      // The page's Content-Security-Policy forbids injected scripts; axe is test tooling, so this context bypasses it.
      const { page } = await visit(`${server.origin}/${pageFile[lang]}`, size, { bypassCSP: true });
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
        const results = await axe.run(document, { resultTypes: ["violations"] });
        return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
      });
      const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
      if (minor.length) console.info(`axe ${kind} ${lang} ${size.width} px, minor/moderate:`, JSON.stringify(minor));
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });
  });

  it("opens from disk in every language, loading only files of its own folder", async () => {
    const folder = pathToFileURL(output.dir).href.replace(/\/?$/, "/");
    for (const lang of languages) {
      const { page, errors, requests } = await visit(`${folder}${pageFile[lang]}`, SIZES[0]);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(folder) && !url.startsWith("data:")), "requests outside the folder").toEqual([]);
      const local = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>("a[href]"), ...document.querySelectorAll<HTMLImageElement>("img[src]")].map((el) => ("href" in el ? el.href : el.src)).filter((url) => url.startsWith("file:")));
      for (const url of local) expect(existsSync(fileURLToPath(url.split("#")[0]!)), `${url} exists`).toBe(true);
    }
  });
});

describe("a folder named by PAGE_OUTPUT_DIR", () => {
  const output = envOutput();
  it.runIf(output !== null)("opens with no console error", async () => {
    const { errors } = await visit(pathToFileURL(join(output!.dir, "index.html")).href, SIZES[0]);
    expect(errors).toEqual([]);
    expect((await readFile(join(output!.dir, "index.html"), "utf8")).length).toBeGreaterThan(0);
  });
});
