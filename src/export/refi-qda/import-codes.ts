import type { CodeInput, Decision, HumanCode, JudgedVersions } from '../../model/codes.js';
import { THEME_IDS, type ThemeId } from '../../model/themes.js';
import type { CodeStore } from '../../store/code-store.js';
import type { ExportQueries } from '../../store/export-queries.js';
import type { ThemeLabel } from '../export-format.js';
import type { ReviewInfo } from '../../store/review-page-queries.js';
import { utf16Offset } from './code-points.js';
import { themeCodeGuid } from './codebook.js';
import { MACHINE_USER, sourceGuid } from './project.js';
import { readQdpx, type ReadProject, type ReadSource } from './read-project.js';
import { reviewSourceText, type SourceText } from './source-text.js';

export type ImportCatalogue = Pick<ExportQueries, 'all' | 'passages' | 'findings'>;

/** What an import would store, and what it could not place (when anything could not, it stores nothing). */
export interface ImportPlan {
  codes: CodeInput[];
  /** One line per coding or source that cannot be matched, saying why. */
  unmatched: string[];
  /** Codings by lessons's own machine user: its tags, not a human's, so not imported. */
  machineTags: number;
}

export interface ImportResult extends ImportPlan {
  /** The codes written, or null when nothing was (some codings could not be matched). */
  stored: HumanCode[] | null;
}

/**
 * Reads codes made in another QDA tool from a REFI-QDA project back as human codes: each coding's
 * source is matched to a review (by the GUID lessons gave it, else by identical text), its
 * selection to the one passage that holds it (positions in code points), its code to a theme (by
 * GUID, label or id). A coding of a theme the machine tagged there is a confirm, else an add. All
 * or nothing: when anything cannot be matched it is listed and nothing is stored.
 */
export async function importQdpx(bytes: Uint8Array, deps: { catalogue: ImportCatalogue; codes: CodeStore; themes: readonly ThemeLabel[]; versions: JudgedVersions }, coder: string | null): Promise<ImportResult> {
  const plan = planImport(await readQdpx(bytes), deps, coder);
  if (plan.unmatched.length > 0 || plan.codes.length === 0) return { ...plan, stored: null };
  return { ...plan, stored: deps.codes.record(plan.codes, deps.versions) };
}

export function planImport(project: ReadProject, { catalogue, themes: labels }: { catalogue: ImportCatalogue; themes: readonly ThemeLabel[] }, coder: string | null): ImportPlan {
  const themes = themeMatcher(project.codes, labels);
  const reviews = reviewMatcher(catalogue);
  const plan: ImportPlan = { codes: [], unmatched: [], machineTags: 0 };
  const seen = new Set<string>();
  for (const source of project.sources) {
    const codings = source.selections.reduce((n, selection) => n + selection.codings.length, 0);
    if (codings === 0) continue;
    const match = reviews(source);
    if (typeof match === 'string') {
      plan.unmatched.push(`source "${source.name}" (${codings} coding${codings === 1 ? '' : 's'}): ${match}`);
      continue;
    }
    const machine = machineThemes(catalogue, match.review.id);
    for (const selection of source.selections) {
      if (selection.codings.length === 0) continue;
      const where = `source "${source.name}", selection ${selection.start}-${selection.end}`;
      const passageId = passageAt(match.text, selection.start, selection.end);
      if (passageId === null) {
        plan.unmatched.push(`${where}: does not lie inside one passage of review ${match.review.id} (positions count characters from 0; was the text or the selection moved?)`);
        continue;
      }
      for (const coding of selection.codings) {
        const theme = themes(coding.codeGuid);
        if (theme === null) {
          plan.unmatched.push(`${where}: code "${project.codes.get(coding.codeGuid) ?? coding.codeGuid}" is none of the 21 themes (match by label or id)`);
          continue;
        }
        if (coding.user === MACHINE_USER) {
          plan.machineTags++;
          continue;
        }
        const by = coder ?? coding.user;
        if (!by) {
          plan.unmatched.push(`${where}: the coding of ${theme} names no user; give the coder's name with --coder`);
          continue;
        }
        const key = `${passageId} ${theme} ${by}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const decision: Decision = machine.get(passageId)?.has(theme) ? 'confirm' : 'add';
        plan.codes.push({ passage_id: passageId, theme, decision, coder: by, ...(coding.memo ? { memo: coding.memo } : {}), ...(coding.at ? { at: coding.at } : {}) });
      }
    }
  }
  return plan;
}

/** A code GUID -> its theme: lessons's own GUIDs, else the code's name as a theme label or id. */
function themeMatcher(codes: ReadonlyMap<string, string>, labels: readonly ThemeLabel[]): (guid: string) => ThemeId | null {
  const byGuid = new Map<string, ThemeId>(THEME_IDS.map((theme) => [themeCodeGuid(theme), theme]));
  const byName = new Map<string, ThemeId>([...THEME_IDS.map((theme): [string, ThemeId] => [theme, theme]), ...labels.map((theme): [string, ThemeId] => [theme.label.trim().toLowerCase(), theme.id])]);
  return (guid) => byGuid.get(guid) ?? byName.get((codes.get(guid) ?? '').trim().toLowerCase()) ?? null;
}

/** A source -> its review and the review's text, or why none matches. */
function reviewMatcher(catalogue: ImportCatalogue): (source: ReadSource) => { review: ReviewInfo; text: SourceText } | string {
  const reviews = catalogue.all();
  const byGuid = new Map(reviews.map((review) => [sourceGuid(review), review]));
  const texts = new Map<number, SourceText>();
  const textOf = (review: ReviewInfo) => texts.get(review.id) ?? texts.set(review.id, reviewSourceText(catalogue.passages(review.id))).get(review.id)!;
  return (source) => {
    const review = byGuid.get(source.guid) ?? (source.text === null ? undefined : reviews.find((candidate) => textOf(candidate).text === source.text));
    if (!review) return source.text === null ? 'no review of this database has its GUID, and the project carries no text to compare' : 'no review of this database has its GUID or its text';
    const text = textOf(review);
    if (source.text !== null && source.text !== text.text) return `its text differs from review ${review.id}'s ("${review.title}"), so its positions cannot be trusted`;
    return { review, text };
  };
}

/** The passage whose span holds [start, end) (code points of the source text), or null. */
function passageAt(source: SourceText, start: number, end: number): number | null {
  const from = utf16Offset(source.text, start);
  const to = utf16Offset(source.text, end);
  if (from === null || to === null || from >= to) return null;
  return source.spans.find((span) => span.start <= from && to <= span.end)?.passageId ?? null;
}

function machineThemes(catalogue: ImportCatalogue, reviewId: number): Map<number, Set<string>> {
  const themes = new Map<number, Set<string>>();
  for (const finding of catalogue.findings(reviewId)) themes.set(finding.passage_id, (themes.get(finding.passage_id) ?? new Set()).add(finding.theme));
  return themes;
}
