/**
 * The safe-messaging rule table: what the check looks for, how severe each problem is and what to say about
 * it. Rules are data. To add one, append a rule (or a pattern with an example) here; README.md explains the
 * fields. Sources: reportingonsuicide.org, Samaritans media guidelines, #chatsafe, eating-disorder reporting
 * guidance (docs/safe-messaging.md explains them for readers).
 */
import { type SafetyPattern, type SafetyRule, SafetySeverity } from './types.js';
import {
  _,
  __,
  MANY_WORD,
  NOT_A_DEATH,
  NOT_CUT_IDIOM,
  NUMBER,
  ONE_CAUSE,
  PILLS,
  PLACE,
  POSSESSIVE,
  rx,
  SELF,
  SUICIDE,
} from './vocabulary.js';

/** A bottle, a handful, a box of something. */
const QUANTITY = String.raw`(?:(?:${NUMBER}|several|a${_}few|multiple)${_}(?:bottles|packets|packs|boxes|strips|blister${_}packs|handfuls)${_}of|a${_}(?:whole${_}|full${_}|entire${_})?(?:bottle|handful|box|pack|packet|load|bunch|fistful|strip|month'?s?${_}supply|week'?s?${_}supply)${_}of|(?:${POSSESSIVE}${_})?(?:whole|entire)${_}(?:bottle|supply|stash|pack|box)${_}of|[2-9]\d|\d{3,}|${MANY_WORD})`;

const WEIGHT_UNIT = String.raw`(?:kg|kgs|kilos?|kilograms?|lbs?|pounds?|stone)\b`;

const CALORIES = String.raw`(?:k?cals?|kilocalories|calories)\b`;

const method = {
  id: 'method-or-location',
  kind: 'forbid',
  severity: SafetySeverity.BLOCK,
  message:
    'Describes how or where someone took or harmed their life. Details of method or place can lead vulnerable people to copy them.',
  suggestion:
    'Remove the method and the place. Say that the person died by suicide or self-harmed, and focus on their life, on recovery and on where to find help.',
  patterns: [
    { re: rx`\b(?:hang|hangs|hanged|hung|hanging)${_}${SELF}`, example: 'He hanged himself in 2019.' },
    {
      re: rx`\b(?:found|discovered)${_}(?:(?:him|her|them)${_})?hanging\b(?!${_}(?:out|around|about|on|up|with|off|onto)\b)`,
      example: 'She was found hanging in her room.',
    },
    {
      // "hanging from a tree": a method and a place; decorations hang from trees too, so only near harm.
      re: rx`\b(?:hanging|hanged|hung)${_}(?:from|in|on|off)${_}(?:a|an|the|his|her|their|my|our)${__}(?:[a-z]+${__}){0,2}?(?:trees?|branch(?:es)?|beams?|ceilings?|rafters?|ban{1,2}isters?|stair${_}?(?:wells?|cases?|rails?)|door${_}?frames?|doors?|closets?|wardrobes?|garages?|sheds?|barns?|lofts?|attics?|railings?)\b`,
      when: 'near-harm',
      example: 'He died by suicide, hanging from a tree in the park.',
    },
    {
      re: rx`\b(?:death|died|dies|dying)${_}(?:by|from|of|via|through)${_}(?:a${_})?(?:hanging|self${_}inflicted${_}(?:gunshot(?:${_}wounds?)?|wounds?|injur(?:y|ies)))\b|\b(?:suicide|killed${_}${SELF}|took${_}${POSSESSIVE}${_}(?:own${_})?life)${_}(?:by|via|through|using)${_}(?:a${_}|an${_})?(?:hanging|asphyxiation|asphyxia|suffocation|strangulation|drowning|gunshot|poisoning|carbon${_}monoxide|jumping|a${_}fall|overdose|being${_}hit${_}by${_}a${_}train)\b`,
      example: 'He died by hanging.',
    },
    {
      // Accidents are told in the same words; these count only where suicide is in the air.
      re: rx`\b(?:death|died|dies|dying)${_}(?:by|from|of|via|through)${_}(?:a${_}|an${_})?(?:asphyxiation|asphyxia|suffocation|strangulation|drowning|gunshot|poisoning|carbon${_}monoxide|jumping|a${_}fall|overdose|being${_}hit${_}by${_}a${_}train)\b`,
      when: 'near-harm',
      example: 'His suicide note was found; he died of carbon monoxide poisoning.',
    },
    {
      re: rx`\b(?:(?:killed|kill|kills|killing|unalived|unalive|unaliving)${_}${SELF}|(?:took|take|takes|taking|ended|end|ending)${_}${POSSESSIVE}${_}(?:own${_})?life|(?:ended|end|ending)${_}it(?:${_}all)?)${_}(?:with(?!${_}(?:no|out)\b)|using|by${_}(?:hanging|jumping|shooting|drowning|overdos\w{0,3}|taking|cutting|poisoning|gassing|stepping|lying|throwing|setting|suffocating|slitting))${__}[a-z0-9']+`,
      example: "He killed himself with his dad's gun.",
    },
    {
      re: rx`\b(?:tie|tied|ties|tying|make|made|making|bought|buy|buying|got)${_}(?:a|the|my)${_}nooses?\b`,
      example: 'He tied a noose.',
    },
    {
      re: rx`\b(?:nooses?|ligatures?)\b`,
      when: 'near-harm',
      example: 'I wanted to die and kept thinking about a noose.',
    },
    {
      re: rx`\b(?:bought|buy|buys|buying|got|get|getting|ordered|order|tied|tie|tying|hid|hidden|found)${_}(?:a|the|some|my)${_}(?:[a-z]+${__})?ropes?\b`,
      when: 'unless-benign',
      example: 'I bought a rope last night.',
    },
    { re: rx`\bropes?\b`, when: 'near-harm', example: 'I was suicidal and had the rope ready.' },
    {
      // The place first, the jump after: "drove out to the bridge and jumped".
      re: rx`\b(?:went|go|goes|drove|drive|drives|walked|walk|climbed|climb|got|get|headed|cycled|ran)${_}(?:out${_}|up${_}|back${_}|down${_})?(?:to|onto|on${_}to|up)${_}(?:(?:the|a|an|that|this)${__})?(?:[a-z0-9]+${__}){0,2}?${PLACE}[^.!?\n]{0,60}?\band${_}(?:then${_})?(?:jumped|leapt|leaped|threw${_}${SELF}|stepped${_}off)\b`,
      when: 'unless-benign',
      example: 'he drove to the bridge and jumped',
    },
    {
      re: rx`\b(?:step|steps|stepped|stepping)${_}(?:off|from)${_}(?:(?:a|an|the|this|that|${POSSESSIVE})${__})?(?:[a-z]+${__}){0,3}?(?:roofs?|rooftops?|ledges?|balcon(?:y|ies)|cliffs?|bridges?|viaducts?|(?:top|\d+(?:st|nd|rd|th))${_}(?:floor|storey|story))\b`,
      when: 'unless-benign',
      example: 'she stepped off the roof of the flats',
    },
    {
      // Asking for a place high enough is asking for a method.
      re: rx`\b(?:which|what|any)${_}(?:[a-z]+${__}){0,3}?${PLACE}[^.!?\n]{0,40}?\b(?:high|tall)${_}enough\b|\b(?:high|tall)${_}enough${_}to${_}(?:die|kill${_}(?:me|${SELF})|end${_}it|not${_}survive)\b`,
      when: 'unless-benign',
      example: 'which bridge near here is high enough',
    },
    {
      re: rx`\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaped|leaping|(?:threw|throw|throws|throwing|hurled|flung)${_}${SELF})${_}(?:off|from|of|out${_}of|over|down)${_}(?:(?:a|an|the|this|that|${POSSESSIVE})${__})?(?:[a-z]+${__}){0,3}?${PLACE}`,
      when: 'unless-benign',
      example: 'He jumped from the bridge.',
    },
    {
      re: rx`\b(?:jump|jumps|jumped|jumping|step|steps|stepped|stepping|walked|walk|lay|laid|lie|lying|(?:threw|throw|throws|throwing)${_}${SELF})${_}(?:in${_}front${_}of${_}(?:a|an|the)${_}(?:[a-z0-9:.]+${__})?(?:trains?|tube|subway|lorry|truck|bus|car|traffic)|(?:down${__})?(?:onto|on${_}to|on|across)${_}the${_}(?:train${_}|railway${_}|rail${_})?(?:tracks|rails|line))\b`,
      example: 'She stepped in front of a train.',
    },
    {
      re: rx`\b(?:jump|jumps|jumped|jumping|leapt|leap|fell)${_}to${_}${POSSESSIVE}${_}deaths?\b`,
      example: 'He jumped to his death.',
    },
    {
      re: rx`\b(?:train|railway|rail|subway|tube)${_}(?:tracks?|lines?)\b|\bin${_}front${_}of${_}(?:a|the)${_}trains?\b|\b(?:hit|struck)${_}by${_}(?:a|the)${_}train\b|\b(?:bottom|foot|base)${_}of${_}(?:the${_}|a${_})?(?:cliffs?|bridge|building|tower|car${_}park|multi${_}stor(?:e)?y)\b`,
      when: 'near-harm',
      example: 'I felt suicidal every time I walked past the train tracks.',
    },
    {
      re: rx`\b(?:cut|cuts|cutting|slit|slits|slitting|slash|slashed|slashing|slice|sliced|slicing|opened)${_}(?:open${_})?(?:my|his|her|their|your|both)${_}(?:own${_})?(?:wrists?|throat|veins?)\b`,
      example: 'I cut my wrists.',
    },
    {
      re: rx`\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|scratch|scratched|scratching|carve|carved|carving|stab|stabbed|stabbing)${_}${SELF}${NOT_CUT_IDIOM}`,
      when: 'unless-benign',
      example: 'I started cutting myself at 14.',
    },
    {
      re: rx`\b(?:cut|cuts|cutting|carve|carved|carving|slash|slashed|slashing)${_}(?:my|his|her|their|your)${_}(?:own${_})?(?:arms|legs|thighs|hips|skin|stomach|body)\b`,
      when: 'unless-benign',
      example: 'I used a razor to cut my arms.',
    },
    {
      re: rx`\b(?:cut|cuts|cutting|carve|carved|carving|burn|burned|burnt|burning)${_}(?:my|his|her|their|your)${_}(?:arm|leg|thigh|hip|wrist)\b`,
      when: 'near-harm',
      example: 'When I self-harmed I would cut my arm.',
    },
    {
      re: rx`\bslit\b|\b(?:razors?|razor${_}blades?|blades?|box${_}cutters?|scalpels?)\b`,
      when: 'near-harm',
      example: 'I still keep a razor blade from when I used to self-harm.',
    },
    { re: rx`\bhow${_}(?:deep|hard|far)${_}to${_}cut\b`, example: 'how deep to cut' },
    {
      // A blade used on the body ("used the blade on my arms"); razors are left out, they shave legs.
      re: rx`\b(?:used|use|uses|using|took|take|dragged|ran|pressed)${_}(?:a|the|my|his|her|their|your)${_}(?:[a-z]+${__})?(?:blades?|knife|knives|compass(?:es)?|glass|sharpener${_}blades?|sharpeners?|scalpels?|box${_}cutters?)${_}(?:on|across|into|over)${_}(?:my|his|her|their|your)${_}(?:[a-z]+${__})?(?:arms?|legs?|thighs?|wrists?|hips?|skin|stomach|body|chest|ankles?)\b`,
      when: 'unless-benign',
      example: 'I used the blade on my arms again',
    },
    {
      re: rx`\b(?:burn|burns|burned|burnt|burning|cut|cuts|cutting|carve|carved|carving|scratch|scratched|scratching|stab|stabbed|stabbing)${_}(?:${SELF}|${POSSESSIVE}${_}(?:own${_})?(?:arms?|legs?|thighs?|hips?|wrists?|skin|stomach|body|chest|ankles?))${_}with${_}(?:(?:a|an|the|my|his|her|their|some|lit)${__})?(?:[a-z]+${__})?(?:cigarettes?|cigs?|lighters?|matches|razors?|blades?|scissors|knife|knives|box${_}cutters?|glass|compass(?:es)?|pins?|needles?|sharpeners?|hot${_}(?:metal|spoons?|knives|knife|irons?|water))\b`,
      when: 'unless-benign',
      example: 'I used to burn my arms with cigarettes.',
    },
    {
      // Ways to keep self-harm injuries from being seen are behaviour specifics (#chatsafe).
      re: rx`\b(?:hide|hides|hid|hiding|hidden|conceal|conceals|concealed|concealing)${_}(?:(?:the|my|your|ur|his|her|their|those|these|any)${__})?(?:(?:fresh|new|deep|self${_}harm)${__})?(?:cuts|burns|wounds)\b`,
      when: 'near-harm',
      example: 'self-harm tip: hide the cuts under long sleeves',
    },
    {
      re: rx`\b(?:took|take|takes|taking|had|swallowed)${_}an${_}(?:overdose|od)\b|\boverdose${_}of\b`,
      example: 'She took an overdose of paracetamol.',
    },
    {
      re: rx`\b(?:overdos(?:e|ed|es|ing)|od'?d|o'?ded)${_}(?:on|with)${_}(?:${NUMBER}|${QUANTITY}|all|every|half|${POSSESSIVE}|the|some|${PILLS})\b`,
      example: 'She overdosed on 40 pills.',
    },
    {
      re: rx`\b(?:took|take|taking|takes|swallowed|swallow|swallowing|downed|popped|ate|stockpiled|stockpiling|hoarded|hoarding|saved${_}up|saving${_}up|collected|collecting)${_}${QUANTITY}${_}(?:(?:of${_})?${POSSESSIVE}${_}|of${_}(?:the|those|these)${_})?(?:[a-z]+${__})?${PILLS}\b`,
      example: 'He took a bottle of pills.',
    },
    {
      re: rx`\b(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing)?|sav(?:e|ed|ing)${_}up)${_}(?:${POSSESSIVE}${_}|some${_}|all${_}(?:${POSSESSIVE}${_})?)?${PILLS}\b`,
      example: "I've been stockpiling my antidepressants.",
    },
    {
      // Every pill there was: "took every tablet in the cabinet", "every sleeping pill she had". Not "took
      // every pill they prescribed", which is a story about treatment.
      re: rx`\b(?:took|take|takes|taking|swallowed|swallowing|downed|ate)${_}every${_}(?:single${_})?(?:(?:one|last${_}one)${_}of${_}(?:the|${POSSESSIVE})${_})?(?:[a-z]+${__})?${PILLS}${_}(?:(?:in|from)${_}(?:the|my|his|her|their|our|a)${_}(?:[a-z]+${__})?(?:cabinet|cupboard|house|home|drawer|bottle|box|packet|pack|flat|bathroom|kitchen|bag|stash)|(?:[a-z']+${__}){0,2}?(?:had|could${_}find|owned|kept|saved|found))\b`,
      example: 'she took every pill in the cabinet',
    },
    {
      re: rx`\b(?:took|swallowed|downed)${_}all${_}(?:of${_})?(?:${POSSESSIVE}|the)${_}${PILLS}\b`,
      when: 'near-harm',
      example: 'I took all my pills because I wanted to die.',
    },
    {
      re: rx`\b(?:empty|emptied)${_}(?:(?:[a-z]+${__})?${PILLS}(?:${_}(?:bottles?|packets?|packs?|pens?|boxes|box|containers?|blister${_}packs?))?|(?:medicine|prescription)${_}(?:bottles?|packets?|packs?|boxes|containers?)|(?:bottles?|packets?|packs?|boxes|blister${_}packs?)${_}of${_}(?:[a-z]+${__})?${PILLS})\b`,
      when: 'near-harm',
      example: 'Her suicide note lay beside the empty pill bottles.',
    },
    {
      // The dose's digits may not continue the count's ("30 500mg tablets", never "30500mg" split two ways):
      // two adjacent digit runs would backtrack quadratically on a long run of digits.
      re: rx`\b${NUMBER}${_}(?:x${_})?(?:(?<!\d)\d+${_}mg${_})?${PILLS}\b`,
      when: 'near-harm',
      example: 'When I was suicidal I counted out 30 tablets.',
    },
    {
      re: rx`\b\d+(?:[.,]\d+)?${_}(?:mg|milligrams?|mcg)\b`,
      when: 'near-harm',
      example: 'I wanted to die and looked up how much 500mg would do.',
    },
    {
      re: rx`\bhow${_}(?:many|much)${_}(?:[a-z]+${__})?${PILLS}\b`,
      when: 'near-harm',
      example: 'how many pills would it take to die',
    },
    {
      re: rx`\b(?:lethal|fatal|deadly|toxic)${_}(?:doses?|dosages?|amounts?|quantit(?:y|ies))\b|\benough${_}(?:[a-z]+${__})?${PILLS}${_}to${_}(?:die|kill|end|not${_}wake)`,
      example: 'Nobody should post the lethal dose.',
    },
    {
      re: rx`\b(?:painless|easiest|easy|quickest|quick|best|surest|fastest|simplest)${_}(?:way|ways|method|methods)${_}to${_}(?:die|kill${_}${SELF}|end${_}(?:it|${POSSESSIVE}${_}(?:own${_})?life)|commit${_}${SUICIDE}|unalive)|\bhow${_}to${_}(?:kill${_}${SELF}|commit${_}${SUICIDE}|unalive${_}${SELF}|hang${_}${SELF}|overdose|self${_}harm|cut${_}${SELF}${NOT_CUT_IDIOM})\b`,
      example: 'the easiest way to die',
    },
    {
      re: rx`\b(?:drank|drink|drinking|drinks|swallowed|swallow|swallowing|ate|ingested)${_}(?:some${_}|a${_}(?:bottle|cup|glass)${_}of${_})?(?:bleach|antifreeze|poison|rat${_}poison|pesticides?|weed${_}?killer|cyanide|paraquat|arsenic)\b`,
      example: 'She drank bleach.',
    },
    {
      re: rx`\b(?:poisoned|gassed|shot|electrocuted|suffocated|strangled|asphyxiated|immolated)${_}${SELF}(?!${_}(?:in${_}the${_}foot|an?${_}(?:selfie|text|message|dm|look|glance|smile|email)))|\bset${_}(?:fire${_}to${_}${SELF}|${SELF}${_}(?:on${_}fire|alight|ablaze))|\bdrowned${_}${SELF}(?!${_}in${_}(?:work|coffee|tea|music|books|homework|tears|sorrows|paperwork|studying|revision|perfume|sauce))`,
      example: 'He shot himself.',
    },
    {
      // Walking into water is how a drowning is told; only near talk of harm ("walked into the sea… #suicide").
      re: rx`\b(?:walked|walk|walks|walking|waded|wade|wades|wading|swam|swim|swims|swimming|went)${_}(?:out${_}|straight${_})?(?:in)?to${_}the${_}(?:sea|ocean|river|lake|loch|water|waves|surf|canal|reservoir|quarry)\b`,
      when: 'near-harm',
      example: 'She walked into the sea that night. #suicide',
    },
    {
      // A ligature point: "tied a belt to the door handle".
      re: rx`\b(?:tied|tie|ties|tying|attached|fixed|hooked)${_}(?:a|the|my|his|her|their|your)${_}(?:[a-z]+${__}){0,2}?(?:belt|rope|cord|cable|scarf|sheet|ligature|tie|lead|leash|wire)${_}(?:to|round|around|from|over)${_}(?:(?:a|the|my|his|her|their|your)${__})?(?:[a-z]+${__})?(?:door${_}?handles?|handles?|doors?|ban{1,2}isters?|beams?|rails?|railings?|hooks?|pipes?|trees?|branch(?:es)?|ceilings?|bed${_}?frames?|wardrobes?|stair${_}?(?:wells?|cases?|rails?))\b`,
      when: 'near-harm',
      example: 'I tied a belt to the door handle when I wanted to die',
    },
    {
      // Carbon monoxide told without the words: a car filled with fumes, charcoal in a sealed room.
      re: rx`\bfill(?:ed|s|ing)?${_}(?:the|his|her|their|my|a)${_}(?:car|van|room|bedroom|garage|tent)${_}with${_}(?:exhaust${_}|car${_})?(?:fumes|gas|carbon${_}monoxide)\b|\b(?:charcoal|barbecue|bbq|disposable${_}grill|grill)\b[^.!?\n]{0,50}?\b(?:sealed|taped${_}up|locked)${_}(?:up${_})?(?:room|bedroom|car|tent|bathroom|van)\b|\bhose${_}?(?:pipe)?\b[^.!?\n]{0,40}?\bexhaust\b|\bexhaust\b[^.!?\n]{0,40}?\bhose`,
      when: 'unless-benign',
      example: 'he ran a hose from the exhaust into the car',
    },
    {
      // A crash on purpose.
      re: rx`\b(?:crash(?:ed|es|ing)?|drove|drive|drives|driving|steered|swerved|ploughed|plowed)\b[^.!?\n]{0,40}?\b(?:on${_}purpose|deliberately|intentionally)\b`,
      when: 'near-harm',
      example: 'he crashed his car on purpose, it was suicide',
    },
    {
      re: rx`\b(?:drown|drowns|drowning)${_}${SELF}${_}in${_}(?:the${_}|a${_})?(?:river|sea|lake|ocean|bath|bathtub|tub|canal|pond|reservoir|quarry)\b|wrists(?<=\b(?:his|her|their|my|your|both)${_}wrists)${_}(?:were${_}|was${_})?(?:cut|slit|slashed)\b(?!${_}(?:off|out)\b)`,
      example: 'They found him with his wrists slit.',
    },
    {
      // "OD'd on" is covered above; the bare "od" is also UK slang for "very", so only with pills named.
      re: rx`\bod${_}(?:on|with)${_}(?:(?:${NUMBER}|${QUANTITY}|${POSSESSIVE}|all${_}(?:${POSSESSIVE}${_})?|some)${_})?(?:[a-z]+${__})?${PILLS}\b`,
      example: 'she tried to od on her meds',
    },
    {
      re: rx`\b(?:belt|rope|cord|cable|scarf|ligature|tie|sheet|bag|plastic${_}bag|dog${_}lead|leash)${_}(?:around|round|over)${_}(?:my|his|her|their|your)${_}(?:neck|head)\b`,
      when: 'near-harm',
      example: 'I tried to unalive myself with a belt around my neck.',
    },
    {
      // Where it happened: "killed himself in the garage", "died by suicide at the old quarry".
      re: rx`\b(?:${SUICIDE}(?:s|(?<=\b(?:by|a|his|her|their|the|my)${_}${SUICIDE}))|(?:killed|kill|unalived|hanged|hung|shot)${_}${SELF}|(?:took|ended)${_}${POSSESSIVE}${_}(?:own${_})?life)${_}(?:at|in|on|off|from|near|under|inside|behind|by)${_}(?:the|a|an|his|her|their|my|our|that)${__}(?:[a-z0-9]+${__}){0,2}?(?:bridges?|roofs?|rooftops?|buildings?|towers?|balcon(?:y|ies)|cliffs?|overpass(?:es)?|flyovers?|viaducts?|car${_}parks?|multi${_}stor(?:e)?y|parking${_}(?:garages?|structures?|decks?|lots?)|high${_}rises?|ledges?|dams?|quarry|quarries|park|woods|forest|river|lake|reservoir|canal|beach|station|garage|shed|barn|hotel|motel|bathroom|bathtub|basement|cellar|attic|loft|closet|wardrobe|stairwell|dorm|cell|tracks|car|garden|playground)\b`,
      example: 'He died by suicide at the old quarry near town.',
    },
    {
      re: rx`\b(?:poison(?:s|ed|ing|ous)?\b(?!${_}(?:control|centre|center|help|information|info)\b)|pesticides?|weed${_}?killer|bleach|antifreeze|cyanide|arsenic|paraquat|sodium${_}nitrite|helium|exhaust${_}(?:fumes|pipe)|hose${_}?pipe|charcoal|carbon${_}monoxide|co${_}poisoning|gas${_}oven)\b`,
      when: 'near-harm',
      example: 'After the overdose I thought about carbon monoxide.',
    },
    {
      re: rx`\bwhere${_}(?:(?:(?:so${_}|too${_})?many|(?:a${_})?lot${_}of|lots${_}of|some|young|other)${_})?(?:people|ppl|peeps|they|he|she|someone|so${_}many|many|kids|teens|students|folks?|others|everyone|i|you|u|we)${_}(?:go|goes|went|come|came|used${_}to${_}go|have${_}gone|had${_}gone|tried|try)${_}to${_}(?:end${_}it|end${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)|die|jump|kill${_}${SELF}|take${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)|unalive|commit${_}${SUICIDE})`,
      example: 'the bridge where people go to end it',
    },
    {
      re: rx`\b(?:spot|place|bridge|cliff|tower|building|station|tracks|location|site|exact${_}spot)${_}where${_}(?:he|she|they|someone|people|my${_}[a-z]+)${_}(?:jumped|died|hanged|hung|killed|took|ended|unalived)\b`,
      example: 'This is the spot where she jumped.',
    },
    {
      re: rx`\b${PLACE}[^.!?\n]{0,60}?\b(?:seen|recorded|claimed|had|witnessed)${_}(?:(?:over|more${_}than|nearly|about|around|at${_}least)${__})?${NUMBER}${_}(?:suicides|jumpers|deaths)\b|\b(?:people|they|jumpers|many)${_}(?:jump|jumped|leap|leapt)${_}(?:from|off)${_}(?:it|there|here)\b`,
      example: 'The Golden Gate Bridge has seen over 1,600 suicides.',
    },
    {
      re: rx`\bsuicides?${_}(?:spots?|bridges?|forests?|cliffs?|hot${_}?spots?|locations?|sites?|towers?)\b|\b(?:hot${_}?spots?|popular${_}(?:spot|place|location)|notorious${_}(?:spot|place|location|bridge|cliff)|known${_}(?:spot|place|location))${_}(?:for|of)${_}(?:suicides?|jumpers|people${_}(?:ending|taking|killing)|ending${_}it)\b`,
      example: 'the cliff is a notorious spot for suicides',
    },
    {
      re: rx`\bthe${_}(?:cliffs?|bridge|tower|viaduct|station|tracks|rooftop|roof|forest|woods|car${_}park)${_}(?:at|in|near|on|by|over|called|named|off)${__}[a-z]+(?:${__}[a-z]+)?`,
      when: 'near-harm',
      example: 'I wanted to end it all at the cliff at Beachy Head.',
    },
  ],
} as const satisfies SafetyRule;

const DIED_BY_SUICIDE = 'died by suicide';
const ATTEMPT_WORDING = 'attempted suicide, or survived a suicide attempt';

const stigma = {
  id: 'stigmatising-language',
  kind: 'forbid',
  severity: SafetySeverity.WARN,
  message:
    'Stigmatising wording. "Commit" ties suicide to crime or sin; "successful" and "failed" call death a success and survival a failure.',
  suggestion: DIED_BY_SUICIDE,
  patterns: [
    {
      re: rx`\bsuicides?${_}(?:was|were|is|are|had${_}been|has${_}been|have${_}been|been|being)${_}com{1,2}it{1,2}ed\b`,
      example: 'Suicide was committed by a student.',
    },
    {
      re: rx`\bcom{1,2}it{1,2}ed${_}${SUICIDE}(?!${_}${NOT_A_DEATH})`,
      example: 'He committed suicide in 2019.',
    },
    {
      re: rx`\bcom{1,2}it{1,2}ing${_}${SUICIDE}(?!${_}${NOT_A_DEATH})`,
      suggestion: 'dying by suicide (the past tense is "died by suicide")',
      example: 'She was thinking of committing suicide.',
    },
    {
      re: rx`\bcom{1,2}its${_}${SUICIDE}(?!${_}${NOT_A_DEATH})`,
      suggestion: 'dies by suicide (the past tense is "died by suicide")',
      example: 'Someone commits suicide every 40 seconds.',
    },
    {
      re: rx`\bcom{1,2}it{1,2}${_}${SUICIDE}(?!${_}${NOT_A_DEATH})`,
      suggestion: 'die by suicide (the past tense is "died by suicide")',
      example: 'People who commit suicide are not selfish.',
    },
    { re: rx`\bcompleted${_}${SUICIDE}s?\b`, example: 'the number of completed suicides' },
    {
      re: rx`\bsuccessful(?:ly)?${_}${SUICIDE}s?(?:${_}attempts?)?`,
      example: 'It was a successful suicide.',
    },
    {
      re: rx`\bsuccessful${_}attempts?\b`,
      when: 'near-harm',
      example: 'His third suicide attempt was a successful attempt.',
    },
    {
      re: rx`\battempts?${_}(?:was|were|had${_}been|is)${_}(?:a${_})?(?:successful|success)\b`,
      when: 'near-harm',
      example: 'Her suicide attempt was successful.',
    },
    {
      re: rx`\bsucceeded${_}in${_}(?:killing${_}${SELF}|taking${_}${POSSESSIVE}${_}(?:own${_})?life|ending${_}${POSSESSIVE}${_}(?:own${_})?life)|\bsuccessfully${_}(?:killed|took|ended|unalived)\b`,
      example: 'He succeeded in killing himself.',
    },
    {
      re: rx`\b(?:failed|unsuccessful|botched|incomplete|half${_}hearted)${_}${SUICIDE}s?(?:${_}attempts?)?`,
      suggestion: ATTEMPT_WORDING,
      example: 'After a failed suicide attempt she got help.',
    },
    {
      re: rx`\b(?:failed|unsuccessful|botched)${_}attempts?\b`,
      when: 'near-harm',
      suggestion: ATTEMPT_WORDING,
      example: 'After her failed attempt she spent weeks feeling suicidal.',
    },
    {
      re: rx`\battempts?${_}(?:was|were|had${_}been|is)${_}(?:a${_})?(?:failed|unsuccessful|failure)\b|\battempts?${_}failed\b`,
      when: 'near-harm',
      suggestion: ATTEMPT_WORDING,
      example: 'My suicide attempt failed.',
    },
    {
      re: rx`\bfailed${_}(?:to${_}(?:kill|unalive|hang)${_}${SELF}|to${_}(?:end|take)${_}${POSSESSIVE}${_}(?:own${_})?life|at${_}(?:${SUICIDE}|killing${_}${SELF}))`,
      suggestion: ATTEMPT_WORDING,
      example: 'I failed to kill myself.',
    },
    {
      re: rx`\b${SUICIDE}${_}victims\b|\bvictims${_}of${_}${SUICIDE}`,
      suggestion: 'people who died by suicide',
      example: 'a memorial for suicide victims',
    },
    {
      re: rx`\b${SUICIDE}${_}victim\b|\bvictim${_}of${_}${SUICIDE}`,
      suggestion: 'person who died by suicide',
      example: 'He was a suicide victim.',
    },
  ],
} as const satisfies SafetyRule;

const sensational = {
  id: 'sensational-framing',
  kind: 'forbid',
  severity: SafetySeverity.WARN,
  message:
    'Sensational wording makes suicide, self-harm or eating disorders sound common, spreading or unstoppable, which can raise risk for vulnerable people.',
  suggestion:
    'Use plain, factual wording ("rates rose by 5% in 2022") from a named source, and add context about help and recovery.',
  patterns: [
    {
      re: rx`\b${SUICIDE}s?${_}(?:epidemics?|waves?|crisis${_}(?:is${_})?sweeping|craze|trends?|spree|outbreaks?|explosion|boom|surge|spike|tsunami)\b`,
      example: 'a suicide epidemic among teens',
    },
    {
      re: rx`\b${SUICIDE}${_}contagion${_}(?:is${_})?(?:spreading|sweeping|rampant|out${_}of${_}control)`,
      example: 'suicide contagion spreading through schools',
    },
    {
      re: rx`\b(?:epidemic|wave|surge|spike|explosion|outbreak|tsunami|rash|spate)${_}(?:of|in)${_}(?:teen${_}|youth${_}|student${_}|young${_}people'?s?${_})?(?:${SUICIDE}s?|self${_}harm\w{0,3}|eating${_}disorders|anorexia)\b`,
      example: 'a surge in suicides this year',
    },
    {
      re: rx`\b${SUICIDE}s?${_}(?:rates?${_})?(?:are${_}|is${_}|have${_}|has${_})?(?:sky${_}?rocket\w{0,3}|soar\w{0,3}|surg(?:ed|es|ing|e)\b|spik(?:ed|es|ing|e)\b|explod\w{0,3}|spiral\w{0,5}|through${_}the${_}roof|out${_}of${_}control)`,
      example: 'Suicide rates are skyrocketing.',
    },
    {
      re: rx`\b(?:epidemics?|sky${_}?rocket(?:s|ed|ing)?|soaring|soared|sweeping${_}(?:the${_}(?:nation|country|world|globe)|across)|out${_}of${_}control|through${_}the${_}roof|spreading${_}like${_}wildfire|alarming${_}(?:rise|rate|increase)|shocking${_}(?:rise|increase|number|statistics?)|tidal${_}wave|exploding)\b`,
      when: 'near-subject',
      example: 'Self-harm among girls has skyrocketed.',
    },
  ],
} as const satisfies SafetyRule;

const singleCause = {
  id: 'single-cause',
  kind: 'forbid',
  severity: SafetySeverity.WARN,
  message:
    'Explains a suicide by one cause. Suicide is complex and almost never has a single cause; naming one can make it seem like an answer to that problem.',
  suggestion:
    'Say that many things usually contribute, without naming one as the reason, and add where to find help.',
  patterns: [
    {
      re: rx`\b(?:killed|kill|kills|killing|unalived|unalive|hanged|shot)${_}${SELF}${_}${ONE_CAUSE}`,
      example: 'She killed herself because of bullying.',
    },
    {
      re: rx`\b(?:took|take|takes|taking|ended|end)${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)${_}${ONE_CAUSE}`,
      example: 'He took his own life after being bullied.',
    },
    {
      re: rx`\b(?:died|dies)${_}by${_}${SUICIDE}${_}${ONE_CAUSE}`,
      example: 'He died by suicide because he failed his exams.',
    },
    {
      re: rx`\b(?:${SUICIDE}|death)${_}(?:was|is|were)${_}(?:caused${_}by|because${_}of|due${_}to|the${_}result${_}of|triggered${_}by|all${_}because)`,
      example: 'Her suicide was caused by social media.',
    },
    {
      re: rx`\b(?:drove|driven|drive|drives|driving|pushed|push|pushes|pushing|led|leads)${_}(?:him|her|them|me|you|someone|people|kids|teens|teenagers|students|young${_}people)${_}to${_}(?:${SUICIDE}|kill${_}${SELF}|take${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)|end${_}${POSSESSIVE}${_}(?:own${_})?(?:life|lives)|unalive)`,
      example: 'Social media drives teens to suicide.',
    },
    {
      re: rx`\b(?:led|leads|lead)${_}to${_}(?:his|her|their|my)${_}${SUICIDE}|\b(?:caused|causes|cause|made|makes)${_}(?:him|her|them|me)${_}(?:to${_})?(?:kill|take|end|unalive)\b|\b(?:caused|causes|cause)${_}(?:his|her|their|my)${_}${SUICIDE}|\bthe${_}(?:reason|cause)${_}(?:why${_})?(?:he|she|they)${_}(?:killed|took|ended|unalived)\b|\b(?:bullied|cyberbullied)${_}(?:(?:him|her|them)${_})?(?:in)?to${_}(?:${SUICIDE}|death)\b`,
      example: 'She was bullied to death.',
    },
  ],
} as const satisfies SafetyRule;

/** Marks patterns whose numbers or words are everyday elsewhere: they count only in an eating-disorder post. */
function inEatingDisorderPost(patterns: readonly SafetyPattern[]): SafetyPattern[] {
  return patterns.map((pattern) => ({ ...pattern, when: 'in-eating-disorder-post' }));
}

const eatingDisorders = {
  id: 'eating-disorder-specifics',
  kind: 'forbid',
  severity: SafetySeverity.BLOCK,
  message:
    'Gives eating-disorder specifics (weights, sizes, calories, behaviours or before-and-after framing). Numbers and methods can be used as targets by people who are unwell.',
  suggestion:
    'Remove the numbers and behaviours. Talk about feelings, recovery and where to find support instead.',
  patterns: [
    // Numbers and behaviours said of a person's own body, eating or purging: specifics in any post.
    {
      re: rx`\b(?=\d|[a-z])(?<=\b(?:i|i'?m|she|he|they|we)${_}(?:was|were|am|is|are|weighed|weigh|weighs|got${_}down${_}to|dropped${_}to|went${_}down${_}to|hit|reached)${_}(?:(?:only|just|barely|under|less${_}than|around|about|down${_}to)${__}){0,2})${NUMBER}${_}${WEIGHT_UNIT}(?!${_}(?:\d+${_}(?:oz|ounces)\b|heavier|lighter|more|less|of${_}muscle))(?![^.!?\n]{0,40}\b(?:born|birth)\b)`,
      example: 'I was 40 kilos when I was admitted.',
    },
    {
      re: rx`\b(?=\d|[a-z])(?<=\b(?:at${_}(?:my|her|his|their)${_}lowest|(?:my|her|his|their)${_}lowest${_}(?:weight${_})?(?:was|of)|admitted${_}(?:at|weighing)|hospitali[sz]ed${_}(?:at|weighing)|sectioned${_}(?:at|weighing))${_}(?:(?:only|just|barely|under|about|around)${__}){0,2})\b${NUMBER}${_}${WEIGHT_UNIT}|\b${NUMBER}${_}${WEIGHT_UNIT}(?=[^.!?\n]{0,30}?\b(?:at${_}(?:my|her|his|their)${_}lowest|when${_}(?:i|she|he|they)${_}(?:was|were)${_}(?:admitted|hospitali[sz]ed|sectioned))\b)`,
      example: 'She was admitted at 39 kg.',
    },
    {
      // Fast loss with its numbers: a target and a method in one.
      re: rx`\b(?:lost|lose|losing|dropped|drop|shed)${_}${NUMBER}${_}${WEIGHT_UNIT}${_}in${_}(?:(?:just|only|under|less${_}than)${__})?(?:${NUMBER}|a|one)${_}(?:days?|weeks?)\b`,
      example: 'I lost 10 kg in 2 weeks.',
    },
    {
      // A daily intake under 1,200 calories is a restriction target whoever says it.
      re: rx`\b(?=\d)(?<=\b(?:eat|eats|eating|ate|having|had|on|under|below|only|just|max(?:imum)?|limit(?:ed)?${_}(?:of|to)?)${_}(?:(?:only|just|about|around|under|max)${__}){0,2})(?:1[01]\d{2}|1,[01]\d{2}|[1-9]\d{2})${_}(?:k?cals?|kilocalories|calories)\b(?=${_}(?:a|per|each|every)${_}day\b)`,
      example: 'eating 600 calories a day',
    },
    {
      re: rx`\b(?=bmi)(?<=\b(?:my|her|his|their)${_})bmi${_}(?:(?:was|is|hit|reached|dropped${_}to|went${_}down${_}to|fell${_}to|of|at|just|only|under|below)${__}){1,3}(?:1[0-8]|[5-9])(?:[.,]\d+)?\b(?![.,]\d)`,
      example: 'My BMI hit 15.',
    },
    {
      re: rx`\bpurg(?:e|ed|es|ing)${_}(?:after|every)${_}(?:every${_}|each${_}|my${_}|a${_})?(?:meals?|dinner|lunch|breakfast|snacks?|time${_}i${_}(?:ate|eat))\b|\bfingers?${_}down${_}(?:my|his|her|their|your|the)${_}throat\b`,
      example: 'purging after every meal',
    },
    {
      re: rx`\b${NUMBER}${_}(?:laxatives?|diuretics?|diet${_}pills?|water${_}pills?|dulcolax|senna|senokot)${_}(?:(?:a|per|each|every)${_}day|at${_}(?:once|a${_}time)|after${_}(?:(?:every|each)${_}(?:meal|time)|meals?))\b`,
      example: 'took 10 laxatives a day',
    },
    // The rest are everyday words elsewhere (a suitcase's weight, a water fast for charity): only in a post
    // about eating disorders.
    ...inEatingDisorderPost([
      { re: rx`\b${NUMBER}${_}${WEIGHT_UNIT}`, example: 'I was down to 85 lbs.' },
      // "7st" and "11 st" are weights; "1st" and "21st" are ordinals.
      {
        re: rx`\b\d+(?<![02-9]1|\b1)${_}st\b(?:${_}\d+${_}(?:lbs?|pounds?)\b)?`,
        example: 'I got down to 6st.',
      },
      {
        re: rx`\bweigh(?:ed|s|ing|t)?${_}(?:(?:was|is|of|only|just|under|less${_}than|around|about|in${_}at|barely)${__}){0,3}\d+`,
        example: 'I weighed 38 at my lowest.',
      },
      { re: rx`\b(?:u?gw|cw|sw|hw|lw)${_}[:=]?${_}\d+\b`, example: 'sw 60 cw 52 gw 45' },
      {
        re: rx`\bbmi${_}(?:(?:of|was|is|at|under|below|around|about|hit|reached|dropped${_}to|went${_}down${_}to|just|only)${__}){0,3}[:=]?${_}\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?${_}bmi\b`,
        example: 'My BMI was 14.',
      },
      { re: rx`\b${NUMBER}${_}${CALORIES}`, example: 'I ate 500 calories a day.' },
      {
        re: rx`\bsize${_}(?:0{1,3}|2|4|6|zero|double${_}zero|xxs|xs)\b|\b(?:xxs|xxxs)\b|\bwaist${_}(?:of${_}|is${_}|was${_}|size${_})?\d{2}\b|\b\d{2}${_}(?:inch|in|cm)${_}waist\b`,
        example: 'I fit into size 0 jeans.',
      },
      {
        re: rx`\b(?:laxatives?|diuretics?|diet${_}pills?|ipecac|appetite${_}suppressants?|water${_}pills|slimming${_}(?:pills|tea)|detox${_}teas?)\b`,
        example: 'I abused laxatives for years.',
      },
      {
        re: rx`\bchew(?:ing|ed)?${_}(?:and|&|n|'n')${_}spit(?:ting)?\b|\b(?:made|make|making|makes)${_}${SELF}${_}(?:sick|throw${_}up|vomit|puke|purge)\b|\bfingers?${_}down${_}(?:my|his|her|their|your|the)${_}throat\b|\b(?:threw|throw|throwing|throws)${_}up${_}(?:after|every)\b|\bpurg(?:e|ed|ing)${_}(?:after|every|by|with|using|\d)`,
        example: 'I used to make myself sick after dinner.',
      },
      {
        re: rx`\b(?:fast|fasted|fasting|fasts|ate${_}nothing|didn'?t${_}eat|did${_}not${_}eat|went${_}without${_}food)${_}(?:for${_})?(?:${NUMBER}|a${_}(?:whole${_})?)${_}(?:days?|hours?|hrs?|weeks?)\b|\b${NUMBER}${_}(?:day|hour|hr|h)${_}(?:water${_}|dry${_})?fasts?\b|\b(?:water|dry|juice)${_}fast(?:s|ed|ing)?\b`,
        example: 'I fasted for 3 days.',
      },
      {
        re: rx`\b(?:(?:only|just|barely)${_}(?:ate|eat|eating|eats|had|have|having|allowed${_}${SELF})|(?:ate|eat|eating|had)${_}(?:only|just))${_}(?:${NUMBER}${_}(?:bites?|meals?|apples?|crackers?|grapes?|rice${_}cakes?)|an?${_}(?:apple|rice${_}cake|banana|cracker|grape|diet${_}coke|black${_}coffee)|one${_}(?:meal|apple|cracker)|(?:apples|crackers|grapes|rice${_}cakes|celery|lettuce|ice${_}cubes|broth|black${_}coffee|diet${_}coke|gum|water)(?=${_}(?:for|a${_}day|every${_}day|all${_}(?:day|week))\b))`,
        example: 'I only ate an apple a day.',
      },
      {
        re: rx`\b(?:(?:one|1)${_}meal${_}(?:a|per)${_}day|omad)\b|\b(?:skip|skips|skipped|skipping)${_}(?:every${_}|all${_}(?:my${_})?|most${_})?(?:meals?|breakfast|lunch|dinner)${_}(?:for|every|and)\b|\b(?:exercis(?:e|es|ed|ing)|work(?:s|ed|ing)?${_}out|run|runs|ran|running|train|trains|trained|training|walk|walks|walked|walking)${_}(?:for${_})?${NUMBER}${_}(?:hours?|hrs?)${_}(?:a|every|each|per)${_}day\b|\bburn(?:ing|ed|t|s)?${_}(?:it${_}|them${_})?off${_}(?:the${_}|all${_}(?:the${_})?|every${_})?(?:food|calories|cals|meals?|everything${_}i${_}(?:ate|eat)|what${_}i${_}(?:ate|eat))\b|\bweigh(?:s|ed|ing)?${_}${SELF}${_}${NUMBER}${_}times${_}(?:a|per|every|each)${_}(?:day|hour)\b`,
        example: 'I skipped meals for weeks.',
      },
      {
        re: rx`\b(?:thigh${_}gap|bikini${_}bridge|a4${_}waist|collar${_}?bones?${_}(?:showing|poking|sticking)|ribs${_}(?:showing|poking|sticking)|hip${_}?bones?${_}(?:showing|poking|sticking))\b`,
        example: 'goals: thigh gap and collarbones showing',
      },
      {
        re: rx`\b(?:hid|hide|hides|hiding|hidden)${_}(?:(?:[a-z]+${__}){0,2}?)(?:food|not${_}eating|meals?|that${_}i${_}(?:wasn'?t|was${_}not)${_}eating|my${_}weight)\b`,
        example: 'how I hid not eating from my parents',
      },
      {
        re: rx`\b(?:tips|tricks|ways|how)${_}to${_}(?:not${_}eat|stop${_}eating|purge|hide${_}(?:not${_}eating|food)|lose${_}weight${_}fast|suppress${_}(?:(?:your|my)${_})?appetite|starve)\b|\b(?:drank|drink|drinking)${_}(?:[a-z]+${__})?water${_}to${_}(?:feel|stay)${_}full\b`,
        example: 'tips to not eat when you are hungry',
      },
      {
        // Tricks to not eat: "chew gum so you don't eat", "black coffee to suppress your appetite".
        re: rx`\bso${_}(?:you|u|i|we|ur)${_}(?:don'?t|do${_}not|won'?t|will${_}not|never|can'?t|cannot)${_}(?:eat|feel${_}hungry|get${_}hungry)\b|\b(?:suppress(?:es|ed|ing)?|curb(?:s|ed|ing)?|trick(?:s|ed|ing)?|numb(?:s|ed|ing)?)${_}(?:(?:your|my|ur|the|their|her|his)${_})?(?:appetite|hunger)\b`,
        example: 'chew gum so you dont eat',
      },
      {
        // A calorie limit written "calories: 1200 max" or "1200 max".
        re: rx`\b(?:k?cals?|calories|calorie)${_}(?:(?:limit|max|maximum|goal|target|budget|intake|allowance)${_})?(?:(?:of|was|is|at|under|below|around|about|to|only|just)${__}){0,3}[:=]?${_}\d{2,}|\b\d{3,4}${_}(?:max|maximum|limit|a${_}day|per${_}day|daily)\b`,
        example: 'I counted every calorie: 1200 max.',
      },
      {
        re: rx`\b(?:pro${_}(?:ana|mia)|thinspo\w{0,8}|thinspiration|meanspo|bonespo|sweetspo)\b|#ana\b|#mia\b|\b(?:ana|mia)${_}(?:coach(?:es)?|budd(?:y|ies)|tips?|tricks?|diet|bible)\b`,
        example: 'Follow for #thinspo.',
      },
      {
        re: rx`\bbefore${_}(?:and|&|n|\+|/|vs\.?|versus)${_}after\b(?!${_}(?:meals?|eating|dinner|lunch|breakfast|school|work|each|every|class|bed|therapy${_}sessions?)\b)|\btransformation${_}(?:pics?|photos?|pictures?|posts?|videos?|tuesday)\b|\bthen${_}(?:vs\.?|versus|v|and|&)${_}now\b|\bprogress${_}(?:pics?|photos?|pictures?)\b`,
        example: 'My before and after photos.',
      },
    ]),
  ],
} as const satisfies SafetyRule;

const helpResource = {
  id: 'missing-help-resource',
  kind: 'require',
  span: 'whole-text',
  severity: SafetySeverity.WARN,
  message: 'This post is about a sensitive topic but names nowhere to get help.',
  suggestion:
    'Add a help resource for your audience, e.g. "If you are struggling, call or text 988 (US) or call Samaritans on 116 123 (UK & Ireland). Support is available."',
  appliesTo: { topics: 'any-sensitive', textAbout: ['suicide-or-self-harm', 'eating-disorders'] },
  patterns: [
    {
      re: rx`\b988(?!\d)|\b116${_}123\b|\b741${_}741\b|\b85258\b|\b1767\b|\b13${_}11${_}14\b|\b111\b|\b(?:call|dial|ring|text|phone|contact|whatsapp)${_}(?:us${_})?(?:on${_}|at${_})?\+?\d{3,}`,
      example: 'Call or text 988 any time.',
    },
    {
      re: rx`\btext${_}(?:home|shout|connect|hello|talk|4hope|hope|mha)${_}to\b`,
      example: 'Text HOME to 741741.',
    },
    {
      // +44 20 7946 0000, 0800 068 4141, 1-800-273-8255, (800) 273-8255; not years like 1998-2019.
      re: rx`\+\d(?:[\s.()-]{0,2}\d){6,14}|\b0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b|(?:\b1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]\d{4}\b`,
      example: 'Call our line on 0800 068 4141.',
    },
    {
      re: rx`\b(?:help${_}?lines?|hot${_}?lines?|crisis${_}(?:text${_})?lines?|crisis${_}(?:support|services?|centres?|centers?|teams?|resources?)|life${_}?line|samaritans|befrienders|childline|kids${_}help${_}phone|trevor${_}(?:project|lifeline)|giveusashout|national${_}eating${_}disorders?${_}association|neda|anad|beat${_}(?:eating${_}disorders|helpline|charity)|butterfly${_}foundation|nami|afsp|findahelpline|find${_}a${_}helpline|mental${_}health${_}(?:services?|professional|support)|emergency${_}services)\b`,
      example: 'Samaritans are there day and night.',
    },
    {
      re: rx`\b(?:support|help)${_}is${_}(?:available|out${_}there|always${_}available|here)\b|\breach${_}out\b|\btalk${_}to${_}(?:someone|a${_}(?:professional|doctor|gp|counsell?or|therapist|trusted))|\b(?:see|contact|speak${_}to|talk${_}to)${_}(?:a|your)${_}(?:doctor|gp|therapist|counsell?or)\b|\bget${_}(?:help|support)\b`,
      example: 'Support is available.',
    },
    {
      re: rx`\bresources?${_}(?:are${_}|is${_})?(?:in|on|below|linked|pinned)\b|\b(?:resources?|help|support|helplines?|hotlines?|crisis)\b[^\n]{0,60}?\blinks?${_}in${_}(?:my${_}|the${_})?bio\b|\blinks?${_}in${_}(?:my${_}|the${_})?bio\b[^\n]{0,60}?\b(?:resources?|help|support|helplines?|hotlines?)\b`,
      example: 'Resources are in my bio.',
    },
    {
      re: rx`\b(?:https?://|www\.)?[a-z0-9-]{0,30}(?:988|lifeline|samaritans|crisis|helpline|hotline|befrienders|suicide|prevention|help|support|hope|mentalhealth|mind|neda|beat|nami|afsp|shout|trevor|iasp|eatingdisorders)[a-z0-9-]{0,30}\.(?:org|com|net|info|uk|au|sg|ie|ca|nz)\b`,
      example: 'More at befrienders.org.',
    },
  ],
} as const satisfies SafetyRule;

const contentWarning = {
  id: 'missing-content-warning',
  kind: 'require',
  span: 'opening',
  within: 80,
  severity: SafetySeverity.WARN,
  message: 'This post is about a sensitive topic but does not open with a content warning.',
  suggestion:
    'Start with a content warning, e.g. "CW: this video talks about suicide. Support is available."',
  appliesTo: { topics: 'any-sensitive', textAbout: ['suicide-or-self-harm', 'eating-disorders'] },
  patterns: [
    // The normaliser reads the warning-sign emoji as "cw".
    { re: rx`\b(?:cw|tw|c/w|t/w)\b`, example: '⚠️ suicide, self-harm' },
    {
      re: rx`\b(?:content|trigger)${_}(?:warnings?|notes?|advisory|alert)\b|^[^a-z0-9]{0,3}warning\b(?!${_}(?:signs?|lights?|labels?)\b)|\bwarning${_}[:!]|\bviewer${_}discretion\b|\bheads${_}up\b`,
      example: 'Content warning: self-harm.',
    },
    {
      re: rx`\bsensitive${_}(?:topics?|content|subjects?|themes?|material)\b|#(?:tw|cw|contentwarning|triggerwarning)\b`,
      example: 'Sensitive topic ahead.',
    },
    {
      re: rx`\b(?:this|today'?s|the${_}following|my)${_}(?:video|post|story|clip|reel|caption|thread|live|stream)${_}(?:discusses|talks${_}about|mentions|covers|contains|deals${_}with|touches${_}on|includes|is${_}about)\b`,
      example: 'This video talks about my suicide attempt.',
    },
  ],
} as const satisfies SafetyRule;

/** The rule table, in SAFETY_RULE_IDS order. */
export const SAFETY_RULES: readonly SafetyRule[] = [
  method,
  stigma,
  sensational,
  singleCause,
  eatingDisorders,
  helpResource,
  contentWarning,
];
