/**
 * Chinese is written without spaces, so PostgreSQL's parser takes a whole run of Han characters for
 * one word, and a word inside a title would find nothing. The search index keeps every character and
 * every pair of neighbouring characters of a run as words of their own; a query's runs become their
 * pairs (all of which must match), so "协调" finds "机构间协调小组".
 */
const hanRun = /\p{Script=Han}+/gu;

/** The characters and character pairs of the Han runs in `text`, space-separated and without repeats. */
export function hanGrams(text: string): string {
  const grams = new Set<string>();
  for (const run of text.match(hanRun) ?? []) {
    const chars = [...run];
    chars.forEach((char, index) => {
      grams.add(char);
      if (index + 1 < chars.length) grams.add(`${char}${chars[index + 1]}`);
    });
  }
  return [...grams].join(' ');
}

/** A query with each Han run of two or more characters written as its pairs; anything else unchanged. */
export function hanQuery(text: string): string {
  return text.replace(hanRun, (run) => {
    const chars = [...run];
    if (chars.length < 2) return ` ${run} `;
    return ` ${chars
      .slice(0, -1)
      .map((char, index) => `${char}${chars[index + 1]}`)
      .join(' ')} `;
  });
}
