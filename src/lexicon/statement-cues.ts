/**
 * Cue patterns, in the lexicon pattern language, for what a sentence does rather than which theme
 * it touches. They describe the genre of English case reviews, not any one theme.
 */

/** Terms of reference, method, structure and research: such a sentence names topics, finds nothing. */
export const TOPIC_CUES = [
  'terms of reference',
  '(line|lines) of enquiry',
  '(review|panel|reviewer|author) (will|would) ..2 (consider|examine|explore|address|look|establish)',
  '(review|panel|reviewer|author) (was|were|is|has been) (asked|required|commissioned) to ..2 (consider|examine|explore|address|look|establish)',
  '(this|the following|next) (section|chapter|part|report|appendix) ..2 (set|sets|describe|describes|consider|considers|summarise|summarises|outline|outlines|explore|explores|examine|examines|contain|contains)',
  'section ..2 (set|sets|describe|describes|consider|considers|explore|explores|examine|examines|look|looks)',
  'glossary',
  'research ..4 (show|shows|shown|suggest|suggests|suggested|indicate|indicates|found|find|finds|highlight|highlights)',
  '(review|reviews|research|studies|study) ..2 nationally',
  '(national|previous|other) ..2 (review|reviews|research|studies|analysis|analyses) ..4 (identify|identified|found|show|shown|highlight|highlighted)',
  'the term ..4 (is|are) used',
  '(appendix|annex) ..3 (summarise|summarises|describe|describes|set|sets)',
  'not a finding about',
  '(set | sets) out to ..2 (understand | examine | explore | establish | learn)',
  'questions (set | asked | posed) by',
  '(was | were) asked to ..2 (examine | judge | consider | look at | review | assess | explain)',
  'what this review can',
  'nationally',
  'is used in this report',
  // Definitions name a concept and find nothing: "Disguised compliance is when a parent ...",
  // "Hidden men is a term used for ...", "the rule of optimism describes a tendency to ...".
  '(is | are) (a | an | the)? (term | phrase | expression | concept | label | shorthand | name) ..3 (used | for | that | which | describing | coined | given)',
  '"is" "when" (a | an | the | parents | parent | professionals | practitioners | agencies | someone | carers)',
  '"stands" for',
  '(describes | describe | refers to | refer to) (a | an)? (tendency | situation | pattern | process | practice | way)',
  // What holds in general, in the present tense, not what happened here: "children who are not brought
  // to appointments are more likely to be neglected", "disguised compliance is hard to spot when ...",
  // "in other reviews, drift has been linked to turnover".
  '("is" | "are") (more | less) likely to',
  '("is" | "are") ..2 (hard | difficult) to (spot | recognise | detect | identify | see | tell)',
  '("is" | "are") (often | frequently | commonly | typically | usually) (linked | associated | found | seen | missed | hidden | present)',
  '(has | have) been (linked | associated) (to | with)',
  'in other reviews',
  // What changed after the events: "the authority has since introduced ...", "a new system has since cut the wait".
  '(has | have) since (been)? (introduced | changed | appointed | revised | cut | reduced | improved | launched | developed | set up | put in place | created | updated | recruited | begun | started | adopted | published)',
];

/**
 * Analysis and judgement: the language of findings. Words that name things in a chronology as
 * often as they judge ("the practice" a family is registered with, "eight agencies", "a regular
 * appointment", "significant", "appropriate") are left out: on dev and the train half of
 * hard.jsonl each came in narrative items at or above the narrative share of all items (0.18).
 */
export const FINDING_CUES = [
  'fail*', 'lack of', 'poor', 'poorly', 'insufficient*', 'inadequate*', 'limited', 'weak*', 'too',
  '(should|ought|could|would|might|must) not? ..2 have',
  'inappropriate*', 'good practice', 'missed opportunit*',
  'evidence', 'hindsight', 'practitioner*', 'professional*', 'any agency', 'each agency',
  'it (is|was) (clear|apparent|striking|evident|notable|unclear|concerning|likely) ',
  '(review|panel|reviewer) ..2 (find|found|identify|identified|consider|considered|conclude|concluded|note|noted|view|satisfied)',
  'at (no|any) (point|time|stage)', 'throughout', 'no one', 'nobody', 'never', 'none',
  'assum*', 'recognis*', 'understood', 'focus*', 'reliance', 'rely', 'relied', 'pattern', 'repeatedly',
  'rather than', 'in effect', 'without', 'meant that', 'led to', 'result', 'despite', 'although', 'thorough*',
  'view', 'consistent*', 'inconsistent*', 'unaware', 'correctly', 'properly',
  '"not"', '"nothing"', '"neither"', 'only', 'simply', 'exemplary', 'rightly', 'wrongly', 'at all', 'instead', 'however',
  'incomplete', 'each', 'every', 'all that time', 'no other', 'still', 'already', '"would" have', 'no (written|record|plan|assessment|one|single)',
];

/** Events, background and method: the language of the chronology. */
export const NARRATIVE_CUES = [
  'was born', 'born in', 'lived', 'lives', 'moved', 'grew up', 'enjoy*', 'described as', 'is of', 'heritage',
  '(was|were) (admitted|discharged|allocated|received|booked|offered|interviewed|invited|placed|seen|weighed|examined)',
  '(review|reviewer|panel|report) ..3 (commission*|conduct*|chair*|inform*|anonymis*|publish*|structur*|thank*|met|delay*|accept*|share*)',
  'methodology', 'individual management review*', 'the period under review (run|runs|ran)', 'inquest', 'post-mortem',
  'following morning', 'following day', 'the next day', 'the same day', 'years old', 'aged', 'then fifteen', 'year 8',
  'worked as', 'registered with', 'diagnosis', 'separated',
  'gave birth', '"lasted"', 'took place', 'was (present | attended | held | chaired)', 'on (monday | tuesday | wednesday | thursday | friday | saturday | sunday)',
];
