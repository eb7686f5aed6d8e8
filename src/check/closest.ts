// The candidate nearest to a misspelt word (edit distance), for "did you mean" in diagnostics.

export function closest(word: string, candidates: string[]): string {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]++;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length];
  };
  const best = [...candidates].sort((x, y) => distance(word, x) - distance(word, y))[0];
  return best && distance(word, best) <= Math.max(2, word.length / 3) ? best : "";
}
