import type { ClauseWriter } from './clauses.js';
import type { ReviewFacts } from './review-types.js';
import type { Random } from './random.js';

/**
 * Theme-free sentences for the narrative parts of a report, each built from the report's own facts
 * (who, when, how old, which agencies) in one of several phrasings, so that they differ between
 * reports as real reports do. Templates use the `{slot}`s of `template.ts`.
 */
export class NarrativeWriter {
  constructor(
    private readonly clauses: ClauseWriter,
    private readonly random: Random,
    private readonly facts: ReviewFacts,
  ) {}

  /**
   * Several sentences drawn from `makers` without repeating one, until about `words` words. The
   * first (or `lead`, when given) is always kept; later ones are dropped if other reports took them.
   */
  sentences(makers: readonly (() => string)[], words: number, lead?: () => string): string[] {
    const order = this.random.shuffle(makers);
    const out: string[] = lead ? [this.clauses.unique(lead)] : [];
    for (const make of order) {
      const sentence = out.length === 0 ? this.clauses.unique(make) : this.clauses.optional(make);
      if (sentence !== undefined) out.push(sentence);
      if (out.join(' ').split(' ').length >= words) break;
    }
    return out;
  }

  pick(options: readonly string[]): string {
    return this.random.pick(options);
  }

  /** Who the review is about, with age and sex stated: "a boy of seven months". */
  get childDescription(): string {
    const { age, sex } = this.facts;
    const noun = this.facts.ageBand === 'adult' ? (sex === 'male' ? 'man' : 'woman') : sex === 'male' ? 'boy' : 'girl';
    return this.pick([`a ${noun} aged ${age}`, `a ${noun} of ${age}`]);
  }

  /** The sentence that states who the review is about, with the child's age and sex. */
  childStatement(): () => string {
    return () => `[{Child} was|At the time of the incident {child} was|The subject of this review, {child}, was] ${this.childDescription}, [living|who lived] in {area} with {mother}${this.random.chance(0.5) ? ' and {sibling}' : ''}.`;
  }

  summary(): (() => string)[] {
    const f = this.facts;
    return [
      () => `This ${this.pick(['report', 'review'])} concerns {child}, ${this.childDescription}, who ${f.harm === 'death' ? this.pick(['died', 'lost {his} life']) : this.pick(['suffered serious harm', 'was seriously injured'])} in ${f.incident}.`,
      () => `${this.pick(['The {board} commissioned it', 'It was commissioned by the {board}'])} in ${f.commissioned} and the report was ${this.pick(['completed', 'finalised'])} in ${f.completed}.`,
      () => `[Agencies in {area}|Services in {area}|Local agencies|Practitioners in {area}] had [known|worked with|been in touch with] the family for ${this.pick(['several years', 'most of {child}\'s life', 'a little over two years'])} before ${f.incident}.`,
      () => `${this.pick(['The review makes recommendations', 'Recommendations are made'])} ${this.pick(['for the {board}', 'to the {board} and its partners'])}, [set out|listed|gathered] [at the end of the report|in the final section|after the conclusions|in the closing pages], after ${f.months > 6 ? 'a long' : 'a prompt'} review of {child}'s case.`,
      () => `${this.pick(['Its main findings concern', 'The findings are about'])} ${this.pick(['how agencies in {area} worked together', 'the help offered to {child} and {his} family'])} between ${f.periodStart} and ${f.incident}.`,
    ];
  }

  introduction(): (() => string)[] {
    const f = this.facts;
    return [
      () => `${this.pick(['The {board} agreed', 'The case review group of the {board} decided'])} in ${f.commissioned} that the circumstances of {child} met the criteria for ${f.typeArticle} ${f.typeName}.`,
      () => `The ${this.pick(['incident', 'events'])} of ${f.incident} ${this.pick(['led to', 'prompted'])} a ${this.pick(['notification', 'serious incident notification'])} to ${f.year >= 2019 ? 'the national Panel' : 'Ofsted'} within ${this.pick(['five working days', 'a week'])}.`,
      () => `${this.pick(['This review sets out to learn', 'The aim is to learn'])} how ${this.pick(['agencies in {area}', 'the partners of the {board}'])} can work better for children like {child}, not to ${this.pick(['apportion blame', 'find fault with individuals'])}.`,
      () => `${this.pick(['The report was written', 'This overview was prepared'])} for the {board} by ${f.author} ${this.pick(['between', 'in the months between'])} ${f.commissioned} and ${f.completed}.`,
    ];
  }

  /** A paragraph's worth on the review's timing: the commissioning, incident, completion and publication dates. */
  timeliness(): (() => string)[] {
    const f = this.facts;
    return [
      () => `The review was commissioned in ${f.commissioned}, ${f.commissionGap} after the incident, and completed in ${f.completed}, ${words(f.months)} months later.`,
      () => `${f.months > 6 ? `It took longer than the six months that guidance expects${f.delayReason ? `, because ${f.delayReason}` : ''}` : `It was completed within the six months that guidance expects`}; the report was published in ${f.published}.`,
    ];
  }

  termsOfReference(withPeriod: boolean): (() => string)[] {
    const f = this.facts;
    return [
      () => `${this.pick(['The terms of reference asked the review to examine', 'Under its terms of reference the review examined', 'The panel set the review to consider'])}: ${this.random.sample(TOPICS, this.random.int(3, 5)).join('; ')}.`,
      ...(withPeriod ? [() => `${this.pick(['The period under review runs', 'The review covers the period'])} from ${f.periodStart} to ${f.incident}${this.random.chance(0.5) ? ', with earlier history summarised where it matters' : ''}.`] : []),
    ];
  }

  methodology(agencies: readonly string[]): (() => string)[] {
    const list = `${agencies.slice(0, -1).join(', ')} and ${agencies.at(-1)}`;
    return [
      () => `${this.pick(['Individual management reviews were written by', 'The agencies that wrote individual management reviews were', 'Management reviews and chronologies came from'])} ${list}.`,
      () => `${this.pick(['A learning event', 'A practitioners\' workshop'])} was held in ${this.facts.learningEvent}, ${this.pick(['attended by', 'with'])} ${words(this.random.int(9, 24))} practitioners ${this.pick(['from the agencies involved', 'who had worked with {child}'])}.`,
      () => `The review ${this.pick(['used', 'followed'])} ${this.pick(['a systems approach', 'the Welsh child practice review model', 'an appreciative inquiry method', 'the SILP model of learning'])}, ${this.pick(['asking why practice made sense at the time', 'looking at the conditions practitioners worked in'])}.`,
    ];
  }

  /** The family-involvement statement: full, partial, or absent (issue 15, criterion 2). */
  familyInvolvement(level: 'met' | 'partly'): (() => string)[] {
    if (level === 'partly') return [() => `The family ${this.pick(['were told about the review', 'were informed that the review was taking place', 'received a letter about the review'])} in ${this.facts.commissioned}.`];
    return [
      () => `{Mother} ${this.pick(['was invited to contribute and met the reviewer', 'agreed to meet the reviewer'])} ${this.pick(['twice', 'on three occasions'])}, and her views ${this.pick(['are reflected throughout this report', 'shaped the findings'])}.`,
      () => `{Father} ${this.pick(['was written to and offered a meeting', 'was also invited to take part'])} but ${this.pick(['did not reply', 'declined through his solicitor'])}; the reviewer ${this.pick(['respects that choice', 'has noted his reasons where known'])}.`,
    ];
  }

  /** The reviewer's and the chair's independence (issue 15, criterion 5). */
  independence(level: 'met' | 'partly'): (() => string)[] {
    const reviewer = () => `${this.facts.author} ${this.pick(['is independent of every agency in {area}', 'has never worked for any of the agencies involved', 'has no connection with any agency in {area}'])} and ${this.pick(['was appointed by the {board} for this review', 'was commissioned to lead this review'])}.`;
    if (level === 'partly') return [reviewer];
    return [reviewer, () => `The panel was chaired by ${this.facts.chair}, ${this.pick(['who is independent of the agencies reviewed', 'an independent chair with no role in the case'])}.`];
  }

  /** The child's lived experience and wishes (issue 15, criterion 1). */
  childsExperience(level: 'met' | 'partly'): (() => string)[] {
    const core = () => `${this.pick(['{Mother} described {child} as', 'Those who knew {child} remember {him} as', '{Child} was remembered by the school as'])} ${this.pick(['a funny, lively child who loved drawing', 'a quiet child who liked animals and the park', 'a child who enjoyed football and music'])}.`;
    if (level === 'partly') return [core];
    return [
      core,
      () => `${this.pick(['When asked what {he} wanted, {child} said', '{Child} told the {role} in {month}'])} that ${this.pick(['{he} wanted to stay at {his} school', '{he} was frightened when the shouting started', '{he} wished {his} mum was less tired'])}.`,
      () => `A typical day for {child} ${this.pick(['meant getting {himself} ready for school', 'was spent mostly indoors'])}, ${this.pick(['often without breakfast', 'watching over {sibling}'])}, ${this.pick(['as the review learned from {his} teacher', 'as far as the review can tell'])}.`,
    ];
  }

  /** Identity, language, faith and disability discussed (issue 15, criterion 4); neutral, not a failure. */
  diversity(level: 'met' | 'partly'): (() => string)[] {
    const heritage = () => `The family ${this.pick(['are of', 'described themselves as of'])} ${this.facts.heritage} heritage${this.random.chance(0.5) ? ` and ${this.pick(['spoke', 'speak'])} ${this.facts.language} at home` : ''}.`;
    if (level === 'partly') return [heritage];
    return [
      heritage,
      () => `The review ${this.pick(['considered', 'asked'])} how ${this.pick(['faith, culture and language', 'the family\'s identity and faith'])} shaped ${this.pick(['their contact with services', 'what help they sought'])}, and ${this.pick(['heard from a community leader', 'drew on advice from a cultural adviser'])}.`,
      () => `${this.pick(['{Mother} has a learning disability', '{Child} had a diagnosed speech and language delay'])}, which ${this.pick(['the review has kept in view throughout', 'is discussed where it bears on the findings'])}.`,
    ];
  }

  background(): (() => string)[] {
    return [
      () => `{Mother} ${this.pick(['grew up in', 'moved to'])} {area} ${this.pick(['as a teenager', 'in her twenties', 'after leaving care'])} and [left school at sixteen|worked in [a care home|a warehouse|a nursery|a bakery] for [a time|a year|some months]|trained as a hairdresser|studied at college in {area}].`,
      () => `${this.pick(['The household', 'The family home'])} was ${this.pick(['a two-bedroom flat', 'a rented terraced house', 'a room in a hostel'])} ${this.pick(['on the edge of', 'near the centre of'])} {area}.`,
      () => `{Father} ${this.pick(['lived in a neighbouring town', 'worked away for long periods', 'had little contact after {month}'])} and ${this.pick(['saw the children at weekends', 'paid no maintenance', 'kept in touch by phone'])}.`,
      () => `{Sibling} ${this.pick(['attended the local primary school', 'was cared for by a grandparent', 'went to a nursery in {area}', 'lived partly with an aunt'])} ${this.pick(['and was settled there', 'and was described as quiet', 'and liked it', 'and made friends easily'])} ${this.pick(['in {year}', 'by {month}', 'that {season}'])}.`,
      () => `${this.pick(['Money was short', 'Income came mainly from benefits', '{Mother} worked evenings in a shop', 'The family relied on food banks at times'])} ${this.pick(['throughout the period under review', 'from {month}', 'during {year}'])}, ${this.pick(['the review was told', 'according to {mother}', 'as {agency} records show'])}.`,
      () => `The family [lived at|had|moved between|were housed at] [two|three|four] [addresses|homes|different flats] [in the|over the|during the] [eighteen months|two years|final year|last months] [before|leading up to|ahead of] ${this.facts.incident}.`,
    ];
  }

  /** Neutral events of the involvement summary, with dates running forward. */
  involvement(): (() => string)[] {
    const when = (): string => this.pick(['On {date}', 'On {date}', 'Early in {month}', 'Towards the end of {month}', 'In the middle of {month}']);
    return [
      () => `${when()} the {role} ${this.pick(['made a home visit', 'called at the home', 'visited by arrangement', 'saw the family at the clinic', 'met {mother} at a café'])} and ${this.pick(['discussed housing', 'talked with {mother} about money worries', 'found {mother} tired but welcoming', 'went through the plan', 'left a leaflet about local support'])}.`,
      () => `{Agency} ${this.pick(['received a call', 'took a report', 'logged a message', 'had an email'])} ${this.pick(['on {date}', 'early in {month}'])} ${this.pick(['from a neighbour about shouting', 'about a dispute in the street', 'from a relative who was worried', 'about a car parked outside all night', 'from the landlord about rent'])}.`,
      () => `[A child and family assessment|An assessment|A single assessment|An early help assessment|A statutory assessment] [was started|began|opened|got under way] on {date} [and|, and it|; it] [finished within timescale|was signed off by [a manager|the team manager|a senior practitioner]|took {count} working days|ended with [a plan of support|a referral to early help|advice to {mother}|a child in need plan]|was shared with {mother}|was completed by the {role}].`,
      () => `${when()} ${this.pick(['an initial child protection conference', 'a review conference', 'a child in need meeting', 'a core group', 'a planning meeting'])} [agreed [a plan|the next steps|a timetable] for {child}|decided the plan should [continue|stay in place]|met with {mother} present|set new actions for {agency}|heard from {count} professionals].`,
      () => `{Mother} ${this.pick(['took {child} to the GP', 'attended the surgery with {child}', 'brought {child} to the walk-in centre', 'rang the practice about {child}'])} ${this.pick(['on {date}', 'early in {month}'])} ${this.pick(['for a routine check', 'with a chest infection', 'about a rash', 'with earache', 'for vaccinations'])}.`,
      () => `${this.pick(['The case', "{Child}'s case", 'The file', 'Responsibility for the family'])} [passed|was passed|was handed over|went|moved] to [a new social worker|another social worker|the long-term team|a newly qualified worker|a senior practitioner|the locality team] ${this.pick(['on {date}', 'in {month}', 'early in {month}'])}, [with|after|following] [a joint visit|a handover meeting|a written summary|a call between managers|a short overlap].`,
      () => `${when()} {agency} ${this.pick(['wrote to', 'telephoned', 'emailed'])} the {role} ${this.pick(['to share an update', 'to arrange a meeting', 'about a change of address', 'to ask for a report'])}.`,
      () => `${this.pick(['{Sibling}', '{Father}', 'The maternal grandmother'])} ${this.pick(['contacted', 'visited', 'wrote to'])} {agency} ${this.pick(['on {date}', 'in {month}'])} ${this.pick(['to ask for help with childcare', 'about a housing application', 'to pass on a worry about {mother}', 'to change a contact number'])}.`,
    ];
  }

  /** Theme-free analysis: context and reflection that states no failure. */
  analysis(): (() => string)[] {
    return [
      () => `${this.pick(['This section looks at', 'The review now turns to', 'Here the report considers', 'Next comes', 'Attention turns to'])} [[the decisions|the choices] [taken|made] in {month}|what {agency} knew by {month}|the period after the move to {area}|the weeks around {date}|the part played by {agency}].`,
      () => `The {role} ${this.pick(['was experienced', 'had known the family for {count} months', 'was new to the area', 'had trained in {area}', 'worked part-time'])} [and described a busy team|and spoke [openly|frankly|thoughtfully] [at the learning event|to the panel|to the reviewer]|and gave a careful account|and was well regarded] ${this.pick(['in {month}', 'during {year}', 'when interviewed', 'in {season} {year}'])}.`,
      () => `${this.pick(['By {month}', 'In the {season} of {year}', 'Over {year}', 'From {month} onwards'])} ${this.pick(['several agencies', 'four services', 'at least {count} practitioners', 'three teams'])} ${this.pick(['were in touch with', 'had contact with', 'knew', 'were working with'])} {mother} ${this.pick(['about different matters', 'for different reasons', 'for separate purposes', 'in separate roles'])}.`,
      () => `${this.pick(['The reviewer discussed', 'The panel explored', 'The review examined', 'The reviewer went over'])} ${this.pick(['this period', 'the events of {month}', 'the visit of {date}', 'the meeting in {month}'])} ${this.pick(['with the practitioners concerned', 'in some depth', 'at the learning event', 'with care', 'in two interviews'])}.`,
      () => `${this.pick(['What', 'How much'])} ${this.pick(['the {role}', '{agency}'])} knew ${this.pick(['in {month}', 'by {month}', 'on {date}'])} ${this.pick(['matters here', 'is the question for this section', 'is set out below', 'shaped what happened next'])}.`,
      () => `${this.pick(['The {role}', 'A manager from {agency}', 'A senior practitioner at {agency}', 'A team leader at {agency}'])} [reflected|spoke|wrote|talked] [at the learning event|in interview|to the panel|to the reviewer] about [how the work felt|the pressures|the family|the handover|what was known] ${this.pick(['during {year}', 'in the weeks after {month}', 'in the {season} of {year}', 'around {month}'])}.`,
      () => `{Mother} [told the reviewer|recalled|explained to the panel|remembered|said] that [she saw [many|several|too many] different workers|the meetings felt [crowded|rushed|formal]|[letters|appointment letters|post] [went|were sent] to [the wrong address|an old address]|she [liked|trusted|got on with] the {role}] ${this.pick(['in {year}', 'after {month}', 'that {season}', 'around {month}'])}.`,
      () => `${this.pick(['These events', 'The weeks after {month}', 'The visits of {year}', 'The months to {month}'])} [are looked at closely|deserve close attention|are considered in detail|are described first|matter most] [because of what followed|for what they show about the system|as the panel asked|in this part of the report|for the learning they hold].`,
      () => `${this.pick(['{Agency}', 'The {role}'])} ${this.pick(['had', 'held', 'kept'])} ${this.pick(['a detailed record', 'useful knowledge', 'a full file', 'notes'])} of ${this.pick(['the family', "{mother}'s circumstances", "{child}'s health", 'the household'])} by ${this.pick(['{month}', 'the {season} of {year}'])}.`,
    ];
  }
}

const TOPICS = [
  'how information passed between agencies', 'whether the child was seen and heard', 'how risk from adults in the home was judged',
  'how thresholds were applied', 'the quality of supervision', 'the response to missed appointments', 'the use of escalation',
  'attention to culture, language and faith', 'how health services worked together', 'the impact of parental difficulties',
];

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function words(count: number): string {
  return NUMBERS[count] ?? String(count);
}
