/**
 * The download page in a real browser (Debian's chromium through playwright-core): served over http from
 * 127.0.0.1 and opened from file://. See tests/e2e/output.ts for which output/ is tested.
 *
 * Screenshots at 1280 and 375 px are written to tests/output/screenshots/ for a person to look at.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import type { AxeResults } from "axe-core";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { launchChromium } from "./browser.ts";
import { REPO_ROOT, resolvePageOutput, type PageOutput } from "./output.ts";
import { serveStatic, type StaticServer } from "./serve.ts";

const SCREENSHOTS = join(REPO_ROOT, "tests", "output", "screenshots");
const AXE_PATH = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");
const DESKTOP = 1280;
const PHONE = 375;

const QUALIFIER_BY_SIGN: Record<string, string> = { "": "", ">": "gt", "≥": "gte", "<": "lt", "≤": "lte", "≈": "approx" };

let output: PageOutput;
let server: StaticServer;
let browser: Browser | undefined;
/** Why Chromium did not start (not installed, …): every browser test fails with it, none is skipped. */
let launchError: unknown;
let latestVersion: string;

const open: BrowserContext[] = [];

beforeAll(async () => {
  output = await resolvePageOutput();
  server = await serveStatic(output.dir);
  latestVersion = await readLatestVersion(output.dir);
  browser = await launchChromium().catch((error: unknown) => {
    launchError = error;
    return undefined;
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  console.info(`page e2e: testing ${output.origin} output in ${output.dir} (version ${latestVersion})`);
});

afterAll(async () => {
  for (const context of open) await context.close().catch(() => {});
  await browser?.close();
  await server?.close();
  await output?.cleanup();
});

/** The versions listed in output/versions.json, oldest first as the pipeline writes them ({ versions: [...] } or a bare array); null when there is no such file. */
async function readVersions(dir: string): Promise<string[] | null> {
  const versionsFile = join(dir, "versions.json");
  if (!existsSync(versionsFile)) return null;
  const parsed = JSON.parse(await readFile(versionsFile, "utf8")) as unknown;
  const list = Array.isArray(parsed) ? parsed : (parsed as { versions?: unknown }).versions;
  if (!Array.isArray(list)) throw new Error(`${versionsFile}: no list of versions`);
  return list.map((entry, index) => {
    const version = (entry as { version?: unknown }).version;
    if (typeof version !== "string") throw new Error(`${versionsFile}: entry ${index} has no version`);
    return version;
  });
}

async function readLatestVersion(dir: string): Promise<string> {
  const versions = await readVersions(dir);
  if (versions !== null) {
    const newest = versions.at(-1);
    if (newest === undefined) throw new Error(`${dir}/versions.json lists no version`);
    return newest;
  }
  const datapackage = join(dir, "latest", "datapackage.json");
  if (existsSync(datapackage)) {
    const version = (JSON.parse(await readFile(datapackage, "utf8")) as { version?: unknown }).version;
    if (typeof version === "string") return version;
  }
  throw new Error(`${dir} has neither versions.json nor latest/datapackage.json: cannot tell the current version`);
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// ---------------------------------------------------------------------------------------------------------
// Opening the page

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

function requireBrowser(): Browser {
  if (browser === undefined) throw launchError instanceof Error ? launchError : new Error(String(launchError));
  return browser;
}

async function visit(url: string, width: number, options: { bypassCSP?: boolean } = {}): Promise<Visit> {
  const context = await requireBrowser().newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: "reduce",
  });
  open.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()} (${message.location().url})`);
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

interface DownloadLink {
  href: string;
  rawHref: string;
  sha256: string;
  bytes: number;
}

interface PageFacts {
  jsonLdInHead: string[];
  jsonLdElsewhere: number;
  downloads: DownloadLink[];
  /** Every a[href] and img[src] that is not a fragment of the page itself, resolved. */
  localLinks: string[];
  images: Array<{ src: string; alt: string | null; loaded: boolean }>;
  text: string;
}

async function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const here = location.href.split("#")[0];
    const downloads = [...document.querySelectorAll<HTMLAnchorElement>("li.file a.download")].map((a) => {
      const item = a.closest("li.file");
      return {
        href: a.href,
        rawHref: a.getAttribute("href") ?? "",
        sha256: item?.querySelector(".sha256")?.textContent?.trim() ?? "",
        bytes: Number((item?.querySelector(".bytes")?.textContent ?? "").replace(/[^0-9]/g, "") || Number.NaN),
      };
    });
    // Links to other sites (sources, licence) are followed by people, not fetched by the page: left out here.
    const external = (url: URL) => /^https?:$/.test(url.protocol) && url.origin !== location.origin;
    const localLinks = [
      ...[...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
        .map((a) => a.href)
        .filter((href) => href.split("#")[0] !== here && !external(new URL(href))),
      ...[...document.querySelectorAll<HTMLImageElement>("img[src]")].map((img) => img.src),
    ];
    return {
      jsonLdInHead: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
      jsonLdElsewhere: document.body.querySelectorAll('script[type="application/ld+json"]').length,
      downloads,
      localLinks,
      images: [...document.images].map((img) => ({ src: img.src, alt: img.getAttribute("alt"), loaded: img.complete && img.naturalWidth > 0 })),
      text: document.body.innerText,
    };
  });
}

/** What the browser shows in the preview table, row by row, with the quote each value links to. */
async function readPreview(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableRowElement>("table.observations tbody tr")].map((tr) => {
      const text = (selector: string) => tr.querySelector(selector)?.textContent?.trim() ?? "";
      const link = tr.querySelector<HTMLAnchorElement>("a.value");
      const target = link?.getAttribute("href") ?? "";
      const quoteItem = target.startsWith("#") ? document.getElementById(target.slice(1)) : null;
      const blockquote = quoteItem?.querySelector("blockquote");
      const arabicCell = tr.querySelector<HTMLElement>("[lang='ar']");
      return {
        id: tr.dataset.observationId ?? "",
        period: text(".period"),
        base: tr.querySelector(".base .visually-hidden") ? "" : text(".base"),
        sign: link?.querySelector(".qualifier")?.textContent ?? "",
        value: link?.querySelector(".v")?.textContent ?? "",
        unit: text(".unit"),
        quoteFound: quoteItem !== null,
        quote: blockquote?.textContent?.trim() ?? "",
        quoteLang: blockquote?.getAttribute("lang") ?? "",
        quoteDirection: blockquote ? getComputedStyle(blockquote).direction : "",
        arabicDirection: arabicCell ? getComputedStyle(arabicCell).direction : "",
        position: quoteItem?.querySelector(".position")?.textContent ?? "",
        offsets: quoteItem?.querySelector(".offsets")?.textContent ?? "",
      };
    }),
  );
}

/** "1 234 567.25" with U+202F groups, "−3.5" with a minus sign → the number. */
function parseShown(text: string): number {
  const plain = text.replace(/[\u202F\u00A0 ,]/g, "").replace(/\u2212/g, "-");
  if (!/^-?\d+(\.\d+)?$/.test(plain)) throw new Error(`not a formatted number: ${JSON.stringify(text)}`);
  return Number(plain);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

function rawGet(origin: string, path: string): Promise<{ status: number; type: string; body: Buffer }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolveGet, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolveGet({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function checkJsonLd(facts: PageFacts): void {
  expect(facts.jsonLdInHead, "one JSON-LD block in <head>").toHaveLength(1);
  expect(facts.jsonLdElsewhere).toBe(0);
  const data = JSON.parse(facts.jsonLdInHead[0] ?? "") as Record<string, unknown>;
  expect(data["@type"]).toBe("Dataset");
  expect(String(data.version), "JSON-LD names the current version").toBe(latestVersion);
}

// ---------------------------------------------------------------------------------------------------------

it("has Chromium to run the page in (apt-get install -y chromium)", () => {
  expect(requireBrowser().version()).toMatch(/^\d+\./);
});

describe("the download page over http", () => {
  let desktop: Visit;
  let facts: PageFacts;

  beforeAll(async () => {
    desktop = await visit(`${server.origin}/`, DESKTOP);
    facts = await readFacts(desktop.page);
  });

  it("loads with no console error and requests nothing but the local server", async () => {
    expect(desktop.errors).toEqual([]);
    const foreign = desktop.requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:"));
    expect(foreign, "requests to other hosts").toEqual([]);
    expect(facts.images.length).toBeGreaterThan(0);
    for (const image of facts.images) {
      expect(image.loaded, `image ${image.src} loads`).toBe(true);
      expect(image.alt?.trim(), `image ${image.src} has alt text`).toBeTruthy();
    }
    await desktop.page.screenshot({ path: join(SCREENSHOTS, `index-${DESKTOP}.png`), fullPage: true });
  });

  it("embeds JSON-LD in <head> that parses and names the current version", () => {
    checkJsonLd(facts);
    expect(facts.text).toContain(`Version ${latestVersion}`);
  });

  it("links every file of the latest version and every version, and each download answers with the stated bytes and sha256", async () => {
    expect(facts.downloads.length).toBeGreaterThan(0);
    for (const link of facts.downloads) {
      expect(link.href.startsWith(`${server.origin}/`), `${link.rawHref} is relative`).toBe(true);
      expect(link.sha256, `${link.rawHref} states a sha256`).toMatch(/^[0-9a-f]{64}$/);
      const response = await fetch(link.href);
      expect(response.status, `GET ${link.rawHref}`).toBe(200);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(body.length, `size of ${link.rawHref}`).toBe(link.bytes);
      expect(sha256(body), `sha256 of ${link.rawHref}`).toBe(link.sha256);
    }

    const linked = new Set(facts.downloads.map((link) => decodeURIComponent(new URL(link.href).pathname.slice(1))));
    const published = (await listFiles(join(output.dir, latestVersion))).map((file) => `${latestVersion}/${file}`);
    expect(published.length, `files in ${latestVersion}/`).toBeGreaterThan(0);
    expect(published.filter((file) => !linked.has(file)), `files of ${latestVersion}/ without a link`).toEqual([]);

    for (const version of (await readVersions(output.dir)) ?? []) {
      expect(facts.text, `version ${version} is on the page`).toContain(`Version ${version}`);
    }
  });

  it("has no broken local link or image", async () => {
    for (const url of new Set(facts.localLinks)) {
      expect(url.startsWith(`${server.origin}/`), `${url} stays on the local server`).toBe(true);
      const response = await fetch(url, { method: "HEAD" });
      expect(response.status, `HEAD ${url}`).toBe(200);
    }
  });

  it("shows in the preview table the same values as latest/observations.csv, each linked to its quote", async () => {
    const rows = await readPreview(desktop.page);
    expect(rows.length).toBeGreaterThan(0);
    const csvFile = join(output.dir, "latest", "observations.csv");
    if (!existsSync(csvFile)) {
      console.warn(`page e2e: ${csvFile} is missing, the preview is not compared with it`);
      return;
    }
    const records = parse(await readFile(csvFile), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.observation_id));
    records.forEach((record, index) => {
      const row = rows[index]!;
      const where = `row ${index + 1} (${record.observation_id})`;
      expect(row.period, where).toBe(record.period);
      expect(row.base, where).toBe(record.base_period ?? "");
      expect(parseShown(row.value), where).toBe(Number(record.value));
      expect(QUALIFIER_BY_SIGN[row.sign], where).toBe(record.qualifier ?? "");
      expect(row.unit, where).toBe(record.unit);
      expect(row.arabicDirection, `${where}: Arabic label right to left`).toBe("rtl");
      expect(row.quoteFound, `${where}: value links to its quote`).toBe(true);
      expect(row.quote, where).toBe((record.quote ?? "").trim());
      expect(row.quoteLang, where).toBe("ar");
      expect(row.quoteDirection, where).toBe("rtl");
      expect(row.position, where).toBe(`line ${record.line}, column ${record.column}`);
      expect(row.offsets, where).toBe(`characters ${record.start} to ${record.end}`);
    });
  });

  it("is keyboard-navigable: skip link first, visible focus, scrollable table reachable", async () => {
    const { page } = await visit(`${server.origin}/index.html`, PHONE);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const box = active.getBoundingClientRect();
      const style = getComputedStyle(active);
      return { className: active.className, outline: style.outlineStyle, outlineWidth: style.outlineWidth, top: box.top, height: box.height };
    });
    expect(skip.className).toContain("skip-link");
    expect(skip.outline).not.toBe("none");
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.height).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    const region = page.locator(".table-scroll");
    await region.focus();
    const before = await region.evaluate((el) => ({ scrollLeft: el.scrollLeft, overflow: el.scrollWidth > el.clientWidth, label: el.getAttribute("aria-labelledby"), outline: getComputedStyle(el).outlineStyle }));
    expect(before.label).toBeTruthy();
    expect(before.outline).not.toBe("none");
    if (before.overflow) {
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
  });

  it("fits a 375 px phone screen without sideways scrolling of the page", async () => {
    const phone = await visit(`${server.origin}/`, PHONE);
    expect(phone.errors).toEqual([]);
    const widths = await phone.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      wide: [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => !el.closest(".table-scroll") && el.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.getBoundingClientRect().right}`),
    }));
    expect(widths.wide, "elements wider than the screen").toEqual([]);
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await phone.page.screenshot({ path: join(SCREENSHOTS, `index-${PHONE}.png`), fullPage: true });
  });

  it.each([DESKTOP, PHONE])("has no serious or critical axe-core violation at %i px", async (width) => {
    // The page's Content-Security-Policy forbids injected scripts; axe is test tooling, so this context bypasses it.
    const { page } = await visit(`${server.origin}/`, width, { bypassCSP: true });
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { resultTypes: ["violations"] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
    });
    const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
    if (minor.length) console.info(`axe at ${width} px, minor/moderate:`, JSON.stringify(minor, null, 2));
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
});

describe("the download page from file://", () => {
  it("opens from disk with no console error, loads only files of its own folder, and its links point at the stated files", async () => {
    const folder = pathToFileURL(output.dir).href.replace(/\/?$/, "/");
    const { page, errors, requests } = await visit(`${folder}index.html`, DESKTOP);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(folder) && !url.startsWith("data:")), "requests outside the folder").toEqual([]);

    const facts = await readFacts(page);
    checkJsonLd(facts);
    for (const image of facts.images) expect(image.loaded, `image ${image.src} loads from disk`).toBe(true);
    expect(facts.downloads.length).toBeGreaterThan(0);
    for (const link of facts.downloads) {
      expect(link.href.startsWith(folder), `${link.href} is inside the folder`).toBe(true);
      const bytes = await readFile(fileURLToPath(link.href));
      expect(bytes.length, link.rawHref).toBe(link.bytes);
      expect(sha256(bytes), link.rawHref).toBe(link.sha256);
    }
    for (const url of facts.localLinks) {
      expect(url.startsWith(folder), `${url} stays in the folder`).toBe(true);
      expect(existsSync(fileURLToPath(url.split("#")[0] ?? url)), `${url} exists`).toBe(true);
    }
  });
});

describe("the test server", () => {
  it("serves with content types and refuses paths outside its root", async () => {
    const page = await rawGet(server.origin, "/");
    expect(page.status).toBe(200);
    expect(page.type).toBe("text/html; charset=utf-8");
    if (existsSync(join(output.dir, "latest", "observations.csv"))) {
      expect((await rawGet(server.origin, "/latest/observations.csv")).type).toBe("text/csv; charset=utf-8");
    }
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/..%2fpackage.json", "/latest/..%2f..%2fpackage.json", "/%00", "/index.html%00.csv", "/nope.csv"]) {
      const response = await rawGet(server.origin, path);
      expect(response.status, path).toBe(404);
    }
  });
});
