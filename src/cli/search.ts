import type { Command } from 'commander';
import type { SearchHit } from '../store/index.js';
import { withStore } from './context.js';
import { CliError } from './errors.js';
import { printJson } from './output.js';

interface SearchOptions {
  incident?: string;
  limit: string;
  json?: boolean;
}

/** A snippet on one line; matched words in bold on a terminal that takes colour, in «» otherwise. */
export function formatSnippet(snippet: SearchHit['snippet'], bold: boolean): string {
  return snippet
    .map((part) => {
      if (!part.match) return part.text;
      return bold ? `\u001b[1m${part.text}\u001b[22m` : `«${part.text}»`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hits grouped under their incident, in rank order of each incident's best hit. */
export function formatHits(hits: readonly SearchHit[], bold: boolean): string {
  if (hits.length === 0) return 'nothing found\n';
  const lines: string[] = [];
  const order = [...new Set(hits.map((hit) => hit.incidentId))];
  for (const incidentId of order) {
    const own = hits.filter((hit) => hit.incidentId === incidentId);
    const first = own[0] as SearchHit;
    lines.push(`${incidentId}  ${first.severity}  ${first.status}  ${first.incidentTitle}`);
    for (const hit of own) {
      const where = hit.kind === 'incident' ? 'incident' : `${hit.kind} ${hit.recordId}`;
      lines.push(`  ${where}: ${formatSnippet(hit.snippet, bold)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `debrief search WORDS…`: full-text search across incidents, timelines, factors, actions and review notes. */
export function register(program: Command): void {
  program
    .command('search')
    .description('find incidents, timeline events, factors, actions and review notes by their words')
    .argument(
      '<words...>',
      'words to find, all of them, each also as the start of a longer word; "quote" a phrase',
    )
    .option('--incident <id>', 'only this incident’s records')
    .option('--limit <n>', 'at most this many hits (1-200)', '50')
    .option('--json', 'print JSON')
    .action(async (words: string[], options: SearchOptions, command: Command) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
        throw new CliError(
          `--limit: expected a whole number from 1 to 200, got ${JSON.stringify(options.limit)}`,
        );
      }
      const hits = await withStore(command, async (store) => {
        if (options.incident !== undefined) await store.incidents.get(options.incident);
        return store.search.search(words.join(' '), { incidentId: options.incident, limit });
      });
      if (options.json) return printJson({ hits });
      const bold = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
      process.stdout.write(formatHits(hits, bold));
    });
}
