/** The apparatus of a report that is not its prose: footnotes, chronology rows and glossary entries. */

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

/** Glossary entries: [term, meaning]. Reference text, the same in every report, as real glossaries are. */
export const GLOSSARY: readonly [string, string][] = [
  ['CAMHS', 'Child and adolescent mental health services'],
  ['Child in need', 'A child whose health or development is likely to suffer without services (section 17, Children Act 1989)'],
  ['Core group', 'The professionals and family members who carry out a child protection plan'],
  ['CSPR', 'Child safeguarding practice review'],
  ['DSL', 'Designated safeguarding lead in a school'],
  ['Early help', 'Support offered before needs reach the threshold for social care'],
  ['GP', 'General practitioner'],
  ['IMR', 'Individual management review: an agency\'s own account of its involvement'],
  ['LSCB', 'Local Safeguarding Children Board'],
  ['MARAC', 'Multi-agency risk assessment conference for victims of domestic abuse'],
  ['MASH', 'Multi-agency safeguarding hub'],
  ['Section 47', 'Enquiries made when a child is suspected to be suffering significant harm'],
  ['Strategy discussion', 'A meeting of police, health and social care to decide on enquiries'],
];
