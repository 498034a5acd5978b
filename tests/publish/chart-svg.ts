// Reading the chart's SVG back in tests: a well-formedness check and small extractors for what the
// renderer emits (no general SVG parser needed: the renderer writes one element per line, attributes quoted).

/**
 * A small well-formedness check, enough for what renderChartSvg emits (no CDATA, comments, doctype or
 * processing instructions): tags balance, attributes are quoted, every "&" starts a known entity, and no raw
 * "<" or ">" is left in text. Returns the element names in document order.
 */
export function checkWellFormed(xml: string): string[] {
  const names: string[] = [];
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = token.exec(xml))) {
    position = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    const content = text ?? match[3] ?? "";
    for (const entity of content.matchAll(/&([^;\s]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(entity[1] ?? "") || !entity[0].endsWith(";")) {
        throw new Error(`bad entity ${entity[0]}`);
      }
    }
    if (text !== undefined) {
      if (text.includes(">")) throw new Error(`raw > in text ${JSON.stringify(text)}`);
      continue;
    }
    if (!name) throw new Error("tag without a name");
    if (closing) {
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      names.push(name);
      if (!selfClosing) open.push(name);
    }
  }
  if (position !== xml.length) throw new Error(`cannot tokenize at ${JSON.stringify(xml.slice(position, position + 40))}`);
  if (open.length) throw new Error(`unclosed ${open.join(", ")}`);
  return names;
}

export function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** The panels of small multiples, each as its markup. */
export function panels(svg: string): string[] {
  return svg.split('<g class="panel"').slice(1).map((part) => part.slice(0, part.indexOf("</g>")));
}

/** The rows of the one-period figure table. */
export function figureRows(svg: string): string[] {
  return svg.split('<g class="figure"').slice(1).map((part) => part.slice(0, part.indexOf("</g>")));
}

export interface Mark {
  period: string;
  shape: "circle" | "diamond" | "triangle";
  x: number;
  y: number;
  hollow: boolean;
  title: string;
}

/** The markers of a panel, with their centres. */
export function marks(panel: string): Mark[] {
  const out: Mark[] = [];
  for (const m of panel.matchAll(/<(circle|path) class="mark" data-period="([^"]+)" ([^>]*)><title>([^<]*)<\/title>/g)) {
    const [, tag, period, attributes, title] = m as unknown as [string, string, string, string, string];
    const hollow = attributes.includes('fill="#ffffff"');
    if (tag === "circle") {
      const cx = Number(/cx="([^"]+)"/.exec(attributes)![1]);
      const cy = Number(/cy="([^"]+)"/.exec(attributes)![1]);
      out.push({ period, shape: "circle", x: cx, y: cy, hollow, title: unescapeXml(title) });
      continue;
    }
    const numbers = /d="([^"]+)"/.exec(attributes)![1]!.match(/-?[\d.]+/g)!.map(Number);
    if (numbers.length === 8) {
      // Diamond: top, right, bottom, left vertices.
      out.push({ period, shape: "diamond", x: numbers[0]!, y: numbers[3]!, hollow, title: unescapeXml(title) });
    } else {
      // Triangle: apex (x, y − d), then the base corners at y + 0.8 d.
      const [x, apex, , base] = numbers as [number, number, number, number];
      out.push({ period, shape: "triangle", x, y: apex + (base - apex) / 1.8, hollow, title: unescapeXml(title) });
    }
  }
  return out;
}

/** The lines of a panel, each as its list of [x, y] points. */
export function lines(panel: string): Array<Array<[number, number]>> {
  return [...panel.matchAll(/<polyline class="line"[^>]* points="([^"]+)"/g)].map((m) => m[1]!.split(" ").map((pair) => pair.split(",").map(Number) as [number, number]));
}

/** The texts of an element's markup, unescaped, in order. */
export function texts(markup: string, className?: string): string[] {
  const pattern = className ? new RegExp(`<text [^>]*class="${className}"[^>]*>([^<]*)</text>`, "g") : /<text[^>]*>([^<]*)<\/text>/g;
  return [...markup.matchAll(pattern)].map((m) => unescapeXml(m[1]!));
}

/** The y-axis tick labels of a panel (right-aligned texts left of the plot). */
export function tickLabels(panel: string): string[] {
  return [...panel.matchAll(/<text [^>]*text-anchor="end" font-size="10"[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
}

export function desc(svg: string): string {
  return unescapeXml(/<desc id="chart-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? "");
}
