/** Fictional places, people and the professional vocabulary that fills the templates. */

export type AgeGroup = 'infant' | 'child' | 'adolescent';

export interface Place {
  /** The area name as it appears in a board's name: "Northmoor". */
  name: string;
}

export const PLACES: readonly Place[] = [
  { name: 'Northmoor' },
  { name: 'Eastvale' },
  { name: 'Brackenshire' },
  { name: 'Castlemere' },
  { name: 'Harrowfield' },
  { name: 'Ravensholme' },
  { name: 'Wexcombe' },
  { name: 'Saltmere' },
  { name: 'Dunmarsh' },
  { name: 'Kelmscombe' },
  { name: 'Ashworth Vale' },
  { name: 'Fernleigh' },
];

export const FIRST_NAMES = [
  'Jane', 'Margaret', 'David', 'Helen', 'Richard', 'Susan', 'Andrew', 'Fiona', 'Peter', 'Alison',
  'Graham', 'Rachel', 'Nicholas', 'Karen', 'Stephen', 'Joanna', 'Martin', 'Ruth', 'Colin', 'Elaine',
] as const;

export const SURNAMES = [
  'Holloway', 'Pennington', 'Ashcroft', 'Whitlock', 'Marsden', 'Calloway', 'Fairbairn', 'Trelawney',
  'Brennan', 'Oakley', 'Lindqvist', 'Radcliffe', 'Somerville', 'Garside', 'Hawthorne', 'Kettering',
  'Prentice', 'Waddington', 'Ellison', 'Mayhew',
] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Professional roles seen around a child of each age group, as written in the middle of a sentence. */
export const ROLES: Record<AgeGroup, readonly string[]> = {
  infant: [
    'health visitor', 'midwife', 'social worker', 'family support worker', 'GP',
    'paediatrician', "children's centre worker", 'early help practitioner',
  ],
  child: [
    'social worker', 'class teacher', 'school nurse', 'GP', 'family support worker',
    'designated safeguarding lead', 'early help practitioner', 'paediatrician',
  ],
  adolescent: [
    'social worker', 'youth worker', 'school nurse', 'youth offending officer', 'GP',
    'CAMHS practitioner', 'designated safeguarding lead', 'police officer',
  ],
};

export const AGENCIES: Record<AgeGroup, readonly string[]> = {
  infant: [
    'the health visiting service', 'the GP practice', 'the maternity unit', 'the police',
    'the housing provider', 'adult mental health services', "the children's centre",
  ],
  child: [
    'the school', 'the GP practice', 'the police', 'the housing provider',
    'adult mental health services', 'the substance misuse service', 'early help services',
  ],
  adolescent: [
    'the school', 'the police', 'the youth offending service', 'CAMHS',
    'the housing provider', 'the substance misuse service', 'the emergency department',
  ],
};

export const MANAGERS = ['team manager', 'practice manager', 'service manager', 'named nurse', 'deputy team manager'];
