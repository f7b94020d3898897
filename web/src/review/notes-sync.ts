import * as Y from 'yjs';
import {
  decodeUpdate,
  editNotes,
  encodeUpdate,
  type NotesMark,
  notesText,
} from '../../../src/domain/shared-notes.js';

/** What GET …/notes answers. */
export interface NotesRead {
  updates: { seq: number; update: string }[];
  seq: number;
  author: string;
  canWrite: boolean;
}

/** How the notes reach the server: read the edits after a number, send one. */
export interface NotesTransport {
  read(after: number): Promise<NotesRead>;
  write(update: string): Promise<{ seq: number }>;
}

/** Where the notes stand, for the page to say. */
export type NotesStatus =
  | { state: 'loading' }
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'retrying'; message: string }
  | { state: 'refused'; message: string };

const remote = 'remote';

/** A refusal the server will give again (4xx but a conflict or rate limit): retrying cannot help. */
function isRefusal(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 409 && status !== 429;
}

/**
 * One browser's copy of a review's live notes. What this person types is applied to the copy at once and sent in
 * order (edits made while one is on its way go together in the next); what others typed is read whenever the
 * server says the notes changed. Nothing typed is dropped on a failed send: it stays queued and is sent again.
 * An edit the server refuses (the notes' length limit) is taken back by reading the notes afresh, and said.
 */
export class NotesSync {
  doc = new Y.Doc();
  author = '';
  canWrite = false;
  private seq = 0;
  private pending: Uint8Array[] = [];
  private sending = false;
  private reading = false;
  private readAgain = false;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Set when an edit was refused, so the page keeps saying so until the next edit is taken. */
  private refused = false;

  constructor(
    private readonly transport: NotesTransport,
    private readonly listeners: {
      /**
       * The text changed by others' edits; `carets` are the places `carets()` gave, moved with the text around
       * them (what someone types before a caret pushes it on; what they type after it leaves it).
       */
      text(text: string, carets: number[]): void;
      status(status: NotesStatus): void;
      /** Where the carets are (the editor's selection), read just before others' edits are applied. */
      carets?(): number[];
    },
    private readonly retryMs = (failures: number) => Math.min(500 * 2 ** failures, 10_000),
  ) {
    this.watch();
    listeners.status({ state: 'loading' });
  }

  get text(): string {
    return notesText(this.doc).toString();
  }

  /** Who wrote each run of the text (see `authoredLines`). */
  get shared(): Y.Text {
    return notesText(this.doc);
  }

  private watch(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === remote) return;
      this.pending.push(update);
      void this.send();
    });
  }

  /** Reads the edits not seen yet (all of them the first time); asked again while reading, reads once more. */
  async pull(): Promise<void> {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        const read = await this.transport.read(this.seq);
        if (this.stopped) return;
        this.author = read.author;
        this.canWrite = read.canWrite;
        const before = this.text;
        const text = notesText(this.doc);
        // A caret is kept as a place in the shared text (after the character to its left), not as a number, so
        // edits before and after it at once still leave it between the same characters.
        const anchors = (this.listeners.carets?.() ?? []).map((index) =>
          Y.createRelativePositionFromTypeIndex(text, Math.min(index, text.length), -1),
        );
        this.doc.transact(() => {
          for (const { update } of read.updates) Y.applyUpdate(this.doc, decodeUpdate(update), remote);
        }, remote);
        this.seq = Math.max(this.seq, read.seq);
        if (this.text !== before || read.updates.length === 0) {
          const carets = anchors.map(
            (anchor) =>
              Y.createAbsolutePositionFromRelativePosition(anchor, this.doc)?.index ?? this.text.length,
          );
          this.listeners.text(this.text, carets);
        }
        if (!this.sending && this.pending.length === 0 && !this.refused) {
          this.listeners.status({ state: 'saved' });
        }
      } while (this.readAgain && !this.stopped);
    } catch (error) {
      if (isRefusal(error)) this.listeners.status({ state: 'refused', message: (error as Error).message });
      else if (!this.stopped) {
        this.listeners.status({ state: 'retrying', message: (error as Error).message });
        this.schedule(() => void this.pull());
      }
    } finally {
      this.reading = false;
    }
  }

  /**
   * What the person typed: the whole text as the editor now holds it, and where its caret stands after the edit
   * (which says where a line break typed beside someone else's went).
   */
  edit(next: string, now: Date = new Date(), caret?: number): void {
    if (!this.canWrite) return;
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
    const mark: NotesMark = { author: this.author, at: minute };
    editNotes(notesText(this.doc), next, mark, caret);
  }

  private async send(): Promise<void> {
    // Sends go on after `stop` (the page left the Review tab) until what was typed is on the server.
    if (this.sending || this.pending.length === 0) return;
    this.sending = true;
    const batch = this.pending.splice(0);
    this.listeners.status({ state: 'saving' });
    try {
      await this.transport.write(encodeUpdate(Y.mergeUpdates(batch)));
      this.failures = 0;
      this.refused = false;
    } catch (error) {
      if (isRefusal(error)) {
        this.refused = true;
        this.listeners.status({ state: 'refused', message: (error as Error).message });
        this.sending = false;
        if (!this.stopped) await this.restart();
        return;
      }
      this.pending.unshift(...batch);
      this.sending = false;
      if (this.stopped && this.failures >= 5) return;
      this.listeners.status({ state: 'retrying', message: (error as Error).message });
      this.schedule(() => void this.send());
      return;
    }
    this.sending = false;
    if (this.pending.length > 0) void this.send();
    else this.listeners.status({ state: 'saved' });
  }

  private schedule(again: () => void): void {
    if (this.retryTimer !== undefined) return;
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      again();
    }, this.retryMs(this.failures));
  }

  /** Drops the refused edits: a fresh copy read from the server, so this page says what everyone else sees. */
  private async restart(): Promise<void> {
    this.doc.destroy();
    this.doc = new Y.Doc();
    this.pending = [];
    this.seq = 0;
    this.watch();
    await this.pull();
  }

  /** Stops reading; edits still on their way are sent (a few tries) before the copy is let go. */
  stop(): void {
    this.stopped = true;
  }
}
