/** "1 passage", "2 passages", "1,204 reviews": a count with its noun, the plural by -s unless given. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : nouns}`;
}
