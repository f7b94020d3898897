// Money the company lost, risked or owes is for the company to say: the public report drops the cost and SLA fields
// (audience.ts), and the same figures written into a sentence go with them (trial 18e read "about €61,000 GMV at
// risk" and "SLA credits cost about $126,000" on a status page).

// A sum: a currency sign or ISO code before the number ("$126,000", "USD 126,000", "CHF 45'000", "R$ 12.000"), or
// a code or a currency's name after it ("61.000 EUR", "3 million dollars", "40 lakh INR", "12k rupees"). Digits are
// grouped with commas, dots, apostrophes or thin spaces as each country writes them.
const currencyCodes =
  'USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|CAD|AUD|NZD|SGD|HKD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|KRW|TRY|AED|SAR|ILS|NGN|KES|IDR|THB|VND|MYR|ARS|CLP|COP|PEN|EGP|UAH|RUB';
const number = String.raw`\d[\d,.'’\u202f]*(?:\s?(?:[kKmM]|[bB]n|[mM]illion|[bB]illion|[tT]housand|[lL]akhs?|[cC]rores?))?`;
const amount = String.raw`(?:(?:[$€£¥₹₩₪₦₺]|R\$|(?<![\p{L}\p{N}])(?:${currencyCodes})\s?)\s?${number}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,])${number}\s?(?:${currencyCodes}|[dD]ollars|[eE]uros|[pP]ounds|[yY]en|[rR]upees|[fF]rancs)\b)`;
// Case counts: the codes are written in capitals ("try 3 times" is no Turkish lira).
const hasAmount = new RegExp(amount, 'u');
// An aside with an amount in it ("(about €61,000 GMV at risk)") goes alone; its sentence stays.
const asideWithAmount = new RegExp(String.raw`\s*\([^()\n]*${amount}[^()\n]*\)`, 'gu');

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
