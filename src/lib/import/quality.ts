/**
 * How close an extracted body is to the article's reference text, as extraction benchmarks
 * measure it: word 4-grams (lowercased letters and digits), precision = shared / extracted,
 * recall = shared / reference, F1 their harmonic mean. Counts are multisets, so repeating a
 * paragraph does not score twice.
 */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const N = 4;

function ngrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + N <= words.length; i++) {
    const gram = words.slice(i, i + N).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

export function ngramScores(extracted: string, reference: string): Scores {
  const got = ngrams(extracted);
  const want = ngrams(reference);
  let shared = 0;
  for (const [gram, count] of got) shared += Math.min(count, want.get(gram) ?? 0);
  const precision = total(got) === 0 ? 0 : shared / total(got);
  const recall = total(want) === 0 ? 0 : shared / total(want);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
