/** Async batches from text, the way the CLI feeds files. */
export async function* batchesOf(text: string, size = 3): AsyncGenerator<string[]> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size);
}
