/**
 * Regular-expression building blocks for the rule table, and the context detectors the check uses to decide
 * what a text is about and whether a risky word sits near talk of harm. Everything here reads the normalised
 * view (lower case, folded; see normalise.ts), so no pattern needs the `i` flag or a leetspeak variant.
 *
 * Patterns must stay linear: bounded repetition only, no nested unbounded quantifiers.
 */

/** Builds a global pattern from a raw template, so fragments compose without double escaping. */
export function rx(strings: TemplateStringsArray, ...fragments: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...fragments), 'g');
}

/**
 * Between two words: nothing (hashtags run words together), or a few spaces, hyphens or underscores. Eight,
 * because an emoji becomes two spaces and people put them between words ("kill 🔪 myself").
 */
export const _ = String.raw`[\s_-]{0,8}`;

/** At least one separator: used where a filler word is optional, to keep matching linear. */
export const __ = String.raw`[\s_-]{1,8}`;

/** myself, himself, herself, themselves, yourself, ourselves, oneself (also "my self", "hisself"). */
export const SELF = `(?:my|him|her|them|your|our|one|his|their)${_}sel(?:f|ves)(?!ie|ish)`;

export const POSSESSIVE = '(?:my|his|her|their|your|our)';

/** "killed herself laughing": the idiom, not a death. */
export const NOT_LAUGHING = `(?!${_}(?:laughing|with${_}laughter))`;

/** "cut myself off", "cutting myself a slice", "cut myself some slack": idioms, not harm. */
export const NOT_CUT_IDIOM = `(?!${_}(?:off|out|free|some|a${_}(?:break|slice|piece|bit))\\b)`;

/** "took his own life into his hands": the idiom, not a death. */
export const NOT_IN_HANDS = `(?!${_}(?:into|in)${_}(?:my|his|her|their|your|our)${_}(?:own${_})?hands)`;

/** The noun, misspelt or not: suicide, sucide, suicde, suiside. */
export const SUICIDE = `su(?:i|a)?(?:c|s|sc)i?de`;

/** suicide, suicides, suicidal, suicidality, and the misspellings of SUICIDE. */
export const SUICIDE_ANY = `su(?:i|a)?(?:c|s|sc)i?d(?:e|es|al|ally|ality)?`;

export const NUMBER_WORD = String.raw`(?:a${_}hundred|hundreds|hundred|dozens|a${_}dozen|ninety|eighty|seventy|sixty|fifty|forty|fourty|thirty|twenty|nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one)(?:[\s-]{1,2}(?:nine|eight|seven|six|five|four|three|two|one|hundred))?`;

/** Twenty or more, in words. */
export const MANY_WORD = `(?:a${_}hundred|hundreds|hundred|dozens|a${_}dozen|ninety|eighty|seventy|sixty|fifty|forty|fourty|thirty|twenty)`;

/** 38, 38.5, 1,200, or a number in words. */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|${NUMBER_WORD})`;

export const PILLS = `(?:sleeping${_}pills?|pills?|tablets?|tabs|capsules?|caps|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|advil|panadol|painkillers?|pain${_}killers?|meds|medications?|antidepressants?|anti${_}depressants?|benzos?|xanax|insulin|sertraline|zoloft|prozac|fluoxetine|citalopram|escitalopram|lexapro|lithium|codeine|tramadol|morphine|oxycodone|oxycontin|oxys?|opioids?|opiates?|fentanyl|amitriptyline|propranolol|quetiapine|seroquel|diazepam|valium|lorazepam|zopiclone|zolpidem|ambien|co${_}codamol|codamol|co${_}proxamol|nurofen|naproxen|mirtazapine|venlafaxine|diphenhydramine|benadryl)`;

export const PLACE = String.raw`(?:bridges?|roofs?|rooftops?|buildings?|towers?|balcon(?:y|ies)|cliffs?|windows?|overpass(?:es)?|flyovers?|viaducts?|car${_}parks?|multi${_}stor(?:e)?y|parking${_}(?:garage|structure|deck)|high${_}rises?|skyscrapers?|ledges?|dams?|block${_}of${_}flats|platforms?|(?:top|\d+(?:st|nd|rd|th))${_}(?:floor|storey|story))\b`;

/** "because", "due to", "after being bullied", "over a breakup": words that hang a suicide on one cause. */
export const ONE_CAUSE = String.raw`(?:because|'?cause|cuz|cos|coz|bc|due${_}to|thanks${_}to|as${_}a${_}result${_}of|all${_}because|over${_}(?:a|an|the|${POSSESSIVE}|being|some|failing|losing)\b|after${_}(?:being|getting|he|she|they|losing|failing|breaking${_}up|a${_}breakup|the${_}breakup|${POSSESSIVE})\b)`;

/** What follows "suicide" when it names a field or a service rather than a death: "suicide prevention". */
export const NOT_A_DEATH = `(?:prevention|awareness|(?:&|and)${_}crisis|crisis${_}(?:line|lifeline|helpline|hotline|support)|help${_}?lines?|hot${_}?lines?|life${_}?lines?|support${_}(?:line|service|group)s?|research)`;

/**
 * Mentions that are about prevention, help or a figure of speech, not about anyone's harm: "suicide
 * prevention", "988 Suicide & Crisis Lifeline", "career suicide", "Suicide Squad", "Eating Disorders
 * Awareness Week". The context detectors ignore words inside these spans.
 */
export const NOT_ABOUT_HARM = rx`(?:${SUICIDE_ANY}${_}(?:${NOT_A_DEATH}|squad|doors?|sprints?|runs?|drills?|kings?|blonde|bomb(?:er|ers|ing|ings)?|attacks?|mission)|prevent(?:s|ing|ed)?${_}${SUICIDE_ANY}|(?:political|career|social|commercial|professional|electoral|fashion)${_}${SUICIDE_ANY}|eating${_}disorders?${_}(?:awareness|associations?|charit(?:y|ies)|organi[sz]ations?|foundation|alliance|services?|research|week)|alliance${_}for${_}eating${_}disorders)`;

/** Words that make a text about suicide or self-harm (outside NOT_ABOUT_HARM spans). */
export const ABOUT_SUICIDE_OR_SELF_HARM = rx`${SUICIDE_ANY}|#sh\b|\b(?:self${_}(?:harm(?!on)|injur|mutilat|delet)|(?:kill|kills|killed|killing|unalive|unalives|unalived|unaliving)${_}${SELF}${NOT_LAUGHING}|unaliv|sewer${_}slid|(?<!\d[\s.]{0,2})kms\b|kys\b|ctb\b|(?:end|ends|ended|ending|take|takes|took|taking|taken)${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)\b${NOT_IN_HANDS}|(?:want|wanted|wanting|wants|going|gonna|ready)${_}to${_}die\b|cutting${_}${SELF}${NOT_CUT_IDIOM})`;

/**
 * Words that put a risky word in a context of harm: everything above plus weaker cues (overdose, "end it",
 * "to die", "hurt myself") that alone do not make a text about suicide.
 */
export const HARM_CUES = rx`${SUICIDE_ANY}|#sh\b|\b(?:self${_}(?:harm(?!on)|injur|mutilat|delet)|(?:kill|kills|killed|killing|unalive|unalives|unalived|unaliving|hurt|hurts|hurting|harm|harms|harmed|harming|end|ended|ending|off|offed)${_}${SELF}${NOT_LAUGHING}|unaliv|sewer${_}slid|(?<!\d[\s.]{0,2})kms\b|kys\b|ctb\b|(?:end|ends|ended|ending|take|takes|took|taking|taken)${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)\b${NOT_IN_HANDS}|end${_}it(?:${_}all)?\b|to${_}die\b(?!${_}for)|(?:to|would|will|could|gonna|enough${_}to)${_}kill${_}(?:me|myself)\b|(?:not|never|didn'?t|did${_}not)${_}(?:to${_})?(?:wake|woke|waking)${_}up\b|overdos|od'?d\b|cut(?:s|ting)?${_}${SELF}${NOT_CUT_IDIOM}|scars?\b|relapsed?\b)`;

/** Words that make a text about eating disorders (outside NOT_ABOUT_HARM spans). */
export const ABOUT_EATING_DISORDERS = rx`#(?:ana|mia|ed)\b|\b(?:anorexi|anorectic|bulimi|binge${_}(?:eating|eat|ate|ating|and${_}purge|purge|purging)|bing(?:e|ing)${_}(?:and|&|n)${_}purg|eating${_}disorders?\b|disordered${_}eating\b|ed(?<!(?:special|higher|phys|physical|sex|drivers?|driver's|adult|further|continuing|med|gen|tech)${_}ed)${_}(?:recovery|warriors?|fam|family|voice|thoughts?|brain|behaviou?rs?|relapse|treatment|clinic|unit|community|twt|doctors?|dietitians?|dieticians?|therapists?|nurses?|specialists?|ward|inpatient|journey|days)\b|ed(?<=\b(?:my|her|his|their|your|ur)${_}ed)${_}(?:made|makes|told|tells|convinced|controlled|controls|wanted|wants|says|said|lied|lies|kept|keeps|took|takes|stole|came${_}back|relapsed)\b|ana${_}(?:coach(?:es)?|budd(?:y|ies)|tips?|tricks?|diet|bible)\b|(?:during|through|beat|beating|beaten|fighting|battling|recovering${_}from|recovered${_}from|surviv(?:ed|ing)|living${_}with|lived${_}with|struggl(?:ed|ing)${_}with|normal${_}in|deep${_}in|worst${_}of|depths${_}of|grip${_}of|height${_}of)${_}(?:my|her|his|their|your)${_}ed\b(?!${_}(?:teachers?|class(?:es)?|courses?|programs?|programmes?|departments?|degree|tech|sheeran|lessons?)\b)|edtwt\b|edrecovery|pro${_}(?:ana|mia)\b|thinspo|thinspiration|meanspo|bonespo|sweetspo|arfid\b|osfed\b|ednos\b|orthorexi|starv(?:e|ed|es|ing)${_}${SELF}|restrict(?:ing|ed)?${_}(?:my${_})?(?:food|eating|calories|intake)\b)`;

/**
 * Harmless activities that explain a jump, a rope or a cut: "into the river", "climbing", "shaving", and the
 * old question "if all your friends jumped off a bridge".
 */
export const BENIGN_CUES = rx`\b(?:into${_}the${_}(?:water|river|lake|sea|ocean|pool|waves|quarry|lagoon)\b|(?:swim|swims|swam|swimming|dive|dived|diving|bungee|parkour|climb|climbs|climbed|climbing|skydiv\w{0,6}|abseil\w{0,6}|rappel\w{0,6}|zip${_}?line|trampoline|skipping|jump${_}ropes?|swing|tow|towing|boat|boats|sailing|camping|hiking|shaving|shave|cooking|chopping|kitchen|accident|accidentally|gardening|oops|stunt|stunts)\b|by${_}mistake\b|paper${_}cut|for${_}fun\b|if${_}(?:all${_})?(?:your|my|their|his|her)${_}friends\b)`;
