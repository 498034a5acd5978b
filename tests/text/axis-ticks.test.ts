import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { onChartAxis } from "../../pipeline/text/axis-ticks.ts";

const at = (text: string, number: string) => onChartAxis(text, text.indexOf(number));

describe("onChartAxis", () => {
  it("finds a column of ticks, down or up, and a row of them", () => {
    expect(at("عدد الملفات\n7000\n6000\n5000\n4000\n0\n", "5000")).toBe(false);
    expect(at("عدد الملفات\n7000\n6000\n5000\n4000\n3000\n", "5000")).toBe(true);
    expect(at("0\n250\n500\n750\nالمصدر", "250")).toBe(true);
    expect(at("0 | 50 | 100 | 150", "100")).toBe(true);
    expect(at("٠  ٢٠٠٠  ٤٠٠٠  ٦٠٠٠", "٤٠٠٠")).toBe(true);
  });

  it("leaves values that are not a scale", () => {
    expect(at("4480\n3950\n4677\n5800\n", "3950")).toBe(false);
    expect(at("1\n2\n3\n4\n", "2")).toBe(false);
    expect(at("2019 2020 2021 2022", "2020")).toBe(false);
    expect(at("100\n200\n300\n", "200")).toBe(false);
    expect(at(`عالج القطب ${"كثيرا من الملفات ".repeat(20)}0 | 50 | 100 | 150`, "50")).toBe(false);
  });

  it("finds every tick of any evenly spaced scale of four or more round steps, and none once a tick is moved", () => {
    const scale = fc.record({ step: fc.constantFrom(10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000), count: fc.integer({ min: 4, max: 12 }), down: fc.boolean(), row: fc.boolean() });
    /** The chart's text and where each tick starts. */
    const chart = (ticks: readonly string[], row: boolean) => {
      let text = "عنوان الرسم\n";
      const offsets: number[] = [];
      for (const [i, tick] of ticks.entries()) {
        if (i > 0) text += row ? " | " : "\n";
        offsets.push(text.length);
        text += tick;
      }
      return { text: `${text}\nالمصدر: المديرية`, offsets };
    };
    fc.assert(
      fc.property(scale, fc.nat(), ({ step, count, down, row }, pick) => {
        const ticks = Array.from({ length: count }, (_, i) => String(i * step));
        if (down) ticks.reverse();
        const whole = chart(ticks, row);
        expect(whole.offsets.every((offset) => onChartAxis(whole.text, offset))).toBe(true);
        const moved = [...ticks];
        const k = pick % count;
        moved[k] = String(Number(moved[k]) + 1);
        const broken = chart(moved, row);
        expect(onChartAxis(broken.text, broken.offsets[0]!)).toBe(false);
      }),
    );
  });
});
