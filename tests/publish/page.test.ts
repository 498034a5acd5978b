import { createHash } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

import { escapeMarkup as escapeHtml, formatNumber } from "../../pipeline/publish/format.ts";
import {
  formatBytes,
  jsonForScript,
  relativeHref,
  renderIndexPage,
  type PageInput,
} from "../../pipeline/publish/page.ts";
import { HOSTILE, buildPageFixture, pageInput } from "../fixtures/page-input.ts";

const html = renderIndexPage(pageInput);

function clone(): PageInput {
  return structuredClone(pageInput);
}

/** Attribute values as the browser reads them (the few entities escapeHtml writes decoded). */
function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function attributeValues(page: string, name: string): string[] {
  return [...page.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => unescapeAttribute(m[1] ?? ""));
}

function jsonLdText(page: string): string {
  const match = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(page);
  if (!match?.[1]) throw new Error("no JSON-LD block");
  return match[1];
}

function fileItems(page: string): string[] {
  return [...page.matchAll(/<li class="file">([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? "");
}

describe("formatting", () => {
  it("groups thousands with a narrow no-break space, uses a real minus and keeps decimals", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1000)).toBe("1\u202F000");
    expect(formatNumber(5800)).toBe("5\u202F800");
    expect(formatNumber(1234567.25)).toBe("1\u202F234\u202F567.25");
    expect(formatNumber(-3.5)).toBe("\u22123.5");
    expect(formatNumber(-12000)).toBe("\u221212\u202F000");
    expect(() => formatNumber(Number.NaN)).toThrow(/non-finite/);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(/non-finite/);
  });

  it("gives sizes in SI units with one decimal, exact below 1000 bytes", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatBytes(1000)).toBe("1.0 kB");
    expect(formatBytes(1533)).toBe("1.5 kB");
    expect(formatBytes(999_949)).toBe("999.9 kB");
    expect(formatBytes(999_950)).toBe("1.0 MB");
    expect(formatBytes(12_345_678)).toBe("12.3 MB");
    expect(formatBytes(2_500_000_000)).toBe("2.5 GB");
    expect(() => formatBytes(-1)).toThrow();
    expect(() => formatBytes(1.5)).toThrow();
  });

  it("encodes relative paths segment by segment and refuses anything else", () => {
    expect(relativeHref("1.0.0/observations.csv")).toBe("1.0.0/observations.csv");
    expect(relativeHref("1.0.0/excel/a b#c?.csv")).toBe("1.0.0/excel/a%20b%23c%3F.csv");
    expect(relativeHref("latest/تقرير.csv")).toBe(`latest/${encodeURIComponent("تقرير")}.csv`);
    for (const bad of ["", "/etc/passwd", "../secret", "a/../b", "a//b", "./a", "https://example.org/a.csv", "javascript:alert(1)", "a\\b"]) {
      expect(() => relativeHref(bad), bad).toThrow(/not a relative path/);
    }
  });

  it("escapes the five characters and replaces characters HTML forbids", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeHtml("a\u0000b\u0007c")).toBe("a\uFFFDb\uFFFDc");
  });
});

describe("renderIndexPage", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is deterministic: same input, same string, whatever the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2001-01-01T00:00:00Z"));
    const first = renderIndexPage(clone());
    vi.setSystemTime(new Date("2099-12-31T23:59:59Z"));
    const second = renderIndexPage(clone());
    expect(second).toBe(first);
    expect(first).toBe(html);
    expect(renderIndexPage(buildPageFixture().input)).toBe(html);
  });

  it("escapes every text of the input: no markup from the data reaches the page", () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<script>alert("x")');
    expect(html).not.toContain("<!--");
    expect(html).toContain(escapeHtml(HOSTILE));
    // the only script is the JSON-LD data block
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    // Arabic text with markup characters, in a label and in a quote
    expect(html).toContain("تغير تجريبي &lt;و&gt; &amp; &quot;غيره&quot;");
    expect(html).toContain("1234567.25 سجلا &lt;على الأقل&gt; &amp; &quot;غيرها&quot;");
    // attributes too
    for (const value of attributeValues(html, "data-observation-id")) expect(pageInput.observations.map((o) => o.observation_id)).toContain(value);
    // every & starts an entity
    for (const amp of html.matchAll(/&[^;\s]{0,10};?/g)) expect(amp[0]).toMatch(/^&(amp|lt|gt|quot|#39);$/);
  });

  it("embeds JSON-LD in <head> that parses back to the input, with no '<' that could close the script", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<script type="application/ld+json">');
    const text = jsonLdText(html);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toEqual(pageInput.jsonLd);
    expect(parsed.version).toBe(pageInput.versions[0]?.version);
    expect(jsonForScript({ a: "</script><!--&\u2028" })).toBe('{\n  "a": "\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"\n}');
  });

  it("links every file of every version with its size in words and bytes and its sha256", () => {
    const items = fileItems(html);
    const files = pageInput.versions.flatMap((v) => v.files);
    expect(items).toHaveLength(files.length);
    files.forEach((file, index) => {
      const item = items[index] ?? "";
      expect(item).toContain(`href="${relativeHref(file.path)}"`);
      expect(item).toContain(`>${escapeHtml(file.label)}</a>`);
      expect(item).toContain(`<code class="sha256">${file.sha256}</code>`);
      expect(item).toContain(formatBytes(file.bytes));
      if (file.bytes >= 1000) expect(item).toContain(`(${formatNumber(file.bytes)} bytes)`);
      expect(item).toContain(`<span class="format">${escapeHtml(file.format)}</span>`);
    });
    // the latest version first, under the download heading; the earlier ones with their changelog lines
    const latest = pageInput.versions[0]!;
    const download = html.slice(html.indexOf('id="download"'), html.indexOf('id="preview"'));
    for (const file of latest.files) expect(download).toContain(`href="${relativeHref(file.path)}"`);
    const earlier = html.slice(html.indexOf('id="earlier"'));
    for (const version of pageInput.versions.slice(1)) {
      expect(earlier).toContain(`Version ${version.version}`);
      for (const line of version.changes) expect(earlier).toContain(`<li>${escapeHtml(line)}</li>`);
      for (const file of version.files) expect(earlier).toContain(`href="${relativeHref(file.path)}"`);
    }
    for (const line of latest.changes) expect(download).toContain(`<li>${escapeHtml(line)}</li>`);
  });

  it("marks the page English and every Arabic part lang=ar dir=rtl", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain(`<span class="title-ar" lang="ar" dir="rtl">${escapeHtml(pageInput.title.ar)}</span>`);
    expect(html).toContain(`<p lang="ar" dir="rtl">${escapeHtml(pageInput.description.ar)}</p>`);
    for (const o of pageInput.observations) {
      expect(html).toContain(`<span class="label-ar" lang="ar" dir="rtl">${escapeHtml(o.label_ar)}</span>`);
      expect(html).toContain(`<blockquote lang="ar" dir="rtl"><p>${escapeHtml(o.quote)}</p></blockquote>`);
    }
    expect(html).toContain(`<bdi lang="ar" dir="rtl">${escapeHtml(pageInput.sources[0]!.title!)}</bdi>`);
    // every run of Arabic letters sits inside an element marked Arabic
    const body = html.slice(html.indexOf("<body>")).replace(/<style>[\s\S]*?<\/style>/, "");
    const arabicOutside = body
      .replace(/<([a-z]+)[^>]*\slang="ar" dir="rtl"[^>]*>[\s\S]*?<\/\1>/g, "")
      .replace(/\s(href|id|data-[a-z-]+)="[^"]*"/g, "")
      .replace(/<span class="url" dir="ltr">[^<]*<\/span>/g, "");
    expect(arabicOutside).not.toMatch(/[\u0600-\u06FF]/);
  });

  it("has a real table: caption, column and row headers, a labelled focusable scroll container", () => {
    expect(html).toContain('<div class="table-scroll" role="region" aria-labelledby="preview-caption" tabindex="0">');
    expect(html).toContain('<caption id="preview-caption">');
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html.match(/<th scope="row">/g)).toHaveLength(pageInput.observations.length);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html).toMatch(/:focus-visible \{ outline: 3px solid/);
  });

  it("formats every number: values grouped, qualifiers shown as signs, each value linked to its quote", () => {
    const values = [...html.matchAll(/<a class="value" href="#(quote-\d+)">([\s\S]*?)<\/a>/g)];
    expect(values).toHaveLength(pageInput.observations.length);
    const signs: Record<string, string> = { "": "", gt: ">", gte: "≥", lt: "<", lte: "≤", approx: "≈" };
    pageInput.observations.forEach((o, index) => {
      const [, target, inner = ""] = values[index]!;
      expect(target).toBe(`quote-${index + 1}`);
      expect(html).toContain(`<li id="${target}" class="quote">`);
      const shown = /<span class="v">([^<]*)<\/span>/.exec(inner)?.[1];
      expect(shown).toBe(formatNumber(o.value));
      expect(shown).toMatch(/^\u2212?\d{1,3}(\u202F\d{3})*(\.\d+)?$/);
      if (o.qualifier) expect(inner).toContain(`<span class="qualifier" aria-hidden="true">${escapeHtml(signs[o.qualifier]!)}</span>`);
      else expect(inner).not.toContain("qualifier");
    });
    expect(html).toContain('<span class="v">5\u202F800</span>');
    expect(html).toContain('<span class="v">1\u202F234\u202F567.25</span>');
    expect(html).toContain('<span class="v">\u22123.5</span>');
    expect(html).not.toMatch(/<span class="v">[^<]*\d{4}/);
    // exact byte counts from 1000 up are grouped too
    for (const m of html.matchAll(/<span class="bytes">\(([^)]*) bytes\)<\/span>/g)) expect(m[1]).toMatch(/^\d{1,3}(\u202F\d{3})+$/);
  });

  it("shows each quote with its source title, link, line:column and offsets", () => {
    for (const [index, o] of pageInput.observations.entries()) {
      const start = html.indexOf(`<li id="quote-${index + 1}" class="quote">`);
      const item = html.slice(start, html.indexOf("</li>", start));
      expect(item).toContain(`line ${o.line}, column ${o.column}`);
      expect(item).toContain(`characters ${o.start} to ${o.end}`);
      expect(item).toContain(`<code>${escapeHtml(o.source_id)}</code>`);
      expect(item).toContain(`href="#obs-${index + 1}"`);
      if (o.source_url) expect(item).toContain(`<a href="${escapeHtml(o.source_url)}" rel="external noreferrer">`);
      else expect(item).toContain("link unknown");
      if (o.source_title) expect(item).toContain(escapeHtml(o.source_title));
      else expect(item).toContain("untitled source");
    }
  });

  it("shows null metadata as unknown and never invents a value", () => {
    expect(html).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
    const start = html.indexOf("(<code>fixture-undated</code>)</span></h3>");
    expect(start).toBeGreaterThan(0);
    const source = html.slice(start, html.indexOf("</li>", start));
    for (const field of ["Publisher", "Link", "Published", "Retrieved", "Notes"]) {
      expect(source).toContain(`<dt>${field}</dt><dd><span class="unknown">unknown</span></dd>`);
    }
    expect(source).toContain("<dt>Figures for</dt><dd>2022</dd>");
    const known = html.slice(html.indexOf("(<code>000_4d99579ae10b6f9f</code>)</span></h3>"));
    expect(known).toContain('<dt>Published</dt><dd><span class="unknown">unknown</span></dd>');
    expect(known).toContain("<dt>Retrieved</dt><dd>2026-11-20</dd>");
    // the earlier version has no date
    expect(html).toContain('Version 1.0.0 <span class="date">(date <span class="unknown">unknown</span>)</span>');
  });

  it("makes no request outside its folder: absolute URLs only in <a href> to sources and the licence", () => {
    const allowed = new Set<string>([
      pageInput.licence.path,
      ...pageInput.sources.flatMap((s) => (s.url ? [s.url] : [])),
      ...pageInput.observations.flatMap((o) => (o.source_url ? [o.source_url] : [])),
    ]);
    for (const src of attributeValues(html, "src")) expect(src).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/\/)/i);
    for (const href of attributeValues(html, "href")) {
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) {
        expect(href === "data:," || allowed.has(href), href).toBe(true);
      }
    }
    // absolute links appear only on <a> elements
    for (const tag of html.matchAll(/<(\w+)[^>]*\s(?:href|src)="https?:/g)) expect(tag[1]).toBe("a");
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).not.toMatch(/<(iframe|object|embed|video|audio|source|base)\b/);
    expect(html).toContain('<img src="latest/chart.svg" alt="');
  });

  it("pins a Content-Security-Policy whose style hash matches the inline style", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const hash = createHash("sha256").update(style, "utf8").digest("base64");
    expect(unescapeAttribute(csp)).toContain(`style-src 'sha256-${hash}'`);
  });

  it("turns only http(s) source URLs into links", () => {
    const input = clone();
    input.sources[0]!.url = "javascript:alert(1)";
    input.observations[0]!.source_url = "javascript:alert(1)";
    const page = renderIndexPage(input);
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<span class="url" dir="ltr">javascript:alert(1)</span>');
  });

  it("leaves out the chart when there is none", () => {
    const input = clone();
    input.chartPath = null;
    const page = renderIndexPage(input);
    expect(page).not.toContain("<img");
    expect(page).not.toContain('href="#chart"');
  });

  it("refuses input it cannot show honestly", () => {
    const noVersion = clone();
    noVersion.versions = [];
    expect(() => renderIndexPage(noVersion)).toThrow(/no version/);
    const badHash = clone();
    badHash.versions[0]!.files[0]!.sha256 = "abc";
    expect(() => renderIndexPage(badHash)).toThrow(/sha256/);
    const absolutePath = clone();
    absolutePath.versions[0]!.files[0]!.path = "/etc/passwd";
    expect(() => renderIndexPage(absolutePath)).toThrow(/relative path/);
    const nan = clone();
    nan.observations[0]!.value = Number.NaN;
    expect(() => renderIndexPage(nan)).toThrow(/non-finite/);
  });
});

describe("a preview of part of the observations", () => {
  it("says how many it shows of how many", () => {
    const input = pageInput;
    const html = renderIndexPage({ ...input, observations: input.observations.slice(0, 2), observationTotal: 1500 });
    expect(html).toContain("first 2 of the 1\u202F500 figures");
  });
});
