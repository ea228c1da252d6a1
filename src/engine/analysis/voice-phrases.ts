// What simulated customers say, by reason: two wordings each, picked by a hash so that a month's
// quotes vary. Customers describe their own experience; they never blame the player. Written for any
// of the scenarios (a café, a streaming service, a wholesaler), so no product is named.
import type { RelationshipTypeId } from '../model/relationship-types';
import type { VoiceGroup, VoiceReason } from './customer-voices';

type Pair = readonly [string, string];

const VALUED: Record<RelationshipTypeId, Pair> = {
  transactional: ['Quick and simple whenever I need something: no fuss.', 'I get what I came for, fast, and that is all I ask.'],
  'self-service': ['I can sort things out myself, at any hour.', 'I like being able to look things up and fix them on my own.'],
  'automated-services': ['The app seems to know what I want before I ask.', 'The reminders and suggestions save me time.'],
  communities: ['I have met people through the community; it feels like my place.', 'The other members answer my questions faster than anyone.'],
  'co-creation': ['They listened to my idea and built it. I feel heard.', 'I helped shape what they offer, so I want it to succeed.'],
  'personal-assistance': ['There is always someone friendly to talk to when I need help.', 'A real person helped me, and it made my week.'],
  'dedicated-personal-assistance': ['Having one person who knows us well makes all the difference.', 'Our contact knows our business; we never start from scratch.'],
};

const DISLIKED: Record<RelationshipTypeId, Pair> = {
  transactional: ['It feels like I am just another order number.', 'Every visit feels like a transaction and nothing more.'],
  'self-service': ['I would rather not have to do everything myself.', 'Being pointed to a help page is not what I am after.'],
  'automated-services': ['The automated messages feel impersonal to me.', 'I do not like a machine deciding what I want.'],
  communities: ['I am not looking to join a group; I just want the service.', 'All the community posts are noise to me.'],
  'co-creation': ['I do not have time to give feedback on everything.', 'They keep asking for my ideas; I just want it to work.'],
  'personal-assistance': ['I would rather be left to get on with it.', 'The staff check on me more than I would like.'],
  'dedicated-personal-assistance': ['An account manager is more than someone my size needs.', 'The regular calls take time I would rather spend elsewhere.'],
};

const UNMET: Record<RelationshipTypeId, Pair> = {
  transactional: ['Even a simple purchase is harder than it should be.', 'Sometimes I cannot get a basic order done smoothly.'],
  'self-service': ['I expected to be able to do this myself online, and I cannot.', 'There is nowhere to find answers on my own.'],
  'automated-services': ['I expected updates and reminders; nothing comes.', 'Others remember my preferences; here I repeat them every time.'],
  communities: ['I hoped there would be a place to meet other customers.', 'There is no one to swap tips with.'],
  'co-creation': ['I would like a say in what they make, and there is no way to give it.', 'My suggestions seem to go nowhere.'],
  'personal-assistance': ['When I need a person, I cannot reach one.', 'I expected someone to help me, and I was left waiting.'],
  'dedicated-personal-assistance': ['We expected someone who knows our account, and there is no one.', 'Each time we call, we explain ourselves from the start.'],
};

const OFFER_GOOD: Pair = ['I simply like what they offer.', 'The product itself keeps me coming back.'];
const OFFER_PLAIN: Pair = ['It is fine. Nothing stands out, good or bad.', 'It does the job; I would not go out of my way to recommend it.'];

function pick(pair: Pair, variant: number): string {
  return pair[variant & 1]!;
}

function reasonText(reason: VoiceReason, tenureMonths: number, variant: number): string {
  switch (reason.kind) {
    case 'valued-type': return pick(VALUED[reason.type], variant);
    case 'disliked-type': return pick(DISLIKED[reason.type], variant);
    case 'unmet-expectation': return pick(UNMET[reason.type], variant);
    case 'event': return reason.good ? `“${reason.title}” has made things better lately.` : `“${reason.title}” has put me off lately.`;
    case 'tenure': return tenureMonths >= 24 ? `I have been a customer for ${Math.floor(tenureMonths / 12)} years now.` : 'I have been a customer for over a year now.';
    case 'offer': return pick(reason.good ? OFFER_GOOD : OFFER_PLAIN, variant);
  }
}

/** The quote of a customer of `group` with `reasons` (the strongest first). */
export function voiceText(group: VoiceGroup, reasons: readonly VoiceReason[], tenureMonths: number, variant: number): string {
  const sentences = reasons.slice(0, 2).map((r, i) => reasonText(r, tenureMonths, variant >>> i));
  const tenure = reasons.find((r) => r.kind === 'tenure');
  if (tenure && !reasons.slice(0, 2).includes(tenure)) sentences.push(reasonText(tenure, tenureMonths, variant));
  if (group === 'passive' && sentences.length === 0) sentences.push(pick(OFFER_PLAIN, variant));
  return sentences.join(' ');
}
