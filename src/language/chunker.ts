/** A piece of a long document that can be analysed on its own, with the line it starts on. */
export interface Chunk {
  text: string;
  firstLine: number;
}

/**
 * Splits a streamed document into chunks of about `size` characters, cutting only after a blank line that is
 * outside a code fence, an HTML comment and a `debrief-disable` range, so each chunk analyses exactly as it would
 * inside the whole document. Memory stays near `size` whatever the document's length.
 */
export class Chunker {
  private buffer = '';
  private nextLine = 1;
  private scanned = 0;
  private fence: string | undefined;
  private inComment = false;
  private openDisables = 0;
  private safeCut = -1;

  constructor(private readonly size = 1 << 20) {}

  /** Adds text and returns the chunks that are now complete. */
  push(text: string): Chunk[] {
    this.buffer += text;
    const out: Chunk[] = [];
    this.scan();
    while (this.buffer.length >= this.size) {
      let cut = this.safeCut;
      if (cut <= 0 && this.buffer.length >= this.size * 8)
        cut = this.buffer.lastIndexOf('\n', this.scanned) + 1;
      if (cut <= 0) break;
      out.push(this.take(cut));
    }
    return out;
  }

  /** Returns whatever is left. */
  end(): Chunk[] {
    return this.buffer === '' ? [] : [this.take(this.buffer.length)];
  }

  private take(cut: number): Chunk {
    const text = this.buffer.slice(0, cut);
    const chunk = { text, firstLine: this.nextLine };
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.nextLine++;
    this.buffer = this.buffer.slice(cut);
    this.scanned -= cut;
    this.safeCut = -1;
    this.scan();
    return chunk;
  }

  // Walks complete lines not yet seen, tracking fences, comments and disable ranges.
  private scan(): void {
    let start = this.scanned;
    for (let nl = this.buffer.indexOf('\n', start); nl >= 0; nl = this.buffer.indexOf('\n', start)) {
      const line = this.buffer.slice(start, nl);
      const trimmed = line.trim();
      if (this.fence !== undefined) {
        if (trimmed.startsWith(this.fence) && trimmed.replace(/[`~]/g, '') === '') this.fence = undefined;
      } else {
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (open && !this.inComment) this.fence = open[1];
        if (line.includes('<!--')) this.inComment = !line.slice(line.lastIndexOf('<!--')).includes('-->');
        else if (this.inComment && line.includes('-->')) this.inComment = false;
        if (/debrief-disable(?!-next-line)\b/.test(line)) this.openDisables++;
        if (/debrief-enable\b/.test(line)) this.openDisables = Math.max(0, this.openDisables - 1);
      }
      start = nl + 1;
      const next = this.buffer.slice(start, start + 3);
      if (
        trimmed === '' &&
        this.fence === undefined &&
        !this.inComment &&
        this.openDisables === 0 &&
        start > 0 &&
        next !== '---' &&
        next !== '+++'
      ) {
        this.safeCut = start;
      }
    }
    this.scanned = start;
  }
}
