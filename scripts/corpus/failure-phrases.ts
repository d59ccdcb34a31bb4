import type { ThemeId } from '../../src/themes.js';

/**
 * Sentences that state a failure of one theme in the case under review (themes.md: "states or
 * plainly implies that the failure happened"). Each sentence carries exactly one theme; the wording
 * keeps clear of the cues of other themes so that the ground truth stays unambiguous.
 * `infant` and `older` hold sentences that only make sense for a baby or a school-age child.
 */
export interface PhraseSet {
  any: readonly string[];
  infant?: readonly string[];
  older?: readonly string[];
}

export const FAILURES: Record<ThemeId, PhraseSet> = {
  face_value: {
    any: [
      "The {role} accepted {mother}'s explanation at face value and did not check it with any other agency.",
      'When {mother} said that the family had moved because of a dispute with a neighbour, the {role} took the explanation without question and made no enquiries of the previous local authority.',
      "Professionals were reassured by {mother}'s account that things at home had settled, and nobody sought evidence to support what she said.",
      'There was a lack of professional curiosity about what {mother} told the {role}; her explanations were written down but never tested against what other agencies knew.',
      "{Father}'s version of events was uncritically accepted, even though it differed from what a neighbour had reported to {agency}.",
      "The {role} relied on self-report from {mother} and did not corroborate it with the information held by {agency}.",
      'At the visit in {month} the assurances given by the parents were taken on trust, and no attempt was made to verify them.',
      "Staff appear to have believed the parents' reasons for the family's frequent moves without asking a single further question.",
    ],
  },
  professional_drift: {
    any: [
      'After the child in need plan was agreed in {month}, the case drifted for almost five months without any purposeful action.',
      'Review meetings were repeatedly postponed, and the plan lost focus as successive social workers picked up the case.',
      'There was significant delay in convening the core group, and by the time it met the actions in the plan were already out of date.',
      "The work with the family showed a pattern of 'start again syndrome': each new worker began afresh and little changed for {child}.",
      'Decisions about legal planning were deferred at three consecutive meetings, and the case remained open for over a year with no clear outcome.',
      'The plan was not reviewed between {month} and the following spring, and actions given to {agency} were carried from one meeting to the next without being completed.',
      'Drift set in once the initial worries had eased; visits became less frequent and no one asked whether the plan was still achieving anything.',
      'Although the case stayed open, there was no purposeful work with the family for several months.',
    ],
  },
  child_not_seen: {
    any: [
      '{Child} was not seen alone by any professional during the period under review.',
      "The voice of the child is largely absent from the work of agencies; no one sought to understand {child}'s wishes and feelings.",
      "Little attention was paid to what daily life was like for {child}; {his} lived experience was not explored in any of the assessments.",
      '{Child} was asleep or out of the home at each of the last four visits, so professionals had no direct sighting of {him} for nearly three months.',
      "The assessment did not include the child's perspective, and {child}'s views were not sought before the case conference.",
      'Home visits concentrated on the adults, and the {role} did not see {child} on three of the five occasions recorded.',
    ],
    infant: [
      'Nobody asked to see {child} undressed or observed {him} being fed and handled, so what daily care was like for {him} remained unknown.',
    ],
    older: [
      'Although {child} was present at the visit in {month}, {he} was not spoken to and the conversation took place entirely with {mother}.',
      'No professional spoke to {child} on {his} own about what was happening at home.',
    ],
  },
  multi_agency: {
    any: [
      'Information about the police call-out to the home in {month} was not shared with the {role}, who continued to visit unaware of it.',
      'No strategy discussion was held, even though {agency} and children\'s social care both held concerns.',
      'Agencies worked in isolation; each held part of the picture but nobody brought it together.',
      'The referral made by {agency} was not passed on to the allocated social worker, and the family support worker was never told of it.',
      "There was a clear lack of communication between the police and children's social care about the bail conditions.",
      "{Agency} did not inform children's social care that the family had moved, so the transfer of the case was never arranged.",
      'The minutes of the meeting were not circulated to partner agencies, so {agency} did not know about the actions it had been given.',
    ],
    older: [
      "Professionals misunderstood each other's roles: the school assumed that children's social care were visiting, while children's social care believed the school was monitoring {child}.",
    ],
  },
  disguised_compliance: {
    any: [
      '{Mother} appeared to cooperate with the plan, but in practice engagement was superficial and agreed actions were rarely completed.',
      '{Child} was not brought to five of the seven health appointments offered during {year}.',
      'The family cancelled a series of home visits at short notice, and on two occasions there was no reply when the {role} called.',
      'This was a clear example of disguised compliance: the parents said what professionals wanted to hear while avoiding any real change.',
      '{Mother} did not attend the parenting programme and missed three core group meetings, yet there was no discussion of what this pattern meant.',
      'Professionals were repeatedly refused access to the upstairs rooms of the house.',
      'The parents avoided contact with the {role} after the conference, rearranging appointments and not replying to letters.',
    ],
  },
  rule_of_optimism: {
    any: [
      "Professionals took an overly optimistic view of {mother}'s capacity to change, based on a few weeks of improvement.",
      'The rule of optimism was evident: small improvements in the home were taken as evidence that the dangers had passed.',
      "Assessments focused on the parents' strengths and gave too little weight to the worries raised by {agency}.",
      "The {role} described the family as 'doing really well' at a time when the evidence pointed the other way.",
      'There was a tendency to overstate the progress {mother} had made, and the plan was ended on the strength of that optimism.',
      "Positive reports about {mother}'s attendance at the course were allowed to outweigh the persisting concerns about {child}'s care.",
      "Practitioners wanted things to work out for the family, and this hope coloured their judgement of how safe {child} was.",
    ],
  },
  hidden_men: {
    any: [
      "{Mother}'s partner, {partner}, was living in the household for several months without any agency knowing who he was.",
      "No checks were made on {mother}'s new partner, although he was spending most nights at the flat.",
      "{Father} was never invited to the core group, and his role in {child}'s care was not assessed.",
      "The men in {child}'s life were largely invisible to professionals, who referred only to 'a friend' who sometimes stayed over.",
      'The assessment concentrated on {mother} and did not consider {partner}, who was looking after {child} while she worked.',
      'The identity of the adult male seen at the home by the {role} in {month} was never established.',
      "Professionals engaged with {mother} alone; {father}'s contact with the children was not explored.",
    ],
  },
  management_oversight: {
    any: [
      'There was no management oversight of the case between {month} and the end of the assessment.',
      'Supervision of the social worker was infrequent and did not question the direction of the work.',
      'The {manager} did not read the case file before signing off the assessment.',
      'Caseload pressures meant that the {role} was left to manage the case largely unsupervised.',
      'Supervision notes show that the case was discussed only briefly and that no decisions were scrutinised.',
      'Managers in {agency} were not aware of the mounting concerns because the case had not been brought to supervision for several months.',
      'The decision to reduce the frequency of visits was made without any endorsement from a manager.',
    ],
  },
  lack_of_challenge: {
    any: [
      'The {role} disagreed with the decision to end the child protection plan but did not escalate the matter.',
      'The escalation policy was not used, even though {agency} remained worried about {child}.',
      "Partner agencies deferred to children's social care's view of the family and did not question it.",
      'Nobody challenged the conclusion of the assessment at the review conference, although several professionals privately doubted it.',
      "The {role} accepted the social worker's view without challenge, although {his} own observations suggested otherwise.",
      'Concerns raised by the {role} were not pursued beyond a single email, and no one took them to a more senior manager.',
    ],
    older: [
      "The professional disagreement between the school and children's social care was never resolved.",
    ],
  },
  risk_assessment: {
    any: [
      'The risk to {child} was underestimated because each incident was viewed in isolation rather than as part of a pattern.',
      'No assessment was completed after the second referral, so the risks were never analysed.',
      "The assessment was not updated when {mother}'s circumstances changed in {month}.",
      'The family\'s history, including the earlier child protection plan for a sibling, was not considered when risk was judged.',
      "The assessment described the family's circumstances but contained little analysis of what they meant for {child}'s safety.",
      'The significance of the accumulating concerns was not recognised, and risk was judged one incident at a time.',
      'The risk assessment scored the case as standard risk when the information available pointed to high risk.',
    ],
  },
  parental_risk_factors: {
    any: [
      "The impact of {mother}'s drug use on her ability to care for {child} was not explored.",
      'Domestic abuse was known to several agencies, but its effect on {child} was not considered in any plan.',
      "{Mother}'s mental ill-health was not assessed, even though she had told the GP she was struggling.",
      "The combination of alcohol misuse, domestic abuse and parental mental ill-health, often called the 'toxic trio', was present throughout but was not addressed.",
      "The impact on {child} of {mother}'s heavy drinking was not considered by any of the agencies working with the family.",
      "Professionals did not explore how {mother}'s depression affected her care of {child}.",
      "{Father}'s cannabis use was mentioned in several records, but no one asked what it meant for {child}.",
    ],
  },
  neglect: {
    any: [
      'Neglect became normalised: the poor state of the home was noted at every visit but nothing was done.',
      'The chronic neglect of {child} was not recognised until {he} was admitted to hospital.',
      'The cumulative harm caused by years of low-level neglect was not appreciated.',
      "Poor home conditions were tolerated over a long period, and {child}'s hygiene and clothing were described as a worry without action being taken.",
      "{Child}'s weight fell over six months without anyone treating it as a sign of neglect.",
      'Neglect was not identified early enough; by the time a child protection plan was made, {child} had lived with it for most of {his} life.',
      'Professionals became desensitised to the conditions in the home and stopped regarding them as a concern.',
    ],
  },
  signs_of_abuse: {
    any: [
      'Injuries to {child} were explained away as accidental without any medical assessment.',
      'The marks seen by the {role} in {month} were not questioned and were not reported to anyone.',
      'Professionals failed to recognise the signs of physical abuse when {child} was taken to the emergency department with a burn.',
      'The bruising was not seen as significant, and the opportunity for a child protection medical was missed.',
    ],
    infant: [
      'A bruise on the face of a non-mobile baby was not referred to children\'s social care.',
      "A torn frenulum noted when {child} was eight weeks old was not recognised as a possible sign of abuse.",
    ],
    older: [
      "{Child}'s disclosure to a teaching assistant was not acted upon as a possible sign of abuse.",
      "Signs of sexual abuse, including {child}'s sexualised behaviour at school, were not identified.",
    ],
  },
  recording: {
    any: [
      'Records of the home visits were incomplete and did not say what had been discussed.',
      "No chronology was kept by children's social care, so the history could not be seen as a whole.",
      'The case records were not transferred when the family moved to {area}, and the new team started with an empty file.',
      'Key decisions were not recorded, and it is not possible to tell from the file why the plan was changed.',
      'The case notes were written up weeks after the visits and were inaccurate in several places.',
      "Important information was recorded under a sibling's name, so it was not found when it was needed.",
      'Recording was poor: the meeting in {month} has no minutes, and its outcome is not written down anywhere.',
    ],
  },
  procedures: {
    any: [
      'Contrary to the local procedures, the initial child protection conference was not held within fifteen working days.',
      'The procedures for children who move between local authorities were not followed.',
      "The guidance on transfer-in conferences was not followed, and the family's case was treated as new.",
      '{Agency} did not follow its own policy requiring two workers on visits where there had been threats to staff.',
      'Several steps required by the safeguarding procedures were missed, including the requirement to notify the named nurse.',
      'The review found that the child protection procedures were not consistently applied by staff in {agency}.',
    ],
    older: [
      'Staff were unaware of the children missing education procedure and did not follow it when {child} stopped attending.',
      'Procedures were not followed when {child} went missing, and no return interview was offered.',
    ],
  },
  diversity: {
    any: [
      "No interpreter was used at the visits, and {mother}'s limited English meant that she may not have understood what was being asked of her.",
      "Cultural factors in the family were not explored, and professionals made assumptions about the family's religious practices.",
      "{Child}'s disability was not considered when professionals judged whether {his} needs were being met.",
      "The family's ethnicity and heritage were noted but their significance for {child}'s identity was not considered.",
      'Relatives were used to translate at key meetings, which meant that professionals could not be sure what was being said.',
      'The impact of the racism the family experienced in the neighbourhood was not explored by any agency.',
    ],
  },
  health_coordination: {
    any: [
      "The GP was not informed of {child}'s attendances at the emergency department.",
      'There was no single health record for {child}, and each health professional held only part of the history.',
      'The mental health team treating {mother} did not tell the GP about the change in her medication.',
      "Hospital staff did not send the discharge summary, so {child}'s GP was unaware of the admission in {month}.",
    ],
    infant: [
      'Midwifery, health visiting and the GP practice did not coordinate their contact with the family, and no health professional had an overview.',
      'The health visitor was unaware of the hospital admission in {month} because the discharge summary was never sent.',
      'The handover from midwifery to health visiting did not take place, so the health visitor started work without knowing the antenatal concerns.',
    ],
    older: [
      'The school nurse did not know of the paediatric referral, and the GP was not copied into its outcome.',
    ],
  },
  pre_birth: {
    any: [],
    infant: [
      "No pre-birth assessment was completed, despite the known concerns about the parents' ability to care for a baby.",
      'The pre-birth assessment was started late and was incomplete when {child} was born.',
      'The unborn baby was not considered in the planning for the older siblings, although the pregnancy was known to all agencies.',
      "There was no pre-birth plan in place at the time of {child}'s birth, so there was no agreement about discharge from hospital.",
      'The referral from the midwife at twenty weeks of pregnancy was not followed by a pre-birth assessment until the thirty-sixth week.',
      'Risks known before the birth, including the earlier removal of two children, were not brought together into any assessment of the unborn child.',
    ],
  },
  adolescents: {
    any: [],
    older: [
      '{Child} was treated as an adult by the agencies involved, and {his} absences were seen as a lifestyle choice.',
      "Professionals saw {child}'s behaviour as the problem rather than as a sign of the harm {he} faced.",
      "Records describing {child} as 'putting {himself} at risk' show that {his} exploitation was not understood.",
      'At fifteen, {child} was expected to keep {his} own appointments and manage {his} own safety, as though {he} were an adult.',
      '{Child} was not seen as a child in need; the focus was on {his} offending rather than the reasons for it.',
      "The causes of {child}'s challenging behaviour were not addressed, and exclusion from school was the main response.",
    ],
  },
  thresholds: {
    any: [
      'The referral from {agency} was judged not to meet the threshold for a social work assessment and was closed with no further action.',
      "No referral was made to children's social care, although the information available met the criteria for one.",
      'The case was stepped down to early help without a plan, and nobody followed up the outstanding concerns.',
      'Threshold decisions were inconsistent: similar referrals in {month} and the following autumn received different responses.',
      "The contacts from the police were each closed as 'no further action' because they were judged to fall below the threshold.",
      'The decision to close the case was made without speaking to the referrer.',
      'The {role} considered making a referral but decided that the concerns were not serious enough, and none was made.',
    ],
  },
  service_gaps: {
    any: [
      'There was no local service able to work with the family at the time it was needed.',
      'A lack of resources in the early help team meant that the family received no support for several months.',
      'The domestic abuse perpetrator programme had been decommissioned, so there was nowhere to refer {father}.',
      'The specialist assessment that was recommended could not be provided because the service did not exist in {area}.',
      'Staff shortages in children\'s social care left the case unallocated for six weeks.',
    ],
    infant: [
      'Capacity in the health visiting service was so stretched that the universal contacts were reduced to a telephone call.',
    ],
    older: [
      '{Child} waited eleven months on the waiting list for CAMHS, and no interim support was offered.',
    ],
  },
};
