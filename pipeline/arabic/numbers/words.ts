/**
 * The grammar of one number: number words and digit literals composed left to right into a value.
 *
 * Standard Arabic writes a number from the largest part down, the parts joined by و:
 *   [hundreds] [و] [unit و ten | teen | unit | ten] [scale]  (و [the same, under the last scale]) …
 * e.g. ثلاثمائة وخمسة وعشرون ألفا ومائتان واثنا عشر; digits take the place of any group ("5 آلاف و800",
 * "2,5 مليون", "مليون و200 ألف"). The rules that matter:
 *  - a unit comes before its ten (خمسة وعشرون); "عشرون وخمسة" is two numbers;
 *  - a teen is a teen head + عشر/عشرة, with no و between (أحد عشر، اثنتا عشرة، ثلاثة عشر);
 *  - a separate unit 3–9 times مائة/مئة is a hundred (ثلاث مائة); fused forms are single words; an integer in
 *    digits times مائة/مئة is that many hundreds ("٣ مئة و ٢١" is 321, "322 مائة" 32 200);
 *  - after hundreds the rest may follow with or without و (Egyptian "متين واحد وعشرين"), but a unit without و
 *    that a plural scale follows starts the next number (a repeated "تمن مية خمسة الاف": 800, then 5000);
 *  - a scale word multiplies the group before it: singular or accusative (ألف، ألفا) after any group, plural
 *    (آلاف) only after a group, never alone ("آلاف" alone is "thousands of", vague); a dual (ألفان) or a
 *    dual in construct (ألفي) is two of the scale and never follows a group;
 *  - an accusative scale word that starts a number (ألفا، مليونا) is the accusative singular when و and the
 *    rest of the number follow ("ألفا و312" is 1312, "مليونا ونصف" 1.5 million: a dual in construct is never
 *    followed by و), and otherwise the dual in construct before its counted noun ("ألفا شخص" is 2000);
 *  - scales go down (مليون وألف): each later group stays below the last scale, with one exception, the split
 *    group: after a whole number of hundreds of a scale, و and less than a hundred of the same scale adds to it
 *    ("مائة ألف وألف" is 101 000, "مائة ألف وعشرون ألفا" 120 000);
 *  - a larger scale right after the first scale, before any و, multiplies it ("ألف مليون" is a billion);
 *  - نصف/ربع before a singular scale is that fraction of it (نصف مليون); و + نصف/ربع after a scale adds it
 *    (مليون ونصف), after a unit, teen or ten adds that fraction of one (خمسة ونصف is 5.5), and ends the number;
 *  - فاصلة between two numbers is the decimal point (واحد فاصلة خمسة، 1 فاصلة 1).
 *  - a minus sign on the first digits makes the whole number negative: "-5 آلاف و800" is −5800.
 * The builder takes one part at a time and refuses what the grammar does not allow, without changing state,
 * so the caller can end the number there. Every path through it is short (scales strictly go down after the
 * first و), which bounds the length of a number and the work of the caller's search.
 *
 * Values are exact where the text is: a group written with a decimal part is kept as its decimal numeral and
 * multiplied by a scale as "2.5e6", which parses to the nearest double (2,5 مليون is exactly 2500000).
 */
import type { NumericLiteral } from "./digits.ts";
import type { Atom, HundredAtom, ScaleAtom, UnitAtom } from "./lexicon.ts";

export type Part = { kind: "atom"; atom: Atom; conjunction: boolean } | { kind: "digits"; literal: NumericLiteral; conjunction: boolean };

type Phase =
  | "start" // nothing yet
  | "unit"
  | "teen"
  | "ten"
  | "hundred"
  | "digits"
  | "scale" // right after a scale word: a new group may follow after و
  | "fraction" // نصف before its scale word
  | "point" // after فاصلة, waiting for the decimals
  | "pointWords" // decimals written in words
  | "pointDone"
  | "closed"; // after مليون ونصف: nothing more

const exponentOf = (scale: number) => Math.round(Math.log10(scale));

export class NumberBuilder {
  /** Decimals written in words after فاصلة: units to hundreds only, no scale and no second decimal point. */
  private readonly decimalsOnly: boolean;
  private total = 0;
  private group = 0;
  /** The group as an exact decimal numeral when it has a decimal part ("2.5"), so that scales keep it exact. */
  private groupNumeral: string | undefined;
  private phase: Phase = "start";
  private unit: UnitAtom | undefined;
  private hundred: HundredAtom | undefined;
  private hundredMultiplied = false;
  private lastScale = Infinity;
  /** The group the last scale multiplied, and whether a split group may still follow it (see above). */
  private lastScaledGroup = 0;
  private splitOpen = false;
  private literal: NumericLiteral | undefined;
  private pendingFraction = 0;
  private pointZeros = 0;
  private pointWords: NumberBuilder | undefined;
  /** A و has joined two parts: from then on scales only go down. */
  private joined = false;
  /** The number began with a minus sign; every part is read as a magnitude and the sign applied at the end. */
  private negative = false;
  /** The number is an accusative scale word alone so far (ألفا), read as the dual in construct until و follows. */
  private accusativeAlone = false;
  private writtenDecimals = 0;
  /** The last part is a unit after hundreds with no و ("متين تلاتة"): it may instead start the next number. */
  unitWithoutAnd = false;
  usedWords = false;
  usedDigits = false;

  constructor(decimalsOnly = false) {
    this.decimalsOnly = decimalsOnly;
  }

  clone(): NumberBuilder {
    const copy = Object.assign(new NumberBuilder(this.decimalsOnly), this) as NumberBuilder;
    copy.pointWords = this.pointWords?.clone();
    return copy;
  }

  /** Whether what was read so far is a whole number. */
  complete(): boolean {
    switch (this.phase) {
      case "start":
      case "fraction":
      case "point":
        return false;
      case "unit":
        return this.unit!.standalone;
      case "hundred":
        // "ألف و ميتين": a form that alone is another word ("متين", solid) is a number after a scale and "و".
        return this.hundred!.standalone || this.hundredMultiplied || (this.joined && this.total > 0);
      case "pointWords":
        return this.pointWords!.complete();
      default:
        return true;
    }
  }

  value(): number {
    const magnitude =
      this.phase === "pointWords"
        ? this.total + Number(this.pointNumeral(String(this.pointWords!.value())))
        : this.total + (this.groupNumeral === undefined ? this.group : Number(this.groupNumeral));
    return this.negative ? -magnitude : magnitude;
  }

  /** Digits written after the decimal point (0 for integers and for words without فاصلة). */
  get decimals(): number {
    if (this.phase === "pointWords") return this.pointZeros + String(this.pointWords!.value()).length;
    return this.writtenDecimals;
  }

  /** Adds `part` if the grammar allows it here; returns false (and changes nothing) otherwise. */
  accept(part: Part): boolean {
    if (this.decimalsOnly && part.kind === "atom" && (part.atom.kind === "scale" || part.atom.kind === "fraction" || part.atom.kind === "decimalPoint")) return false;
    // Digits a double cannot hold are never part of a number: the recognizer refuses them on their own.
    if (part.kind === "digits" && !part.literal.exact) return false;
    const afterHundred = this.phase === "hundred";
    const accepted = this.tryAccept(part);
    if (accepted) {
      this.unitWithoutAnd = afterHundred && !part.conjunction && part.kind === "atom" && part.atom.kind === "unit";
      if (part.conjunction) this.joined = true;
      if (part.kind === "digits") this.usedDigits = true;
      else this.usedWords = true;
    }
    return accepted;
  }

  private tryAccept(part: Part): boolean {
    const atom = part.kind === "atom" ? part.atom : undefined;
    const and = part.conjunction;
    switch (this.phase) {
      case "start":
        return !and && this.startGroup(part, false);
      case "scale":
        if (and) {
          // "ألفا و312": the accusative singular after all, one of the scale and not two.
          const singularInstead = this.accusativeAlone ? this.lastScale : 0;
          if (atom?.kind === "fraction") {
            this.total += atom.value * this.lastScale - singularInstead;
            this.accusativeAlone = false;
            this.phase = "closed";
            return true;
          }
          if (!this.startGroup(part, true)) return false;
          this.total -= singularInstead;
          this.accusativeAlone = false;
          return true;
        }
        // "تلات آلاف تلتمية وتمانين", "ألفين ميّة وخمسين": spoken Arabic drops the "و" before the hundreds.
        if (atom?.kind === "hundred" && !this.accusativeAlone && atom.value < this.lastScale) return this.startGroup(part, true);
        // "ألف مليون": a larger scale right after the first scale multiplies it.
        if (!this.joined && atom?.kind === "scale" && atom.value > this.lastScale && atom.number !== "dual" && atom.number !== "dualConstruct") {
          this.total *= atom.value;
          this.lastScale = atom.value;
          this.splitOpen = false;
          this.accusativeAlone = false;
          return true;
        }
        return false;
      case "unit":
        return this.afterUnit(atom, and);
      case "teen":
      case "ten":
        if (and) return atom?.kind === "fraction" && this.addFraction(atom.value);
        if (atom?.kind === "scale") return this.applyScale(atom);
        if (atom?.kind === "decimalPoint") return this.startPoint();
        return false;
      case "hundred":
        return this.afterHundred(part, atom, and);
      case "digits":
        if (and) return false;
        if (atom?.kind === "scale") return this.applyScale(atom);
        if (atom?.kind === "hundred") return this.multiplyHundred(atom);
        if (atom?.kind === "decimalPoint" && this.literal?.plainInteger) return this.startPoint();
        return false;
      case "fraction":
        if (and || atom?.kind !== "scale" || atom.number !== "singular") return false;
        this.total += this.pendingFraction * atom.value;
        this.lastScale = atom.value;
        this.phase = "scale";
        return true;
      case "point":
        return this.afterPoint(part, atom, and);
      case "pointWords":
        return this.pointWords!.accept(part);
      case "pointDone":
        return !and && atom?.kind === "scale" && this.applyScale(atom);
      case "closed":
        return false;
    }
  }

  /** A new group: at the start, or after a scale and و (then below that scale, or a split group of it). */
  private startGroup(part: Part, afterScale: boolean): boolean {
    const limit = afterScale ? this.lastScale : Infinity;
    if (part.kind === "digits") {
      let literal = part.literal;
      if (afterScale && (literal.negative || literal.decimals > 0 || literal.value >= limit)) return false;
      if (literal.negative) {
        literal = magnitudeOf(literal);
        this.negative = true;
      }
      this.setGroup(literal.value, literal.decimals > 0 ? literal.numeral : undefined);
      this.literal = literal;
      this.writtenDecimals = literal.decimals;
      this.phase = "digits";
      return true;
    }
    const atom = part.atom;
    switch (atom.kind) {
      case "unit":
        this.setGroup(atom.value);
        this.unit = atom;
        this.phase = "unit";
        return true;
      case "teen":
      case "ten":
        this.setGroup(atom.value);
        this.phase = atom.kind;
        return true;
      case "hundred":
        this.setGroup(atom.value);
        this.hundred = atom;
        this.hundredMultiplied = false;
        this.phase = "hundred";
        return true;
      case "scale": {
        if (atom.number === "plural") return false;
        const split = afterScale && this.splitOpen && atom.value === this.lastScale;
        if (afterScale && atom.value >= this.lastScale && !split) return false;
        this.lastScaledGroup = atom.number === "singular" ? 1 : 2;
        this.total += this.lastScaledGroup * atom.value;
        this.closeScale(atom.value, split);
        this.accusativeAlone = !afterScale && atom.number === "accusative";
        return true;
      }
      case "fraction":
        if (afterScale) return false;
        this.pendingFraction = atom.value;
        this.phase = "fraction";
        return true;
      case "decimalPoint":
        return false;
    }
  }

  private setGroup(value: number, numeral?: string): void {
    this.group = value;
    this.groupNumeral = numeral;
  }

  private afterUnit(atom: Atom | undefined, and: boolean): boolean {
    const unit = this.unit!;
    if (!atom) return false;
    if (!and && atom.kind === "unit" && atom.teenTail && unit.teenHead) {
      this.group += 10;
      this.phase = "teen";
      return true;
    }
    if (!and && atom.kind === "hundred" && atom.multipliable && unit.hundredHead && this.group === unit.value) {
      this.group = unit.value * atom.value;
      this.hundred = atom;
      this.hundredMultiplied = true;
      this.phase = "hundred";
      return true;
    }
    if (and && atom.kind === "ten" && unit.tensHead && unit.value >= 1) {
      this.group += atom.value;
      this.phase = "ten";
      return true;
    }
    if (and) return atom.kind === "fraction" && unit.standalone && this.addFraction(atom.value);
    if (atom.kind === "scale") return unit.standalone && this.applyScale(atom);
    if (atom.kind === "decimalPoint") return unit.standalone && this.startPoint();
    return false;
  }

  private afterHundred(part: Part, atom: Atom | undefined, and: boolean): boolean {
    if (part.kind === "digits") {
      const literal = part.literal;
      if (!and || !literal.plainInteger || literal.value >= 100) return false;
      this.group += literal.value;
      this.literal = undefined;
      this.phase = "digits";
      return true;
    }
    if (!atom) return false;
    switch (atom.kind) {
      case "unit":
        this.group += atom.value;
        this.unit = atom;
        this.phase = "unit";
        return true;
      case "teen":
      case "ten":
        this.group += atom.value;
        this.phase = atom.kind;
        return true;
      case "scale":
        return !and && this.complete() && this.applyScale(atom);
      default:
        return false;
    }
  }

  private afterPoint(part: Part, atom: Atom | undefined, and: boolean): boolean {
    if (and) return false;
    if (part.kind === "digits") {
      if (!part.literal.plainInteger) return false;
      const numeral = this.pointNumeral(part.literal.digits);
      this.setGroup(Number(numeral), numeral);
      this.writtenDecimals = this.pointZeros + part.literal.digits.length;
      this.literal = undefined;
      this.phase = "pointDone";
      return true;
    }
    if (atom?.kind === "unit" && atom.value === 0 && atom.standalone) {
      this.pointZeros++;
      return true;
    }
    const words = new NumberBuilder(true);
    if (!words.accept(part)) return false;
    this.pointWords = words;
    this.phase = "pointWords";
    return true;
  }

  /** و + نصف/ربع after a whole group below a hundred adds that fraction and ends the number: "خمسة ونصف" is 5.5. */
  private addFraction(fraction: number): boolean {
    this.group += fraction;
    this.groupNumeral = String(this.group);
    this.writtenDecimals = String(fraction).length - 2;
    this.phase = "closed";
    return true;
  }

  /** Digits times مائة/مئة: "٣ مئة" is 300, "322 مائة" 32 200 (an integer as written, below the last scale). */
  private multiplyHundred(atom: HundredAtom): boolean {
    const literal = this.literal;
    if (!atom.multipliable || !literal || literal.decimals > 0 || literal.decimalReading || this.groupNumeral !== undefined) return false;
    const group = this.group * atom.value;
    if (group >= this.lastScale) return false;
    this.group = group;
    this.hundred = atom;
    this.hundredMultiplied = true;
    this.literal = undefined;
    this.phase = "hundred";
    return true;
  }

  private startPoint(): boolean {
    this.phase = "point";
    return true;
  }

  /**
   * The group with the decimals written after فاصلة (and the zeros before them) as a decimal numeral; digits past
   * the 400th cannot change a double, and a longer numeral would only slow Number() down.
   */
  private pointNumeral(digits: string): string {
    return `${this.group}.${`${"0".repeat(this.pointZeros)}${digits}`.slice(0, 400)}`;
  }

  /** Multiplies the current group by a scale word. */
  private applyScale(atom: ScaleAtom): boolean {
    if (atom.number === "dual" || atom.number === "dualConstruct") return false;
    const split = this.splitOpen && atom.value === this.lastScale && this.group < 100 && this.groupNumeral === undefined && !this.literal?.decimalReading;
    if (atom.value >= this.lastScale && !split) return false;
    const literal = this.phase === "digits" ? this.literal : undefined;
    // Before a scale word "1.500" is 1.5 (see digits.ts).
    const reading = literal?.decimalReading ?? literal;
    // Digits without separators as large as the scale are none of its multipliers: "من 2024 ألفا وتسعمائة وخمسة
    // ملفات" is the year, then 1,905 (a thousand thousands is written مليون; "1,234,567 مليون" is grouped on purpose).
    if (literal?.plainInteger && Math.abs(literal.value) >= atom.value) return false;
    if (reading) this.writtenDecimals = reading.decimals;
    const numeral = reading ? reading.numeral : this.groupNumeral;
    this.total += numeral === undefined ? this.group * atom.value : Number(`${numeral}e${exponentOf(atom.value)}`);
    this.lastScaledGroup = reading ? reading.value : Number(numeral ?? this.group);
    this.closeScale(atom.value, split);
    return true;
  }

  /** After a scale word: a new group may follow after و; a split group only after whole hundreds of it. */
  private closeScale(scale: number, wasSplit: boolean): void {
    this.splitOpen = !wasSplit && this.lastScaledGroup >= 100 && this.lastScaledGroup % 100 === 0 && Number.isInteger(this.lastScaledGroup);
    this.setGroup(0);
    this.unit = undefined;
    this.hundred = undefined;
    this.literal = undefined;
    this.lastScale = scale;
    this.phase = "scale";
  }
}

/** A negative literal as its magnitude ("-2.5" → "2.5"), the sign being the builder's. */
function magnitudeOf(literal: NumericLiteral): NumericLiteral {
  const unsigned = (numeral: string) => (numeral.startsWith("-") ? numeral.slice(1) : numeral);
  const reading = literal.decimalReading;
  return {
    ...literal,
    value: Math.abs(literal.value),
    numeral: unsigned(literal.numeral),
    negative: false,
    decimalReading: reading && { ...reading, value: Math.abs(reading.value), numeral: unsigned(reading.numeral) },
  };
}
