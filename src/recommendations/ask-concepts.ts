import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Words that say the same thing in a recommendation's ask, grouped: a reworded ask keeps the
 * concepts and changes the words ("see children alone" / "speak with each child on their own").
 * Each group is named by its first word. Written by hand for the vocabulary of safeguarding
 * recommendations; measured by scripts/eval-recommendations.ts on the labelled pairs.
 */
const CONCEPT_GROUPS: readonly string[] = [
  'see speak talk spoken seen',
  'alone own',
  'child children pupil',
  'adolescent teenager teenage young adolescence',
  'baby infant newborn',
  'record write note document capture log chronology timeline notes',
  'view wish feeling voice perspective',
  'share pass tell inform notify communicate circulate disseminate',
  'information concern knowledge',
  'risk danger dangerous risky',
  'prompt promptly immediately straight quickly delay',
  'meeting meet discussion conference convene session',
  'role responsibility remit responsible',
  'know understand familiar aware',
  'miss missed attend attendance brought',
  'test check verify weigh scrutinise question proof evidence backed corroborate confirm',
  'progress improvement improvements improve improved',
  'safe safer safety',
  'father male men man',
  'strength',
  'assess assessment assessing assessor',
  'household live living resident',
  'identify recognise recognize notice find spot',
  'involve include engage invite part',
  'supervision supervisor manager oversight leader',
  'reflect reflective reflection',
  'escalate escalation challenge disagree disagreement dispute resolution',
  'procedure policy protocol guidance guideline procedures',
  'history past previous earlier',
  'update revise reassess rewrite amend revisit revised',
  'complete finish',
  'timescale deadline timely late overrun slip behind',
  'substance drug alcohol drinking addiction',
  'mental depression illness',
  'domestic violence',
  'impact affect effect mean',
  'cumulative chronic persistent entrenched build',
  'tool toolkit profile',
  'briefing summary guide leaflet',
  'injury bruise bruising mark',
  'medical paediatric paediatrician',
  'gp doctor general',
  'explain explanation unexplained reason reasons account',
  'transfer send',
  'move moves relocate area',
  'interpreter translate translator interpret',
  'relative member',
  'identity culture ethnicity religion faith belief',
  'disability disabled',
  'single one common',
  'hospital admission admitted emergency',
  'pregnancy unborn birth delivery pre',
  'exploitation exploited',
  'choice lifestyle',
  'threshold criteria',
  'consistent consistently',
  'referral refer',
  'capacity fund sufficient provision waiting',
  'commission commissioner commissioners',
  'learn learning lesson lessons finding findings',
  'training train course trainer trainers upskill',
  'develop produce create draft devise design',
  'monitor track audit evaluate',
  'report publish',
  'month months year twelve',
  'comply compliance cooperation cooperate willingness',
  'experience daily life ordinary',
  'patient client people',
  'outcome result data happen',
  'open active',
  'agree agreed promise promised',
  'parent carer mother',
  'decision decide',
];

/**
 * Words that appear in asks on every subject: who is asked, how strongly, and the verbs that only
 * say "make it happen". Two asks sharing them share nothing particular.
 */
const GENERIC_WORDS =
  'board partnership lscb safeguarding partners partner agency agencies practitioner practitioners staff professional professionals service services ' +
  'should must shall need needs asked ask recommended recommend consider ensure make sure satisfy itself seek assurance guarantee ' +
  'every each all always whenever local any how often whether not no never rather instead only once way use using apply run employee workforce clinician worker';

const stem = (word: string): string => PorterStemmer.stem(word);

const conceptOfStem = new Map<string, string>();
for (const group of CONCEPT_GROUPS) {
  const words = group.split(' ');
  for (const word of words) conceptOfStem.set(stem(word), words[0] as string);
}
const genericStems = new Set(GENERIC_WORDS.split(' ').map(stem));

/** The concept of a stem: its group's name, or the stem itself. conceptOf(stem('spoken')) === 'see' */
export function conceptOf(stemmed: string): string {
  return conceptOfStem.get(stemmed) ?? stemmed;
}

/** True for the stem of a word every ask uses ("board", "ensure", "practitioners"). */
export function isGeneric(stemmed: string): boolean {
  return genericStems.has(stemmed);
}

export { stem };
