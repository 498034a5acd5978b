/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * The year before: in a comparison ('مقابل 41 السنة الماضية', 'مقارنة بالعام الماضي'), the year before the figure's period (in a half-year or quarter report, the same part of that year); elsewhere, the year before the text's publication date, which must then be known.
 *
 * @minItems 1
 */
export type Phrases = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words that make a previous_year phrase the year before the one the text is about, not the year before it was written ('قفزة السنة السابقة', 'السنة التي قبلها', 'قبل عام': a year before the period, not the last calendar year): read as in a comparison, whatever the publication date.
 *
 * @minItems 1
 */
export type Words = [string, ...string[]];
/**
 * 'Before it' ('السنة التي قبلها', 'العام الذي سبقه'): said of a count compared with another, the year before that count's period ('هي 2020: 3950 ملفا مقابل 4480 في السنة التي قبلها' is 2019 in a text on 2024).
 *
 * @minItems 1
 */
export type Words1 = [string, ...string[]];
/**
 * The part of a year just before the period ('مقارنة بالأشهر الستة التي سبقتها' in a half-year report: the half before it; the quarter before in a quarterly one). Named in a report on a whole year, the period is unclear.
 *
 * @minItems 1
 */
export type Phrases1 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Adjectives that make a current-period phrase the ongoing year ('السنة الجارية', 'العام الحالي'), the year of writing: in a text published after its own year it is not the text's year, and a figure of it is held back.
 *
 * @minItems 1
 */
export type Words2 = [string, ...string[]];
/**
 * The reference period itself ('السنة الجارية', 'هذه السنة').
 *
 * @minItems 1
 */
export type Phrases2 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'the same period (of)': with a year or the previous year, the same part of that year ('نفس الفترة من السنة الماضية').
 *
 * @minItems 1
 */
export type Phrases3 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * @minItems 1
 *
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^(H[12]|Q[1-4])$".
 */
export type Phrases4 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words that make a figure span several periods when a year follows them ('منذ 2015', 'إلى غاية'): its period is unclear and it is held back.
 *
 * @minItems 1
 */
export type Phrases5 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * @minItems 1
 */
export type PhrasesWithNumbers = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * @minItems 1
 */
export type Words3 = [string, ...string[]];
/**
 * Words opening a span before its first month ('من', 'بين').
 *
 * @minItems 1
 */
export type Words4 = [string, ...string[]];
/**
 * Words between a span's first and last months ('إلى', 'و', 'حتى').
 *
 * @minItems 1
 */
export type Words5 = [string, ...string[]];
/**
 * Words before a month that make the span run from January to its end ('عند نهاية يونيو').
 *
 * @minItems 1
 */
export type Words6 = [string, ...string[]];
/**
 * Words making a year the whole year, before it ('طيلة سنة 2024', 'على مدى عام 2024') or after it ('سنة 2024 كاملة'; Moroccan Arabic 'العام كامل'), or a yearly report's adjective ('في حصيلتها السنوية برسم سنة 2024'): in a half-year or quarter report such a year is the whole year, not the report's part of it; and 'طيلة سنة 2024' spans one period, not several.
 *
 * @minItems 1
 */
export type Phrases6 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words that make a count of a half-year or quarter report the whole year's when they end its clause ('أي 131 موقوفا في السنة، من بينهم …'), and only then: 'في السنة الموالية' and 'في السنة الماضية' name other years. In a yearly report they are a rate's 'per year' and say nothing of the period ('قبل عقد من الزمن، … 2150 ملفا في السنة').
 *
 * @minItems 1
 */
export type Phrases7 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * The event's nouns, folded, without the article.
 *
 * @minItems 1
 */
export type Words7 = [string, ...string[]];
/**
 * Words of 'the past year' that also name the year just ending ('السنة المنصرمة'): outside a comparison, in the yearly results published before their year was out (on 30 December), they may be that very year or the one before, and the figure is held back.
 *
 * @minItems 1
 */
export type Words8 = [string, ...string[]];
/**
 * 'According to' a few words before a phrase of the whole year ('وحسب معطيات الحصيلة السنوية، فقد تابع … 84 إنابة … خلال الفترة الممتدة من فاتح يوليوز إلى 31 دجنبر 2024'): the phrase names the document the figures come from, not their period.
 *
 * @minItems 1
 */
export type Words9 = [string, ...string[]];
/**
 * Words right after a year that make it the whole year: a relative clause about the year itself ('بعد سنة 2014 التي عالج فيها القطب ما مجموعه 2640 ملفا'), in a report on a part of another year.
 *
 * @minItems 1
 */
export type Words10 = [string, ...string[]];
/**
 * 'After' before a year ('فبعد سنة 2020 التي قلصت فيها الجائحة …، عاد القطب ليعالج 4677 ملفا'): the figure is of a later period, not of that year: the reference period when it is the year after, otherwise unclear. In a comparison ('بعد سنة 2023 التي سجلت 2312 مذكرة') the year is the compared count's.
 *
 * @minItems 1
 */
export type Words11 = [string, ...string[]];
/**
 * 'Each year' ('كل سنة') after a phrase naming a part of the year: 'عدد الملفات في الأشهر الستة الأولى من كل سنة انتقل من 2240 ملفا سنة 2021 إلى …' makes a bare year of the sentence that part of it (each-year.ts).
 *
 * @minItems 1
 */
export type Phrases8 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'In parentheses' ('بين قوسين', 'داخل الأقواس'): a sentence saying it and naming one period other than the reference is a legend; a number opening a parenthesis right after a figure, later in the text, is that figure's indicator in the legend's period ('الإنابات القضائية الدولية: 84 (78)' after 'مع أرقام النصف الأول من 2024 بين قوسين').
 *
 * @minItems 1
 */
export type Phrases9 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words before a span of years over which a change is measured ('في ظرف سنتين', 'خلال عامين', 'في ثلاث سنوات', 'على مدى السنوات الثلاث الأخيرة'): a percentage change in such a clause is against the same period that many years before its own (change-span.ts), up to longest_change_span years; a count there stays held back (several_years).
 *
 * @minItems 1
 */
export type Words12 = [string, ...string[]];
/**
 * Words after which a bare year noun, without its article, is a span of one year ('في ظرف سنة', 'في غضون عام', 'خلال عام'; not 'في سنة 2023', nor 'خلال السنة'): a change there is against the same period a year earlier.
 *
 * @minItems 1
 */
export type Words13 = [string, ...string[]];
/**
 * Half a year as a span ('نصف سنة'): after a word of 'over', a change in a half-year report is against the half before ('زيادة بـ10 في المائة في ظرف نصف سنة' in the 2022-H2 results is against 2022-H1); in a report on a year or a quarter it is held back.
 *
 * @minItems 1
 */
export type Phrases10 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * The two halves of a year, compared ('بين النصفين', 'بين نصفي السنة'): a change in a half-year report is against the half before, as after 'half_year'; in a report on a year or a quarter it is held back.
 *
 * @minItems 1
 */
export type Phrases11 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * One year as a span ('سنة واحدة'): after a word of 'over', a change is against the same period a year before its own ('بـ14% في سنة واحدة'), whatever the sentence compared before.
 *
 * @minItems 1
 */
export type Phrases12 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Superlatives of a record ('أعلى رقم في السنوات الأخيرة', 'الرقم القياسي'): a span of several years a few words after one is the record's, not the figure's; a period or a count a few words after one is no change's base.
 *
 * @minItems 1
 */
export type Words14 = [string, ...string[]];
/**
 * Words naming a span of several years without its years ('خلال خمس سنوات', 'في ظرف سنتين', 'على مدى عقد', 'في بداية الألفية', 'في التسعينات'): a figure of such a clause (a total or an average over the span) is no figure of one period and is held back.
 *
 * @minItems 1
 */
export type Phrases13 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words that make a clause a comparison with an earlier period ('مقابل', 'مقارنة', 'قياسا').
 *
 * @minItems 1
 */
export type Phrases14 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words opening a clause that ends a sentence by saying what its changes compare ('وبذلك تكون الأوامر قد تراجعت بنحو 20 في المائة، والموقوفون بنحو 16 في المائة، إذا ما قورنت سنة الجائحة بسنة 2018'): the last year named in that clause is the base of every change of the sentence before it that names none of its own. Opening a sentence ('وإذا قارناها مع 2020، فإن الزيادة تفوق 40 في المائة'; in Darija 'وإلى قارناها مع 2020'), the first year it names is the base of the sentence's changes that name none (pipeline/extract/closing-comparison.ts).
 *
 * @minItems 1
 */
export type Phrases15 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words making a change year on year ('زيادة سنوية'): against the same period a year earlier, also in a sentence that compares across a span of years ('ارتفع بنحو 19 في المائة في ظرف سنتين، في حين … زيادة سنوية لا تتعدى 8 في المائة').
 *
 * @minItems 1
 */
export type Words15 = [string, ...string[]];
/**
 * Words of a span of several years ('تسع سنوات', 'عقد'): in a sentence with one, a change may compare across them, so no base is implied and such a change, or the earlier end of one, is held back.
 *
 * @minItems 1
 */
export type Words16 = [string, ...string[]];
/**
 * Phrases naming an earlier level without its period ('تجاوز مستواه السابق بنحو 29 في المائة', 'مستويات ما قبل الجائحة'): the change compares with that level, not with the year before, so no base is implied and it is held back (folded, clitics allowed).
 *
 * @minItems 1
 */
export type Phrases16 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Month names (both the Maghreb's and the Mashreq's): a span unless right after a day's number.
 *
 * @minItems 1
 */
export type Phrases17 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words of months and weeks ('شهر', 'أسابيع'); right before a part's phrase they name the months it spans ('الأشهر الممتدة من يناير إلى يونيو').
 *
 * @minItems 1
 */
export type Phrases18 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words of rates ('يوميا', 'كل شهر', 'في اليوم'): a rate, also right before a part's phrase ('بمعدل 16 ملفا في اليوم خلال الفصل الثاني').
 *
 * @minItems 1
 */
export type Phrases19 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Verbs of releasing a report: a span a few words after one ('الحصيلة التي عممتها المديرية هذا الأسبوع') dates the release, not the figure.
 *
 * @minItems 1
 */
export type Words17 = [string, ...string[]];
/**
 * 'Since (the start of) January / of the year' ('منذ مطلع يناير', 'منذ بداية السنة'): January to the end of the reference period, when that is a period (in a report on a second quarter, the first half); otherwise (to the end of a third quarter) the period is unclear.
 *
 * @minItems 1
 */
export type Phrases20 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'Until' before a day and a month, or a month's end, with no start named ('وحتى 30 أبريل، كان العدد التراكمي … قد بلغ 36 شخصا', 'وإلى غاية متم شتنبر'): a running total of the year up to that day; unless the day ends the reference period, the count is no period's figure (pipeline/extract/until-day.ts).
 *
 * @minItems 1
 */
export type Phrases21 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'That period' ('تلك الفترة', 'تلك المرحلة'): the period the text last named outside a comparison, with the part of the year named right before its year ('إذا عدنا إلى النصف الثاني من سنة 2020 … فبحسب أرقام تلك الفترة' is 2020-H2; topic-years.ts). In a report on a part of a year, a year named alone leaves it unclear.
 *
 * @minItems 1
 */
export type Phrases22 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'The same year' ('السنة ذاتها', 'نفس السنة'): the year the text last named outside a comparison (pipeline/extract/topic-years.ts), else the reference period.
 *
 * @minItems 1
 */
export type Phrases23 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * Words right after a part of a year that refer it to the year the sentence named before ('مقابل 36 أمرا خلال النصف الأول من 2018 و41 خلال النصف الثاني منها': the second half of 2018).
 *
 * @minItems 1
 */
export type Phrases24 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];
/**
 * 'The following year' ('السنة الموالية', 'العام الذي تلاه'): the year after the one the text last named outside a comparison; held back when it named none.
 *
 * @minItems 1
 */
export type Phrases25 = [
  [[string, ...string[]], ...[string, ...string[]][]],
  ...[[string, ...string[]], ...[string, ...string[]][]][]
];

/**
 * How a text names a period other than its reference period (pipeline/catalogue/periods.json). Words are folded as in the indicators catalogue; a phrase is a list of consecutive words, each given with its alternatives.
 */
export interface PeriodPhrases {
  previous_year: Phrases;
  preceding_words: Words;
  before_it: Words1;
  previous_part: Phrases1;
  ongoing_year_words: Words2;
  current_period: Phrases2;
  same_period: Phrases3;
  /**
   * Phrases naming a part of a year, keyed by the part's code in a period ('H1': 'النصف الأول', 'الأشهر الستة الأولى'; 'Q1': 'الربع الأول', 'الأشهر الثلاثة الأولى'). With a year they name that part of it; alone, that part of the reference year.
   */
  parts: {
    [k: string]: Phrases4;
  };
  spans: Phrases5;
  /**
   * The months of the report's own length, said without which they are ('خلال الأشهر الثلاثة' in a report on a quarter, 'الأشهر الستة' in one on a half-year, 'الأشهر الاثني عشر' in a yearly one): the reference period.
   */
  report_months: {
    H: PhrasesWithNumbers;
    Q: PhrasesWithNumbers;
    Y: PhrasesWithNumbers;
    why: string;
  };
  /**
   * Phrases that name a quarter only in a report on a quarter or a half-year ('الفصل الثالث').
   */
  quarterly_report_quarters: {
    Q1: Phrases4;
    Q2: Phrases4;
    Q3: Phrases4;
    Q4: Phrases4;
    why: string;
  };
  /**
   * Spans of months that are a half-year or a quarter (pipeline/extract/month-ranges.ts).
   */
  month_ranges: {
    /**
     * The spellings of each month's name, January first (folded, without clitics).
     *
     * @minItems 12
     * @maxItems 12
     */
    months: [Words3, Words3, Words3, Words3, Words3, Words3, Words3, Words3, Words3, Words3, Words3, Words3];
    from: Words4;
    to: Words5;
    end_of: Words6;
    why: string;
  };
  whole_year: Phrases6;
  whole_year_ending_clause: Phrases7;
  /**
   * Years the press names by what happened in them ('سنة الجائحة' is 2020): a year noun followed by one of the words, with the article, is that year. A year named by another event ('سنة الجائحة' is known, 'عام الزلزال' is not) leaves the period unclear, and the figure is held back.
   */
  event_years: {
    words: Words7;
    year: number;
    why: string;
  }[];
  elapsing_words: Words8;
  according_to: Words9;
  whole_year_after: Words10;
  after_words: Words11;
  /**
   * How a page abbreviates a part of a year beside its year ('ن2 2022', 'S1 2024', 'T3 2023'), as written (Arabic-Indic digits are read as digits): a table's header cell so written makes its column that part of the year, and a year so written in prose ('3 690 ملفا في S1-2025', '2023/T3'; joined by a space, a hyphen, an underscore or a slash) is that part (pipeline/extract/part-abbreviations.ts).
   */
  part_abbreviations: {
    /**
     * @minItems 1
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^(H[12]|Q[1-4])$".
     */
    [k: string]: [string, ...string[]];
  };
  each_year: Phrases8;
  in_parentheses: Phrases9;
  /**
   * A year counted back from the reference year ('قبل ثلاث سنوات' in the 2025 results is 2022; the word before the count, the plural nouns of a year, the duals ('سنتين'), and the folded number words with their value (digits are read as digits).
   */
  years_ago: {
    before: Words3;
    over: Words12;
    within: Words13;
    half_year: Phrases10;
    between_halves: Phrases11;
    one_year: Phrases12;
    units: Words3;
    duals: Words3;
    /**
     * The longest span of years a change is read over ('بـ28 في المائة في ثلاث سنوات' in the 2026-H1 results is against 2023-H1). Longer spans ('في ظرف تسع سنوات') are counted both ways by writers (2016–2024 or 2015–2024), so a change over one is held back.
     */
    longest_change_span: number;
    numbers: {
      [k: string]: number;
    };
    why: string;
  };
  record_words: Words14;
  several_years: Phrases13;
  comparisons: Phrases14;
  closing_comparisons: Phrases15;
  /**
   * What a change that names no base period compares with ('بزيادة 29 في المائة').
   */
  implicit_base: {
    /**
     * true: the same period a year earlier, as results reports compare; false: such a change is held back.
     */
    previous_year: boolean;
    why: string;
    year_on_year: Words15;
    not_with: Words16;
    earlier_levels: Phrases16;
  };
  /**
   * Spans shorter than any period the dataset publishes, and rates: a figure whose clause names one is held back.
   */
  shorter_spans: {
    months: Phrases17;
    phrases: Phrases18;
    rates: Phrases19;
    release_verbs: Words17;
    why: string;
  };
  year_to_date: Phrases20;
  until_day: Phrases21;
  that_period: Phrases22;
  same_year: Phrases23;
  part_of_it: Phrases24;
  following_year: Phrases25;
}
