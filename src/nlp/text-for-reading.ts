/**
 * The text wink-nlp reads, with a map back to the original offsets, so that the tagger reports
 * spans in the text as given. Two changes, each for a way wink would misread the original:
 * - Line breaks are joined into single spaces. PDF paragraphs arrive wrapped; wink reads a line
 *   break as a token of its own, which would split phrases ("not\nshared").
 * - A space goes between a possessive 's and punctuation that follows it ("the mother's," ->
 *   "the mother's ,"). Read with the punctuation, wink learns "mother's" as a word of its own and
 *   from then on reads every "mother's" in the process as one token, not "mother" + "'s": a
 *   passage's tags would depend on what the process had read before it.
 * - A space goes between "in" or "no" and a full stop that ends a sentence ("nobody let her in." ->
 *   "nobody let her in ."). wink reads "in." and "no." as abbreviations (inch, number), one token
 *   that no pattern word matches, so "let her in", "a new partner had moved in" and "she said no"
 *   were lost at the end of a sentence. "No. 5" keeps its abbreviation: a capital letter, a quote
 *   or the end of the text must follow the stop.
 * - A space goes between a name's closing initial and a full stop that ends a sentence ("about
 *   Child B. The school" -> "about Child B . The school"). Reviews name people by an initial
 *   (Child B, Mr S, Ms L), and wink reads "B." as an abbreviation and the two sentences as one:
 *   a pattern then matched across them, and "The Partnership should ..." made the sentence
 *   before it a prescription. After a title (Mr, Ms, Dr ...) the initial may begin a full name
 *   ("Mr J. Smith"), so there the stop ends a sentence only before a word that is no name ("Mr S.
 *   At no point ..."); after an initial ("A. B. Smith") it never does.
 */
export interface ReadableText {
  text: string;
  /**
   * toOriginal[i] is the offset in the original text of character i of `text`, with one extra
   * entry for the end; null when nothing changed and offsets are those of the original.
   */
  toOriginal: number[] | null;
}

/** A full stop that ends a sentence: a capital letter (after a quote or bracket) or the end of the text follows it. */
const ENDS_SENTENCE = String.raw`\.(?:\s+["'‘“(]?\p{Lu}|\s*$)`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|St)\.?`;
/** Capitalised words that open a sentence and begin no name. */
const OPENER = String.raw`(?:The|A|An|At|In|On|Of|For|By|From|To|With|Within|Without|There|Here|It|This|That|These|Those|He|She|They|We|His|Her|Their|Its|No|None|Nobody|Neither|Both|Each|Every|All|Any|Some|Such|Other|Others|When|While|Where|Although|Though|However|But|And|Or|As|After|Before|During|Since|Until|If|Because|So|Yet|Nor|Not|Only|Even|Also|Then|Instead|Despite|Following|Later|Nothing|Everyone|Someone|What|Which|Who|Why|How|Several|Many|Most|Much|Few|More|Another|One|Two|Three|Child|Children|Baby|Mother|Father|Professionals|Practitioners|Agencies|Mr|Mrs|Ms|Dr)\b`;
/** A line break with the blanks around it, the point after a possessive where punctuation follows, a closing "in." or "no.", or a name's closing initial. */
const CHANGES = new RegExp(
  [
    String.raw`[ \t]*\r?\n[\s]*`,
    String.raw`(?<=\p{L}['’][sS])(?=[^\s\p{L}\p{N}])`,
    String.raw`(?<=\b(?:[iI]n|[nN]o))(?=${ENDS_SENTENCE})`,
    String.raw`(?<=(?<!\p{L})(?!${TITLE}\s)\p{L}{2,}\s\p{Lu})(?=${ENDS_SENTENCE})`,
    String.raw`(?<=(?<!\p{L})${TITLE}\s\p{Lu})(?=\.\s+["'‘“(]?${OPENER})`,
  ].join('|'),
  'gu',
);
/**
 * What every change needs in the text: a quick test that spares most passages the full one. The
 * possessive is tested with the punctuation after it: a bare "'s" let 2,954 of 7,004 test texts
 * through to the full test, this one lets 292.
 */
const MAY_CHANGE = /\n|['’][sS][^\s\p{L}\p{N}]|\b(?:[iI]n|[nN]o)\.|\s\p{Lu}\./u;

/**
 * textForReading('not\n  shared') -> { text: 'not shared', ... }; a hyphen at the line end joins
 * the halves without a space ('child-\ncentred' -> 'child-centred');
 * textForReading("the mother's.").text === "the mother's ."; textForReading('let her in. Then').text === 'let her in . Then';
 * textForReading('about Child B. The school').text === 'about Child B . The school'
 */
export function textForReading(original: string): ReadableText {
  CHANGES.lastIndex = 0;
  if (!MAY_CHANGE.test(original) || !CHANGES.test(original)) return { text: original, toOriginal: null };
  const parts: string[] = [];
  const map: number[] = [];
  let from = 0;
  for (const found of original.matchAll(CHANGES)) {
    const at = found.index;
    pushSlice(original, from, at, parts, map);
    const joinsHyphen = found[0].length > 0 && at > 0 && original[at - 1] === '-';
    if (!joinsHyphen) {
      // The space stands for the break, or for nothing before the punctuation at `at`.
      parts.push(' ');
      map.push(at);
    }
    from = at + found[0].length;
  }
  pushSlice(original, from, original.length, parts, map);
  map.push(original.length);
  return { text: parts.join(''), toOriginal: map };
}

function pushSlice(original: string, from: number, to: number, parts: string[], map: number[]): void {
  parts.push(original.slice(from, to));
  for (let i = from; i < to; i += 1) map.push(i);
}
