/**
 * An ask's wording in plain verbs, for comparing asks (the sentence shown is never changed):
 * phrasal and light-verb constructions become the verb they stand for ("make sure" → "ensure",
 * "carry out" → "conduct", "give consideration to" → "consider"), nominalisations become their
 * verb ("the provision of training" → "provide training" → "train"; "undertake a review of plans"
 * → "review plans"), and the real ask is brought out from under "seek assurance that" and
 * "satisfy itself that" ("ensure that", which ask-action.ts reads through). Written by hand for
 * the wording of safeguarding recommendations; measured by scripts/eval-recommendations.ts.
 */

/** Phrases, by the verb they stand for. Each alternative matches the inflected forms it lists. */
const PHRASAL: ReadonlyArray<[string, string]> = [
  ['make(?:s)? sure|making sure|made sure', 'ensure'],
  ['seek(?:s|ing)? (?:to )?(?:gain |obtain )?assurance(?: from [^,.;]+?)? that|sought assurance(?: from [^,.;]+?)? that', 'ensure that'],
  ['satisf(?:y|ies|ied) (?:itself|themselves|herself|himself) that|(?:be|is|are) assured that', 'ensure that'],
  ['carr(?:y|ies|ied|ying) out', 'conduct'],
  ['put(?:s|ting)? in place', 'establish'],
  ['(?:give|gives|gave|given|giving) (?:due |full |careful )?consideration to', 'consider'],
  ['tak(?:e|es|en|ing) (?:full |due )?account of|tak(?:e|es|en|ing) into account', 'consider'],
  ['pass(?:es|ed|ing)? on', 'share'],
  ['find(?:s|ing)? out|found out', 'establish'],
  ['look(?:s|ed|ing)? at', 'examine'],
  ['follow(?:s|ed|ing)? up', 'pursue'],
  ['(?:write|writes|wrote|written|writing) down', 'record'],
];

/** Nouns made of verbs, by their verb: "a review of", "the provision of". */
const NOMINALS: Readonly<Record<string, string>> = {
  provision: 'provide', delivery: 'deliver', development: 'develop', implementation: 'implement', introduction: 'introduce',
  review: 'review', audit: 'audit', evaluation: 'evaluate', assessment: 'assess', examination: 'examine', consideration: 'consider',
  establishment: 'establish', production: 'produce', completion: 'complete', revision: 'revise', monitoring: 'monitor',
  dissemination: 'disseminate', circulation: 'circulate', training: 'train', recording: 'record', sharing: 'share',
  notification: 'notify', referral: 'refer', escalation: 'escalate', identification: 'identify', recognition: 'recognise',
  publication: 'publish', scrutiny: 'scrutinise', analysis: 'analyse', exploration: 'explore', use: 'use',
};

/** Verbs that carry no ask of their own before a noun made of a verb: "undertake a review", "provide training". */
const LIGHT = 'undertake|undertakes|conduct|conducts|carry out|complete|completes|make|makes|provide|provides|deliver|delivers|arrange|arranges|commission|commissions|offer|offers';

const NOMINAL = Object.keys(NOMINALS).join('|');

const RULES: ReadonlyArray<[RegExp, (match: string, ...groups: string[]) => string]> = [
  ...PHRASAL.map(([phrase, verb]): [RegExp, () => string] => [new RegExp(`\\b(?:${phrase})\\b`, 'gi'), () => verb]),
  // "the provision of training" -> "provide training"
  [new RegExp(`\\b(?:the|a|an) (?:\\w+ )?(${NOMINAL}) of\\b`, 'gi'), (_match, noun) => NOMINALS[noun.toLowerCase()] as string],
  // "provide training" -> "train", "undertake review" -> "review"
  [new RegExp(`\\b(?:${LIGHT}) (?:the |a |an )?(${NOMINAL})\\b(?! of)`, 'gi'), (_match, noun) => NOMINALS[noun.toLowerCase()] as string],
];

/**
 * plainAsk('The Board should seek assurance from each agency that the provision of training is reviewed.')
 *   -> 'The Board should ensure that train is reviewed.'
 */
export function plainAsk(text: string): string {
  return RULES.reduce((plain, [pattern, verb]) => plain.replace(pattern, verb), text);
}
