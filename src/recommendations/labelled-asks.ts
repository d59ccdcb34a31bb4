import { readFileSync } from 'node:fs';

/** One wording of a labelled ask (test/fixtures/recommendations/asks.txt). */
export interface LabelledWording {
  ask: string;
  theme: string;
  /** "=": the ask in nearly the same words as the other "=" wordings; "~": reworded. */
  mark: '=' | '~';
  text: string;
  /** The asks of every fourth theme (in order of first appearance) are held out: thresholds are chosen on the others. */
  heldOut: boolean;
  /**
   * A second held-out group ("## ask | theme | fresh"), written after the first had been looked at
   * too often to stay unseen: held out too, and scored only among themselves.
   */
  fresh: boolean;
}

export type PairLabel = 'same ask' | 'similar ask' | 'related' | 'unrelated';

/** Reads the labelled asks file; throws naming the line when it is malformed. */
export function readLabelledAsks(file: string): LabelledWording[] {
  const wordings: LabelledWording[] = [];
  let current: { ask: string; theme: string; heldOut: boolean; fresh: boolean } | null = null;
  /** Each theme's place in order of first appearance: an ask added later keeps its theme's half. */
  const themes = new Map<string, number>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, at) => {
      if (line.trim() === '' || line.startsWith('# ')) return;
      const heading = /^## (\S+) \| (\S+)( \| fresh)?$/.exec(line);
      if (heading) {
        const theme = heading[2] as string;
        if (heading[3] !== undefined) {
          current = { ask: heading[1] as string, theme, heldOut: true, fresh: true };
          return;
        }
        if (!themes.has(theme)) themes.set(theme, themes.size + 1);
        current = { ask: heading[1] as string, theme, heldOut: (themes.get(theme) as number) % 4 === 0, fresh: false };
        return;
      }
      const wording = /^([=~]) (.+)$/.exec(line);
      if (!wording || !current) throw new Error(`${file}:${at + 1}: expected "## ask | theme" (or "## ask | theme | fresh") or a wording starting "= " or "~ " after one, found "${line}"`);
      wordings.push({ ...current, mark: wording[1] as '=' | '~', text: wording[2] as string });
    });
  return wordings;
}

/** The label of a pair of wordings, from their asks and themes. */
export function pairLabel(a: LabelledWording, b: LabelledWording): PairLabel {
  if (a.ask === b.ask) return a.mark === '=' && b.mark === '=' ? 'same ask' : 'similar ask';
  return a.theme === b.theme ? 'related' : 'unrelated';
}
