import type { ThemeId } from '../../src/themes.js';
import { THEME_MODELS, type FailureEvent } from './events.js';
import type { Random } from './random.js';
import { capitalise, type Filler } from './template.js';
import { conjugate } from './verbs.js';
import type { AgeGroup } from './vocabulary.js';

/**
 * The sentences of a build, so that no sentence of more than eight words appears in two reports.
 * One ledger is shared by every report of the committed corpus.
 */
export class SentenceLedger {
  private readonly seen = new Set<string>();

  /** Whether `sentence` is new (or short enough not to count); records it. */
  claim(sentence: string): boolean {
    const words = sentence.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    if (words.length <= 8) return true;
    const key = words.join(' ');
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

const PROFESSIONALS = ['professionals', 'practitioners', 'the practitioners involved', 'the agencies involved', 'those working with the family'];
const HEDGES = [
  'It appears that', 'The records suggest that', 'The review found that', 'On the evidence seen by the review,', 'It is clear that',
  'The panel concluded that', 'It seems likely that', 'With hindsight it is plain that', 'The chronology shows that', 'Put simply,',
];
const REPORTERS = [
  'The {role2} told the review that', 'The management review by {agency2} acknowledges that', 'Practitioners at the learning event said that',
  'The {manager} accepted in interview that', 'The chronology from {agency2} records that', 'When asked, the {role2} agreed that',
];
/** System reasons: the "why" that an evaluator looks for (issue 15, criterion 3). `{count}` is a number of cases. */
const REASONS = [
  "caseloads in the {role}'s team stood at {count} in {year}", 'the {role} was newly qualified and held {count} cases',
  '{agency} and the {role2} kept records in systems that could not see each other', 'the team at {agency} had three managers in {year}',
  'the {area} policy left it unclear who should act', 'practitioners had come to know {mother} well and trusted her',
  'the {role} had no protected time for reflection that {season}', '{agency} was relying on locum staff through {year}',
  '[the referral form|the local referral template|the form used] in {area} did not ask [about other adults in the home|who else lived in the home|about adults living there]', 'the culture at {agency} discouraged questioning a senior colleague',
  'the [system|performance framework] in {area} [counted|measured|rewarded] visits [made|completed] rather than what [was learned at|came of] them', 'training on the new procedure [was still to be delivered|had not yet been given|was planned but not yet held] at {agency} in {month}',
  'the {role} covered {count} families across two teams', 'a restructure of {agency} was under way in {year}',
  'nobody at {agency} owned the overall picture of the family', 'the {role} was covering a colleague on leave',
];
const REASON_FRAMES = [
  (reason: string) => `This was partly because ${reason}.`,
  (reason: string) => `The reason, [practitioners|staff|managers] [told the review|explained|said at the learning event], was that ${reason}.`,
  (reason: string) => `One cause was that ${reason}.`,
  (reason: string) => `[Part|Some] of the cause [lies|lay] in the [system|way work was organised|wider system]: ${reason}.`,
  (reason: string) => `This happened because ${reason}.`,
  (reason: string) => `Behind this lay a simple fact: ${reason}.`,
  (reason: string) => `[The learning event|Practitioners|The panel] [traced|linked|put] this [to|down to] [the way work was organised|how the team was run|the conditions of the work|the pressures of that year], [since|as|given that] ${reason}.`,
  (reason: string) => `It matters why: ${reason}.`,
];
const CONSEQUENCES = [
  '{child} remained exposed to the risks at home', 'the chance to help {child} early was lost', "[nobody|no one agency|no single practitioner] held the [whole|full|complete] picture of {child}'s [life|circumstances|world]",
  'the plan for {child} was built on partial knowledge', "{child}'s daily experience stayed hidden from view", 'the risk to {child} grew unnoticed over the following weeks',
  'decisions in {month} were made on partial information', '{mother} and {child} received less help than they needed', 'the {role} carried on as before',
  'the concerns of {month} were never brought together',
];
const CONSEQUENCE_FRAMES = [
  (text: string) => `As a result, ${text}.`,
  (text: string) => `This meant that ${text}.`,
  (text: string) => `The consequence was that ${text}.`,
  (text: string) => `The effect, in practice, was that ${text}.`,
  (text: string) => `In short, ${text}.`,
  (text: string) => `What followed was that ${text}.`,
];
const TIMES = ['in {month}', 'at the visit on {date}', 'during {year}', 'after the conference in {month}', 'in the weeks after {month}', 'by {month}', 'on {date}', 'in the {season} of {year}'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const ALTERNATIVES = /\[([^[\]]*\|[^[\]]*)\]/;
/** Words that start a sentence as a name, so keep their capital when a clause is put in front. */
const NAMES = /^(Child|Baby|Young|Family|Mother|Father|Ms|Mr|Adult|Sibling|CAMHS|GP)\b/;

/**
 * Renders the event models as sentences through varied grammar: active and passive voice, past and
 * past perfect, fronted or trailing adverbials, hedges, reported speech, nominalisation and lists.
 * Each sentence is filled from the report's cast and claimed in the ledger, redrawn if taken.
 * Templates may hold `[one|other]` alternatives, `{time}`, `{season}` and `{count}` besides the
 * cast's `{slot}`s.
 */
export class ClauseWriter {
  constructor(
    private readonly filler: Filler,
    private readonly random: Random,
    private readonly ageGroup: AgeGroup,
    private readonly ledger: SentenceLedger,
  ) {}

  /** One sentence stating that `theme`'s failure happened. */
  failure(theme: ThemeId): string {
    return this.unique(() => {
      const model = THEME_MODELS[theme];
      const events = model.events.filter((event) => this.fits(event.ages));
      const states = model.states.filter((state) => this.fits(state.ages));
      if (events.length > 0 && (states.length === 0 || this.random.chance(0.65))) return this.event(this.random.pick(events));
      return this.state(this.random.pick(states).text);
    });
  }

  /** A list of several of a theme's failures in one sentence ("Three things were missed: ..."). */
  failureList(theme: ThemeId): string | undefined {
    const events = THEME_MODELS[theme].events.filter((event) => this.fits(event.ages));
    if (events.length < 2) return undefined;
    return this.unique(() => {
      const items = this.random.sample(events, Math.min(3, events.length)).map((event) => this.listItem(event));
      const lead = this.random.pick(['The review identified missed opportunities', 'Several things went wrong {time}', 'Practice fell short in these ways']);
      return `${lead}: ${items.slice(0, -1).join('; ')} and ${items.at(-1)}.`;
    });
  }

  /** A hard negative: the theme's words, saying that the good practice happened. */
  negative(theme: ThemeId): string {
    return this.unique(() => {
      const events = THEME_MODELS[theme].events.filter((event) => this.fits(event.ages) && event.negatable !== false);
      const event = this.random.pick(events);
      const verb = event.omission ? event.verb : event.instead?.verb ?? event.verb;
      const object = event.omission ? this.random.pick(event.objects) : this.random.pick(event.instead?.objects ?? event.objects);
      const tail = event.omission ? ` ${this.random.pick(['promptly', 'without delay', 'in good time', 'on the same day'])}` : '';
      const time = this.random.chance(0.5) ? `${capitalise(this.random.pick(TIMES))}, ` : '';
      return `${time}${this.actor(event)} ${conjugate(verb).past} ${bare(object)}${tail}.`;
    });
  }

  /** A sentence that explains why: a system reason behind the failure; undefined when every phrasing is taken. */
  reason(): string | undefined {
    return this.optional(() => this.random.pick(REASON_FRAMES)(this.random.pick(REASONS)));
  }

  consequence(): string | undefined {
    return this.optional(() => this.random.pick(CONSEQUENCE_FRAMES)(this.random.pick(CONSEQUENCES)));
  }

  /** What a recommendation asks of practitioners for `theme`, as an infinitive phrase. */
  outcome(theme: ThemeId): string {
    return this.random.pick(THEME_MODELS[theme].outcomes);
  }

  /** Fills a template's slots once, e.g. to name the same agency in a sentence and a table. */
  fill(template: string): string {
    return this.filler.fill(template);
  }

  /**
   * A sentence the paragraph needs (it carries a label): drawn until the ledger has not seen it;
   * if every draw is taken, a dated clause in front makes it the report's own.
   */
  unique(make: () => string): string {
    const sentence = this.optional(make);
    if (sentence !== undefined) return sentence;
    let dated = '';
    for (let tries = 0; tries < 50; tries++) {
      const drawn = this.render(make());
      dated = `${capitalise(this.render(this.random.pick(TIMES)))}, ${NAMES.test(drawn) ? drawn : drawn.charAt(0).toLowerCase() + drawn.slice(1)}`;
      if (this.ledger.claim(dated)) break;
    }
    return dated;
  }

  /** A sentence that may be left out: undefined when a dozen draws are all taken by other reports. */
  optional(make: () => string): string | undefined {
    for (let tries = 0; tries < 12; tries++) {
      const sentence = this.render(make());
      if (this.ledger.claim(sentence)) return sentence;
    }
    return undefined;
  }

  private render(template: string): string {
    let filled = template;
    // "[a|b|c]" picks one; the innermost alternatives are expanded first, so they can nest.
    while (ALTERNATIVES.test(filled)) filled = filled.replace(ALTERNATIVES, (_match, options: string) => this.random.pick(options.split('|')));
    filled = filled
      .replace(/\{time\}/g, () => this.random.pick(TIMES))
      .replace(/\{season\}/g, () => this.random.pick(SEASONS))
      .replace(/\{count\}/g, () => String(this.random.int(17, 41)));
    return capitalise(this.filler.fill(filled));
  }

  private fits(ages: readonly AgeGroup[] | undefined): boolean {
    return !ages || ages.includes(this.ageGroup);
  }

  private actor(event: FailureEvent): string {
    switch (event.actor) {
      case 'role':
        return 'the {role}';
      case 'agency':
        return '{agency}';
      case 'manager':
        return 'the {manager}';
      default:
        return this.random.pick(PROFESSIONALS);
    }
  }

  private event(event: FailureEvent): string {
    const object = this.random.pick(event.objects);
    const manner = event.manner ? ` ${this.random.pick(event.manner)}` : '';
    const forms = conjugate(event.verb);
    const actor = this.actor(event);
    const be = object.startsWith('pl:') ? 'were' : 'was';
    const o = bare(object);
    const not = event.omission ? 'not ' : '';
    const frames: (() => string)[] = [
      () => `${actor} ${event.omission ? `did not ${forms.infinitive}` : forms.past} ${o}${manner}.`,
      () => `${o} ${be} ${not}${forms.participle}${manner}${this.random.chance(0.5) ? ` by ${actor}` : ''}.`,
      () => `${this.random.pick(REPORTERS)} ${actor} had ${not}${forms.participle} ${o}${manner}.`,
      () => `${this.random.pick(HEDGES)} ${actor} ${event.omission ? `never ${forms.past}` : forms.past} ${o}${manner}.`,
      () => `${capitalise(this.random.pick(TIMES))}, ${actor} ${event.omission ? `did not ${forms.infinitive}` : forms.past} ${o}${manner}.`,
      () => (event.omission
        ? `There was no attempt to ${forms.infinitive} ${o}${manner}, so ${this.random.pick(CONSEQUENCES)}.`
        : `${actor} went on to ${forms.infinitive} ${o}${manner}, and ${this.random.pick(CONSEQUENCES)}.`),
      () => `Because ${this.random.pick(REASONS)}, ${o} ${be} ${not}${forms.participle}${manner}.`,
      () => (event.omission ? `At no point did ${actor} ${forms.infinitive} ${o}${manner}.` : `It was a mistake to ${forms.infinitive} ${o}${manner}.`),
    ];
    return this.random.pick(frames)();
  }

  private state(text: string): string {
    const frames: (() => string)[] = [
      () => `${text}.`,
      () => `${this.random.pick(HEDGES)} ${text}.`,
      () => `${this.random.pick(REPORTERS)} ${text}.`,
      () => (/\{(month|year|date)\}/.test(text) ? `${text}.` : `${capitalise(this.random.pick(TIMES))}, ${text}.`),
    ];
    return this.random.pick(frames)();
  }

  private listItem(event: FailureEvent): string {
    const forms = conjugate(event.verb);
    const object = bare(this.random.pick(event.objects));
    const manner = event.manner ? ` ${this.random.pick(event.manner)}` : '';
    return event.omission ? `${this.actor(event)} did not ${forms.infinitive} ${object}${manner}` : `${this.actor(event)} ${forms.past} ${object}${manner}`;
  }
}

function bare(object: string): string {
  return object.replace(/^pl:/, '');
}
