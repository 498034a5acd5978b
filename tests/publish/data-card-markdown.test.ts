// Markdown escaping of the data card: any text from the data reads as itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeInline, escapeMarkdown, webLink } from "../../pipeline/publish/data-card/markdown.ts";

/** What a CommonMark viewer shows for escaped text: backslash escapes and the three entities undone. */
const shown = (markdown: string) => markdown.replace(/\\([\\`*_[\]|~#+\-=.)])/g, "$1").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** The text as one line, control characters replaced (what escapeInline promises to keep). */
const flattened = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD").replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");

const markdownish = fc.string({ unit: fc.constantFrom(..."<>&\\`*_[]|~#+-=.()!: \nabcص1"), maxLength: 40 });

describe("escapeInline", () => {
  it("leaves no markdown or HTML syntax: every special character is escaped, and the text reads as it was", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string()), (text) => {
        const escaped = escapeInline(text);
        expect(escaped).not.toMatch(/[<>\n\r]/);
        expect(escaped.replace(/\\./g, "")).not.toMatch(/[\\`*_[\]|~]/);
        expect(escaped.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
        expect(shown(escaped)).toBe(flattened(text));
      }),
    );
  });

  it("turns the usual attacks into text", () => {
    expect(escapeInline("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeInline("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))");
    expect(escapeInline("a | b `c`")).toBe("a \\| b \\`c\\`");
  });
});

describe("escapeMarkdown", () => {
  it("never lets a text open a heading, a list, a quote or a numbered item", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/^\s*(#|\+|-|=|>|\d+[.)])/);
        expect(shown(escaped)).toBe(flattened(text));
      }),
    );
    expect(escapeMarkdown("# Heading")).toBe("\\# Heading");
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
  });
});

describe("webLink", () => {
  it("links http(s) addresses only, with a destination that cannot end early", () => {
    expect(webLink("a", "https://example.org/a (b)|c")).toBe("[a](https://example.org/a%20%28b%29%7Cc)");
    expect(webLink("javascript:alert(1)", "javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(webLink("x", "data:text/html,<b>")).toBe("x");
  });
});
