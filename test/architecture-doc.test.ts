import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Comments cite the maintainers' design document as `docs/architecture.md, <section>`; each must name a heading.
const root = resolve(import.meta.dirname, '..');
const citation = /docs\/architecture\.md, ([^`)\n]+?)[`)]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function headings(): Set<string> {
  const text = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  return new Set([...text.matchAll(/^#{2,4} (.+)$/gm)].map((match) => (match[1] as string).trim()));
}

describe('docs/architecture.md', () => {
  it('has a section for every citation in the code', () => {
    const known = headings();
    const cited: string[] = [];
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'web', 'src'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(citation)) {
        const section = (match[1] as string).trim();
        cited.push(section);
        if (!known.has(section)) missing.push(`${relative(root, file)} cites "${section}"`);
      }
    }
    expect(cited.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it('lists every folder of src in its layer table', () => {
    const text = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
    const folders = readdirSync(join(root, 'src')).filter((name) =>
      statSync(join(root, 'src', name)).isDirectory(),
    );
    expect(folders.filter((folder) => !text.includes(`| \`src/${folder}\` |`))).toEqual([]);
  });
});
