import { detach } from './detach.js';
import { tokenizeMessage, wildcard } from './message-tokens.js';

/** A template found by the miner: its tokens (variables as `<*>`) and how many messages matched it. */
export interface MinedTemplate {
  /** The number `add` returned for the first message of this template. */
  readonly index: number;
  readonly tokens: readonly string[];
  readonly count: number;
}

export interface MinerOptions {
  /** Distinct words seen at one position, all else equal, before that position counts as a variable. */
  minDistinct?: number;
  /** Shapes kept before the first consolidation; the interval doubles after each one. */
  consolidateEvery?: number;
}

interface Group {
  tokens: string[];
  count: number;
  parent: number;
}

/**
 * An online log template miner in two steps. Each message is masked (digit-holding parts become `<*>`) and
 * joins the group of its exact shape, a hash lookup, so millions of lines cost little. From time to time, and
 * before templates are read, shapes that differ at one position are merged when that position has taken many
 * distinct words (user names, host names): a word seen with only one or two values stays part of the template,
 * which keeps `Starting … initialization` and `Starting … finalization` apart.
 */
export class TemplateMiner {
  private readonly shapes = new Map<string, number>();
  private readonly groups: Group[] = [];
  private readonly minDistinct: number;
  private nextConsolidation: number;
  /** Generalised templates by token count, for shapes first seen after a consolidation. */
  private readonly general = new Map<number, number[]>();

  constructor(options: MinerOptions = {}) {
    this.minDistinct = options.minDistinct ?? 4;
    this.nextConsolidation = options.consolidateEvery ?? 4096;
  }

  /** Mines one message and returns a number that `resolve` maps to its template once mining is done. */
  add(message: string): number {
    const tokens = tokenizeMessage(message);
    const key = tokens.join(' ');
    const known = this.shapes.get(key);
    if (known !== undefined) {
      this.groups[known]!.count += 1;
      return known;
    }
    const general = this.matchGeneral(tokens);
    if (general !== undefined) {
      // A shape a generalised template covers is not stored: memory stays bounded by the number of templates
      // even when a variable without digits (a user name) takes millions of values.
      this.groups[general]!.count += 1;
      return general;
    }
    const index = this.groups.length;
    this.groups.push({ tokens: tokens.map(detach), count: 1, parent: index });
    this.shapes.set(detach(key), index);
    if (this.groups.length >= this.nextConsolidation) {
      this.consolidate();
      this.nextConsolidation *= 2;
    }
    return index;
  }

  /** Counts one more message for a number `add` returned before (a caller's cache of exact messages). */
  count(index: number): void {
    const group = this.groups[index];
    if (group) group.count += 1;
  }

  /** The template number a message's number belongs to now (after merges). */
  resolve(index: number): number {
    let root = index;
    while (this.groups[root]!.parent !== root) root = this.groups[root]!.parent;
    let at = index;
    while (at !== root) {
      const next = this.groups[at]!.parent;
      this.groups[at]!.parent = root;
      at = next;
    }
    return root;
  }

  /** Merges shapes whose differences are variables, then lists the templates with their total counts. */
  templates(): MinedTemplate[] {
    this.consolidate();
    const totals = new Map<number, number>();
    for (let i = 0; i < this.groups.length; i++) {
      const root = this.resolve(i);
      totals.set(root, (totals.get(root) ?? 0) + this.groups[i]!.count);
    }
    return [...totals].map(([index, count]) => ({ index, tokens: this.groups[index]!.tokens, count }));
  }

  /** The template text for a template number, tokens joined by single spaces. */
  text(index: number): string {
    return this.groups[this.resolve(index)]?.tokens.join(' ') ?? '';
  }

  private matchGeneral(tokens: readonly string[]): number | undefined {
    const candidates = this.general.get(tokens.length);
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      const root = this.resolve(candidate);
      if (matches(this.groups[root]!.tokens, tokens)) return root;
    }
    return undefined;
  }

  /** Merges, per token count, shapes that differ only where many distinct words were seen. */
  consolidate(): void {
    const byLength = new Map<number, number[]>();
    for (let i = 0; i < this.groups.length; i++) {
      if (this.groups[i]!.parent !== i) continue;
      const length = this.groups[i]!.tokens.length;
      const list = byLength.get(length) ?? [];
      list.push(i);
      byLength.set(length, list);
    }
    for (const [length, roots] of byLength) {
      let alive = roots;
      let changed = true;
      while (changed && alive.length > 1) {
        changed = false;
        for (let p = 1; p < length; p++) {
          const merged = this.mergeAt(alive, [p]);
          if (merged.size > 0) {
            changed = true;
            alive = alive.filter((root) => !merged.has(root));
          }
        }
        // Two variables without digits in one message (a user and a host) rarely repeat as a pair, so no
        // single position ever shows its variety; pairs of positions are tried when singles changed nothing.
        // A pair must show minDistinct × 4 values at each position, so smaller sets cannot merge: skip them.
        if (!changed && alive.length >= this.minDistinct * 4) {
          for (let p = 1; p < length && !changed; p++) {
            for (let q = p + 1; q < length; q++) {
              const merged = this.mergeAt(alive, [p, q]);
              if (merged.size > 0) {
                changed = true;
                alive = alive.filter((root) => !merged.has(root));
              }
            }
          }
        }
      }
      this.general.set(
        length,
        alive.filter((root) => this.groups[root]!.tokens.includes(wildcard)),
      );
    }
  }

  /**
   * Merges groups equal everywhere but at `positions` when each of those looks variable (many distinct words,
   * or every value already part variable); returns the absorbed roots.
   */
  private mergeAt(roots: readonly number[], positions: readonly number[]): Set<number> {
    const buckets = new Map<string, number[]>();
    for (const root of roots) {
      const tokens = this.groups[root]!.tokens;
      const key = tokens.map((token, i) => (positions.includes(i) ? '\u0000' : token)).join(' ');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(root);
      else buckets.set(key, [root]);
    }
    const absorbed = new Set<number>();
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      const variable = positions.every((p) => {
        const values = new Set(bucket.map((root) => this.groups[root]!.tokens[p]));
        const partlyVariable = [...values].every((value) => value?.includes(wildcard));
        // A pair needs more evidence than a single position: two enumerations varying together look alike.
        return partlyVariable || values.size >= this.minDistinct * positions.length * positions.length;
      });
      if (!variable) continue;
      const [keep, ...rest] = bucket as [number, ...number[]];
      for (const p of positions) this.groups[keep]!.tokens[p] = wildcard;
      for (const root of rest) {
        this.groups[root]!.parent = keep;
        absorbed.add(root);
      }
    }
    return absorbed;
  }
}

function matches(template: readonly string[], tokens: readonly string[]): boolean {
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== wildcard && template[i] !== tokens[i]) return false;
  }
  return true;
}
