const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Normalises the characters of one line: ligatures spelled out, curly quotes made straight,
 * Unicode hyphens made ASCII, odd spaces made plain. Soft hyphens are kept: they mark a
 * line-end break that hyphenation repair removes.
 * normaliseLine('The “ﬁnding”') === 'The "finding"'
 */
export function normaliseLine(text: string): string {
  return text
    .replace(/[ﬀ-ﬆ]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
