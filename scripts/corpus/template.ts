import type { Random } from './random.js';
import { AGENCIES, MANAGERS, MONTHS, ROLES, type AgeGroup } from './vocabulary.js';

/** The fixed people and names of one report, used to fill the `{slot}`s of the sentence templates. */
export interface Cast {
  child: string;
  he: string;
  his: string;
  him: string;
  himself: string;
  mother: string;
  father: string;
  partner: string;
  sibling: string;
  /** How the report names its own board mid-sentence: "the Board", "the Partnership". */
  board: string;
  area: string;
}

/**
 * Fills sentence templates. `{role}` or `{agency}` draw a fresh value each time; a slot
 * written with a capital (`{Child}`, `{Mother}`) capitalises the value at a sentence start.
 *
 * filler.fill('{Mother} told the {role} in {month}.') === 'The mother told the health visitor in May 2011.'
 */
export class Filler {
  /** While set, each drawn date moves forward from the last, as in a summary of involvement. */
  private chronology?: { time: number; step: number };

  constructor(
    private readonly cast: Cast,
    private readonly ageGroup: AgeGroup,
    private readonly years: { first: number; last: number },
    private readonly random: Random,
  ) {}

  fill(template: string): string {
    const drawn = new Map<string, string>();
    const filled = template.replace(/\{([A-Za-z]+)(\d?)\}/g, (_match, name: string, index: string) => {
      const key = name.toLowerCase() + index;
      let value = drawn.get(key);
      if (value === undefined) {
        value = this.valueOf(name.toLowerCase(), drawn);
        drawn.set(key, value);
      }
      return name[0] === name[0]?.toUpperCase() ? capitalise(value) : value;
    });
    return filled.replace(/\s+/g, ' ').trim();
  }

  /** Dates drawn until `endChronology()` run forward in time across the period under review. */
  beginChronology(events: number): void {
    const start = Date.UTC(this.years.first, 0, 1);
    const end = Date.UTC(this.years.last, 11, 28);
    this.chronology = { time: start, step: (end - start) / (events + 1) };
  }

  endChronology(): void {
    this.chronology = undefined;
  }

  /** A date inside the period under review; `month` counts from 0. */
  date(): { day: number; month: number; year: number } {
    if (this.chronology) {
      this.chronology.time += this.chronology.step * (0.5 + this.random.next());
      const date = new Date(this.chronology.time);
      return { day: Math.min(date.getUTCDate(), 28), month: date.getUTCMonth(), year: date.getUTCFullYear() };
    }
    return {
      day: this.random.int(1, 28),
      month: this.random.int(0, 11),
      year: this.random.int(this.years.first, this.years.last),
    };
  }

  private valueOf(name: string, drawn: Map<string, string>): string {
    const used = new Set(drawn.values());
    const fresh = (options: readonly string[]): string =>
      this.random.pick(options.filter((option) => !used.has(option)));
    switch (name) {
      case 'role':
        return fresh(ROLES[this.ageGroup]);
      case 'agency':
        return fresh(AGENCIES[this.ageGroup]);
      case 'manager':
        return this.random.pick(MANAGERS);
      case 'month': {
        const date = this.date();
        return `${MONTHS[date.month]} ${date.year}`;
      }
      case 'date': {
        const date = this.date();
        return `${date.day} ${MONTHS[date.month]} ${date.year}`;
      }
      case 'reviewmonth':
        return `${this.random.pick(MONTHS)} ${this.years.last}`;
      case 'year':
        return String(this.random.int(this.years.first, this.years.last));
      default: {
        const value = (this.cast as unknown as Record<string, string | undefined>)[name];
        if (value === undefined) throw new Error(`Filler: unknown slot {${name}}`);
        return value;
      }
    }
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Turns typewriter quotes into the curly ones a word processor would have typed. */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s(])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s(])"/g, '$1\u201c')
    .replace(/"/g, '\u201d');
}
