// Money the company lost, risked or owes is for the company to say: the public report drops the cost and SLA fields
// (audience.ts), and the same figures written into a sentence go with them (trial 18e read "about €61,000 GMV at
// risk" and "SLA credits cost about $126,000" on a status page).

const amount = String.raw`(?:[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion|thousand))?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,])\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b)`;
const hasAmount = new RegExp(amount, 'iu');
// An aside with an amount in it ("(about €61,000 GMV at risk)") goes alone; its sentence stays.
const asideWithAmount = new RegExp(String.raw`\s*\([^()\n]*${amount}[^()\n]*\)`, 'giu');

/** A text for the public without the sentences and asides that state sums of money. */
export function withoutMoney(text: string): string {
  if (!hasAmount.test(text)) return text;
  const lines = text.replace(asideWithAmount, '').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const sentences = line.split(/(?<=[.!?])\s+(?=\S)/);
    const left = sentences.filter((sentence) => !hasAmount.test(sentence));
    // A line that was only money goes whole (a list item of costs leaves no empty bullet).
    if (left.length === 0 && line.trim() !== '') continue;
    kept.push(left.join(' '));
  }
  return kept.join('\n');
}
