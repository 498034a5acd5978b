/* Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate. */

/**
 * Whole words of a title that say the text is a month's ('النشرة الشهرية'), compared as written (no clitics): the text is about a span shorter than any reference period, so a count without a period of its own is held back (title-span.ts). Not 'الأسبوع': 'ملف الأسبوع', 'أرقام الأسبوع' name a programme or a column.
 */
export type Words = string[];
/**
 * 'month' before a month's name in a title ('شهر يوليوز بالأرقام'): the text is about that month (title-span.ts).
 */
export type Words1 = string[];
/**
 * Adverbs that may stand between a verb of exceeding and its number ('الذي فاق لأول مرة مائة موقوف'): the verb still bounds the number (more than 100).
 */
export type Phrases = string[];
/**
 * Words that make the year a few words after them a change's base ('مقارنة مع 2022', 'عن 2022', 'قياسا بسنة 2022'): a parenthesis right after that year that compares two counts ('(87 أمرا بدل 106)') gives its first count the text's period, not the base's.
 */
export type Words2 = string[];
/**
 * Comparison words inside a parenthesis between a count and the one it is compared with ('(87 أمرا بدل 106)', '(5 مقابل 4)').
 */
export type Phrases1 = string[];
/**
 * Verbs and prepositions of reporting right before another body's name ('وأشارت الشرطة البلجيكية إلى أن … تمثل طلباته 12 في المائة', 'حسب الشرطة الإسبانية'): a share the sentence gives is that body's statistic, not a share of the DGSN's figures, and is held back.
 */
export type Words3 = string[];
/**
 * 'worldwide' right after a number's noun ('زهاء 1700 شخص مطلوب عبر العالم'): a count of the whole world (Interpol's), not the DGSN's, and held back; not after a partner marker ('بتنسيق مع نظرائه عبر العالم').
 */
export type Phrases2 = string[];
/**
 * Bodies whose own counts a sentence gives when they act before the number ('ونسقت الأمانة العامة … 47 عملية أمنية': Interpol's General Secretariat), and which are the DGSN's partners when named after it ('عمليات … نسقتها الأمانة العامة للأنتربول') or after a partner marker ('بتنسيق مع').
 */
export type Phrases3 = string[];
/**
 * Suspects and accused persons of one case, after 'في حق' (against) in a count's clause ('صدرت مذكرتا بحث دوليتان في حق مشتبه فيهما'): the count is that case's, not the year's figure of its kind, and is held back.
 */
export type Words4 = string[];
/**
 * 'the prefecture' said again, as whole words with their clitics ('فرقة مكافحة سرقة السيارات التابعة للولاية'): in a text that names a local unit (place_units), the unit named before, so the count is local.
 */
export type Words5 = string[];
/**
 * Forms of 'was/were' that, right before a compared number after a part and its whole ('76 شخصا، بينهم 41 مغربيا …، بعدما كانوا 97'), agree with either: the number may be the whole's or the part's, and is held back.
 */
export type Words6 = string[];
/**
 * Nouns of a year ('سنة', 'عام'): a number right after them is a year ('سنة 2022'), and they name the period a count or a change is placed in.
 */
export type Words7 = string[];
/**
 * Words saying a number is exact ('4677 بالتحديد'): a year is not said to be exact, so a number of four digits before them is a quantity.
 */
export type Words8 = string[];
/**
 * Nouns of 'a number' after a pronoun of being and before a bound ('وهو عدد يقترب من 420 موظفا تكونوا طيلة سنة 2020'): the bound compares the figure before with the number, which, named with a year of its own, is exact (folded, no clitics).
 */
export type Words9 = string[];
/**
 * 'That' ('تلك', 'ذلك'): 'تلك السنة' is the year its sentence named last before it, compared or not ('صحيح أن المقارنة مع 2020 مغرية، … لكن تلك السنة لم تكن سنة عادية: فيها نزل عدد الأوامر الدولية إلى 63 أمرا'), as 'then' ('حينها') is (folded, clitics allowed).
 */
export type Words10 = string[];
/**
 * Plural nouns of rates right before a percentage ('فالأرقام تقفز بنسب تفوق 30 في المائة أحيانا'): the rates of several counts, no one change or share, and unaccounted (folded; a prefix allowed, no ending: 'بنسبة' is one rate).
 */
export type Words11 = string[];
/**
 * Verbs of remaining right before a bound ('لكنه يظل أقل من 11 شخصا سلموا سنة 2019', 'لكنه ما زال دون 960 موظفا سنة 2019'): the bound compares the figure before with the number, which, named with a year other than the text's, is exact (folded, no clitics).
 */
export type Words12 = string[];
/**
 * 'the figure', 'the number' right before a number ('كان الرقم 1940'): it is the figure's value, not a year.
 */
export type Words13 = string[];
/**
 * Forms of 'will be' that, with 'قد' after them, say what the totals have come to ('وبهذه الأرقام تكون حصيلة السنة قد بلغت …'): the sentence sums up, as 'وبذلك' does.
 */
export type Words14 = string[];
/**
 * Words before an indefinite plural of months or weeks with no number ('لمدة أسابيع', 'لعدة أشهر'): how long something else lasted, or how far away in time ('على بعد أشهر من', 'قبل أشهر'), not the span a figure is counted over.
 */
export type Words15 = string[];
/**
 * Nouns of a part of a year that a comparison may name after 'أكثر من' ('ست إنابات أكثر من النصف الأول من السنة الماضية'): the comparison is with a period's count.
 */
export type Words16 = string[];
/**
 * 'the number of', and not 'the total of' (count_of has both): 'عدد هذه المذكرات' names the count of the previous sentence's figure; 'مجموع هذه المذكرات' is the total of its rows.
 */
export type Words17 = string[];
/**
 * Nouns a superlative names a record of ('أعلى رقم', 'أعلى مستوى'): a count called a record is not the base of a change.
 */
export type Words18 = string[];
/**
 * Participles whose 'من' names who acts, not where persons come from ('مطلوبين من الولايات المتحدة'): no country of origin.
 */
export type Words19 = string[];
/**
 * 'Bilateral' ('المبادلات الثنائية شملت 2063 ملفا'): right before a count, what it counts is one partner's part.
 */
export type Words20 = string[];
/**
 * 'Multilateral': with it in the clause ('التعاون الثنائي والمتعدد الأطراف'), 'bilateral' names no one partner.
 */
export type Words21 = string[];
/**
 * Subjects of a question that asks what stated figures mean ('…، هل نحن أمام طفرة؟'), as 'هل هو رقم قياسي؟' does: the figures before it are stated.
 */
export type Words22 = string[];
/**
 * Nouns of working together ('التعاون مع إسبانيا'): with 'مع' before a partner, the partner is the subject a share is told of ('ويمثل التعاون مع إسبانيا وحدها … 29 في المائة').
 */
export type Words23 = string[];
/**
 * Participles saying persons are wanted ('مطلوبين'، 'مبحوث عنهم'): by whom they are wanted follows.
 */
export type Words24 = string[];
/**
 * Judiciary and authorities a nationality after them makes one partner's ('من طرف القضاء الموريتاني'، 'للسلطات القضائية البلجيكية'): the persons they want are that partner's part.
 */
export type Words25 = string[];
/**
 * Prepositions, particles and verbs that may follow a number in place of its counted noun ('بلغ عدد الإنابات 143 خلال السنة'): the counted noun is then looked for before the number.
 */
export type Words26 = string[];
/**
 * Nouns meaning 'the number of' ('عدد', 'مجموع'): the word after them names what a number without a counted noun counts.
 */
export type Words27 = string[];
/**
 * 'of which / of whom' ('منها', 'من بينهم'): a number after them that names no counted noun of its own counts what the previous figure of its sentence counts.
 */
export type Words28 = string[];
/**
 * Nouns of a period's result after 'هو' in the clause right after a restated difference ('الفرق، أي 3795 ملفا، هو حصيلة النصف الثاني'): the difference is that period's count, worked out from the year and its other part (pipeline/extract/transition.ts); before a colon, the list of a report's results, of the report's period rather than of a section's month ('دجنبر 2020⏎في 29 دجنبر، نشرت المديرية حصيلتها: 3950 ملفا'; read-sentence.ts); after a verb of nearing, its measure ('لتناهز الحصيلة السنوية 6 آلاف ملف': about 6,000; verb-qualifier.ts).
 */
export type Words29 = string[];
/**
 * Verbs giving what is left after a subtraction ('فيبقى 16 للنصف الثاني', 'نحصل على 72 في النصف الثاني'): a number after one with no noun of its own counts what the count before it counts, in the period its own clause names (pipeline/extract/count-continuation.ts).
 */
export type Words30 = string[];
/**
 * Pronouns right after a number that say what it is: '3104⏎هو عدد الملفات' (3104: it is the number of files).
 */
export type Words31 = string[];
/**
 * Plural pronouns alone before a number that say it counts what the clause before names: 'عدد المغاربة الذين أوقفوا خارج أرض الوطن، وهم 34 مواطنا'.
 */
export type Words32 = string[];
/**
 * Prepositions right after a change's percentage that name what changed ('تراجع بـ12% في ملفات التعاون': a fall of 12% in the cooperation files).
 */
export type Words33 = string[];
/**
 * Words naming a total ('أي ما مجموعه 84 أمرا'): a compared count added up with the one before it may be the other part of the same year.
 */
export type Words34 = string[];
/**
 * Words right before a number that make it the whole a part named before belongs to ('ويأتي هؤلاء ضمن 88 شخصا': these are among 88 persons; 'تسلم المغرب 8 أشخاص …، من أصل 27 شخصا طيلة 2023': out of 27), not a part. Such a whole that names its own period and counts persons, or what the part's indicator counts, is that indicator's count for its period.
 */
export type Words35 = string[];
/**
 * Verbs whose object takes 'من' ('استفاد منها 640 موظفا', 'benefited from them'; 'قنوات الأنتربول، التي مر منها ألف و190 طلب معلومات', 'passed through them'): 'منها' right after them is no 'of which'.
 */
export type Words36 = string[];
/**
 * Counted nouns that say only 'persons' ('شخص', 'أشخاص'): after 'عدد' and a noun an indicator counts before the number ('بلغ عدد المغاربة الموقوفين بالخارج 54 شخصا'), that noun says what is counted.
 */
export type Words37 = string[];
/**
 * 'their number' ('عددها', 'عددهم'), or a feminine verb agreeing with a plural named before ('والإنابات القضائية الدولية، فقد بلغت 171'): the counted noun is the one the sentence named before the clause ('وفي ما يخص الأوامر الدولية، فقد بلغ عددها 98').
 */
export type Words38 = string[];
/**
 * Words opening a clause that gives the reason or the evidence for the clause before ('إذ', 'حيث'): after a forecast, such a clause with no forecast of its own tells what happened ('… وإلى الرفع من وتيرة التكوين، إذ استفاد 860 موظفا …') (folded, clitics allowed).
 */
export type Words39 = string[];
/**
 * Words opening a clause that says how much of what the clause before named ('ارتفع عدد المبحوث عنهم الموقوفين، إذ بلغ 156 شخصا'), or what it led to ('ونشر 106 أوامر دولية بإلقاء القبض، مكنت من توقيف 119 شخصا'): the number's clause is read with the words of the clause before it.
 */
export type Words40 = string[];
/**
 * 'In it' right before a number ('كنا نعتبر سنة 2016 سنة جيدة، وقد عالجنا فيها 2950 ملفا'): the number is of the period the clause before names.
 */
export type Words41 = string[];
/**
 * 'البالغ' (amounting to) opening a clause: its number is the amount of what the clause before named, in that clause's period ('ما عالجه القطب طوال سنة 2018، والبالغ 4.060 ملفا').
 */
export type Words42 = string[];
/**
 * Relative and temporal words ('التي', 'الذي', 'حين'): a clause they open describes what the previous clause ended on, and takes its period ('مقارنة مع سنة 2016، التي شهدت معالجة 2950 ملفا').
 */
export type Words43 = string[];
/**
 * Phrases that open a clause naming the topic of the next ('وعلى مستوى مذكرات إيقاف سريان الأبحاث الدولية، سجلت الحصيلة 2287 مذكرة'; 'فيما يخص …'، 'أما …'): the words of that clause are read with the next clause's cues.
 */
export type Phrases4 = string[];
/**
 * Nouns that refer back to the figure of the previous sentence ('هذا الرقم', and 'نسبة التطور' under a list's line): a change in a sentence that names no count of its own is a change of that figure.
 */
export type Words44 = string[];
/**
 * Nouns that make a count with no noun of its own a figure of what the count before it counts ('قبل سنة واحدة كان الرقم 5800' after 6312 files).
 */
export type Words45 = string[];
/**
 * Demonstratives, pronouns and words of consequence that open a sentence referring back to the previous sentence's figure ('هذا يمثل زيادة بـ10 في المائة', 'وهو ما يمثل ارتفاعا', 'أي بزيادة 68 في المائة خلال أربع سنوات', 'بمعنى أن حجم العمل ارتفع بنحو 60 في المائة'): a change in it that names no count of its own is a change of that figure.
 */
export type Words46 = string[];
/**
 * Adjectives meaning 'similar' ('مذكرة مماثلة'): a count so qualified is of the same kind as the previous count of its sentence, in the scope its own clause names ('2169 مذكرة لإيقاف سريان الأبحاث الدولية و347 مذكرة مماثلة على الصعيد العربي').
 */
export type Words47 = string[];
export type Words48 = string[];
/**
 * 'لم', 'لا': before a 'more than' verb, it makes the number a maximum ('لم تتجاوز نسبتها 18 في المائة' is at most 18).
 */
export type Words49 = string[];
/**
 * 'not' opening a clause after a comma that names a period ('الرقم 2950 هو حصيلة سنة 2016، لا حصيلة سنة 2017', 'وليس سنة 2017'): the sentence says which period a figure is not of; the period it opens on is its own, not a heading or an opening of the sentences after it (pipeline/extract/denied-period.ts).
 */
export type Words50 = string[];
/**
 * Nouns a category is coordinated with by 'و' in the name of the whole ('الملفات وطلبات المعلومات', 'ملف وطلب معلومات'): the category's cue there names no category.
 */
export type Words51 = string[];
/**
 * A share's nouns ('حصة', 'نسبة', 'نصيب'): the subject of a change verb whose 'إلى' gives the level the share reached ('ارتفعت حصة التكوين الحضوري إلى 75 في المائة'), not a change's size; with the pronoun of whose share right before a count ('فإن نصيبها يناهز 2020 ملفا'), one part's count, not the whole's (pipeline/extract/count-aside.ts)
 */
export type Words52 = string[];
/**
 * The measure a qualifier verb is said of, right after the verb ('عدد', 'نسبة', 'مجموع'; a change: 'وتتجاوز الزيادة 40 في المائة' is more than 40)
 */
export type Words53 = string[];
/**
 * 'Threshold' ('عتبة', 'حاجز', 'سقف') right before a number: a qualifier verb earlier in its sentence governs it across clauses ('تخطى عدد الملفات …، خلال السنة، عتبة 6 آلاف ملف' is more than 6,000).
 */
export type Words54 = string[];
/**
 * 'These', 'this', 'that' between 'عدد' and its noun ('عدد هؤلاء المغاربة 33'): the noun after them is what is counted.
 */
export type Words55 = string[];
/**
 * Words after a percentage change that name its base ('مقارنة بسنة 2023', 'قياسا بما قبل الجائحة'): a change compared with words the reading takes for no period nor count is held back, not read against the year before.
 */
export type Words56 = string[];
/**
 * Words that make the number right after them a compared figure, only there ('بعد 118 في 2020': after 118 in 2020); further away they are no comparison ('بعد رفع القيود عالجت …').
 */
export type Words57 = string[];
/**
 * Words that, right after a change's percentage, make the count after them the change's base ('بزيادة 5% عن 5800 ملف السنة الماضية': 5% more than 5800 files the previous year).
 */
export type Words58 = string[];
/**
 * Two-word phrases whose first word looks like a counted noun and is not one ('الأمر ذاته', the same goes; 'الأمر نفسه'): a pronoun ('عددهم') or a label does not refer to it.
 */
export type Phrases5 = string[];
/**
 * Forms of 'to be' that, after a negation, negate a verb of exceeding further on ('لم يكن عدد الملفات التي نعالجها يتجاوز 900 ملف': at most 900).
 */
export type Words59 = string[];
/**
 * Past forms of 'to be' that 'ما' negates ('ما كان يتعدى 1180 ملفا': at most 1180); 'ما' alone before a verb of exceeding is 'what' ('ما يتجاوز 3000 ملف': more than 3000). Opening a parenthesis before a number, they recall the value of the period named before it ('مقارنة مع النصف الثاني من 2015 (كانت 1455)'; Darija 'كانو').
 */
export type Words60 = string[];
/**
 * Words opening a clause about an earlier period ('بعدما اقتصر هذا النوع من العمليات سنة 2021 على فرنسا وإسبانيا، بثلاث عمليات'): a number opening the next clause, with nothing before it, is of the year that clause names.
 */
export type Words61 = string[];
/**
 * Prepositions opening an aside between commas before a sentence's first figure ('كانت قد أعلنت، في حصيلتها السنوية برسم سنة 2024، عن معالجة 7215 ملفا'): when the aside names results (results_of_period), its period is the sentence's, however far into it the period stands (opening.ts setOffPeriod); and, of time or of partners ('أعادت المصالح الأمنية المغربية، بتنسيق مع نظيراتها الأجنبية، 22 شخصا'), an aside the verb before it reaches over to its number (antecedent-clauses.ts clauseBeforeAside).
 */
export type Words62 = string[];
/**
 * Prepositions of time ('في', 'خلال', 'منذ', 'برسم'), alone or after و or ف: four digits right after one are a year whatever noun follows on the line ('ويلفت الانتباه أن 47 من الموقوفين في 2018 مواطنون مغاربة'; pipeline/extract/years.ts). Matched whole: 'فيها' (in it) before a count is none.
 */
export type Words63 = string[];
/**
 * Words that make an aside name the period of the results ('في حصيلتها السنوية برسم سنة 2024'), not the date of something else ('في بلاغ صدر سنة 2023'): only such an aside gives its period to the sentence after it (aside_openers).
 */
export type Words64 = string[];
/**
 * Participles of exceeding ('متجاوزة حتى سنة 2022 التي سجلت 106 أوامر'): a count after a change that its subject exceeds is a record compared, not the change's base.
 */
export type Words65 = string[];
/**
 * Phrases opening a sentence on another topic ('وعلى صعيد آخر، أفادت المديرية بأن مصالحها أوقفت … 1740 شخصا في قضايا العنف'): its counts recall no figure of the sentences before it.
 */
export type Phrases6 = string[];
/**
 * Words that may stand between a comparison word and its number without counting towards how close it must be ('بعدما كان العدد سنة 2022 قد بلغ 119 شخصا'): the verb 'to be', 'قد', 'the number', the period's words, a demonstrative and 'على' ('بعدما اقتصرت هذه المشاركة على عمليتين'; a year in digits is skipped too).
 */
export type Words66 = string[];
/**
 * 'precisely', 'that is' ('بالتحديد', 'أي'): a number right after them with no indicator of its own restates the previous figure of its sentence ('فاق 140 شخصا، إذ بلغ بالتحديد 148 شخصا').
 */
export type Words67 = string[];
/**
 * 'itself', 'the same' after a noun ('العدد نفسه', 'الرقم ذاته'): a clause naming 'the same number' speaks of the figure before it again, not of a total of its own ('وهو العدد نفسه المسجل في …، أي 84 إنابة').
 */
export type Words68 = string[];
/**
 * 'the correct (figure) is' ('والصحيح هو', 'والصواب'), 'corrected' ('قبل أن يصحح مقدم البرنامج الرقم', 'فاستدرك المقدم'): in a correction, the figures of the sentence before such a word are the ones it withdraws; they are ignored, with the reason.
 */
export type Words69 = string[];
/**
 * A speaker's words that correct the number just said ('عفوا', 'أقصد', 'بالأحرى', the Darija 'سمح ليا'): the number right after them replaces the last number before them, which is withdrawn ('3450 مذكرة بحث، عفوا، 3540') (folded, clitics allowed).
 */
export type Phrases7 = string[];
/**
 * 'instead of' right before a number after a word of correction ('ويصحح … عدد إعلانات البحث: 344 إعلانا بدل 434', 'والصحيح 59 وليس 95'): the number is the value the correction replaces, withdrawn as the figures before the correction's word are (retractions).
 */
export type Phrases8 = string[];
/**
 * 'concerning, about' right after a count's noun ('عالج المكتب 23 ملفا تتعلق بنقل أطفال نحو الخارج'): the count is of one kind of what the noun names, not of all of it; unless the words after it are the indicator's own ('ملفا تتعلق بالتعاون الأمني الدولي') or its cues name the kind ('ملف يتعلق بسيارات مسروقة'), it is unaccounted (pipeline/extract/about-kind.ts).
 */
export type Words70 = string[];
/**
 * 'the rest, the remaining' ('والباقي، أي 112 إنابة'، 'الإنابات الـ72 الباقية'، 'أما النسبة المتبقية، أي 15 في المائة، فتوزعت على قضايا متفرقة'): a count so named is what is left of a whole after its part, which no indicator counts; a share so named takes the category the words after it name, up to its sentence's end (pipeline/extract/remainder.ts).
 */
export type Words71 = string[];
export type Phrases9 = string[];
/**
 * Words that join the counts, besides the و written on the number ('و3380'); 'إلى' after a verb of change ('41 في 2020، قبل أن يرتفع إلى 62 في 2021'). Matched as written (folded), without clitics.
 */
export type Words72 = string[];
/**
 * Words opening a clause that goes on in time from the one before it, before a verb of change and a word of the level reached ('، ثم صعد إلى 104 سنة 2021', '، قبل أن يبلغ 97 سنة 2019'). Matched without a conjunction.
 */
export type Words73 = string[];
/**
 * Verbs and nouns of change or movement ('انتقل', 'ارتفع', 'تراجع', 'ارتفاع').
 */
export type Words74 = string[];
/**
 * 'from' ('من').
 */
export type Words75 = string[];
/**
 * 'to' ('إلى').
 */
export type Words76 = string[];
/**
 * The noun of a rate, which says the same after 'أي' only: 'من 87 إلى 112 أمرا، أي بنسبة 29 في المائة' (not 'من 400 إلى 500 ملف بنسبة إنجاز مرتفعة').
 */
export type Words77 = string[];
/**
 * Nouns of change that, right after the later end, say that the two numbers are a change's ends, not a range, with no word of change before them: 'من 1450 إلى 1620، بزيادة تقارب 12 في المائة' ('أي بنسبة …' too).
 */
export type Words78 = string[];
/**
 * 'then' ('ثم'): a change told in several steps ('من 76 إلى 104 ثم إلى 119'), whose ends' periods the two-end reading cannot tell.
 */
export type Words79 = string[];
/**
 * Change nouns and verbs ('زيادة', 'ارتفاع', 'تراجع', 'فارق').
 */
export type Words80 = string[];
/**
 * Words introducing the new level ('إلى', 'بلغ', 'وصل', 'استقر عند').
 */
export type Words81 = string[];
/**
 * Adjectives after the counted noun that make it an amount ('إضافيا').
 */
export type Words82 = string[];
/**
 * Nouns naming an amount of change, which a level's verb after them gives ('الفرق بين النصفين في عدد الملفات بلغ 375 ملفا'): the number is the amount, not a level.
 */
export type Words83 = string[];
/**
 * Words of `words` that, before a count whose clause names a part of a year, give what the whole leaves for that part, a level, not a change ('منها 3104 في النصف الأول. الفرق إذن 3208 ملفات في النصف الثاني').
 */
export type Words84 = string[];
/**
 * A question alone after a statement on its line that asks whether it is true ('عندي هنا رقم كيقول بلي الأوامر … وصلات 119. صحيح؟', 'هل هذا صحيح؟', 'أليس كذلك؟'): the statement's figures are put to someone to confirm, not stated (pipeline/extract/not-stated.ts).
 */
export type Phrases10 = string[];
/**
 * Questions that assert what they ask about ('أليست 64 إنابة في ستة أشهر دليلا على …؟', 'وماذا عن 44 أمرا دوليا …؟', 'ومن يتذكر أن المكتب عمم ما يناهز 1480 مذكرة؟', 'هل تعلم أن …؟'; a question why, 'لماذا عاد عدد الملفات إلى الارتفاع، بما يناهز 4700 ملف، بعد تراجع سنة 2020؟'): a figure after one in its question is stated. 'هل يعقل أن …' may doubt what follows: it is not one.
 */
export type Phrases11 = string[];
/**
 * Verbs of result ('أسفرت', 'أفضت', 'مكنت'): with a result preposition and an action noun they open a clause whose count the sentence's figure before led to ('66 أمرا دوليا …، أفضت إلى توقيف 74 شخصا').
 */
export type Words85 = string[];
/**
 * Prepositions after a verb of outcome ('أسفرت عن', 'مكنت من', 'أدت إلى'): a number right after the verb, its preposition and an action noun, in the clause of the figure before it with no mark between them ('61 أمرا أسفرت عن توقيف 74 مطلوبا'), is read with those three words.
 */
export type Words86 = string[];
/**
 * Verbs of knowing ('يعلم', 'يعرف', 'يدرك'): a question whether someone knows that something is ('هل يعلم من يصف الحصيلة بالدعاية أن 22 شخصا استقدموا …؟') takes it as true, and the figures after its 'أن' are stated. Not verbs of believing ('من يصدق أن …؟'), which may doubt.
 */
export type Words87 = string[];
/**
 * Words asking a question ('هل', 'كيف', 'كم'): words before two dots with one of them are part of the question ('هل يعقل أن تعالج 7000 ملف.. دون موارد؟'); without one, a headline's statement before its question ('2950 ملفا في سنة واحدة.. كيف صار …؟').
 */
export type Words88 = string[];
/**
 * Participles of a figure recorded for a period ('المسجلة سنة 2024'): after the noun of a number a verb of exceeding governs, the verb compares its subject with that figure, which is exact ('رقم قياسي يتجاوز 7215 ملفا المسجلة سنة 2024').
 */
export type Words89 = string[];
/**
 * Words that answer a question on a line of their own ('نعم.', 'طبعا.'): the answer's figures after them still read with the question's words.
 */
export type Words90 = string[];
/**
 * Words of time and ordinals that make 'على التوالي' mean 'in a row', not 'respectively', among the three words before it ('للسنة الثالثة على التوالي', 'للمرة الثانية على التوالي', 'ثالث ارتفاع على التوالي').
 */
export type Words91 = string[];
/**
 * Words opening a clause that gives only the rate of a change told in the clause before ('سجلت الأوامر أقوى ارتفاع، بنسبة 17 في المائة'): the percentage takes that clause's change word (pipeline/extract/change-direction.ts).
 */
export type Words92 = string[];
/**
 * 'and a rate of' without 'بـ' ('ونسبة'), right after a change's amount and its noun ('أي بزيادة 316 ملفا ونسبة 10,2 في المائة'): the percentage is that change's rate. Not opening a clause, where 'ونسبة 22 في المائة منها' is a share (pipeline/extract/change-direction.ts).
 */
export type Words93 = string[];
/**
 * 'between' before the two periods of a change told by its ends ('من 79 إلى 88 بين 2014 و2016'): the earlier end takes the first, the later end the second (pipeline/extract/transition.ts).
 */
export type Words94 = string[];
/**
 * Words between the values of one label for several periods in order ('الأوامر الدولية بإلقاء القبض: 48 ثم 53'): a line above naming the periods in that order gives each its period (pipeline/extract/succession-lines.ts).
 */
export type Words95 = string[];
/**
 * 'respectively' ('على التوالي'): coordinated figures take coordinated years in order (pipeline/extract/respectively.ts).
 */
export type Words96 = string[];
/**
 * Words of a table's header cell naming the change between its period columns ('التغير (%)', 'التطور', 'الفارق'): a number in that column is the change of the row's count from the first period to the last (pipeline/extract/tables.ts).
 */
export type Words97 = string[];
/**
 * Words that open a sentence continuing the one before it ('كما نفذت المصالح الأمنية أربع عمليات'): a sentence that opens with one and names no period takes the period the previous sentence of its paragraph opened with (pipeline/extract/opening.ts).
 */
export type Words98 = string[];
/**
 * Names of another body than the DGSN's national services, or of a local unit of them (the Royal Gendarmerie, customs, a foreign police, a security prefecture, regional or provincial services; a person's own office, 'في مكتبي وحده تابعت هذه السنة ستة ملفات تسليم'; another country's police by its own name, 'مديرية الأمن العام', 'إدارة الشرطة الدولية'; the services of a port or an airport are local_places): a count whose clause names one is that body's figure, not the national figure an indicator tracks, and is held back.
 */
export type Phrases12 = string[];
/**
 * Nouns of a police or security body without its country ('الشرطة'، 'وزارة الداخلية'، 'الأمن العام'): followed by a foreign nationality ('الشرطة الأردنية'، 'وزارة الداخلية القطرية'؛ foreign_nationalities), another country's body, as other_bodies (folded).
 */
export type Phrases13 = string[];
/**
 * Adjectives of nationality other than Moroccan, masculine and folded ('اردني'; the feminine 'اردنيه' is matched too): after one of security_bodies, they name another country's body.
 */
export type Words99 = string[];
/**
 * Phrases saying a figure is the nation's ('على الصعيد الوطني'): in the number's clause before it they outweigh a local unit or another body named earlier in the sentence ('جرى على مستوى الجهة تنفيذ 9 مذكرات …، في وقت عممت فيه المديرية على الصعيد الوطني 1265 مذكرة').
 */
export type Phrases14 = string[];
/**
 * Folded words that look like a partner marker with a clitic but are mostly other words: 'اليه' is 'إليه' (to it) and 'آلية' (a mechanism: 'وأعلنت آلية «أفريبول» أن …', the body acting). Compared as folded whole words; not a partner marker before a body's name (other-body.ts).
 */
export type Words100 = string[];
/**
 * Words besides the relatives that open a new clause between two figures with no mark between them ('بعدما', 'بينما'): '… بانخفاض يقارب 5 في المائة بينما ارتفعت مذكرات توقيف سريان الأبحاث الدولية إلى 2312 مذكرة' gives 2312 the words from 'بينما'; so does a verb of purpose ('ليستقر', 'ليصل'): '… يضيف الربع الأخير 1925 ملفا ليستقر المجموع السنوي عند 7215 ملفا' gives 'المجموع السنوي' to 7215, not to 1925 (clauses.ts).
 */
export type Words101 = string[];
/**
 * The national police and its national services ('المديرية العامة', 'الأمن الوطني', 'المكتب المركزي الوطني', 'قطب التعاون'): a title naming one reports the nation's results, not a local unit's; in a text on a local unit's results, a sentence naming one (or national_bodies, national_level) turns to the nation's figures (local-report.ts).
 */
export type Phrases15 = string[];
/**
 * Other words that say a sentence gives the nation's figures ('المكتب ذاته', 'السلطات المغربية', 'الحصيلة الوطنية', 'معطيات وطنية'): in a text on a local unit's results (its title names the unit: 'أمن البيضاء يكشف حصيلة 2024'), a count is the nation's only from a sentence that names one of these, national_police or national_level; before, it may be the unit's, and is held back.
 */
export type Phrases16 = string[];
/**
 * Cities a local security unit is named by, folded without the article ('طنجه', 'دار بيضاء'): after a service named without the article in a text's title ('أمن البيضاء يكشف حصيلة 2024'), the unit whose results the text reports (local-report.ts).
 */
export type Phrases17 = string[];
/**
 * The head of a unit ('رئيس', 'والي'): a title opening on the head of a local unit ('رئيس المنطقة الإقليمية للأمن بتارودانت: …') reports that unit's results (local-report.ts).
 */
export type Words102 = string[];
/**
 * Phrases saying figures are a local unit's ('محليا', 'على المستوى الجهوي'): in a text on a local unit's results that turned to the nation's figures (national_bodies), a sentence naming one of these, or the unit's place, turns back to the unit's.
 */
export type Phrases18 = string[];
/**
 * Local units named by their place ('ولاية أمن الدار البيضاء', 'أمن إقليم الناظور'): the word after one names, anywhere in the text, the place of that unit, and a count whose clause says it was made there ('ومن بين الموقوفين بالدار البيضاء 6 أجانب') is the unit's, held back as other_bodies' are.
 */
export type Phrases19 = string[];
/**
 * Names of Morocco ('المغرب', 'المملكة'): after a place of local_places they make it all of them, national ('بموانئ المملكة'), not a local unit's.
 */
export type Words103 = string[];
/**
 * Places whose services are a local unit ('ميناء', 'مطار'), right after a word of place_services ('المصالح الأمنية بميناء طنجة المتوسط', 'مصالح الأمن بمطار محمد الخامس'): a count of their clause is held back as other_bodies' are. A port named alone ('حجز 52 سيارة بميناء طنجة المتوسط') is where a national figure was made.
 */
export type Words104 = string[];
/**
 * Nouns of a local administrative unit with the article ('الإقليم', 'العمالة', 'الجهة'), as the subject right after 'that' (complementizers) in a count's clause ('مشيرا إلى أن الإقليم تلقى خلال الفترة نفسها 7 إنابات قضائية دولية'): the count is that unit's, held back as other_bodies' are (folded).
 */
export type Words105 = string[];
/**
 * Definite nouns of the persons an action counted ('الموقوفين', 'المسلمين'): right after a number and 'من' ('6 من الموقوفين تم ضبطهم بمدن العيون والداخلة'), they make it some of them, a part of the count, not the count (folded).
 */
export type Words106 = string[];
/**
 * Nouns of a horizon ('أفق'): within a few words after a number ('رفع عدد المستفيدين … إلى 1000 موظف في أفق 2020'), they make it a target for that horizon, not a result (folded, clitics allowed).
 */
export type Words107 = string[];
/**
 * Words of services ('مصالح', 'شرطة', 'أمن') that make a local_places word a local unit's.
 */
export type Words108 = string[];
/**
 * Nouns of the press and the media ('الصحف الجهوية', 'المواقع الإقليمية'): a regional or local adjective after one qualifies the outlets that report, not a body whose figure it is.
 */
export type Words109 = string[];
/**
 * Nouns of one of a numbered series ('الصورة 1 من 4', 'الحلقة 3 من 10', 'الصفحة 2 من 5'): the number after one and the number of the series after 'من' are set aside (layout.ts), no figures.
 */
export type Words110 = string[];
/**
 * The first word of a chart's or a card's credit line ('المصدر: المديرية العامة للأمن الوطني'): under a block of labels and numbers, it is neither (folded, clitics allowed).
 */
export type Words111 = string[];
/**
 * Words of an aim opening a sentence ('الأولوية هي رفع عدد المستفيدين من التكوين إلى أزيد من ألف موظف', 'نطمح إلى'): a number right after 'إلى' in that sentence is aimed at, not a result (pipeline/extract/not-stated.ts).
 */
export type Words112 = string[];
/**
 * Words that make the number next to them a target, not a result: 'هدف' right before it ('بعيدا عن هدف 4800 ملف'), 'مستهدف' right after it or its noun ('من أصل 7000 مستهدفة'; folded, clitics allowed).
 */
export type Words113 = string[];
/**
 * The verbal noun of reaching: right before a number, or before a target word and the number ('لبلوغ 1500 مستفيد'، 'إلى بلوغ عتبة 8 آلاف ملف'، 'إن بلوغ 150 إنابة … سيكون'), it names an aim or a hope; a stated count takes the verb ('بلغ') (folded, clitics allowed).
 */
export type Words114 = string[];
/**
 * Words that refer back to what led to the count in their clause ('ونشر 106 أوامر دولية بإلقاء القبض، تم على إثرها توقيف 119 شخصا'، 'بموجبها'): the clause of the count before says what it followed (folded, clitics allowed).
 */
export type Phrases20 = string[];
/**
 * Nouns that, with the article and a relative right after them, stand for 'which' and name nothing counted: 'الأمر الذي يمثل ارتفاعا بنحو 6 في المائة' (not a warrant) (folded, clitics allowed).
 */
export type Words115 = string[];
/**
 * Words opening a clause of what had happened before ('بعدما'، 'بعد أن'): a forecast before such a clause does not reach the numbers in it ('تطمح المديرية إلى … ألفي موظف خلال سنة 2025، بعدما بلغ 1620 موظفا في 2024') (folded, clitics allowed).
 */
export type Phrases21 = string[];
/**
 * Words of a threshold between the noun of reaching and its number ('بلوغ عتبة 8 آلاف ملف'، 'تجاوز حاجز'); see reaching_nouns (folded, clitics allowed).
 */
export type Words116 = string[];
/**
 * Words that doubt a figure or say where it was heard ('صحيح'، 'دقيق'، 'رسمي'، 'قرأت'، 'تحدثت'): a figure before a question about it ('2610 ملفات في سنة، هل هو رقم قياسي؟') is stated, unless its sentence has one (folded, affixes allowed).
 */
export type Words117 = string[];
/**
 * Names of a result measured against its target ('نسبة الإنجاز', 'معدل تحقيق الأهداف'): a percentage after one in its clause is that rate, no change nor share an indicator tracks.
 */
export type Phrases22 = string[];
/**
 * Nouns of a writing with chapters ('الدراسة', 'الكتاب', 'التقرير'): 'الفصل الثالث من الدراسة' is a chapter, not the third quarter (with documents; folded).
 */
export type Words118 = string[];
/**
 * 'That', opening a reported clause ('مشيرة إلى أن الدرك الملكي عالج 600 ملف'): a partner marker before it governs the reporting verb, and the body named after it is the clause's subject, not a partner (folded, compared whole).
 */
export type Words119 = string[];
/**
 * Words that make another body a partner of the DGSN's action or the issuer of what it acts on, not its author ('بتنسيق مع الشرطة الإسبانية', 'لفائدة السلطات', 'أوامر صادرة عن النيابات العامة', 'بطلب من وزارة العدل'): a body named right after one does not hold the figure back.
 */
export type Words120 = string[];
/**
 * Foreign or international bodies the DGSN works with that are not a country ('الاتحاد الأوروبي', 'يوروبول'): a count of an indicator whose counts are reported by partner (one_partner_is_part in the indicators catalogue) is that partner's part when its clause names one ('في إطار برنامج الشراكة مع الاتحاد الأوروبي').
 */
export type Phrases23 = string[];
/**
 * Participles of origin ('المنحدرين', 'القادمين', 'الوافدين') after a count of persons, then 'من' and countries ('310 من أطر وضباط الشرطة المنحدرين من 23 دولة إفريقية'): persons from other countries, not the DGSN's own (pipeline/extract/foreign-section.ts).
 */
export type Words121 = string[];
/**
 * Nouns of a country or countries ('دولة', 'دول', 'بلدان') after a participle of origin and 'من' (origin_participles).
 */
export type Words122 = string[];
/**
 * 'Abroad' as a whole word, compared as written ('واستفاد أزيد من 410 موظفين من تكوينات بالخارج', 'تابع 327 إطارا دوراتهم خارج المغرب'): a count of an indicator reported by partner (one_partner_is_part) whose clause says it was held abroad is that part, not the total (pipeline/extract/count-aside.ts); 'وخارجه' (and abroad) is not it.
 */
export type Words123 = string[];
/**
 * Nouns of several partners ('في إطار برامج التعاون مع شركاء أوروبيين وأمريكيين', 'مع دول صديقة'): a clause naming them gives a count over several partners, not one partner's part (partner_bodies).
 */
export type Words124 = string[];
/**
 * Prepositions that place a count with a country: where the persons came from or went to, where they were arrested ('تسلم المغرب من السلطات البلجيكية أربعة مطلوبين', 'أوقف 17 مغربيا فوق التراب الفرنسي'): a count whose own clause places it with one partner country is that partner's part (pipeline/extract/partner-place.ts). Not 'مع': an operation made with one partner ('تنفيذ عمليتين للتسليم المراقب مع السلطات الإيطالية') is counted in the national total.
 */
export type Words125 = string[];
/**
 * Nouns of a language ('بلاغ صادر باللغة الفرنسية'): a country's adjective after one names a language, no partner (pipeline/extract/partner-place.ts).
 */
export type Words126 = string[];
/**
 * Nouns of a tally ('حصيلة', 'أرقام', 'الرقم'): with an adjective of tallies after them, a provisional or a final tally (pipeline/extract/provisional.ts).
 */
export type Words127 = string[];
/**
 * Participles of persons arrested or held ('موقوفا', 'معتقلين'), folded: 'لدى' right after one names who holds them ('٣٧ موقوفا لدى الدرك الملكي'), not a partner of the action as it does after 'مطلوبين' ('مطلوبين لدى القضاء الأمريكي'; pipeline/extract/other-body.ts).
 */
export type Words128 = string[];
/**
 * Darija particles of possession between a noun and its genitive ('المذكرات ديال البحث الدولية', 'الملفات نتاع التعاون'): the cue patterns read the genitive after them as the noun's own (pipeline/extract/scope.ts patternInput).
 */
export type Words129 = string[];
/**
 * Verbs of saying after 'هناك من' / 'ثمة من' (there are those who): 'هناك من يقول إن عدد المغاربة الموقوفين في الخارج يقارب المائة' reports what others claim, and the line's figures are held back (pipeline/extract/not-stated.ts).
 */
export type Words130 = string[];
/**
 * Elatives ('في الجانب الأكثر تداولا', the most talked-about side): a hearsay word right after one is the measure of a comparison, not a report of what others claimed (pipeline/extract/not-stated.ts).
 */
export type Words131 = string[];
/**
 * Verbs of refuting ('وهو ما ينفي الادعاء', 'يفند الأرقام المتداولة'): a claim word right after one is what the text refutes, so the figures on its line before the verb are the text's own, not the claim's; those after it are the claim's (pipeline/extract/not-stated.ts).
 */
export type Words132 = string[];
/**
 * Nouns of media after 'بعض' (some): 'نشرت بعض المواقع أن …' reports what others claimed, and the line's figures are held back (pipeline/extract/not-stated.ts). Alone, such a noun may name the text's own channel ('على مواقع التواصل').
 */
export type Words133 = string[];
/**
 * 'When', opening a clause about a time the clause before names ('مقارنة بالسنة السابقة، حين كانت حصتها 28 في المائة'): a share there whose owner is a pronoun ('حصتها') is of that time, which its own clause does not name, so the owner named earlier is not given to it (pipeline/extract/share-reading.ts).
 */
export type Words134 = string[];
/**
 * Words that join a clause to the one before it within a sentence, as 'و' written on a word does ('فيما', 'بينما'): in a report on a part of a year, a sentence that named the whole year before its first count goes on about the year in the clauses they join ('تسلمت المملكة خلال السنة 22 شخصا، … فيما بلغ عدد عمليات التسليم المراقب عمليتين'; pipeline/extract/count-periods.ts).
 */
export type Words135 = string[];
/**
 * Words of a contrast ('في حين', 'بينما'): a clause set against another, which compares no figure itself. 'The previous year' in a sentence that only contrasts, in a text published after its year, may be the year before the text's or before its writing (pipeline/extract/periods.ts).
 */
export type Words136 = string[];
/**
 * 'There' ('هناك'): before a count whose sentence placed something in one partner country earlier ('أغلبهم في إسبانيا، حيث أوقف هناك 28 شخصا'), the count is that partner's part (pipeline/extract/partner-place.ts).
 */
export type Words137 = string[];
/**
 * A preposition with the pronoun of a country ('إليها', to it): after a count its sentence placed with one partner, a count whose clause has one is that partner's too ('تسلم المغرب من السلطات الهولندية شخصين …، وسلم إليها شخصا واحدا'; pipeline/extract/partner-place.ts).
 */
export type Words138 = string[];
/**
 * Nouns of a person's career, with the pronoun of whose ('وخلال مساره، أشرف على أزيد من 1500 ملف تسليم'): a count over a career is a total of several years, no period's figure (pipeline/extract/averages.ts).
 */
export type Words139 = string[];
/**
 * Nouns that name a partner a party to what a count counts, right after its name ('ما يقارب 1.700 ملف كانت إسبانيا طرفا فيها'): the count is that partner's part, which no breakdown tracks (pipeline/extract/partner-place.ts).
 */
export type Words140 = string[];
/**
 * Duals naming Morocco and one partner together ('في البلدين', 'بين الجانبين'): a count the clause places there ('أنجزت المصالح الأمنية في البلدين ثلاث عمليات') is that one partner's part, as when it names the partner (pipeline/extract/partner-place.ts).
 */
export type Words141 = string[];
/**
 * Nouns of a country's territory ('التراب الإسباني', 'الأراضي الهولندية'): with a partner's nationality after them they name the partner country (pipeline/extract/partner-place.ts).
 */
export type Words142 = string[];
/**
 * Verbs of spreading a whole over kinds ('وتتوزع هذه الإنابات على أصناف مختلفة من الجرائم، … بتسع عشرة إنابة، ثم … بـ11 إنابة'): after one whose subject names what a count counts and 'على' or 'بين', the sentence's counts of that whole are its parts, not the whole figure, and are held back unless a period of their own sets them apart (pipeline/extract/count-aside.ts).
 */
export type Words143 = string[];
/**
 * Nouns of a title or a slogan ('تحت عنوان "شرطة الحدود المفتوحة"', 'تحت شعار'): a body named right after one is the words of a headline, not a body whose figures the sentence gives (pipeline/extract/other-body.ts).
 */
export type Words144 = string[];
/**
 * Words naming the channel a thing came through ('عن طريق المكتب المركزي الوطني', 'عبر', 'بواسطة'), folded: a national body right after one, in a text on a local unit's results, is the channel of the unit's work, not a turn to the nation's figures (pipeline/extract/local-report.ts).
 */
export type Words145 = string[];
/**
 * Verbs of what a thing concerns ('سبع عشرة إنابة، تهم الاتجار في المخدرات'), folded: after a comma right after a count, the clause they open says what that count counts and goes on with its clause, unless it names a figure or a part of the count (pipeline/extract/clauses.ts). Verbs only: a participle ('مرتبط') may be the predicate of the sentence's subject.
 */
export type Words146 = string[];
/**
 * Nouns of a part of a count without its size ('يتعلق جزء مهم منها بالاتجار في المخدرات', 'بعض', 'معظم'), folded: a clause after a comma that names one concerns a part of the count before it, not all of it, and so does not go on with that count's clause (pipeline/extract/clauses.ts).
 */
export type Words147 = string[];
/**
 * Nouns of a fraction ('نصفهم', 'ثلث الملفات'), with their clitics: after 'more than' or 'less than' one names a part of a count ('أكثر من نصفهم (44 شخصا)'), not a comparison with another period's figure (pipeline/extract/count-continuation.ts).
 */
export type Words148 = string[];
/**
 * Nouns of a post on a network ('تدوينة مضمنة من حساب المديرية على منصة X:'): a quote under a line naming one is the post's own words, which may be the institution's; a quote under a line reporting a claim ('تداولت صفحات … صورة مرفقة بنص جاء فيه:') is the claim (pipeline/extract/not-stated.ts).
 */
export type Words149 = string[];
/**
 * 'Alone' after a period that opens a sentence ('وفي النصف الأول من السنة وحده، كان عدد الموقوفين قد بلغ 74 شخصا'): the sentence sets that part apart, and the sentence after it goes on with none of its period (compared as written, clitics included; pipeline/extract/opening.ts).
 */
export type Words150 = string[];
/**
 * Phrases that refer back to the services or the place the sentence before named ('وأضاف المسؤول أن المصالح ذاتها حجزت 12 سيارة مسروقة', 'عمليات المراقبة بالميناء ذاته'): after a sentence whose counts were another body's or a local unit's, the counts are that body's too (pipeline/extract/other-body.ts).
 */
export type Phrases24 = string[];
/**
 * Regions whose name starts with a partner country's cue ('دول أمريكا اللاتينية مجتمعة … دون 1 في المائة'): they name no category of the partner breakdown (pipeline/extract/categories.ts).
 */
export type Phrases25 = string[];
/**
 * Words that make a share one of several categories together ('وتستأثر إسبانيا وفرنسا معا بـ58 في المائة من التبادلات'): no one category's share, unaccounted (pipeline/extract/share-reading.ts).
 */
export type Words151 = string[];
/**
 * Words that place a category behind or ahead of another in a ranking ('ثاني شريك للمغرب بعد فرنسا، بنسبة 24%'): the category right after one is the one compared with, not the subject of a share that names none in its own clause (pipeline/extract/share-reading.ts).
 */
export type Words152 = string[];
/**
 * Words of a table's first header cell saying that its rows are periods ('| السنة | الملفات المعالجة | الإنابات القضائية |'): the table is transposed, each column's header names what its numbers count and each row's first cell their period (pipeline/extract/tables.ts).
 */
export type Words153 = string[];
/**
 * Words of an average over several periods ('المتوسط السنوي للفترة الممتدة من 2018 إلى 2022', 'المتوسط الخماسي'): a count of such a clause is the average, not a period's count, and a change measured against it is no change between two periods; both are held back.
 */
export type Words154 = string[];
/**
 * Yearly adjectives that make 'بمعدل' an average over years ('بمعدل نمو سنوي يقارب 10%'), not the rate of a change ('ارتفع بمعدل 24 في المائة') or a rate per day.
 */
export type Words155 = string[];
/**
 * Nouns of a measure the catalogue counts nothing of (the time a file takes, a cost): a change whose subject one is ('أي أن المدة تقلصت بنحو 42 في المائة') is no change of a count named before it.
 */
export type Words156 = string[];
/**
 * Words before 'المتوسط' that make it the Mediterranean, not an average ('ميناء طنجة المتوسط', 'البحر الأبيض المتوسط').
 */
export type Words157 = string[];
/**
 * 'Per year' after 'بمعدل' and its number ('أي بمعدل 139 إنابة تقريبا في السنة'): the average of several years, no year's count (pipeline/extract/averages.ts).
 */
export type Phrases26 = string[];
/**
 * Words opening a sentence that recalls an earlier period's results ('وللتذكير، فقد سجلت سنة 2024 كاملة معالجة 7215 ملفا، …، ومتابعة 162 إنابة'; 'يذكر أن …'): as in a sentence that sums up (summing_up) or one in the pluperfect ('وكانت المديرية قد أغلقت سنة 2021 على …'), a count of it whose clause names no period has the period the sentence's first count named (pipeline/extract/count-periods.ts).
 */
export type Words158 = string[];
/**
 * Nouns of documents a year may date ('اتفاقية الرياض العربية للتعاون القضائي لسنة 1983', 'القانون رقم 07.03', 'ظهير 1958'): a year a few words after one dates the document, and is not a year the text is talking about ('the same year' after it is not that year: pipeline/extract/topic-years.ts).
 */
export type Words159 = string[];
/**
 * Past forms of 'to be' that, before a verb in the present, tell what used to happen ('حين كنت في القطب كنا نعالج حوالي ثلاثة آلاف ملف في السنة'): a count 'per year' (per_year) ending its clause, in such a sentence naming no year, is a yearly rate of those years, not a period's count (pipeline/extract/averages.ts yearlyRate).
 */
export type Words160 = string[];
/**
 * Words opening a sentence that sums up totals ('وبذلك يكون عدد الإنابات … خلال سنة 2017 قد بلغ 104 إنابات، فيما بلغ عدد الأوامر … 71 أمرا'; 'وبهذه الأرقام، يرتفع عدد الملفات … منذ بداية السنة إلى 2180 ملفا، فيما بلغ عدد الإنابات 62 إنابة'): a count of it whose clause names no period has the period the sentence's first count named (pipeline/extract/count-periods.ts).
 */
export type Words161 = string[];
/**
 * 'of this kind' after a compared count's noun ('41 منها مرتبطة بتهريب المخدرات وتبييض الأموال، مقابل 35 إنابة من هذا الصنف سنة 2023'): the count compares the part told right before it, not its whole (pipeline/extract/count-continuation.ts).
 */
export type Phrases27 = string[];
/**
 * 'if' of a condition contrary to fact ('ولو عالج القسم المغربي 10 آلاف ملف في السنة، … لاحتاج …'): a number in its clause, up to the clause's end, is hypothetical and held back as a forecast's is; a number in the clause after it is stated ('ولو جمعنا الأنصاف، فإن سنة 2020 كلها أغلقت على 3950 ملفا'; pipeline/extract/not-stated.ts).
 */
export type Phrases28 = string[];
/**
 * Words opening on 'ل' that are not the answer of 'لو' (a verb with its 'ل': 'لو طبقنا حصة إسبانيا على العدد الإجمالي، لحصلنا على نحو 2237 ملفا', whose number is hypothetical): 'لكن', 'لأن', 'لذلك' open clauses of their own; a verb of finding states what is ('ولو عدنا إلى سنة 2019، لوجدنا أن الرقم لم يكن يتجاوز 4480 ملفا'; pipeline/extract/not-stated.ts).
 */
export type Words162 = string[];
/**
 * Words of a forecast, a possibility or the writer's own estimate ('فقد يصل عدد الملفات إلى نحو 6 آلاف و600 ملف مع نهاية السنة', 'يتوقع'; 'وأقدّر … أن عدد المغاربة المبحوث عنهم … لا يقل عن 400 شخص', a guess: 'وأغامر بالقول إن …', 'تخمين'; a recollection the writer doubts: 'إن لم تخني الذاكرة'): the figures of such a sentence are held back, as a question's are: expected or estimated, not counted.
 */
export type Phrases29 = string[];
/**
 * Words that report what others claimed ('تداولت بعض المواقع أن القطب عالج 7 آلاف ملف', 'قرأنا أن عددها تراجع إلى 130'): the figures of such a sentence are held back, as a question's are; the institution's own reporting verbs ('أفادت المديرية') are not among them.
 */
export type Words163 = string[];

/**
 * Words that tell the extract stage how a number relates to the words around it (pipeline/extract/grammar-words.json), independent of any indicator. Written folded and without clitics, as catalogue cues.
 */
export interface GrammarWords {
  month_titles: Words;
  month_noun: Words1;
  verb_adverbs: Phrases;
  change_base_words: Words2;
  pair_comparisons: Phrases1;
  reporting: Words3;
  worldwide: Phrases2;
  bodies_acting_before: Phrases3;
  case_subjects: Words4;
  unit_back_references: Words5;
  past_being: Words6;
  year_nouns: Words7;
  exactly: Words8;
  a_number_near: Words9;
  distal_demonstratives: Words10;
  plural_rates: Words11;
  remaining_verbs: Words12;
  the_number: Words13;
  will_be: Words14;
  duration_openers: Words15;
  period_part_nouns: Words16;
  number_of: Words17;
  record_nouns: Words18;
  agent_participles: Words19;
  bilateral: Words20;
  multilateral: Words21;
  interpreting_subjects: Words22;
  partnership_nouns: Words23;
  wanted_participles: Words24;
  judicial_bodies: Words25;
  not_counted: Words26;
  count_of: Words27;
  part_markers: Words28;
  result_nouns: Words29;
  subtraction_results: Words30;
  pronouns_of_being: Words31;
  they_are: Words32;
  change_of: Words33;
  totals: Words34;
  whole_markers: Words35;
  verbs_with_min: Words36;
  generic_counted: Words37;
  pronoun_counts: Words38;
  reason_openers: Words39;
  explanatory_openers: Words40;
  in_it: Words41;
  amounting: Words42;
  relatives: Words43;
  topic_openers: Phrases4;
  back_references: Words44;
  count_back_references: Words45;
  back_reference_openings: Words46;
  similar: Words47;
  /**
   * Verbs that qualify a number said of a measure before it ('تجاوز عددها ستة آلاف' is more than 6,000; 'ناهزت نسبتها 14 في المائة' about 14). A verb right before the number is the recognizer's (pipeline/arabic/lexicon/qualifiers.json).
   */
  qualifier_verbs: {
    gt: Words48;
    approx: Words48;
  };
  negations: Words49;
  denials: Words50;
  whole_name_nouns: Words51;
  share_nouns: Words52;
  measure_nouns: Words53;
  thresholds: Words54;
  demonstratives: Words55;
  base_comparisons: Words56;
  comparison_right_before: Words57;
  base_after_change: Words58;
  idioms: Phrases5;
  negated_being: Words59;
  negated_past_being: Words60;
  earlier_clause_openers: Words61;
  aside_openers: Words62;
  time_prepositions: Words63;
  results_of_period: Words64;
  exceeding_participles: Words65;
  other_topic_openers: Phrases6;
  comparison_fillers: Words66;
  restating: Words67;
  itself: Words68;
  retractions: Words69;
  spoken_corrections: Phrases7;
  instead_of: Phrases8;
  concerning: Words70;
  remainder: Words71;
  /**
   * Words that qualify a number from after it, right after the number or its counted noun ('16٪ تقريبا', '74 شخصا على الأقل', 'عشرة في المائة ونيفا': more than ten; Darija 'زوج في المية وشوية', two and a bit; 'ثلاثة في المائة وكسور'); a phrase is written as words separated by one space.
   */
  trailing_qualifiers: {
    approx: Phrases9;
    gt: Phrases9;
    gte: Phrases9;
    lte: Phrases9;
  };
  /**
   * A series of counts, one per period, with the noun said once ('مقابل 4060 سنة 2018 و3380 سنة 2017'; count-series.ts): a count with no noun of its own goes on from the one before it when these words join them.
   */
  series: {
    joiners: Words72;
    clause_openers: Words73;
  };
  /**
   * A change told by its two ends ('انتقل عدد الأوامر من 49 إلى 57 أمرا', 'ارتفع من 2710 إلى 2954 ملفا'): after one of `words`, a number after `from` and before `to` is the earlier end (the base period), the number after `to` the later one. Without such a word, 'من 49 إلى 57' may be a range, and is not read as a change.
   */
  transitions: {
    words: Words74;
    from: Words75;
    to: Words76;
    rate_after_ends: Words77;
    after_ends: Words78;
    then: Words79;
  };
  /**
   * A count that is the amount of a change, not a level ('بزيادة 1120 ملفا', 'ارتفاعا بـ12 إنابة', '1120 ملفا إضافيا'): the catalogue tracks no such difference, so it is not read as the indicator's count. A word of `levels` between the change word and the number makes it the new level ('ارتفع إلى 5800', 'ارتفع ليبلغ 5800').
   */
  differences: {
    words: Words80;
    levels: Words81;
    after: Words82;
    amount_nouns: Words83;
    rest_of_whole: Words84;
  };
  /**
   * Marks ending a question ('؟', '?'): the figures of a question are asked, not stated, and are held back.
   *
   * @minItems 1
   */
  questions: [string, ...string[]];
  confirmation_questions: Phrases10;
  presupposing_questions: Phrases11;
  result_verbs: Words85;
  result_prepositions: Words86;
  knowing_verbs: Words87;
  question_words: Words88;
  recorded: Words89;
  replies: Words90;
  in_a_row: Words91;
  /**
   * Comparatives that, right before 'بنسبة' or 'بـ' and a percentage, make it a change ('هذا أعلى بنسبة 11 في المائة من النصف الأول', 'أدنى بـ10 في المائة من النصف الثاني لسنة 2019'); alone before a percentage they name a rank ('أعلى نسبة'), no change.
   */
  comparatives: {
    increase: Words48;
    decrease: Words48;
  };
  rate_openers: Words92;
  coordinated_rate_openers: Words93;
  between: Words94;
  succession: Words95;
  respectively: Words96;
  change_columns: Words97;
  continuations: Words98;
  other_bodies: Phrases12;
  security_bodies: Phrases13;
  foreign_nationalities: Words99;
  national_level: Phrases14;
  partner_marker_homographs: Words100;
  clause_openers: Words101;
  national_police: Phrases15;
  national_bodies: Phrases16;
  unit_cities: Phrases17;
  unit_heads: Words102;
  local_level: Phrases18;
  place_units: Phrases19;
  home_country: Words103;
  local_places: Words104;
  local_unit_subjects: Words105;
  result_partitives: Words106;
  horizons: Words107;
  place_services: Words108;
  media_nouns: Words109;
  series_labels: Words110;
  credit_lines: Words111;
  aims: Words112;
  targets: Words113;
  reaching_nouns: Words114;
  result_phrases: Phrases20;
  relative_heads: Words115;
  past_openers: Phrases21;
  target_thresholds: Words116;
  doubting: Words117;
  achievement_rates: Phrases22;
  writings: Words118;
  complementizers: Words119;
  partner_markers: Words120;
  partner_bodies: Phrases23;
  origin_participles: Words121;
  country_nouns: Words122;
  abroad: Words123;
  several_partners: Words124;
  place_prepositions: Words125;
  language_nouns: Words126;
  tally_nouns: Words127;
  /**
   * Adjectives of a tally noun: provisional ('حصيلة مؤقتة', 'أرقام أولية') and final ('الحصيلة النهائية'). In a text that names a final tally, a count after a provisional one in its sentence is held back (pipeline/extract/provisional.ts).
   */
  tallies: {
    provisional: Words48;
    final: Words48;
  };
  held_participles: Words128;
  /**
   * Words saying persons are still at large: a verb of remaining ('ما زالوا', 'لا يزالون', 'ظلوا') and, a few words after it, a word of flight ('في حالة فرار', 'فارين', 'طلقاء'). A count of persons its clause says are still at large after it ('عن مصير «قرابة مائة مطلوب» قالت إنهم ما زالوا في حالة فرار') counts those not arrested, which no indicator tracks (pipeline/extract/at-large.ts). Not a word of flight alone: 'أوقف 97 مطلوبا فارين من العدالة' were arrested.
   */
  still_at_large: {
    still: Words48;
    at_large: Words48;
  };
  /**
   * Words of a question asking to judge a statement ('صح أم خطأ؟'): with one of each in the question, the sentence after it is a statement offered to judge, not stated (pipeline/extract/read-sentence.ts).
   */
  true_or_false: {
    true: Words48;
    false: Words48;
  };
  genitive_particles: Words129;
  someone_says: Words130;
  elatives: Words131;
  refuting_verbs: Words132;
  hearsay_media: Words133;
  time_conjunctions: Words134;
  joining_conjunctions: Words135;
  contrasts: Words136;
  place_back_references: Words137;
  partner_pronouns: Words138;
  career_nouns: Words139;
  party_nouns: Words140;
  two_countries: Words141;
  territory_nouns: Words142;
  spread_verbs: Words143;
  title_nouns: Words144;
  channel_words: Words145;
  concerning_verbs: Words146;
  part_quantifiers: Words147;
  fraction_nouns: Words148;
  post_nouns: Words149;
  alone: Words150;
  same_body: Phrases24;
  regions: Phrases25;
  together: Words151;
  ranked_after: Words152;
  period_headers: Words153;
  averages: Words154;
  yearly_adjectives: Words155;
  other_measures: Words156;
  mediterranean: Words157;
  /**
   * Words right after the two values of a label in a 'then and now' list ('الملفات وطلبات المعلومات: 960 آنذاك، 1810 اليوم'): the value said 'now' is of the text's own period, the one said 'then' of the one earlier period the lines above the list name (pipeline/extract/then-and-now.ts).
   */
  then_and_now: {
    then: Words48;
    now: Words48;
  };
  per_year: Phrases26;
  recalling: Words158;
  documents: Words159;
  habitual_being: Words160;
  summing_up: Words161;
  same_kind: Phrases27;
  conditionals: Phrases28;
  conditional_answer_exceptions: Words162;
  forecasts: Phrases29;
  hearsay: Words163;
}
