/**
 * TF-IDF vectors and their cosine: how alike two passages are, from 0 (no informative word in
 * common) to 1 (the same words in the same proportions). A term weighs (1 + ln tf) * ln(N / df):
 * sublinear in its count within the passage, so a repeated word does not swamp the rest, and
 * scaled by its rarity across the N corpus passages, so "the" and "child" count for little and
 * "chronology" or "interpreter" for a lot. Vectors are unit length, so the cosine is a dot product.
 *
 * A check compares each draft paragraph with hundreds of passages and every recommendation of the
 * corpus (about a million dot products), so a vector is two parallel typed arrays sorted by term
 * number, and the dot product is a merge of the two.
 */
export interface TermVector {
  /** Term numbers from the check's Vocabulary, ascending. */
  readonly terms: Int32Array;
  /** Weights, with unit Euclidean length. */
  readonly weights: Float64Array;
}

/** Inverse document frequency of a stem: ln(N / df), with an unseen stem counted as in one passage. */
export type Idf = (stem: string) => number;

/** Numbers the stems met during one check. */
export interface Vocabulary {
  number(stem: string): number;
  stem(number: number): string;
}

export function createVocabulary(): Vocabulary {
  const numbers = new Map<string, number>();
  const stems: string[] = [];
  return {
    number(stem) {
      let number = numbers.get(stem);
      if (number === undefined) {
        number = stems.push(stem) - 1;
        numbers.set(stem, number);
      }
      return number;
    },
    stem: (number) => stems[number] ?? '',
  };
}

/** weighTerms(['drift', 'drift', 'plan'], idf, vocabulary): drift weighs more than plan, unit length. */
export function weighTerms(terms: readonly string[], idf: Idf, vocabulary: Vocabulary): TermVector {
  // Sorting the term numbers puts each term's occurrences side by side: a run's length is its count.
  const numbers = Int32Array.from(terms, (stem) => vocabulary.number(stem)).sort();
  const kept = new Int32Array(numbers.length);
  const weights = new Float64Array(numbers.length);
  let size = 0;
  let norm = 0;
  for (let start = 0; start < numbers.length; ) {
    const number = numbers[start] as number;
    let end = start + 1;
    while (end < numbers.length && numbers[end] === number) end += 1;
    const weight = (1 + Math.log(end - start)) * idf(vocabulary.stem(number));
    start = end;
    if (weight <= 0) continue;
    kept[size] = number;
    weights[size++] = weight;
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (let index = 0; index < size; index += 1) weights[index] = (weights[index] as number) / length;
  return { terms: kept.slice(0, size), weights: weights.slice(0, size) };
}

/** cosine(v, v) === 1 for any non-empty v; 0 when the vectors share no term. */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const left = a.terms[i] as number;
    const right = b.terms[j] as number;
    if (left === right) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (left < right) i += 1;
    else j += 1;
  }
  return Math.min(1, dot);
}

/** The stems of a vector's heaviest terms, heaviest first: what a passage is most specifically about. */
export function salientTerms(vector: TermVector, count: number, vocabulary: Vocabulary, keep: (stem: string) => boolean = () => true): string[] {
  return Array.from(vector.terms, (number, index) => ({ stem: vocabulary.stem(number), weight: vector.weights[index] as number }))
    .filter(({ stem }) => keep(stem))
    .sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
    .slice(0, count)
    .map(({ stem }) => stem);
}

/** A score as reports show it: three decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
