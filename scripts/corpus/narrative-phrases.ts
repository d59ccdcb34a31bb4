import type { ThemeId } from '../../src/themes.js';

/** Neutral sentences for the narrative sections and for padding findings. None carries a theme. */

export const INTRODUCTION = [
  'This review was commissioned by the {Board} in {reviewMonth} following a serious incident involving {child}.',
  'The criteria for a review were considered by the case review subgroup, which recommended that one should be undertaken.',
  "The independent chair of the {Board} agreed with the recommendation and appointed an independent reviewer.",
  'The purpose of the review is to identify what can be learned about the way agencies work together to safeguard children.',
  'It is not the purpose of the review to apportion blame to any individual or agency.',
  'The review panel met on six occasions between {reviewMonth} and the completion of the report.',
  "The reviewer would like to thank the practitioners who gave their time to the review and shared their reflections openly.",
  "{Mother} was invited to contribute to the review and met the reviewer on two occasions.",
  'The report has been anonymised to protect the identity of the children and their family.',
  'Family members were told about the review and were offered the opportunity to contribute.',
  'The review was conducted in line with the statutory guidance in force at the time.',
  'A parallel criminal investigation meant that some parts of the review were delayed until it had concluded.',
  'The panel included senior representatives from health, the police, education and children\'s social care.',
  'This report is written for the {Board} and for the practitioners who work with children in {area}.',
];

export const TERMS_OF_REFERENCE_LEADS = [
  'The terms of reference asked the review to consider the following questions:',
  'The panel agreed that the review would examine:',
  'The key lines of enquiry for the review were:',
];

/** Topics as a terms of reference names them: no finding, so no theme. */
export const TERMS_OF_REFERENCE_TOPICS = [
  'whether information was shared between agencies in a timely way',
  "whether the voice of the child was heard",
  'how the risks posed by adults in the household were assessed',
  'whether thresholds for intervention were applied consistently',
  'the quality of supervision and management oversight',
  'how agencies responded to missed appointments',
  'whether escalation procedures were understood and used',
  'the extent to which cultural and language needs were considered',
  'how the health services involved worked together',
  'whether the impact of parental mental health and substance misuse was understood',
  'the effectiveness of pre-birth planning',
  'whether records were accurate and complete',
];

export const METHODOLOGY = [
  'The review used a systems approach, which looks at why things happened as well as what happened.',
  'Each agency provided a chronology of its involvement and an individual management review.',
  'The reviewer held a learning event with practitioners from all of the agencies involved.',
  'The review covered the period from {month} until the incident that led to the review.',
  'Practitioners were interviewed individually where they were unable to attend the learning event.',
  'The draft report was shared with the panel and with each agency for comment before it was finalised.',
  'Hindsight bias has been avoided as far as possible by considering what was known at the time.',
];

export const BACKGROUND = [
  '{Child} lived with {mother} and an older sibling in a two-bedroom flat in {area}.',
  '{Mother} grew up in {area} and left school at sixteen.',
  'The family moved three times in the two years before the incident.',
  '{Father} lived in a neighbouring town and saw the children at weekends.',
  "{Mother}'s own childhood was marked by periods in the care of the local authority.",
  'The maternal grandmother lived nearby and provided regular childcare.',
  'The family were known to a number of agencies over several years.',
  '{Mother} worked part-time in a local shop until shortly before the incident.',
  'The older sibling attended a local primary school and was described as a quiet child.',
  'The family was of White British heritage and spoke English at home.',
  "{Mother} had a history of depression in her teenage years, for which she had received treatment from her GP.",
  '{Mother} described {child} as a happy child who loved music and being outdoors.',
  "The family's income came mainly from benefits, and money was often short.",
  '{Mother} had few friends locally and relied heavily on her own mother for support.',
  'Relatives described {father} as a caring parent who found it hard to hold down a job.',
  'The family lived in social housing, which they described as damp and overcrowded.',
];

/** Neutral events in the summary of agency involvement. */
export const AGENCY_EVENTS = [
  "On {date} the social worker made a home visit and discussed the family's housing situation.",
  'On {date} the police received a call from a neighbour, who reported shouting from the flat.',
  'A child and family assessment was started on {date} and was completed within the timescale.',
  'The GP saw {child} at a routine appointment on {date}, and no concerns were noted.',
  'An initial child protection conference was held on {date}, and {child} was made the subject of a plan.',
  'On {date} the family moved to a new address, and the {role} was told of the move.',
  'A core group meeting took place on {date}, attended by the {role} and the {role2}.',
  "On {date} the {role} wrote to the {role2} to update them on {mother}'s progress.",
  "A strategy discussion took place on {date} between the police, health and children's social care.",
  'On {date} {mother} contacted the housing provider to ask for help with rent arrears.',
  'The social worker visited on {date} and saw {child} at home with {mother}.',
  'On {date} a review child protection conference decided that the plan should continue.',
  'On {date} {mother} attended the GP surgery with {child} for a routine check.',
  'The case was transferred to a new social worker on {date}, and a joint visit took place.',
  "On {date} children's social care held a planning meeting, and the minutes were circulated the next day.",
  'A family group conference was held on {date}, and members of the extended family attended.',
]

/** Events stated as facts in the chronology that still show a failure: narrative with a theme. */
export const AGENCY_FAILURE_EVENTS: Partial<Record<ThemeId, readonly string[]>> = {
  disguised_compliance: [
    '{Child} was not brought to the paediatric appointment on {date}, and a second appointment was sent.',
    'On {date} the {role} called at the home by arrangement but there was no answer.',
  ],
  multi_agency: ["The police attended the home on {date}; the notification was not sent to children's social care."],
  thresholds: ['A referral from {agency} on {date} was closed on the same day as not meeting the threshold.'],
  child_not_seen: ['On {date} the {role} visited, but {child} was asleep upstairs and was not seen.'],
  recording: ['There is no record of the outcome of the meeting held on {date}.'],
};

export const FINDING_CONTEXT = [
  'The {role} was an experienced practitioner who knew the family well.',
  'At this point the case had been open to children\'s social care for some months.',
  'Practitioners described the family as friendly and welcoming at this time.',
  'The information held by {agency} was not inconsiderable.',
  'In {month} there was a change of allocated worker.',
  'The core group met in {month} to review the plan.',
  'This section looks closely at the decisions taken in the spring of {year}.',
  'The review has looked at this period in detail because of its significance.',
  'At the learning event, the {role} described how busy the team was at that time.',
  'The case was discussed at the multi-agency meeting held in {month}.',
  'The family had recently moved from another local authority.',
  'By {month} {mother} was expecting another baby.',
  'In {month} the family moved to a privately rented flat in {area}.',
  'The {role} first became involved with the family in {month}.',
  'This part of the report considers the response of {agency} to the information it held.',
  'By the spring of {year} several agencies were in contact with the family.',
  'The period after the child protection conference is of particular significance.',
  'The learning event explored this issue in some depth with the practitioners involved.',
  '{Mother} told the review that she had found the number of professionals confusing.',
  'The individual management review from {agency} reflects on this period honestly.',
];

export const FINDING_CONSEQUENCES = [
  'The reviewer discussed this with the practitioners concerned.',
  'This was explored further at the learning event.',
  'With hindsight, this was a turning point in the case.',
  'The reviewer considers that this reflected the culture of the team at the time rather than the failings of one individual.',
  'The {role} told the review that this is now done differently.',
  'This pattern continued for much of the period under review.',
  'As a result, an opportunity to understand the situation more fully was lost.',
  'It is difficult to say whether a different response would have changed the outcome.',
  'Practitioners at the learning event recognised this and reflected on it with the reviewer.',
  'This is a theme that has been identified in other reviews both locally and nationally.',
  'The reasons for this are complex and are explored in the sections that follow.',
  'This was a significant missed opportunity.',
];

export const ANALYSIS_NEUTRAL = [
  'This section analyses the involvement of agencies against the terms of reference.',
  'It is important to acknowledge the good practice shown by individual practitioners.',
  'The review has tried to understand the context in which decisions were made.',
  'Practitioners were working under considerable pressure during this period.',
  'The findings set out below are those which carry the most significant learning for the partnership.',
  'The reviewer has been careful to consider what was known at the time rather than what is known now.',
  'The reviewer has drawn on the accounts of practitioners as well as on the written material.',
  'Hindsight makes patterns easier to see than they were at the time.',
  'Practitioners spoke openly at the learning event about the decisions they made.',
  'The local context at the time is relevant to understanding these decisions.',
  'Several agencies were reorganising their services during the period under review.',
  'This is discussed further in the section on learning.',
  'Agencies have already taken steps to address some of these issues.',
  'The single-agency reviews were of a good standard and reflective in tone.',
  "The family's own account of this period differs in some respects from that of the agencies.",
  'The review recognises the complexity of the work with this family.',
];

export const LESSON_LEADS = [
  'The learning from this review is that practice can look reasonable in each single contact and still fail the child.',
  'This case illustrates a theme well known from national analysis of case reviews.',
  'A key lesson concerns the way individual pieces of information were understood.',
  'Practitioners at the learning event identified the following learning.',
  'The review highlights the importance of looking at the whole of a family\'s history.',
];

export const CONCLUSION_LEADS = [
  'What happened to {child} could not have been predicted from the information available to agencies.',
  'Overall, the review concludes that there were missed opportunities to intervene earlier.',
  'Many professionals worked hard to support this family, often in difficult circumstances.',
  'The review does not find that any single action would have prevented what happened.',
];

export const RECOMMENDATION_SUPPORT = [
  'Progress should be reported to the {Board} within twelve months.',
  'This should be reflected in the single-agency training offered to frontline staff.',
  'The {Board} will monitor the implementation of this recommendation through its quality assurance subgroup.',
  'Agencies should provide evidence of the changes made as a result.',
];

export interface FootnoteSource {
  /** The word after which the footnote marker is placed, the first time it appears. */
  after: string;
  text: string;
}

export const FOOTNOTES: readonly FootnoteSource[] = [
  { after: 'review', text: 'HM Government (2015) Working Together to Safeguard Children, chapter 4.' },
  { after: 'group', text: 'The core group is the group of professionals responsible for delivering the child protection plan.' },
  { after: 'assessment', text: 'A child and family assessment under the local assessment framework.' },
  { after: 'conference', text: 'An initial child protection conference brings together family members and professionals to decide on a plan.' },
  { after: 'procedures', text: 'The regional child protection procedures in force during the period under review.' },
  { after: 'discussion', text: 'A strategy discussion decides whether to start enquiries under section 47 of the Children Act 1989.' },
  { after: 'threshold', text: 'The threshold document of the local partnership, revised in the year before the review.' },
  { after: 'supervision', text: 'Supervision is a regular, recorded meeting between a practitioner and a manager about casework.' },
];

/** Rows of the chronology table: [agency, event]. */
export const CHRONOLOGY: { any: readonly [string, string][]; infant: readonly [string, string][]; older: readonly [string, string][] } = {
  any: [
    ["Children's social care", 'Referral received from neighbour'],
    ["Children's social care", 'Home visit; mother seen'],
    ["Children's social care", 'Child and family assessment started'],
    ["Children's social care", 'Case transferred to new team'],
    ['Multi-agency', 'Strategy discussion held'],
    ['Multi-agency', 'Initial child protection conference'],
    ['Multi-agency', 'Core group meeting'],
    ['Multi-agency', 'Review conference held'],
    ['Police', 'Police attended the home after a call from a neighbour'],
    ['GP practice', 'Mother seen for low mood'],
    ['Hospital', 'Attendance at emergency department'],
    ['Housing', 'Family moved to temporary accommodation'],
    ['Early help', 'Family support plan agreed'],
  ],
  infant: [
    ['Midwifery', 'Booking appointment'],
    ['Midwifery', 'Baby born at 38 weeks'],
    ['Health visiting', 'New birth visit completed'],
    ['Health visiting', 'Developmental review completed'],
    ['GP practice', 'Eight-week check'],
  ],
  older: [
    ['School', 'Attendance meeting with mother'],
    ['School', 'Concern logged by class teacher'],
    ['School nursing', 'Health review in school'],
    ['CAMHS', 'Referral received'],
    ['Youth offending service', 'Assessment completed'],
  ],
};
