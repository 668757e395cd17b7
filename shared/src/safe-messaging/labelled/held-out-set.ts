/**
 * The held-out set: captions written to measure the safe-messaging check, not to tune it.
 *
 * They were written from the public safe-messaging guidelines (reportingonsuicide.org, the Samaritans media
 * guidelines, #chatsafe, eating-disorder reporting guidance) before the rule table, the vocabulary or the
 * regression set's failures were read, and labelled by what the guidelines say, not by what the check does:
 * - BLOCK (blocking): method or location details of suicide or self-harm, asking for a method, hiding
 *   self-harm; eating-disorder weights, BMI, calorie or clothing-size numbers, behaviour specifics (purging,
 *   laxatives, restriction, concealment), before/after framing, "tips";
 * - NO_BLOCK (sensitive but safe): recovery and loss stories, prevention and help-seeking, news without
 *   method; stigmatising or sensational wording and single-cause explanations are warnings, never blocks;
 * - CLEAN (harmless): everyday posts with no sensitive subject, some with words a careless rule would trip on.
 *
 * Keep it frozen. A caption the check gets wrong stays here with its label: that is the point of the set.
 * Fix the rules for the general gap it shows, add a regression case in your own words to the matching
 * `*.test.ts`, and report the new score; never edit a caption or its label to match the check.
 */
import { Topic } from '../../topics.js';
import type { LabelledCaption } from './labelled-caption.js';

const SUICIDE = [Topic.SUICIDE_PREVENTION];
const SELF_HARM = [Topic.SELF_HARM];
const ED = [Topic.EATING_DISORDERS];
const GRIEF = [Topic.GRIEF];

export const HELD_OUT_SET: readonly LabelledCaption[] = [
  // ── BLOCK: suicide method or location ─────────────────────────────────────────────────────────
  { text: 'she took every sleeping tablet her nan had and never woke up 💔', expect: 'BLOCK' },
  { text: 'he drove out to the viaduct on the A38 and jumped. we miss you every day', expect: 'BLOCK' },
  { text: 'my cousin drowned himself in the reservoir behind the estate, tw suicide', expect: 'BLOCK' },
  { text: 'hung herself from the bannister with a dressing gown cord 😢', expect: 'BLOCK' },
  { text: 'he lay down on the tracks at Clapham Junction. RIP king 🕊️', expect: 'BLOCK' },
  {
    text: 'Overdosed on her insulin deliberately, the nurses said another hour and she would be gone',
    expect: 'BLOCK',
  },
  { text: "he used his father's hunting rifle. I found him in the shed", topics: SUICIDE, expect: 'BLOCK' },
  { text: 'She filled the car with exhaust fumes using a hose from the garden', expect: 'BLOCK' },
  { text: 'my brother threw himself off the top floor of the shopping centre car park', expect: 'BLOCK' },
  { text: 'how much amitriptyline would it take to not wake up? asking seriously', expect: 'BLOCK' },
  { text: 'TW: I tried to end it with 40 co-codamol and a bottle of vodka', expect: 'BLOCK' },
  { text: 'she stepped off the roof of her halls of residence, 9 storeys up', expect: 'BLOCK' },
  {
    text: 'tied a belt to the door handle and my friend found me just in time #suicidesurvivor',
    expect: 'BLOCK',
  },
  { text: 'he set himself on fire outside the job centre 😞', expect: 'BLOCK' },
  { text: 'he took rat poison from the farm shed to end his life', expect: 'BLOCK' },
  {
    text: "antifreeze in his tea, that's how he went. it was planned for weeks",
    topics: SUICIDE,
    expect: 'BLOCK',
  },
  { text: 'she jumped into the river from the Erskine Bridge in January', expect: 'BLOCK' },
  { text: 'swallowed two packets of paracetamol on my 16th birthday 🎂 tw attempt', expect: 'BLOCK' },
  { text: 'used a charcoal grill in a sealed bedroom, that was the method they found', expect: 'BLOCK' },
  {
    text: 'he crashed into a tree on purpose, no seatbelt, 100mph. suicide note in the glovebox',
    expect: 'BLOCK',
  },
  { text: 'walked out into the lake with stones in her coat pockets', topics: SUICIDE, expect: 'BLOCK' },
  {
    text: "the hotel on the 20th floor with the balcony, that's where he did it",
    topics: SUICIDE,
    expect: 'BLOCK',
  },
  { text: 'she said goodbye on snap then took all her antidepressants at once', expect: 'BLOCK' },
  { text: 'he was found hanging in the woods behind the rugby club', expect: 'BLOCK' },
  {
    text: 'she died by suicide on the railway line near Market Harborough station',
    topics: SUICIDE,
    expect: 'BLOCK',
  },
  { text: 'which bridge in the city is high enough? not joking', expect: 'BLOCK' },
  { text: 'he put a plastic bag over his head and taped it. the coroner said suicide', expect: 'BLOCK' },

  // ── BLOCK: self-harm method or concealment ────────────────────────────────────────────────────
  {
    text: 'opened a disposable razor and used the blade on my upper arms where sleeves cover it',
    expect: 'BLOCK',
  },
  {
    text: 'scratched myself with a compass point until it bled during maths',
    topics: SELF_HARM,
    expect: 'BLOCK',
  },
  { text: "i burn my wrists with a hot spoon so there's no cuts to explain", expect: 'BLOCK' },
  { text: 'tip for anyone who self harms: long sleeves and tell people it was the cat 🐈', expect: 'BLOCK' },
  { text: "cut deep enough to need 6 stitches last night, didn't tell A&E it was me", expect: 'BLOCK' },
  { text: 'ice cube trick did not work, went back to the blade again tonight #sh', expect: 'BLOCK' },
  { text: 'how to self harm without leaving scars?? need answers', expect: 'BLOCK' },
  {
    text: 'I keep a craft knife in my pencil case for when it gets bad at school',
    topics: SELF_HARM,
    expect: 'BLOCK',
  },

  // ── BLOCK: eating-disorder numbers, behaviours, before/after ──────────────────────────────────
  { text: 'I was 41 kg at 5\'7" and still thought I was huge', expect: 'BLOCK' },
  { text: 'eating 600 calories a day and running 10k, why am I not losing faster', expect: 'BLOCK' },
  { text: 'goal weight 45 kg by summer, who wants to be accountability buddies? #ana', expect: 'BLOCK' },
  { text: 'lost 20 pounds in 3 weeks just drinking water and black coffee ☕', expect: 'BLOCK' },
  { text: 'recovery transformation: left was 35 kg, right is me today 🥹', topics: ED, expect: 'BLOCK' },
  { text: 'purging after every meal for a year, my teeth are ruined', expect: 'BLOCK' },
  { text: 'took 10 laxatives a day to feel empty', expect: 'BLOCK' },
  { text: 'thinspo: collarbones and a thigh gap, 5 more kilos to go', expect: 'BLOCK' },
  {
    text: 'ana tip: chew gum and drink ice water when the hunger hits, it helps you skip dinner',
    expect: 'BLOCK',
  },
  { text: 'my BMI hit 15 and they sectioned me', expect: 'BLOCK' },
  { text: 'before vs after anorexia recovery, swipe to see 👉', topics: ED, expect: 'BLOCK' },
  { text: 'size 00 jeans were getting loose and I was proud', topics: ED, expect: 'BLOCK' },
  { text: 'I only ate one apple a day for two months in year 10', topics: ED, expect: 'BLOCK' },
  {
    text: 'weighed myself 15 times a day and hid food in napkins so mum would not notice',
    topics: ED,
    expect: 'BLOCK',
  },
  { text: '120 lbs → 95 lbs, finally skinny enough #edtwt', expect: 'BLOCK' },
  { text: 'diet pills and fasting 48 hours, 900 kcal on good days', expect: 'BLOCK' },
  {
    text: 'chew and spit is how I got through Christmas dinner without gaining',
    topics: ED,
    expect: 'BLOCK',
  },
  { text: 'my lowest was 6st 10lb, now in recovery 💪', topics: ED, expect: 'BLOCK' },

  // ── NO_BLOCK: sensitive but safe ──────────────────────────────────────────────────────────────
  {
    text: "CW suicide. Three years ago I survived an attempt. Today I'm studying to be a nurse. If you're in the US, call or text 988 🌱",
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  {
    text: 'We lost my uncle to suicide last spring. Grief comes in waves. Samaritans are there 24/7 on 116 123 💛',
    topics: [...SUICIDE, ...GRIEF],
    expect: 'NO_BLOCK',
  },
  {
    text: 'ED recovery is not linear. Some days are hard, and that is okay. Reach out to Beat or NEDA if you need support.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  {
    text: "I used to self-harm. I'm 2 years free and proud of the girl who asked for help. Text SHOUT to 85258 if you need someone",
    topics: SELF_HARM,
    expect: 'NO_BLOCK',
  },
  {
    text: 'Suicide is preventable. Learn the warning signs this World Suicide Prevention Day, 10 September 💛',
    expect: 'NO_BLOCK',
  },
  { text: 'He committed suicide when I was 12 and nobody talked about it.', expect: 'NO_BLOCK' },
  { text: 'her suicide attempt was unsuccessful, thank god', expect: 'NO_BLOCK' },
  { text: 'Teen suicide is an epidemic and nobody is doing anything', expect: 'NO_BLOCK' },
  { text: 'He killed himself because he failed his exams.', expect: 'NO_BLOCK' },
  {
    text: 'Talking about suicide does not put the idea in someone’s head. Asking directly can save a life. #suicideprevention',
    expect: 'NO_BLOCK',
  },
  {
    text: 'I was in hospital for anorexia at 15. Recovery meant learning to trust my body again. You deserve help too.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  {
    text: "Eating disorders are not a choice. If you're worried about a friend, NEDA's helpline and Beat can help.",
    expect: 'NO_BLOCK',
  },
  {
    text: 'My therapist helped me notice my urges to self-harm and find other ways to cope. It took time, and it was worth it.',
    expect: 'NO_BLOCK',
  },
  {
    text: "trigger warning: grief. Mum died in March. I'm learning to live alongside the loss.",
    topics: GRIEF,
    expect: 'NO_BLOCK',
  },
  {
    text: "If you're having thoughts of suicide, you're not alone. In Australia call Lifeline on 13 11 14.",
    expect: 'NO_BLOCK',
  },
  {
    text: 'how to check on a friend who seems low: ask, listen, stay with them, help them connect to support 💬',
    expect: 'NO_BLOCK',
  },
  {
    text: 'PSA: binge eating disorder is the most common eating disorder in the US and it deserves compassion, not jokes',
    expect: 'NO_BLOCK',
  },
  { text: "Men's suicide rates are skyrocketing and it's a crisis", expect: 'NO_BLOCK' },
  {
    text: "I've been sober 400 days. Addiction nearly took everything, but recovery gave me my life back.",
    topics: [Topic.SUBSTANCE_USE],
    expect: 'NO_BLOCK',
  },
  {
    text: "Day 1 of my recovery journal. I'm scared but I want to get better. #edrecovery",
    expect: 'NO_BLOCK',
  },
  {
    text: 'Survivors of suicide loss: your grief is valid. Join our peer support group on Thursdays.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'My friend died by suicide. I wish I had known the signs. Please check in on the people you love.',
    expect: 'NO_BLOCK',
  },
  {
    text: "Self-harm is often a way of coping with overwhelming feelings, not attention seeking. Let's talk about it kindly.",
    expect: 'NO_BLOCK',
  },
  {
    text: 'We partnered with Crisis Text Line for a live Q&A on coping with anxiety and dark thoughts tonight at 8pm',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Body neutrality > body positivity for me. My body carries me, that is enough. 🌿',
    expect: 'NO_BLOCK',
  },
  {
    text: 'I relapsed last month. I told my dietitian and we made a plan. Relapse is part of recovery for a lot of people.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  {
    text: 'Losing a parent to suicide as a kid shaped my whole life. Therapy helped. Sharing in case it helps someone.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Content warning: this video discusses suicidal thoughts. Resources in my bio. You matter ❤️',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  { text: 'She succeeded in taking her own life after years of struggle', expect: 'NO_BLOCK' },
  {
    text: 'Anorexia has the highest death rate of any mental illness. Early treatment matters.',
    expect: 'NO_BLOCK',
  },
  {
    text: "Bullying doesn't cause suicide on its own, but it is a real risk factor. Schools can help.",
    expect: 'NO_BLOCK',
  },
  {
    text: 'Grief after suicide can bring guilt and anger. Both are normal. Talking helps.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'I spent six weeks in an inpatient unit for depression and it saved my life.',
    topics: [Topic.DEPRESSION],
    expect: 'NO_BLOCK',
  },
  {
    text: 'Talking to my GP about my eating was the bravest thing I have done this year.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Self-harm scars are nothing to be ashamed of. Wear the t-shirt if you want to. 💚',
    expect: 'NO_BLOCK',
  },
  {
    text: 'She attempted suicide twice before she got the right support. Now she runs a charity.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Thinking about ending it? Please talk to someone tonight. UK: Samaritans 116 123. US: 988.',
    expect: 'NO_BLOCK',
  },
  {
    text: 'Our clinicians explain the difference between passive and active suicidal thoughts in this 3-minute video.',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },
  {
    text: "Why 'just eat more' doesn't help someone with an eating disorder: a thread from a recovered dietitian",
    expect: 'NO_BLOCK',
  },
  {
    text: 'He died from an overdose after years of addiction. Naloxone saves lives, carry it.',
    topics: [Topic.SUBSTANCE_USE],
    expect: 'NO_BLOCK',
  },
  { text: "I'm 5 years recovered from bulimia and I eat dessert without guilt now 🍰", expect: 'NO_BLOCK' },
  {
    text: 'cw: ED mention. My sister was admitted to an eating disorder unit in May. Visiting hours are the highlight of my week.',
    topics: ED,
    expect: 'NO_BLOCK',
  },
  {
    text: 'The bridge now has safety barriers and a Samaritans phone, and the council says it has made a difference.',
    topics: SUICIDE,
    expect: 'NO_BLOCK',
  },

  // ── CLEAN: harmless ───────────────────────────────────────────────────────────────────────────
  { text: 'Leg day: squatted 100 kg for the first time 🏋️', expect: 'CLEAN' },
  { text: 'the app says I burned 450 calories on my bike ride 🚴', expect: 'CLEAN' },
  { text: 'Dying to see the new Spider-Man film this weekend', expect: 'CLEAN' },
  { text: "cut the cake at my sister's wedding 🎂", expect: 'CLEAN' },
  { text: 'jumped into the pool on the hottest day of the year 🏊', expect: 'CLEAN' },
  { text: 'my vitamins: two pills every morning with orange juice', expect: 'CLEAN' },
  { text: 'Ramadan Mubarak! Breaking the fast with dates and family 🌙', expect: 'CLEAN' },
  { text: 'the bridge at sunset, best photo I have taken all year 🌉', expect: 'CLEAN' },
  { text: 'We hung the new curtains, finally looks like a home', expect: 'CLEAN' },
  { text: 'our cat weighs 6 kg and acts like he is starving', expect: 'CLEAN' },
  { text: 'Hanging baskets are in bloom 🌸', expect: 'CLEAN' },
  { text: "I'm dead 💀 this video is too funny", expect: 'CLEAN' },
  { text: 'shot my first roll of film on a vintage camera 📷', expect: 'CLEAN' },
  { text: 'the lake was freezing but we swam anyway, wild swimming club ❄️', expect: 'CLEAN' },
  { text: 'Size 8 shoes for my growing kid, again 😩', expect: 'CLEAN' },
  { text: 'Bake sale today: 50p a cupcake, all money to the school library', expect: 'CLEAN' },
  { text: 'kill the lights, the movie is starting 🍿', expect: 'CLEAN' },
  { text: 'training for my first 10k, 3 runs a week', expect: 'CLEAN' },
  { text: 'Fasting blood test tomorrow, no breakfast for me', expect: 'CLEAN' },
  { text: 'my phone battery is dying 🔋', expect: 'CLEAN' },
  { text: 'the sea was so calm this morning 🌊', expect: 'CLEAN' },
  { text: 'weighed my luggage: 19 kg, under the limit', expect: 'CLEAN' },
  { text: 'cutting carbs? nah, pasta night 🍝', expect: 'CLEAN' },
  { text: 'rope swing over the river, summer memories', expect: 'CLEAN' },
  { text: "my grandma's 90th birthday, she is unstoppable 🎉", expect: 'CLEAN' },
  { text: 'a new season of the cooking show dropped and I am obsessed', expect: 'CLEAN' },
  { text: 'just finished a 1000-piece puzzle 🧩', expect: 'CLEAN' },
  { text: "shoutout to our school's peer mentors, you make this place kinder", expect: 'CLEAN' },
  { text: 'drinking enough water today? 💧 this is your sign', expect: 'CLEAN' },
  { text: 'Our community garden needs volunteers on Saturday mornings 🌻', expect: 'CLEAN' },
  { text: 'that exam killed me but I passed!!', expect: 'CLEAN' },
  { text: 'the car park on Station Road is closed for resurfacing', expect: 'CLEAN' },
  { text: 'new knife set arrived, time to learn to fillet a fish 🐟', expect: 'CLEAN' },
  { text: 'the hike up to the cliff top was worth it for this view ⛰️', expect: 'CLEAN' },
  { text: 'My dog is afraid of the hoover 🐶', expect: 'CLEAN' },
  { text: 'going to the pharmacy to pick up my allergy tablets 🤧', expect: 'CLEAN' },
  { text: 'Self-care Sunday: face mask, tea and a good book 📚', topics: [Topic.SELF_CARE], expect: 'CLEAN' },
  { text: 'overdosed on Taylor Swift this week, no regrets', expect: 'CLEAN' },
];
