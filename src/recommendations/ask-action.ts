import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { RecommendationParts } from './recommendation-parts.js';

/**
 * What kind of thing an ask asks for: "use the escalation policy" and "audit how often it is used"
 * share their subject but not their action. Verbs, in the plain form, by class; written by hand
 * for safeguarding recommendations. A verb in none (use, include, know) has no class.
 */
const ACTION_CLASSES: Readonly<Record<string, string>> = {
  assure: 'assure assurance seek audit review evaluate monitor check test verify examine inspect scrutinise weigh confirm explore consider assess',
  write: 'develop produce write update revise rewrite amend publish issue',
  train: 'train upskill teach',
  share: 'share disseminate circulate pass tell inform notify send communicate',
  see: 'see speak visit meet talk',
  record: 'record document capture log note',
  escalate: 'escalate challenge',
  provide: 'commission provide fund offer give',
};

/** Verbs that ask for an outcome, not an action ("ensure that practitioners see ..."): the action is in their object. */
const OUTCOME_VERBS = new Set(['ensure', 'make', 'guarantee', 'be']);

/** Forms the rules below do not make. */
const IRREGULAR: Readonly<Record<string, string>> = { see: 'seen saw', speak: 'spoken spoke', meet: 'met', tell: 'told', write: 'written wrote', teach: 'taught', give: 'given gave', send: 'sent', seek: 'sought', log: 'logged logging' };

/** A verb's forms, so that a noun of the same stem ("assessments" of "assess") is not read as an action. */
function verbForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [verb, `${verb}s`, `${verb}es`, `${stem}ed`, `${stem}ing`, ...(IRREGULAR[verb]?.split(' ') ?? [])];
}

const CLASS_OF_STEM = new Map(
  Object.entries(ACTION_CLASSES).flatMap(([action, verbs]) => verbs.split(' ').map((verb) => [PorterStemmer.stem(verb), action] as const)),
);
const CLASS_OF_FORM = new Map(Object.entries(ACTION_CLASSES).flatMap(([action, verbs]) => verbs.split(' ').flatMap((verb) => verbForms(verb).map((form) => [form, action] as const))));

/** The ask verb is in its plain form already; a word of the object must be one of a verb's forms. */
const classOf = (word: string): string | undefined => CLASS_OF_STEM.get(PorterStemmer.stem(word));
const classOfForm = (word: string): string | undefined => CLASS_OF_FORM.get(word);

/**
 * The action class of an ask: of its verb, or, after "ensure" or "make sure", of the first verb of
 * a class in its object. null when neither has a class.
 * actionOf({ verb: 'ensure', object: 'practitioners see children alone', ... }) -> 'see'
 */
export function actionOf(parts: RecommendationParts): string | null {
  const verb = parts.verb?.split(' ')[0];
  if (verb !== undefined && !OUTCOME_VERBS.has(verb)) return classOf(verb) ?? null;
  for (const word of parts.object?.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const action = classOfForm(word);
    if (action !== undefined) return action;
  }
  return null;
}
