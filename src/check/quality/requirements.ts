import type { TaggedPassage } from '../../model/review.js';
import type { Requirement, RequirementsDetector } from './criteria-file.js';
import { compileCues, type CueMatcher, type Span } from './cues.js';
import { readDates } from './dates.js';
import { citationList, type Detection, type DraftContext } from './draft-context.js';
import type { QualityMeasures } from './types.js';

type Measures = Extract<QualityMeasures, { kind: 'requirements' }>;

/**
 * "A section or passages with these cues": each requirement is found when enough passages carry
 * its cues (or sit under its headings, or carry its themes); the criterion is met when
 * `met_when` requirements are found. With a scope, only the passages it selects are read.
 */
export function detectRequirements(detector: RequirementsDetector, draft: DraftContext): Detection<Measures> {
  const scoped = detector.scope ? draft.passages.filter(inScope(detector.scope, draft.child)) : draft.passages;
  const results = detector.requirements.map((requirement) => {
    const cues = requirement.cues ? compileCues(requirement.cues, draft.child) : null;
    const hits = scoped.flatMap((passage) => {
      const marks = requirementMarks(requirement, cues, passage);
      return marks ? [{ passage, marks }] : [];
    });
    return { requirement, hits, found: hits.length >= (requirement.min ?? 1) };
  });
  const found = results.filter((result) => result.found);
  const scopeFound = detector.scope !== undefined && scoped.length > 0;
  const verdict = found.length >= detector.met_when ? 'met' : found.length >= detector.partly_when && (found.length > 0 || scopeFound) ? 'partly' : 'not found';
  const citation = (passage: TaggedPassage) => draft.cite(passage, []).citation;
  const requirements = results.map(({ requirement, hits, found: isFound }) => ({ id: requirement.id, label: requirement.label, found: isFound, passages: hits.map((hit) => citation(hit.passage)) }));
  return {
    verdict,
    finding: describe(requirements, detector.scope ? scoped.map(citation) : null),
    evidence: draft.citeAll(found.flatMap((result) => result.hits)),
    measures: { kind: 'requirements', requirements },
  };
}

function inScope(scope: NonNullable<RequirementsDetector['scope']>, child: string | null): (passage: TaggedPassage) => boolean {
  const cues = scope.cues ? compileCues(scope.cues, child) : null;
  return (passage) => underHeading(passage, scope.headings) || (cues?.match(passage.text) ?? null) !== null;
}

/** The marks that make a passage evidence of a requirement, or null when it is not. */
function requirementMarks(requirement: Requirement, cues: CueMatcher | null, passage: TaggedPassage): Span[] | null {
  const tagged = passage.evidence.filter((found) => requirement.themes?.includes(found.theme));
  const eligible = (!requirement.kinds && !requirement.themes) || requirement.kinds?.includes(passage.kind) || tagged.length > 0;
  if (!eligible) return null;
  const dates = requirement.dates ? readDates(passage.text) : [];
  if (requirement.dates && dates.length === 0) return null;
  const cueMarks = cues?.match(passage.text) ?? null;
  if (cueMarks) return [...cueMarks, ...tagged, ...dates];
  if (underHeading(passage, requirement.headings)) return dates;
  // Without cues or headings, the theme or the date is the whole requirement.
  if (!requirement.cues && !requirement.headings) return [...tagged, ...dates];
  return null;
}

function underHeading(passage: TaggedPassage, headings: readonly string[] | undefined): boolean {
  const section = passage.section.toLowerCase();
  return headings?.some((heading) => section.includes(heading.toLowerCase())) ?? false;
}

/**
 * "Found: the child's experience (para 4.1). Not found: how practitioners sought the child's views."
 * With a scope, what was read comes first: "In para 8.1 and para 8.2: found: owners (para 8.1). Not found: ..."
 */
function describe(requirements: ReadonlyArray<{ label: string; found: boolean; passages: string[] }>, scope: string[] | null): string {
  const found = requirements.filter((requirement) => requirement.found).map((requirement) => `${requirement.label} (${citationList(requirement.passages)})`);
  const missing = requirements.filter((requirement) => !requirement.found).map((requirement) => requirement.label);
  const parts = [found.length > 0 ? `Found: ${found.join('; ')}.` : '', missing.length > 0 ? `Not found: ${missing.join('; ')}.` : ''].filter(Boolean).join(' ');
  if (scope === null) return parts;
  if (scope.length === 0) return 'No section or paragraph of this kind was found.';
  return `In ${citationList(scope)}: ${parts.charAt(0).toLowerCase()}${parts.slice(1)}`;
}
