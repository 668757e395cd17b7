import { describe, expect, it } from 'vitest';
import { Topic } from '../topics.js';
import { checkSafeMessaging } from './check.js';
import { SafetySeverity } from './types.js';

const edExcerpts = (text: string, topics?: readonly Topic[]): string[] =>
  checkSafeMessaging(text, { topics })
    .filter((f) => f.ruleId === 'eating-disorder-specifics')
    .map((f) => f.excerpt);

describe('eating-disorder-specifics: blocks numbers, behaviours and before/after framing', () => {
  it.each([
    ['My anorexia story: I weighed 38kg at my lowest.', 'weighed 38kg'],
    ['ED recovery update: I was down to 85 lbs.', '85 lbs'],
    ['bulimia took years from me. I was 7 stone.', '7 stone'],
    ['#anorexia I got down to 6st 4lb', '6st 4lb'],
    ['My BMI was 14.5 when I was admitted. #anorexia', 'BMI was 14.5'],
    ['I ate 500 calories a day during my eating disorder.', '500 calories'],
    ['eating disorder recovery: from 800 kcal to real meals', '800 kcal'],
    ['I fit into size 0 jeans and still felt huge. #edrecovery', 'size 0'],
    ['size 2 jeans were my goal during my eating disorder', 'size 2'],
    ['I wore XXS in my anorexia days', 'XXS'],
    ['I used laxatives every day. #bulimia', 'laxatives'],
    ['I used to make myself sick after dinner. #bulimia', 'make myself sick'],
    ['chew and spit was my thing during my ED recovery', 'chew and spit'],
    ['I fasted for 3 days at a time, anorexia lies to you', 'fasted for 3 days'],
    ['how I hid not eating from my parents #anorexia', 'hid not eating'],
    ['I only ate an apple a day. Anorexia is a liar.', 'only ate an apple'],
    ['my anorexia before and after pics', 'before and after'],
    ['transformation pics from my eating disorder recovery', 'transformation pics'],
    ['then vs now, anorexia recovery', 'then vs now'],
    ['#ana #thinspo goals', '#ana'],
    ['sw 60 cw 52 gw 45 #edtwt', 'sw 60'],
    ['ana tip: chew gum so you dont eat', 'so you dont eat'],
    ['black coffee to suppress my appetite #proana', 'suppress my appetite'],
    ['lost 20kg by fasting, my ED doctor was worried', '20kg'],
    ['my ed made me count every calorie: 1200 max', 'calorie: 1200'],
    ['i would run 3 hours a day to burn off food #edrecovery', 'burn off food'],
    ['weighing myself 10 times a day was normal in my ED', 'weighing myself 10 times a day'],
    ['i only ate rice cakes for a month #anorexia', 'only ate rice cakes'],
    ['ate under 600 cals a day #ed', '600 cals'],
    ['1 meal a day and nothing else #edtwt', '1 meal a day'],
  ])('%j: underlines %j', (text, excerpt) => {
    const findings = checkSafeMessaging(text).filter((f) => f.ruleId === 'eating-disorder-specifics');
    expect(findings.map((f) => f.excerpt)).toContain(excerpt);
    expect(findings[0].severity).toBe(SafetySeverity.BLOCK);
  });

  it('blocks the numbers when staff file the video under eating disorders, with no ED words in the text', () => {
    expect(edExcerpts('I was down to 85 lbs and proud of it.', [Topic.EATING_DISORDERS])).toEqual(['85 lbs']);
  });

  it('blocks before/after framing on a body-image video', () => {
    expect(edExcerpts('My before & after photos 💪', [Topic.BODY_IMAGE])).toEqual(['before & after']);
  });

  it.each([
    ['I weighed 38 kilos', 'weighed 38 kilos'],
    ['I weighed thirty-eight kilos', 'thirty-eight kilos'],
    ['I w3ighed 38kg', 'w3ighed 38kg'],
    ['1,200 calories', '1,200 calories'],
    ['l@xatives', 'l@xatives'],
    ['#thinspo', 'thinspo'],
  ])('sees through %j in an eating-disorder post', (text, excerpt) => {
    expect(edExcerpts(text, [Topic.EATING_DISORDERS])).toContain(excerpt);
  });
});

describe("eating-disorder-specifics: a person's own weight, intake or purging counts in any post", () => {
  it.each([
    ['I was 40 kilos when I was admitted', '40 kilos'],
    ['she was admitted weighing 38 kg', '38 kg'],
    ['my lowest weight was 7 stone', '7 stone'],
    ['she got down to 41 kg that winter', '41 kg'],
    ['he dropped 8 kg in ten days', 'dropped 8 kg in ten days'],
    ['I was eating 800 kcal per day', '800 kcal'],
    ['my BMI dropped to 16.2', 'BMI dropped to 16.2'],
    ['fingers down my throat after dinner', 'fingers down my throat'],
    ['purging after every meal was my secret', 'purging after every meal'],
    ['5 laxatives after every meal', '5 laxatives after every meal'],
  ])('blocks %j with no eating-disorder words, underlining %j', (text, excerpt) => {
    expect(edExcerpts(text)).toContain(excerpt);
  });

  it.each([
    'she was 7 pounds 2 ounces when she was born',
    'the baby was 3.4 kg at birth 👶',
    'our cat weighs 6 kg and thinks he is starving',
    'my suitcase was 23 kg, right on the limit',
    'adults need about 2000 calories a day',
    'this salad is 400 calories a portion',
    'my BMI is 24, my GP is happy',
    'I lost 2 pounds this month just walking more',
    'I made myself sick with worry before the exam',
    'I took 2 laxatives for constipation, TMI',
  ])('leaves %j alone', (text) => {
    expect(edExcerpts(text)).toEqual([]);
  });
});

describe('eating-disorder-specifics: numbers only count when the post is about eating disorders', () => {
  it.each([
    'worth my weight in gold',
    'a calorie of joy in every hug',
    'I ran 10 kms and lost 2 pounds, what a week',
    'My before and after photos of the kitchen renovation',
    'Grab a size 10 hoodie from the merch store',
    'Day 3 of the water fast challenge for charity',
    'special ed teacher life 🍎 size 6 classroom shoes',
    'my ed teacher said 1200 max words for the essay',
    'I would run 2 hours a day for marathon training',
    'chew gum so you dont eat the whole bag of sweets lol',
  ])('ignores %j in a post that is not about eating disorders', (text) => {
    expect(edExcerpts(text)).toEqual([]);
  });

  it.each([
    'anorexia: I eat 3 meals a day now and feel calm before and after meals',
    "I'm 25 and in ED recovery for 3 years",
    'On the 1st of May I started eating disorder recovery',
    'Eating disorders are serious illnesses. Recovery is possible. Call NEDA.',
    "I'm binge watching Netflix all weekend",
    'Anorexia has the highest mortality of any mental illness; early help matters.',
  ])('stays quiet on %j', (text) => {
    expect(edExcerpts(text)).toEqual([]);
  });

  it('blocks the small sizes that read as targets, not every clothing size', () => {
    expect(edExcerpts('I went from a size 14 to a size 6 #anorexia')).toEqual(['size 6']);
  });

  it('does not read ordinals as stone weights', () => {
    expect(edExcerpts('My 1st and 21st birthdays were in ED treatment', [Topic.EATING_DISORDERS])).toEqual(
      [],
    );
  });
});
