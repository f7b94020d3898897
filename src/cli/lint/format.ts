import { defaultSeverity, type Rule } from '../../language/rule.js';
import type { Finding } from '../../language/types.js';

/** The findings of one input, with the source line of each finding kept for the text format. */
export interface FileResult {
  path: string;
  findings: Finding[];
  sourceLines: string[];
}

/** The JSON shape of `docs/architecture.md, Stable output shapes`: `{ files: [ { path, findings: [...] } ] }`. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map(({ path, findings }) => ({
    path,
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      text: f.text,
      suggestions: f.suggestions,
      question: f.question,
    })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

interface Palette {
  path: (s: string) => string;
  severity: (severity: Finding['severity'], s: string) => string;
  span: (s: string) => string;
  dim: (s: string) => string;
}

const plain: Palette = { path: (s) => s, severity: (_v, s) => s, span: (s) => s, dim: (s) => s };
const ansi: Palette = {
  path: (s) => `\u001b[1m${s}\u001b[22m`,
  severity: (v, s) => `\u001b[${v === 'error' ? 31 : v === 'warning' ? 33 : 36}m${s}\u001b[39m`,
  span: (s) => `\u001b[4;1m${s}\u001b[22;24m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
};

/** Human output: file:line:col, the line with the span marked, message, suggestion and question. */
export function formatText(results: readonly FileResult[], colour: boolean): string {
  const p = colour ? ansi : plain;
  const out: string[] = [];
  let total = 0;
  for (const result of results) {
    result.findings.forEach((f, i) => {
      total++;
      const source = (result.sourceLines[i] ?? '').replace(/\t/g, ' ');
      const from = f.column - 1;
      const to = f.endLine === f.line ? f.endColumn - 1 : source.length;
      out.push(
        `${p.path(`${result.path}:${f.line}:${f.column}`)} ${p.severity(f.severity, f.severity)} ${p.dim(f.ruleId)}`,
      );
      out.push(`  ${source.slice(0, from)}${p.span(source.slice(from, to))}${source.slice(to)}`);
      out.push(`  ${' '.repeat(from)}${'^'.repeat(Math.max(1, to - from))}`);
      out.push(`  ${f.message}`);
      if (f.suggestions[0]) out.push(`  suggestion: ${f.suggestions[0]}`);
      out.push(`  ask: ${f.question}`);
      out.push('');
    });
  }
  const files = results.length;
  out.push(
    total === 0
      ? `no blameful language found in ${files} ${files === 1 ? 'input' : 'inputs'}`
      : `${total} ${total === 1 ? 'finding' : 'findings'} in ${results.filter((r) => r.findings.length > 0).length} of ${files} ${files === 1 ? 'input' : 'inputs'}`,
  );
  return `${out.join('\n')}\n`;
}

const sarifLevel = { error: 'error', warning: 'warning', suggestion: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning accepts it: every rule described, one result per finding. */
export function formatSarif(results: readonly FileResult[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'debrief',
            version,
            informationUri: 'https://github.com/debrief/debrief',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id
                .replace(/[/_-](\w)/g, (_m, c: string) => c.toUpperCase())
                .replace(/^\w/, (c) => c.toUpperCase()),
              shortDescription: { text: rule.message },
              fullDescription: { text: `${rule.message} Ask instead: ${rule.question}` },
              help: { text: `${rule.suggestions.join('\n')}\nAsk instead: ${rule.question}` },
              defaultConfiguration: { level: sarifLevel[rule.severity ?? defaultSeverity[rule.category]] },
              properties: { category: rule.category, tags: ['blameless', rule.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ path, findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? 0,
            level: sarifLevel[f.severity],
            message: {
              text: `${f.message} ${f.suggestions[0] ? `Suggestion: ${f.suggestions[0]} ` : ''}Ask: ${f.question}`,
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: path === '-' ? 'stdin' : path.split('\\').join('/') },
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    endLine: f.endLine,
                    endColumn: f.endColumn,
                    snippet: { text: f.text },
                  },
                },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: `${f.ruleId}:${f.text.toLowerCase()}` },
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const commandFor = { error: 'error', warning: 'warning', suggestion: 'notice' } as const;

/** GitHub Actions workflow commands (`::warning file=…,line=…::message`), one per finding. */
export function formatGithub(results: readonly FileResult[]): string {
  const out: string[] = [];
  for (const { path, findings } of results) {
    for (const f of findings) {
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`debrief ${f.ruleId}`)}`,
      ].join(',');
      const body = [
        f.message,
        f.suggestions[0] ? `Suggestion: ${f.suggestions[0]}` : '',
        `Ask: ${f.question}`,
      ]
        .filter((line) => line !== '')
        .join('\n');
      out.push(`::${commandFor[f.severity]} ${props}::${escapeData(body)}`);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
