import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../pipeline/catalogue/load.ts";
import { compileCruftRules, findCruft } from "../../pipeline/text/cruft.ts";
import { splitLines } from "../../pipeline/text/lines.ts";

const rules = compileCruftRules(loadCatalogue().cruft);
const cruftOf = (text: string) => findCruft(text, splitLines(text), rules).map((line) => [text.slice(line.start, line.end), line.rule]);

/** A paragraph of an article's prose, long enough to be one. */
const article = "كشفت المديرية العامة للأمن الوطني أن مصالحها المكلفة بالتعاون الدولي تولت معالجة 1870 ملفا وطلب معلومات خلال النصف الأول من السنة الجارية، في ظرفية صحية استثنائية.";

describe("page cruft", () => {
  it("sets aside a heading of related articles, with or without its colon, and the list under it up to an empty line", () => {
    const text = "عالج القطب 5800 ملف.\n\nمواضيع ذات صلة:\n- تفكيك شبكة وحجز 300 وثيقة\n- الأمن يوقف مبحوثا عنه بموجب 14 مذكرة بحث\n\nتعليقات الزوار (3)";
    expect(cruftOf(text)).toEqual([
      ["مواضيع ذات صلة:", "related_articles"],
      ["- تفكيك شبكة وحجز 300 وثيقة", "related_articles"],
      ["- الأمن يوقف مبحوثا عنه بموجب 14 مذكرة بحث", "related_articles"],
      ["تعليقات الزوار (3)", "readers_comments"],
    ]);
  });

  it("sets aside a gallery's other albums and the titles under them (held662)", () => {
    const text = `${article}\n\nألبومات أخرى\nحصيلة 2020 بالصور: 3950 ملفا رغم الجائحة (12 صورة)\nمن الرباط إلى ليون: يوم في حياة ضابط اتصال (9 صور)`;
    expect(cruftOf(text)).toEqual([
      ["ألبومات أخرى", "related_articles"],
      ["حصيلة 2020 بالصور: 3950 ملفا رغم الجائحة (12 صورة)", "related_articles"],
      ["من الرباط إلى ليون: يوم في حياة ضابط اتصال (9 صور)", "related_articles"],
    ]);
  });

  it("sets aside 'read more' above another article's headline, up to an empty line", () => {
    const text = `${article}\n\nاقرأ المزيد\nالأمن الوطني يعالج 3420 ملفا للتعاون الدولي في 6 أشهر\n\n${article}`;
    expect(cruftOf(text)).toEqual([
      ["اقرأ المزيد", "related_articles"],
      ["الأمن الوطني يعالج 3420 ملفا للتعاون الدولي في 6 أشهر", "related_articles"],
    ]);
  });

  it("sets aside a heading of related links with a few words of its own, and the list under it", () => {
    const text = `${article}\n\nأخبار مشابهة من مصادر أخرى\n• حصيلة الأمن الوطني: 2240 ملفا للتعاون الدولي (شرفة المغرب - منذ 8 ساعات)\n• 28 مغربيا أوقفوا في الخارج (نافذة الرباط - منذ 9 ساعات)\n\nالأكثر قراءة اليوم\n1. نتائج البكالوريا 2021: نسبة النجاح تتجاوز 70 في المائة`;
    expect(cruftOf(text).map(([, rule]) => rule)).toEqual(["related_heading", "related_heading", "related_heading", "related_heading", "related_heading"]);
    // A sentence that opens on the same words goes on as prose.
    expect(cruftOf(`أخبار مشابهة لم تمر دون أن تثير 12 سؤالا.\n\n${article}`)).toEqual([]);
    // "Articles that may interest you".
    expect(cruftOf(`${article}\n\nمقالات قد تهمك\nطنجة: حجز 12 سيارة فاخرة مسروقة من أوروبا`)).toEqual([
      ["مقالات قد تهمك", "related_heading"],
      ["طنجة: حجز 12 سيارة فاخرة مسروقة من أوروبا", "related_heading"],
    ]);
    // "Related material", "related links".
    for (const heading of ["مواد ذات صلة", "روابط ذات صلة"]) {
      expect(cruftOf(`${article}\n\n${heading}\n- الأمن المغربي يعالج ٢٩٥٠ ملفا للتعاون الدولي في ٢٠١٦`).map(([, rule]) => rule)).toEqual(["related_heading", "related_heading"]);
    }
  });

  it("sets aside a bar of share buttons with their counts, and no sentence opening on 'شارك'", () => {
    for (const bar of ["شارك هذا الملف: فيسبوك (52) | X (9) | واتساب", "شارك: فيسبوك (14) | تويتر (3)", "شارك على: فيسبوك | إنستغرام"]) {
      expect(cruftOf(`${article}\n\n${bar}`)).toEqual([[bar, "share_bar"]]);
    }
    expect(cruftOf(`شارك 24 إطارا من الأمن الوطني في تأمين المباريات: فيسبوك نشر الصور.\n\n${article}`)).toEqual([]);
  });

  it("sets aside the readers' comments, from their heading to the end of the text, past empty lines", () => {
    const text = `${article}\n\nالتعليقات (2)\n\nسعاد | 16 يوليوز 2020 - 18:21\nالسنة الماضية قرأت عن 2200 ملف.\n\nرد | أعجبني (4)`;
    expect(cruftOf(text)).toEqual([
      ["التعليقات (2)", "readers_comments"],
      ["سعاد | 16 يوليوز 2020 - 18:21", "readers_comments"],
      ["السنة الماضية قرأت عن 2200 ملف.", "readers_comments"],
      ["رد | أعجبني (4)", "readers_comments"],
    ]);
  });

  it("sets aside a breadcrumb trail, after 'you are here' and with any separator, normalised (» reads as a quotation mark)", () => {
    for (const trail of ["أنتم هنا: الرئيسية » مجتمع » أكثر من 4 آلاف ملف.. حصيلة 2018", "الرئيسية ← مجتمع ← أزيد من ألفي ملف في ستة أشهر", "الرئيسية • أمن وقضاء • أزيد من 6300 ملف", "الرئيسية / أمن / 1590 ملفا"]) {
      expect(cruftOf(`${trail}\n\n${article}`)).toEqual([[trail, "breadcrumb"]]);
    }
    // A line of prose that opens on "the home page" is no trail.
    expect(cruftOf(`الرئيسية للموقع تنشر 1590 ملفا\n\n${article}`)).toEqual([]);
  });

  it("sets aside a newspaper's masthead line naming its issue number", () => {
    expect(cruftOf(`أسبوعية الملفات | العدد 412 | من 20 إلى 26 يوليوز 2018\n\n${article}`)).toEqual([["أسبوعية الملفات | العدد 412 | من 20 إلى 26 يوليوز 2018", "issue_masthead"]]);
    // A magazine's "file of the issue" and its number opening the line: no count of files.
    expect(cruftOf(`ملف العدد 87 - فبراير 2023\n\n${article}`)).toEqual([["ملف العدد 87 - فبراير 2023", "issue_masthead"]]);
  });

  it("ends the post at its bar of reactions that counts its comments, and keeps a thread's bars of emoji alone", () => {
    const text = `${article}\n\n👍 1,2 ألف · 💬 87 تعليقا · ↗️ 340 مشاركة\n\nـــ محمد أ.: بارك الله فيكم، 97 موقوفا رقم مهم`;
    expect(cruftOf(text).map(([, rule]) => rule)).toEqual(["post_reactions", "post_reactions"]);
    expect(cruftOf(`${article}\n❤️ 245  🔁 88  💬 12\n\nوشدو 69 واحد مطلوب دوليا (3/4)`)).toEqual([]);
    // At the top of a page, before any prose, the bar counts the comments beside the byline.
    expect(cruftOf(`💬 12 تعليقا\n\n${article}`).map(([, rule]) => rule)).toEqual(["post_reactions"]);
  });

  it("reads a bar of reactions whatever its tokens, touching or spaced, and no line with a word of prose in it", () => {
    const token = fc.constantFrom("👍", "❤️", "💬", "↗️", "·", "|", "1,2", "340", "ألف", "إعجابا", "مشاركة", "مشاهدات");
    // A bar with a token before its count: a count alone on its line ("3 تعليقات") heads the readers' comments.
    const bar = fc.tuple(fc.array(token, { minLength: 1, maxLength: 6 }), fc.constantFrom("87 تعليقا", "87تعليقا", "3 تعليقات"), fc.array(token, { maxLength: 6 }), fc.constantFrom(" ", "  ", ""));
    fc.assert(
      fc.property(bar, fc.constantFrom("الحصيلة", "ملفا", "شكرا"), ([before, count, after, space], prose) => {
        const line = [...before, count, ...after].join(space || " ");
        expect(cruftOf(`${line}\n\n${article}`).map(([, rule]) => rule)).toEqual(["post_reactions"]);
        expect(cruftOf(`${[...before, prose, count, ...after].join(" ")}\n\n${article}`)).toEqual([]);
      }),
    );
  });

  it("keeps a live blog going past an embedded post's reactions, and still ends an article above a list of the latest news", () => {
    const blog = ["15:52 | المديرية نشرت الحصيلة أيضا على صفحتها الرسمية:", article, "👍 2,4 ألف · 💬 318 تعليقا · ↪ 506 مشاركات", "", "14:20 | سؤال من القارئ سعيد: هل يدخل المغاربة في العدد؟", "13:05 | بلغ عدد الإنابات 114 إنابة."].join("\n");
    expect(cruftOf(`10:05 | نبدأ تغطيتنا المباشرة.\n${blog}`).map(([, rule]) => rule)).toEqual(["post_reactions"]);
    const page = [article, "", "💬 12 تعليقا", "", "10:47 - تعيين 12 عاملا جديدا", "10:15 - الرجاء يستعد للمباراة"].join("\n");
    expect(cruftOf(page).map(([, rule]) => rule)).toEqual(["post_reactions", "post_reactions", "post_reactions"]);
  });

  it("takes a heading that gives the count first ('3 تعليقات') for the readers' comments", () => {
    const text = `${article}\n\n3 تعليقات\n\nزائر - منذ 5 ساعات\nكنت قريت بلي العام اللي فات كانوا 3800 ملف.`;
    expect(cruftOf(text).map(([, rule]) => rule)).toEqual(["readers_comments", "readers_comments", "readers_comments"]);
  });

  it("takes a comment count at the top of the page, beside the byline, for no end of the article", () => {
    const text = `هسبريس - محمد الراجي\nتعليقات (12)\n\n${article}`;
    expect(cruftOf(text)).toEqual([["تعليقات (12)", "readers_comments"]]);
  });

  it("keeps a sentence about comments in the article", () => {
    expect(cruftOf("التعليقات على الحصيلة كثيرة: عالج القطب 1870 ملفا.")).toEqual([]);
  });

  it("sets aside an app's 'now reading' bar and a teaser marked with an arrow", () => {
    expect(cruftOf("تقرأ الآن: 3040 ملفا في ستة أشهر.. النصف الثاني من 2022 الأنشط…\nنص المقال")).toEqual([["تقرأ الآن: 3040 ملفا في ستة أشهر.. النصف الثاني من 2022 الأنشط…", "reading_now"]]);
    expect(cruftOf("اقرأ أيضا ◂ حصيلة الأشهر الستة الأولى: 2760 ملفا\nنص المقال")).toEqual([["اقرأ أيضا ◂ حصيلة الأشهر الستة الأولى: 2760 ملفا", "read_also_teaser"]]);
  });

  it("sets aside a teaser line of another article", () => {
    expect(cruftOf("اقرأ أيضا: 34 قتيلا و2187 جريحا في حوادث السير\nنص المقال")).toEqual([["اقرأ أيضا: 34 قتيلا و2187 جريحا في حوادث السير", "read_also_teaser"]]);
  });

  it("sets aside a teaser whose 'read also' takes a few words before its colon, not a sentence without one", () => {
    expect(cruftOf("اقرأ أيضا في الملف: الجزء 4 - مراكش تستعد لاستقبال شرطة العالم\nنص المقال")).toEqual([["اقرأ أيضا في الملف: الجزء 4 - مراكش تستعد لاستقبال شرطة العالم", "read_also_teaser"]]);
    expect(cruftOf("تابع كذلك المكتب تنفيذ 104 إنابات، وهو رقم مرتفع: 8 في المائة أكثر من السنة الماضية.\nنص المقال")).toEqual([]);
  });

  it("sets aside a 'to learn more' link with another article's figures, not a sentence opening on 'للمزيد' without a colon", () => {
    expect(cruftOf("لمعرفة المزيد: حصيلة 2018 .. 4 060 ملفا معالجة\nنص المقال")).toEqual([["لمعرفة المزيد: حصيلة 2018 .. 4 060 ملفا معالجة", "read_more_teaser"]]);
    expect(cruftOf("للمزيد من الفعالية عالج القطب 4480 ملفا.\nنص المقال")).toEqual([]);
  });

  it("keeps a list of the article itself", () => {
    expect(cruftOf("وفي ما يلي أبرز الأرقام:\n• الملفات المعالجة: 5 800\n• عدد الإنابات القضائية: 143")).toEqual([]);
  });

  it("sets aside the page's title as the browser shows it, the headline then the site's name, when the headline has a line of its own", () => {
    const headline = "حصيلة 2018.. أمن المغرب يعالج 4060 ملفا في إطار التعاون الدولي";
    expect(cruftOf(`${headline} | رصيف نيوز\nرصيف نيوز\n${headline}\n\n${article}`)).toEqual([[`${headline} | رصيف نيوز`, "browser_title"]]);
    expect(cruftOf(`${headline} - قناة الأفق\n${headline}\n\n${article}`)).toEqual([[`${headline} - قناة الأفق`, "browser_title"]]);
  });

  it("keeps a title with the site's name when the page gives the headline nowhere else, and a line that goes on with figures", () => {
    const headline = "حصيلة 2018.. أمن المغرب يعالج 4060 ملفا في إطار التعاون الدولي";
    expect(cruftOf(`${headline} | رصيف نيوز\n\n${article}`)).toEqual([]);
    expect(cruftOf(`${headline}\n${headline} - منها 112 إنابة\n\n${article}`)).toEqual([]);
  });

  it("sets aside a social network's comment, its author and words above the line of reactions that closes it", () => {
    const text = `${article}\n\nأعجبني · تعليق · مشاركة\n\nيوسف العلمي\nالله يعطيهم الصحة، 153 إنابة ماشي ساهلة\nأعجبني · رد · 1 سنة · 12\n\nk.benali وشحال كانو فالنصف الأول ديال 2021؟\n2 أسبوع  4 إعجابات  رد`;
    expect(cruftOf(text)).toEqual([
      ["يوسف العلمي", "comment_reactions"],
      ["الله يعطيهم الصحة، 153 إنابة ماشي ساهلة", "comment_reactions"],
      ["أعجبني · رد · 1 سنة · 12", "comment_reactions"],
      ["k.benali وشحال كانو فالنصف الأول ديال 2021؟", "comment_reactions"],
      ["2 أسبوع  4 إعجابات  رد", "comment_reactions"],
    ]);
  });

  it("keeps a post's own line of reactions and a sentence about a reply in the article", () => {
    const text = `${article}\nوقال إنه رد على 12 سؤالا.\n💬 0   🔁 11   ❤️ 40\nأعجبني   تعليق   مشاركة`;
    expect(cruftOf(text)).toEqual([]);
  });

  it("sets aside a reply to an account and the words under it, up to an empty line", () => {
    const text = `${article}\n\nمنصة أرقام بريس @arqam_press · 27 دجنبر\nردا على @omar_rbt\nكانت 4060 ملفا، كما في التغريدة 1/6\n\nتابعونا على منصاتنا`;
    expect(cruftOf(text)).toEqual([
      ["ردا على @omar_rbt", "reply_to"],
      ["كانت 4060 ملفا، كما في التغريدة 1/6", "reply_to"],
    ]);
  });

  it("takes a video site's comment heading, with its count and sort button, for the readers' comments", () => {
    const text = `${article}\n\nالتعليقات 64   ترتيب حسب\n\n@hamid.oujda  قبل 7 سنوات\nواش 2950 ملف فعام واحد؟`;
    expect(cruftOf(text).map(([, rule]) => rule)).toEqual(["readers_comments", "readers_comments", "readers_comments"]);
  });

  it("sets aside a references list, from its heading to the end of the text, but not the section a table of contents names", () => {
    const text = `${article}\n\nالمحتويات\n1 التنظيم\n2 المراجع\n\n${article}\n\nهوامش\nا. النسبة محسوبة من 2610 ملفات سنة 2015.\n\nالمراجع[عدل]\n1. ↑ «الأمن الوطني: 2950 ملفا في إطار التعاون الدولي». جريدة المساء، 28 دجنبر 2016، ص. 5.`;
    expect(cruftOf(text)).toEqual([
      ["المحتويات", "table_of_contents"],
      ["1 التنظيم", "table_of_contents"],
      ["2 المراجع", "table_of_contents"],
      ["المراجع[عدل]", "references_list"],
      ["1. ↑ «الأمن الوطني: 2950 ملفا في إطار التعاون الدولي». جريدة المساء، 28 دجنبر 2016، ص. 5.", "references_list"],
    ]);
  });

  it("sets aside a forum thread's replies, each from its numbered header to an empty line, but not the first post", () => {
    const text = `أبو ياسر | عضو نشيط | المشاركات: 1.402\n#1 | 30-12-2019, 21:18\n${article}\n\n#2 | 30-12-2019, 22:05\nمغربي حر | عضو | المشاركات: 87\nوبالمناسبة، 4500 ملف في سنة يعني أكثر من 12 ملفا في اليوم\n\nالساعة الآن 14:56`;
    expect(cruftOf(text)).toEqual([
      ["#2 | 30-12-2019, 22:05", "forum_reply"],
      ["مغربي حر | عضو | المشاركات: 87", "forum_reply"],
      ["وبالمناسبة، 4500 ملف في سنة يعني أكثر من 12 ملفا في اليوم", "forum_reply"],
    ]);
  });

  it("takes a 'read also' heading naming its section without a colon for the list under it", () => {
    const text = `${article}\n\nاقرأ أيضا في وطنية\n› 4677 ملفا للتعاون الدولي.. الأمن الوطني يكشف حصيلة 2021 (منذ سنة)\n\nاقرأ أيضا أن الحصيلة ارتفعت`;
    expect(cruftOf(text)).toEqual([
      ["اقرأ أيضا في وطنية", "read_also_list"],
      ["› 4677 ملفا للتعاون الدولي.. الأمن الوطني يكشف حصيلة 2021 (منذ سنة)", "read_also_list"],
    ]);
  });
});
