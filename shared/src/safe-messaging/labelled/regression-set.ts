/**
 * The regression set: 130 captions written the way people post them (slang, emoji, hashtags, misspellings,
 * leetspeak, spacing tricks, TW/CW prefixes), labelled from the safe-messaging guidelines, not from the rule
 * table. The rule fixes they prompted landed with them, so they no longer measure the check: the tests assert
 * every caption (labelled-set.test.ts). The held-out set (held-out-set.ts) is what measures it.
 * - BLOCK: method or location details of suicide or self-harm; eating-disorder weights, BMI, calorie or size
 *   numbers, behaviour specifics, before/after framing;
 * - NO_BLOCK: sensitive but safe (recovery stories, prevention news, stigmatising or sensational wording);
 *   WARN findings are fine, BLOCK is not;
 * - CLEAN: harmless everyday texts with no sensitive subject; no findings at all.
 */
import { Topic } from '../../topics.js';
import type { LabelledCaption } from './labelled-caption.js';

const SUICIDE = [Topic.SUICIDE_PREVENTION];
const SELF_HARM = [Topic.SELF_HARM];
const ED = [Topic.EATING_DISORDERS];

export const REGRESSION_SET: readonly LabelledCaption[] = [
  // ── BLOCK: suicide method or location details ──────────────────────────────────────────────
  {
    text: 'TW: suicide. my brother took 40 of his sleeping pills and we found him just in time 💔',
    expect: 'BLOCK',
  },
  { text: 'he jumped off the Golden Gate bridge in 2019 🕊️ #suicideawareness', expect: 'BLOCK' },
  { text: 'she hanged herself in her college dorm closet, rip queen 💔', expect: 'BLOCK' },
  { text: 'how many paracetamol does it take to kms fr', expect: 'BLOCK' },
  { text: 'he unalived himself with his dads shotgun 😢', expect: 'BLOCK' },
  {
    text: 's u i c i d e by train at the station near my house, they shut the line for hours',
    expect: 'BLOCK',
  },
  { text: 'my friend od’d on her antidepressants on purpose, she was trying to end it', expect: 'BLOCK' },
  { text: 'cw sewerslide: he used a rope from the garage', expect: 'BLOCK' },
  {
    text: 'the rail bridge on 5th st is where ppl go to end it, the council needs to put up fences',
    expect: 'BLOCK',
  },
  { text: 'he gassed himself in his car in the garage. suicide is never the answer', expect: 'BLOCK' },
  { text: 'she overdosed on tylenol after the breakup 😔 TW suicide attempt', expect: 'BLOCK' },
  { text: 'took like 30 ibuprofen trying to unalive myself lol', expect: 'BLOCK' },
  { text: 'he swallowed a whole bottle of pills to kill himself and never woke up', expect: 'BLOCK' },
  { text: 'jumped from the 12th floor of his apartment building 😭 #suicide', expect: 'BLOCK' },
  { text: 'the cliffs at Beachy Head are where she took her own life', expect: 'BLOCK' },
  { text: 'k!ll3d h1mself by stepping in front of a train', expect: 'BLOCK' },
  { text: 'suffocated herself with a plastic bag, the family asks for privacy', expect: 'BLOCK' },
  { text: 'drank bleach to end it all 💀 tw suicide', expect: 'BLOCK' },
  { text: 'He died by suicide, hanging from a tree in the park behind the school', expect: 'BLOCK' },
  { text: 'she shot herself in the head with her dads handgun', expect: 'BLOCK' },
  { text: 'H@NGED H1MSELF in the stairwell of the multi-storey car park', expect: 'BLOCK' },
  { text: 'unalived herself by jumping from the multi storey car park on high st', expect: 'BLOCK' },
  { text: 'Suicide note found next to the empty insulin pens', topics: SUICIDE, expect: 'BLOCK' },

  // ── BLOCK: self-harm specifics ─────────────────────────────────────────────────────────────
  { text: 'tried to kms by cutting my wrists last night', expect: 'BLOCK' },
  { text: 'i cut myself with a razor blade again, 3 deep ones on my thigh', expect: 'BLOCK' },
  { text: 'self harm tip: hide the cuts on your hips so nobody sees', expect: 'BLOCK' },
  { text: 'burning myself with a lighter is the only thing that helps #sh', expect: 'BLOCK' },
  { text: 'he slit his wrists in the bathtub', expect: 'BLOCK' },
  { text: 'relapsed on self harm, used a pencil sharpener blade 🩸', expect: 'BLOCK' },
  { text: 'SH story time (tw): I used to burn my arms with cigarettes', topics: SELF_HARM, expect: 'BLOCK' },

  // ── BLOCK: eating-disorder numbers, behaviours, before/after ───────────────────────────────
  { text: 'I was 38kg at my lowest with anorexia 😔', expect: 'BLOCK' },
  { text: 'ED recovery: went from 89 lbs to 130 lbs 💪 #edrecovery', expect: 'BLOCK' },
  { text: 'at my lowest I was 6 stone 2, anorexia nearly took everything', expect: 'BLOCK' },
  { text: 'my BMI was 14.5 when they admitted me to the eating disorder unit', expect: 'BLOCK' },
  {
    text: 'what I eat in a day as an anorexic: 300 calories, black coffee and an apple',
    expect: 'BLOCK',
  },
  { text: '#proana goal weight 45kg 🦋 #thinspo', expect: 'BLOCK' },
  { text: 'UGW 98lbs, CW 112lbs #edtwt', expect: 'BLOCK' },
  { text: 'I fit into a size 0 at my worst with my eating disorder', expect: 'BLOCK' },
  { text: 'before vs after anorexia recovery 😍 swipe ➡️', topics: ED, expect: 'BLOCK' },
  {
    text: 'ana tip: drink ice water and chew gum so you dont eat, keeps you under 500 cals',
    expect: 'BLOCK',
  },
  { text: 'with bulimia I purged 5 times a day by making myself sick after every meal', expect: 'BLOCK' },
  { text: 'I took laxatives, like 20 a day, during my bulimia', expect: 'BLOCK' },
  { text: 'ate 800 kcal a day for a year and still thought I was fat #edrecovery', expect: 'BLOCK' },
  { text: 'lost 20kg in 2 months by fasting, my ED doctor was so worried', expect: 'BLOCK' },
  { text: 'my 24 inch waist at my sickest 🥀 anorexia story', expect: 'BLOCK' },
  {
    text: 'Before and after: my body at the height of my eating disorder vs now',
    topics: ED,
    expect: 'BLOCK',
  },
  { text: 'bmi 16 and still not thin enough 😞 #ana', expect: 'BLOCK' },
  { text: 'Weighed 7st at 5ft 8 when my anorexia was at its worst', expect: 'BLOCK' },
  { text: 'my ed made me count every calorie: 1200 max, then 900, then 600', expect: 'BLOCK' },
  { text: 'lowest weight: 41.5 kg. current: 58 kg. recovery is worth it 💕', topics: ED, expect: 'BLOCK' },
  { text: 'a n o r e x i a had me at 85 pounds', expect: 'BLOCK' },
  { text: 'anorexia diet: 0 cal days mon/wed/fri and only 200 on the rest', expect: 'BLOCK' },

  // ── NO_BLOCK: sensitive but safe (WARN findings allowed) ───────────────────────────────────
  {
    text: "TW: suicide. I lost my best friend to suicide last year. If you're struggling, call or text 988. You're not alone 💛",
    expect: 'NO_BLOCK',
  },
  {
    text: 'CW: self-harm mention. 3 years clean today 🎉 if you’re hurting, text HOME to 741741',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Content warning: eating disorders. Recovery isn’t linear but it’s worth it. Beat helpline 0808 801 0677',
    expect: 'NO_BLOCK',
  },
  { text: 'my cousin committed suicide last year', expect: 'NO_BLOCK' },
  { text: 'suicide rates skyrocketing among teens, an epidemic nobody talks about', expect: 'NO_BLOCK' },
  { text: 'he killed himself because of bullying', expect: 'NO_BLOCK' },
  {
    text: "TW sewerslide. i've been having dark thoughts lately but i'm getting help. 988 is there 24/7",
    expect: 'NO_BLOCK',
  },
  { text: 'unalive thoughts again tonight 😞 gonna text my therapist', expect: 'NO_BLOCK' },
  { text: 'kms fr this exam is going to end me', expect: 'NO_BLOCK' },
  {
    text: 'Suicide is preventable. Know the signs: withdrawal, giving things away, talking about being a burden. Call 988.',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  {
    text: 'tw ed // in recovery from anorexia and I finally ate a meal without panicking. proud of me 💚',
    expect: 'NO_BLOCK',
  },
  {
    text: 'my eating disorder lied to me every day. recovery is possible 🌱 #edrecovery',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Body image check-in: your worth isn’t a number on the scale 🫶',
    topics: [Topic.BODY_IMAGE],
    expect: 'NO_BLOCK',
  },
  {
    text: 'Samaritans are there 24/7 on 116 123 if you are thinking about suicide. CW: suicide',
    expect: 'NO_BLOCK',
  },
  { text: 'failed suicide attempt survivor here. 5 yrs later and thriving', expect: 'NO_BLOCK' },
  { text: 'self harm awareness day 🦋 wear orange, talk to someone. tw sh', expect: 'NO_BLOCK' },
  {
    text: 'I survived a suicide attempt in 2019. No details, just hope. 988 💛',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  {
    text: 'CW: ED. Relapse happened this week. Told my dietitian and my mum. Back on my meal plan tomorrow.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  {
    text: 'Men’s suicide rates are the highest in the UK. Let’s talk. Samaritans 116 123',
    expect: 'NO_BLOCK',
  },
  { text: 'my dad died by suicide when I was 12. grief is weird. tw suicide', expect: 'NO_BLOCK' },
  {
    text: "If you're having thoughts of self-harm, please reach out to Shout: text SHOUT to 85258",
    expect: 'NO_BLOCK',
  },
  { text: 'tw: s*icide mention. we need more mental health support in schools 📚', expect: 'NO_BLOCK' },
  {
    text: 'Signs of an eating disorder in your teen: skipped meals, baggy clothes, secrecy around food. Talk to your GP.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  { text: 'tw ed. no numbers, just my story 💬 bulimia recovery vlog ep 4', expect: 'NO_BLOCK' },
  {
    text: 'anorexia has the highest mortality rate of any mental illness. please take it seriously',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Tried to unalive myself at 16. Today I’m 24 and a nurse. It gets better. Lifeline 13 11 14',
    expect: 'NO_BLOCK',
  },
  { text: 'my friend is self harming and idk what to do, any advice? 😢', expect: 'NO_BLOCK' },
  {
    text: "i've been suicidal for weeks and finally told someone. CW suicide. call 988 if you need to",
    expect: 'NO_BLOCK',
  },
  {
    text: 'Journalists: please don’t describe suicide methods. Follow the Samaritans media guidelines.',
    expect: 'NO_BLOCK',
  },
  { text: 'wearing my semicolon tattoo proudly ; #suicideprevention #projectsemicolon', expect: 'NO_BLOCK' },
  {
    text: 'ED awareness week: recovery looks different for everyone 💜 beat helpline in bio',
    expect: 'NO_BLOCK',
  },
  { text: 'trigger warning self harm: my scars are healing and so am i 🩹', expect: 'NO_BLOCK' },
  { text: 'Talking about suicide doesn’t plant the idea, it opens the door. 988', expect: 'NO_BLOCK' },
  {
    text: 'My therapist helped me stop restricting. Eating disorders are not a choice. tw ED',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Government doubles suicide prevention funding',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  {
    text: 'recovered from anorexia and now I lift weights 💪 strong not skinny #edrecovery',
    expect: 'NO_BLOCK',
  },

  // ── CLEAN: everyday texts, no findings at all ──────────────────────────────────────────────
  { text: "I'd kill for a pizza rn 🍕", expect: 'CLEAN' },
  { text: 'this set killed my legs 🦵🔥 #legday', expect: 'CLEAN' },
  { text: 'my phone died mid-stream 💀', expect: 'CLEAN' },
  { text: 'dead tired after a double shift', expect: 'CLEAN' },
  { text: 'she slayed that performance 💅', expect: 'CLEAN' },
  { text: 'overdosed on caffeine lol ☕☕☕', expect: 'CLEAN' },
  { text: 'bridge loan rates explained in 60 seconds 🏠', expect: 'CLEAN' },
  { text: 'cut the cake at my sister’s wedding 🎂', expect: 'CLEAN' },
  { text: 'how to hang the picture frame without a drill', expect: 'CLEAN' },
  { text: 'jump rope challenge day 5 🔥 who’s joining', expect: 'CLEAN' },
  { text: 'size 10 shoes are impossible to find in this store', expect: 'CLEAN' },
  { text: '500 calories burned at the gym this morning 🔥', expect: 'CLEAN' },
  { text: 'suicide squad movie review: harley quinn carried 🍿', expect: 'CLEAN' },
  { text: 'Samaritans volunteer recruitment drive this Saturday, come say hi!', expect: 'CLEAN' },
  { text: '988 launched today across the US', expect: 'CLEAN' },
  { text: 'Government doubles suicide prevention funding', expect: 'CLEAN' },
  { text: 'this joke killed me 😂😂', expect: 'CLEAN' },
  { text: 'died laughing at my dog’s face', expect: 'CLEAN' },
  { text: 'deadlifted 140kg today, new PR 💪', expect: 'CLEAN' },
  { text: 'weight training for beginners: start light, focus on form', expect: 'CLEAN' },
  { text: 'vitamin D pills changed my winter honestly', expect: 'CLEAN' },
  { text: 'we jumped off the pier into the sea, best summer ever 🌊', expect: 'CLEAN' },
  { text: 'the Golden Gate bridge at sunset 😍 #sanfrancisco', expect: 'CLEAN' },
  { text: 'cutting onions and crying like a baby 🧅😭', expect: 'CLEAN' },
  { text: 'my code is killing me, 3 bugs left', expect: 'CLEAN' },
  { text: 'rope access technicians are the unsung heroes of skyscrapers', expect: 'CLEAN' },
  { text: 'got my hair cut today, feeling brand new ✂️', expect: 'CLEAN' },
  { text: 'my suitcase weighed exactly 23kg, airport win ✈️', expect: 'CLEAN' },
  { text: 'bake-off week 3: 400 calories a slice and zero regrets 🍰', expect: 'CLEAN' },
  { text: 'my plants are dying, help 🌱', expect: 'CLEAN' },
  { text: 'killed it at the open mic 🎤', expect: 'CLEAN' },
  { text: 'hanging out with the squad this weekend', expect: 'CLEAN' },
  {
    text: 'Mental Health Awareness Month starts in May 💚 what are your self-care habits?',
    topics: [Topic.SELF_CARE],
    expect: 'CLEAN',
  },
  { text: 'new recipe: 30g protein breakfast in 5 minutes', expect: 'CLEAN' },
  { text: 'skydiving! jumped out of a plane at 13,000 ft 🪂', expect: 'CLEAN' },
  { text: 'Fashion haul: XS top, size 6 skirt, size 38 shoes 🛍️', expect: 'CLEAN' },
  { text: 'this heat is killing me ☀️🥵', expect: 'CLEAN' },
  { text: 'the knife skills class was amazing 🔪 julienne everything', expect: 'CLEAN' },
  { text: 'bridge club meets at 7, bring snacks 🃏', expect: 'CLEAN' },
  { text: 'World Mental Health Day is 10 October, check on your friends 💛', expect: 'CLEAN' },
  { text: 'my baby gained 2 lbs this month, the doctor is thrilled 👶', expect: 'CLEAN' },
  { text: 'train delays again. classic monday 🚆', expect: 'CLEAN' },
];
