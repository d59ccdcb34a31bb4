import type { ThemeId } from '../../src/themes.js';

/**
 * Hard negatives: sentences that use a theme's vocabulary to say the failure did NOT happen.
 * A paragraph made of these carries no theme (themes.md, "not it").
 */
export const NEGATIVES: Record<ThemeId, readonly string[]> = {
  face_value: [
    "The {role} checked {mother}'s account with the GP and the nursery before recording it.",
    'Professionals did not simply accept the explanations given; they sought corroboration from {agency} and the police.',
  ],
  professional_drift: [
    "There was no evidence of drift in the core group's work; actions were reviewed at each meeting and completed on time.",
    'The plan was progressed at a steady pace and reviewed at every meeting, and there was no delay in the work.',
  ],
  child_not_seen: [
    "{Child} was seen alone at each of the {role}'s visits.",
    "{Child}'s wishes and feelings were recorded in detail and shaped the plan.",
  ],
  multi_agency: [
    'Information was shared promptly with the GP and {agency}.',
    'A strategy discussion was held on the day of the referral, with the police and health represented.',
  ],
  disguised_compliance: [
    '{Mother} engaged well with the plan and attended every appointment she was offered.',
    '{Child} was brought to all of {his} health appointments, and the family were at home for each planned visit.',
  ],
  rule_of_optimism: [
    "The assessment gave a balanced account of the family's strengths and of the risks that remained.",
  ],
  hidden_men: [
    "{Father} was assessed as part of the single assessment and attended the core group meetings.",
    "Checks were completed on {mother}'s partner as soon as agencies became aware of him.",
  ],
  management_oversight: [
    "Supervision was regular and recorded, and in {month} the {manager}'s review led to a change in the plan.",
  ],
  lack_of_challenge: [
    'The {role} challenged the decision to close the case, and the disagreement was resolved at a senior level within a week.',
  ],
  risk_assessment: [
    "The assessment completed in {month} was thorough and took full account of the family's history.",
  ],
  parental_risk_factors: [
    "The impact of {mother}'s mental health on her parenting was carefully considered in the assessment.",
  ],
  neglect: [
    'On one visit the kitchen was untidy, but the home was otherwise clean and {child} was well cared for.',
  ],
  signs_of_abuse: [
    "The {role} noticed a bruise on {child}'s leg and made a referral the same day.",
  ],
  recording: [
    'The records kept by {agency} were clear, contemporaneous and complete.',
  ],
  procedures: [
    'The {role} followed the safeguarding procedures correctly when the concern arose.',
  ],
  diversity: [
    "An interpreter was used at every meeting with {mother}, and the family's cultural background was discussed in supervision.",
  ],
  health_coordination: [
    "The health professionals met regularly, and each held a full picture of {child}'s health needs.",
  ],
  pre_birth: [
    'A pre-birth assessment was completed in good time and a plan was in place before {child} was born.',
  ],
  adolescents: [
    '{Child} was consistently seen as a child at risk rather than as someone making choices.',
  ],
  thresholds: [
    'The decision that the referral met the threshold for a section 47 enquiry was correct and timely.',
  ],
  service_gaps: [
    'A place on the parenting programme was available straight away, and support began within a fortnight.',
  ],
};

/** Prescriptive sentences: what should happen in future. They carry no theme. */
export const RECOMMENDATIONS: Record<ThemeId, readonly string[]> = {
  face_value: [
    'The {Board} should ensure that practitioners are supported to test the accounts given by parents against information held by other agencies.',
    'Training on professional curiosity should be refreshed for all frontline staff.',
  ],
  professional_drift: [
    'The {Board} should seek assurance that child in need plans are reviewed at least every three months.',
  ],
  child_not_seen: [
    "The {Board} should ensure that practitioners see children alone and record the child's views at every visit.",
  ],
  multi_agency: [
    "Partner agencies should agree a protocol for sharing police call-outs with health visitors and schools within one working day.",
  ],
  disguised_compliance: [
    "Agencies should make sure that guidance on children who are not brought to appointments is known to all staff.",
  ],
  rule_of_optimism: [
    'Supervision should include a deliberate consideration of whether the view of the family is too hopeful.',
  ],
  hidden_men: [
    'Practitioners should identify and engage every adult who lives in or regularly visits the household.',
  ],
  management_oversight: [
    'Each agency should audit the frequency and quality of safeguarding supervision and report the results to the {Board}.',
  ],
  lack_of_challenge: [
    'The {Board} should relaunch its escalation policy and monitor how often it is used.',
  ],
  risk_assessment: [
    "Assessments should always include a chronology and an analysis of the family's history.",
  ],
  parental_risk_factors: [
    'Adult services should consider the needs of any child in the household when working with a parent.',
  ],
  neglect: [
    'The {Board} should adopt a single neglect assessment tool and train practitioners in its use.',
  ],
  signs_of_abuse: [
    'All agencies should follow the protocol for bruising in non-mobile babies, and compliance should be audited annually.',
  ],
  recording: [
    'Agencies should remind staff that records must be written within 24 hours and must show the reasons for decisions.',
  ],
  procedures: [
    'The {Board} should review its procedures for families who move between areas and ensure that they are understood.',
  ],
  diversity: [
    'Agencies should use professional interpreters whenever a parent does not have English as a first language.',
  ],
  health_coordination: [
    'Health commissioners should ensure that discharge summaries are sent to the GP and health visitor on the day of discharge.',
  ],
  pre_birth: [
    'The {Board} should publish pre-birth guidance setting out when an assessment must begin.',
  ],
  adolescents: [
    'Partners should develop a shared approach to exploitation that treats older children as children first.',
  ],
  thresholds: [
    'The {Board} should review the application of its threshold document and audit a sample of closed contacts.',
  ],
  service_gaps: [
    'Commissioners should report to the {Board} on waiting times for specialist services for children and parents.',
  ],
};

/** Recommendations that also state what went wrong: they keep the theme (themes.md). */
export const BECAUSE_RECOMMENDATIONS: Partial<Record<ThemeId, readonly string[]>> = {
  child_not_seen: ['Because {child} was never seen alone, the {Board} should require agencies to record whether each child was seen alone.'],
  multi_agency: ['As the police call-outs were not shared with health, partners should agree how such information will reach health visitors.'],
  hidden_men: ["Since {mother}'s partner was unknown to every agency, practitioners should be required to ask who lives in the home."],
  management_oversight: ['Given that the case went unsupervised for months, {agency} should set a minimum frequency for supervision.'],
  professional_drift: ['Because the plan drifted for months, the {Board} should require an independent review of any plan unchanged for six months.'],
  thresholds: ["As repeated referrals were closed with no further action, the {Board} should audit how its threshold document is applied."],
  face_value: ["Because {mother}'s explanations were accepted without checking, the {Board} should promote tools for corroborating parents' accounts."],
  recording: ['Because no chronology was kept, the {Board} should require one on every child protection file.'],
  neglect: ['As the neglect of {child} was tolerated for years, the {Board} should promote a shared tool for recognising cumulative neglect.'],
  signs_of_abuse: ["Because the bruising to {child} was not referred, agencies should remind staff of the protocol for injuries to babies and children."],
  disguised_compliance: ['Given that missed appointments were not followed up, health providers should adopt a policy on children who are not brought.'],
  pre_birth: ['Because no pre-birth assessment was completed, the {Board} should set out when one must begin.'],
  adolescents: ["As {child}'s exploitation was seen as a lifestyle choice, partners should train staff to recognise exploitation in older children."],
  diversity: ['Since no interpreter was used, agencies should make sure that staff know how to book one.'],
};

/** Recommendations that belong to no theme. */
export const GENERAL_RECOMMENDATIONS: readonly string[] = [
  'The {Board} should seek assurance from all agencies that the learning from this review has been shared with their staff.',
  'The {Board} should receive a progress report on the action plan within six months of publication.',
  'Agencies should evaluate the impact of the changes made since this review and report back to the {Board}.',
  'The learning from this review should be included in the multi-agency training programme.',
  'A briefing for practitioners summarising the findings should be produced and circulated.',
];
