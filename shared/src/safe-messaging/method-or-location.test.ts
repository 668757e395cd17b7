import { describe, expect, it } from 'vitest';
import { checkSafeMessaging, hasBlockingFinding } from './check.js';
import { SafetySeverity } from './types.js';

const methodExcerpts = (text: string): string[] =>
  checkSafeMessaging(text)
    .filter((f) => f.ruleId === 'method-or-location')
    .map((f) => f.excerpt);

describe('method-or-location: blocks details of how or where', () => {
  it.each([
    ['He hanged himself in 2019.', 'hanged himself'],
    ['she hung herself in her room', 'hung herself'],
    ['She was found hanging in the garage.', 'found hanging'],
    ['He died by hanging.', 'died by hanging'],
    ['It was a suicide by hanging.', 'suicide by hanging'],
    ['He died of a self-inflicted gunshot wound.', 'died of a self-inflicted gunshot wound'],
    ['She overdosed on 40 pills last year.', 'overdosed on 40 pills'],
    ['He jumped from the bridge.', 'jumped from the bridge'],
    ['He jumped off the Golden Gate Bridge.', 'jumped off the Golden Gate Bridge'],
    ['I cut my wrists when I was 15.', 'cut my wrists'],
    ['She slit her wrists.', 'slit her wrists'],
    ['He took a bottle of pills.', 'took a bottle of pills'],
    ['I swallowed a handful of paracetamol.', 'swallowed a handful of paracetamol'],
    ['I bought a rope.', 'bought a rope'],
    ['the bridge where people go to end it', 'where people go to end it'],
    ['This is the spot where she jumped.', 'spot where she jumped'],
    ['The old quarry is a notorious spot for suicides.', 'notorious spot for suicides'],
    ['people call it the suicide bridge', 'suicide bridge'],
    ['He threw himself in front of a train.', 'threw himself in front of a train'],
    ['She stepped in front of a train.', 'stepped in front of a train'],
    ['He jumped to his death.', 'jumped to his death'],
    ['He tied a noose.', 'tied a noose'],
    ['He shot himself.', 'shot himself'],
    ['the easiest way to die', 'easiest way to die'],
    ['how to kill yourself', 'how to kill yourself'],
    ['Nobody should post the lethal dose.', 'lethal dose'],
    ['I started cutting myself at 14.', 'cutting myself'],
    ['She took an overdose of paracetamol.', 'took an overdose'],
    ["He killed himself with his dad's gun.", 'killed himself with his'],
    ['She ended her life by jumping in front of a train.', 'ended her life by jumping in front of a train'],
    ['I used a razor to cut my arms.', 'cut my arms'],
    ['He laid down on the railway tracks.', 'laid down on the railway tracks'],
    ['The Golden Gate Bridge has seen over 1,600 suicides.', 'Bridge has seen over 1,600 suicides'],
    ["I've been stockpiling my antidepressants.", 'stockpiling my antidepressants'],
    ['she drank bleach last year', 'drank bleach'],
    ['He jumped from the 10th floor.', 'jumped from the 10th floor'],
    ['My brother took 40 of his sleeping pills.', 'took 40 of his sleeping pills'],
    ['the rail bridge on 5th st is where ppl go to end it', 'where ppl go to end it'],
    ['I used to burn my arms with cigarettes.', 'burn my arms with cigarettes'],
    ['They found him with his wrists slit.', 'wrists slit'],
    ['i tried to drown myself in the river', 'drown myself in the river'],
    ['she tried to od on her meds', 'od on her meds'],
    ['she took an od of her sertraline', 'took an od'],
    ['she overdosed on sertraline', 'overdosed on sertraline'],
    ['she jumped in front of the 7:15 train', 'jumped in front of the 7:15 train'],
    ['He died by suicide at the old quarry near town.', 'suicide at the old quarry'],
    ['he killed himself in the garage', 'killed himself in the garage'],
  ])('blocks %j, underlining %j', (text, excerpt) => {
    const findings = checkSafeMessaging(text).filter((f) => f.ruleId === 'method-or-location');
    expect(findings.map((f) => f.excerpt)).toContain(excerpt);
    expect(findings.every((f) => f.severity === SafetySeverity.BLOCK)).toBe(true);
    expect(hasBlockingFinding(findings)).toBe(true);
  });

  it.each([
    ['she took every pill in the cabinet', 'took every pill in the cabinet'],
    ['he swallowed every single tablet he could find', 'swallowed every single tablet he could find'],
    ['I swallowed three boxes of paracetamol', 'swallowed three boxes of paracetamol'],
    ['she tried to end it with 30 co-codamol', 'end it with 30 co-codamol'],
    ['he went up to the multi-storey car park and jumped', 'went up to the multi-storey car park and jumped'],
    ['she stepped off the top floor of the car park', 'stepped off the top floor'],
    ['is the bridge in town high enough to die', 'the bridge in town high enough to die'],
    ['filled his car with exhaust fumes', 'filled his car with exhaust fumes'],
    ['a charcoal burner in a taped up bedroom', 'charcoal burner in a taped up bedroom'],
    ['I dragged a blade across my thigh', 'dragged a blade across my thigh'],
    ['how to self harm so no one notices', 'how to self harm'],
  ])('blocks a method told in other words: %j, underlining %j', (text, excerpt) => {
    expect(methodExcerpts(text)).toContain(excerpt);
  });

  it.each([
    'He walked into the sea and never came back. #suicide',
    'tied a scarf to the banister on the night I wanted to die',
    'he drove into a wall deliberately. it was suicide.',
    '#sh relapse, back to the blade tonight',
    'took 30 nurofen because I wanted to die',
  ])('blocks a method told in other words next to talk of harm: %j', (text) => {
    expect(methodExcerpts(text).length).toBeGreaterThan(0);
  });

  it.each([
    'I wanted to die and I thought about the noose every night.',
    'I was suicidal and stood on the train tracks.',
    'When I was suicidal I counted out 30 tablets.',
    'I was suicidal and had the rope ready.',
    'how many pills does it take to die',
    'After the overdose I thought about carbon monoxide.',
    'I still keep a razor blade from when I used to self-harm.',
    'I wanted to end it all at the cliff at Beachy Head.',
    'I took all my pills because I wanted to die.',
    'He died by suicide, hanging from a tree in the park behind the school.',
    'Suicide note found next to the empty insulin pens.',
    'self harm tip: hide the cuts on your hips so nobody sees',
    'I tried to unalive myself with a belt around my neck.',
    'how much sertraline would it take to not wake up',
  ])('blocks a method word that sits next to talk of suicide: %j', (text) => {
    expect(methodExcerpts(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['He h4ng3d himself.', 'h4ng3d himself'],
    ['she 0verd0sed on 50 tablets', '0verd0sed on 50 tablets'],
    ['she cut her wr1sts', 'cut her wr1sts'],
    ['HE JUMPED FROM THE BRIDGE', 'JUMPED FROM THE BRIDGE'],
    ['he hung him self', 'hung him self'],
    ['He  jumped   off\nthe bridge', 'jumped   off\nthe bridge'],
    ['i tied a n00se', 'tied a n00se'],
    ['He j.u.m.p.e.d from the bridge', 'j.u.m.p.e.d from the bridge'],
    ['took a b0ttle of p1lls', 'took a b0ttle of p1lls'],
    ['He h\u200banged himself', 'h\u200banged himself'],
  ])('sees through disguised spelling: %j', (text, excerpt) => {
    expect(methodExcerpts(text)).toContain(excerpt);
  });
});

describe('method-or-location: stays quiet on everyday words', () => {
  it.each([
    'the bridge loan was approved',
    'rope skipping challenge day 3!',
    'I cut my hair short',
    'Pick up your pills at the pharmacy; take 2 tablets a day with food.',
    'We jumped off the cliff into the sea, best summer ever',
    'I cut myself shaving this morning',
    "I'm drowning myself in coffee this week",
    'He shot himself in the foot with that comment',
    'Hanging out with friends at the bridge',
    'She was found hanging out at the mall',
    'pictures found hanging on the wall',
    'We bought a rope for rock climbing',
    'I cut myself off from toxic people',
    'His words cut deep.',
    'Store medications safely and lock up sleeping pills.',
    'Call poison control if a child swallows something.',
    'Jumping rope is my cardio.',
    'My ferry crossed under the bridge at Tower Hill.',
    'the train line was delayed again',
    'if all your friends jumped off a bridge would you do it too',
    'cutting myself a slice of cake',
    'I took 10 vitamin pills this week',
    'He shot himself a selfie',
    'I overdosed on coffee today lol',
    'We had a picnic at the bottom of the cliff',
    'I cut my finger while cooking',
    'I stepped onto the train just in time',
    'My grandad died of carbon monoxide poisoning from a faulty boiler',
    'She died from drowning on holiday',
    'Christmas lights hanging from the tree 🎄',
    'talking about suicide in the car with my dad helped. Call 988.',
    'Suicide prevention on the platform: how we moderate',
    'I od on coffee every monday',
    'this film is od funny',
    'I drown myself in work every January',
    'scarf around my neck, autumn is here 🍂',
    'burned my arm with hot oil while cooking',
    'hide the cuts of meat at the back of the freezer',
    'empty pill organiser, time to refill',
    'I recycled 20 lithium batteries today',
    'we walked into the sea at sunrise, freezing 🌊',
    'I took every pill they prescribed and it still took months to feel better',
    'my gran takes all her tablets in one go with breakfast',
    "I tied the rope to the tree for the kids' swing",
    'we drove to the cliff and jumped into the sea 🌊',
    'I crashed my bike on purpose to test the new pads',
    'used the knife on my steak, medium rare 🥩',
    'he fell from the roof while fixing the gutter',
    'how to self-care when you are exhausted',
    'the barbecue in the garden, sealed with a kiss 💋',
  ])('%j', (text) => {
    expect(methodExcerpts(text)).toEqual([]);
  });
});
