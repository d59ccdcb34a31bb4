import type { ThemeId } from '../../src/themes.js';
import type { AgeGroup } from './vocabulary.js';

/**
 * The event models the prose is rendered from: who did (or failed to do) what, to whom. Each
 * event states one theme's failure in the case under review (themes.md); `clauses.ts` renders it
 * through many grammatical frames, so no two reports share its sentences.
 *
 * Objects and adverbials are templates with the `{slot}`s of `template.ts`. An object starting
 * "pl:" is plural (for the passive: "were not shared").
 */
export interface FailureEvent {
  /** Who acted: a practitioner of the child's age group, an agency, practitioners in general, or a manager. */
  actor: 'role' | 'agency' | 'professionals' | 'manager';
  verb: string;
  objects: readonly string[];
  /** The words that carry the failure with the verb ("at face value"); one is drawn. */
  manner?: readonly string[];
  /** True when the failure is not doing it ("did not share"); false when it is doing it ("accepted at face value"). */
  omission: boolean;
  /** The good practice that would deny the failure, for hard negatives: an action done instead. */
  instead?: { verb: string; objects: readonly string[] };
  /** Only for children of these ages. */
  ages?: readonly AgeGroup[];
  /** False when doing it right still shows the failure (recognising cancelled visits still means visits were cancelled). */
  negatable?: boolean;
}

/** Short state descriptions of a failure that are not an action ("the case drifted"). */
export interface FailureState {
  text: string;
  ages?: readonly AgeGroup[];
}

export interface ThemeModel {
  events: readonly FailureEvent[];
  states: readonly FailureState[];
  /** What a recommendation asks practitioners to achieve, as an infinitive phrase. */
  outcomes: readonly string[];
}

const INFANT: readonly AgeGroup[] = ['infant'];
const OLDER: readonly AgeGroup[] = ['child', 'adolescent'];

export const THEME_MODELS: Record<ThemeId, ThemeModel> = {
  face_value: {
    events: [
      { actor: 'role', verb: 'accept', omission: false, objects: ["{mother}'s explanation for the family's sudden move", "{father}'s account of how the window came to be broken", "{mother}'s reason for keeping {child} at home", "the parents' story about where {child} had been"], manner: ['at face value', 'uncritically', 'on trust'], instead: { verb: 'check', objects: ['the account with {agency}', 'what the parents said against the records of {agency}'] } },
      { actor: 'professionals', verb: 'take', omission: false, objects: ["{mother}'s assurance that {partner} had moved out", "{father}'s word that the drinking had stopped"], manner: ['at face value', 'on trust'], instead: { verb: 'verify', objects: ['the assurance with {agency}'] } },
      { actor: 'role', verb: 'verify', omission: true, objects: ["{mother}'s claim that she had registered with a new GP", "what {father} said about the move to {area}"] },
    ],
    states: [
      { text: "there was little professional curiosity about the account {mother} gave in {month}" },
      { text: "the {role} was reassured by {mother}'s account and looked no further" },
    ],
    outcomes: ['test what parents say against what other agencies know', 'record how each account was checked'],
  },
  professional_drift: {
    events: [
      { actor: 'professionals', verb: 'allow', omission: false, objects: ['the plan agreed in {month}', 'the work with the family'], manner: ['to drift for months', 'to drift without purposeful action'], instead: { verb: 'review', objects: ['the plan at every core group'] } },
      { actor: 'professionals', verb: 'progress', omission: true, objects: ['pl:the actions set at the review in {month}', 'the plan for {child}'], manner: ['for several months', 'for almost half a year'] },
      { actor: 'manager', verb: 'postpone', omission: false, objects: ['the decision about legal planning', 'pl:three review meetings in a row'], manner: ['again and again', 'repeatedly'], instead: { verb: 'hold', objects: ['each review on the date set'] } },
    ],
    states: [
      { text: 'the case drifted after {month}, and each new worker started again' },
      { text: 'drift set in once the worries of {month} had eased' },
      { text: 'there was a delay of five months before the core group met' },
    ],
    outcomes: ['keep plans to their timescales and review them when actions slip'],
  },
  child_not_seen: {
    events: [
      { actor: 'role', verb: 'see', omission: true, objects: ['{child} alone', '{child} on {his} own'], manner: ['at any visit after {month}', 'during the period under review'] },
      { actor: 'professionals', verb: 'seek', omission: true, objects: ["pl:{child}'s wishes and feelings", "pl:{child}'s views about home", "pl:{child}'s views"], manner: ['before the conference', 'at any point'] },
      { actor: 'role', verb: 'speak to', omission: true, objects: ['{child}'], manner: ['on {his} own about home', 'alone', 'away from {mother}'], ages: OLDER },
      { actor: 'role', verb: 'observe', omission: true, objects: ['{child} being fed or handled', '{child} undressed'], manner: ['at any of the visits'], ages: INFANT },
    ],
    states: [
      { text: "the voice of the child was absent from the assessment of {month}" },
      { text: "{child}'s lived experience was not explored in any assessment" },
      { text: '{child} was not seen by a professional for eleven weeks before the incident' },
    ],
    outcomes: ['see children alone and record what they say and how they seem'],
  },
  multi_agency: {
    events: [
      { actor: 'agency', verb: 'share', omission: true, objects: ['the information about the police call-out in {month}', 'what it knew about the assault on {mother}', 'pl:the details of the bail conditions'], manner: ['with the {role}', "with children's social care"] },
      { actor: 'agency', verb: 'pass on', omission: true, objects: ['the referral made in {month}', 'the referral from the school'], manner: ['to the allocated worker', 'to the school'] },
      { actor: 'professionals', verb: 'hold', omission: true, objects: ['a strategy discussion', 'a multi-agency meeting'], manner: ['when the concerns of {month} came to light', 'after the second referral'] },
      { actor: 'agency', verb: 'inform', omission: true, objects: ["children's social care", 'the {role}'], manner: ['that the family had moved', 'of the incident in {month}'] },
    ],
    states: [
      { text: 'agencies worked in isolation, each holding part of the picture' },
      { text: 'information was not shared between {agency} and the {role} in {month}' },
      { text: "there was no communication between the police and children's social care about {partner}" },
    ],
    outcomes: ['share what they know about risk on the day they learn it'],
  },
  disguised_compliance: {
    events: [
      { actor: 'role', verb: 'recognise', omission: true, objects: ['the pattern of cancelled visits', 'pl:the missed appointments'], manner: ['as disguised compliance', 'as avoidance'], negatable: false },
      { actor: 'professionals', verb: 'gain', omission: true, objects: ['access to the upstairs rooms', 'entry to the flat'], manner: ['on four visits after {month}', 'after {month}'] },
    ],
    states: [
      { text: '{child} was not brought to five of the seven health appointments offered in {year}' },
      { text: "{mother}'s engagement was superficial: she agreed to every action and completed none" },
      { text: 'the family cancelled visits at short notice and avoided contact after {month}' },
      { text: '{mother} did not attend the parenting programme or the core group in {month}' },
    ],
    outcomes: ['count missed appointments as a risk and act on a pattern of non-engagement'],
  },
  rule_of_optimism: {
    events: [
      { actor: 'role', verb: 'overstate', omission: false, objects: ['pl:the small improvements seen in {month}', "pl:{mother}'s strengths"], manner: ['in the assessment', 'at the review conference'], instead: { verb: 'weigh', objects: ['the strengths against the risks that remained'] } },
      { actor: 'professionals', verb: 'take', omission: false, objects: ['too positive a view of the parents', 'an overly optimistic view of the progress made'], manner: ['throughout {year}', 'after the move'], instead: { verb: 'give', objects: ['a balanced account of strengths and risks'] } },
    ],
    states: [
      { text: 'the rule of optimism shaped the decision of {month}' },
      { text: "practitioners were overly optimistic about {mother}'s capacity to change" },
    ],
    outcomes: ['test signs of progress against evidence that the child is safer'],
  },
  hidden_men: {
    events: [
      { actor: 'professionals', verb: 'assess', omission: true, objects: ['{partner}', "{mother}'s new partner", '{father}'], manner: ['at any point', 'before the plan was closed'] },
      { actor: 'agency', verb: 'complete', omission: true, objects: ['pl:checks on {partner}', 'pl:police checks on the man living at the address'], manner: ['when he moved in', 'in {month}'] },
      { actor: 'role', verb: 'invite', omission: true, objects: ['{father}'], manner: ['to the conference', 'to any meeting', 'to the core group'] },
    ],
    states: [
      { text: "{mother}'s partner was not known to professionals until after the incident" },
      { text: '{father} remained an invisible father to every agency involved' },
      { text: 'the men in the household were not assessed' },
    ],
    outcomes: ['identify and assess every adult who lives with or cares for the child'],
  },
  management_oversight: {
    events: [
      { actor: 'manager', verb: 'review', omission: true, objects: ['the case', "the worker's caseload", 'the file'], manner: ['in supervision', 'between {month} and the incident'] },
      { actor: 'manager', verb: 'scrutinise', omission: true, objects: ["the worker's view that risk had reduced", 'the decisions on the file'], manner: ['in supervision', 'at any point'] },
    ],
    states: [
      { text: 'there was no management oversight of the case after {month}' },
      { text: 'supervision was infrequent and did not challenge the plan' },
      { text: 'caseload pressures left the {role} unsupervised for months' },
    ],
    outcomes: ['have managers review open cases in recorded supervision'],
  },
  lack_of_challenge: {
    events: [
      { actor: 'role', verb: 'challenge', omission: true, objects: ['the decision to close the case', "the view of children's social care"], manner: ['although the school disagreed', 'when the case was closed in {month}'] },
      { actor: 'role', verb: 'escalate', omission: true, objects: ['pl:the worries of the school', 'the disagreement'], manner: ['to a manager', 'under the escalation policy'] },
      { actor: 'professionals', verb: 'go along with', omission: false, objects: ["the view of children's social care", 'the judgement of the consultant'], manner: ['without question', 'although they had concerns'], instead: { verb: 'escalate', objects: ['the disagreement to a senior manager'] } },
    ],
    states: [
      { text: 'the escalation policy was not used by any agency' },
      { text: 'professional disagreement about {child} was never resolved' },
    ],
    outcomes: ['use the escalation policy whenever they disagree with a decision about a child'],
  },
  risk_assessment: {
    events: [
      { actor: 'professionals', verb: 'underestimate', omission: false, objects: ['the risk to {child}', 'the risk posed by {partner}'], manner: ['from the outset', 'in {month}'], instead: { verb: 'assess', objects: ['the risk in the light of the full history'] } },
      { actor: 'role', verb: 'update', omission: true, objects: ['the assessment of {month}', 'the risk assessment'], manner: ['when the circumstances changed', 'after the second incident'] },
      { actor: 'professionals', verb: 'see', omission: false, objects: ['pl:each incident', 'pl:the incidents of {year}'], manner: ['in isolation'], instead: { verb: 'consider', objects: ['the cumulative history'] } },
    ],
    states: [
      { text: 'no assessment was completed after the referral of {month}' },
      { text: "the family's history was not considered when risk was judged in {month}" },
    ],
    outcomes: ['assess risk in the light of the whole history and update it when things change'],
  },
  parental_risk_factors: {
    events: [
      { actor: 'professionals', verb: 'consider', omission: true, objects: ['the impact of [the violence at home|the domestic violence|the fighting at home] on {child}', "the effect of {mother}'s drinking on {child}"], manner: ['at any stage', 'in the assessment'] },
      { actor: 'role', verb: 'explore', omission: true, objects: ["{mother}'s drug use", "{mother}'s depression"], manner: ['with the family', 'after {month}'] },
    ],
    states: [
      { text: "{mother}'s mental health was not assessed during the period under review" },
      { text: 'the impact on {child} of the toxic trio of domestic abuse, substance misuse and mental ill-health was not considered' },
    ],
    outcomes: ['ask what parental substance use, mental ill-health and domestic abuse mean for the child'],
  },
  neglect: {
    events: [
      { actor: 'professionals', verb: 'tolerate', omission: false, objects: ['pl:poor home conditions', 'the state of the flat'], manner: ['for years', 'over two years'], instead: { verb: 'challenge', objects: ['the conditions in the home'] } },
      { actor: 'role', verb: 'recognise', omission: true, objects: ['the chronic neglect of {child}', 'the cumulative harm to {child}'], manner: ['early enough', 'until {month}'] },
    ],
    states: [
      { text: 'neglect became normalised for the practitioners who visited' },
      { text: 'the cumulative harm of chronic neglect was not acted on' },
    ],
    outcomes: ['recognise the cumulative harm of neglect and act before it becomes chronic'],
  },
  signs_of_abuse: {
    events: [
      { actor: 'role', verb: 'refer', omission: true, objects: ['the bruising to {child}', 'the burn on {child}'], manner: ['for a medical opinion', 'to the paediatrician'] },
      { actor: 'role', verb: 'question', omission: true, objects: ['pl:the injuries', 'the mark seen in {month}'], manner: ['at all', 'with the parents'] },
      { actor: 'role', verb: 'refer', omission: true, objects: ['the bruise on a non-mobile baby', 'the bruising to a baby who could not yet roll'], manner: ['under the protocol'], ages: INFANT },
    ],
    states: [
      { text: 'the signs of abuse were missed in {month}' },
      { text: 'there was a failure to recognise the injuries for what they were' },
    ],
    outcomes: ['refer any injury to a child without a clear explanation for a medical opinion'],
  },
  recording: {
    events: [
      { actor: 'agency', verb: 'record', omission: true, objects: ['the disclosure of {month}', 'the visit at which {child} was injured'], manner: ['at all', 'on the child\'s file'] },
      { actor: 'agency', verb: 'transfer', omission: true, objects: ['pl:the notes', "pl:{child}'s records"], manner: ['when the family moved', 'to the new practice'] },
    ],
    states: [
      { text: 'records were incomplete and there was no chronology' },
      { text: 'the records of {agency} for {year} were inaccurate' },
    ],
    outcomes: ['keep accurate records and a running chronology for every child'],
  },
  procedures: {
    events: [
      { actor: 'professionals', verb: 'follow', omission: true, objects: ['pl:the procedures for bruising', 'the missing-child procedure'], manner: ['in {month}', 'at the time'] },
      { actor: 'agency', verb: 'apply', omission: false, objects: ['the guidance on home visits', 'the policy'], manner: ['wrongly', 'contrary to the guidance'], instead: { verb: 'follow', objects: ['the procedure to the letter'] } },
    ],
    states: [
      { text: 'procedures were not followed when {child} went missing' },
      { text: 'staff were unaware of the policy on home visits' },
    ],
    outcomes: ['know and follow the procedures that govern their work with children'],
  },
  diversity: {
    events: [
      { actor: 'role', verb: 'use', omission: true, objects: ['an interpreter', 'a professional interpreter'], manner: ['at the visit in {month}', 'for any of the meetings'] },
      { actor: 'professionals', verb: 'explore', omission: true, objects: ["pl:the family's cultural background", "pl:{child}'s communication needs"], manner: ['in the assessment'] },
    ],
    states: [
      { text: "{child}'s disability was not considered in the plan" },
      { text: "cultural factors in the family's life were not explored" },
    ],
    outcomes: ['consider identity, language, faith and disability in every assessment'],
  },
  health_coordination: {
    events: [
      { actor: 'agency', verb: 'tell', omission: true, objects: ['the GP', 'the health visitor'], manner: ['about the admission of {month}', 'that {child} had attended the emergency department'] },
    ],
    states: [
      { text: 'the GP was not informed of the admission in {month}' },
      { text: 'there was no single health record for {child}' },
      { text: 'the health visitor was unaware of the hospital attendances of {year}' },
    ],
    outcomes: ['keep one health record for each child that every health service can see'],
  },
  pre_birth: {
    events: [
      { actor: 'professionals', verb: 'complete', omission: true, objects: ['a pre-birth assessment', 'the pre-birth plan'], manner: ['before {child} was born', 'in time'], ages: INFANT },
      { actor: 'role', verb: 'consider', omission: true, objects: ['the unborn baby'], manner: ['in the plan for {mother}', 'when the pregnancy was booked'], ages: INFANT },
    ],
    states: [
      { text: 'the pre-birth assessment began too late to shape a plan', ages: INFANT },
      { text: 'no pre-birth assessment was made despite the history', ages: INFANT },
    ],
    outcomes: ['begin pre-birth assessment early enough to plan before the birth'],
  },
  adolescents: {
    events: [
      { actor: 'professionals', verb: 'treat', omission: false, objects: ['{child}'], manner: ['as an adult', 'as if {he} were an adult'], instead: { verb: 'see', objects: ['{child} as a child at risk'] }, ages: ['adolescent'] },
      { actor: 'role', verb: 'describe', omission: false, objects: ["{child}'s going missing"], manner: ['as a lifestyle choice'], instead: { verb: 'treat', objects: ['each episode as a risk'] }, ages: ['adolescent'] },
    ],
    states: [
      { text: "{child}'s behaviour was seen rather than the risk behind it", ages: ['adolescent'] },
      { text: '{child} was not seen as a child in need', ages: ['adolescent'] },
    ],
    outcomes: ['respond to risky behaviour in adolescents as a sign of harm, not a choice'],
  },
  thresholds: {
    events: [
      { actor: 'agency', verb: 'make', omission: true, objects: ['a referral', "a referral to children's social care"], manner: ['in {month}', 'after the disclosure'] },
      { actor: 'agency', verb: 'close', omission: false, objects: ['the case', 'the referral'], manner: ['with no further action', 'because the threshold was not met'], instead: { verb: 'accept', objects: ['the referral for assessment'] } },
    ],
    states: [
      { text: 'the referral of {month} was judged not to meet the threshold' },
      { text: 'the case was stepped down without a plan' },
    ],
    outcomes: ['apply the threshold document consistently and explain each decision'],
  },
  service_gaps: {
    events: [
      { actor: 'agency', verb: 'offer', omission: true, objects: ['a service', 'the therapy that was recommended'], manner: ['because there was a waiting list', 'for lack of resources'] },
    ],
    states: [
      { text: 'no service was available for {child} in {area}' },
      { text: 'the waiting list for the service was nine months long' },
      { text: 'lack of resources meant the team had no capacity' },
    ],
    outcomes: ['commission services with the capacity that children in the area need'],
  },
};
