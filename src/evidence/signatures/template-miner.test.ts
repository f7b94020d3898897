import { describe, expect, it } from 'vitest';
import { mineMessages } from './mine-messages.js';
import { TemplateMiner } from './template-miner.js';

describe('TemplateMiner', () => {
  it('groups messages that differ only in numbers under one template', () => {
    const miner = new TemplateMiner();
    const a = miner.add('context deadline exceeded calling 10.0.0.1:8080 after 30s');
    const b = miner.add('context deadline exceeded calling 10.0.0.7:9090 after 12s');
    expect(miner.resolve(a)).toBe(miner.resolve(b));
    expect(miner.text(a)).toBe('context deadline exceeded calling <*>:<*> after <*>');
  });

  it('keeps two words seen at one position as constants', () => {
    const miner = new TemplateMiner();
    const start = miner.add('Starting TrustedInstaller initialization.');
    const end = miner.add('Starting TrustedInstaller finalization.');
    miner.templates();
    expect(miner.resolve(start)).not.toBe(miner.resolve(end));
  });

  it('turns a position with many distinct words into a variable', () => {
    const miner = new TemplateMiner();
    const ids = ['root', 'alice', 'bob', 'carol', 'dave'].map((user) =>
      miner.add(`session closed for user ${user}`),
    );
    const templates = miner.templates();
    expect(new Set(ids.map((id) => miner.resolve(id))).size).toBe(1);
    expect(templates.map((t) => t.tokens.join(' '))).toEqual(['session closed for user <*>']);
    expect(templates[0]?.count).toBe(5);
  });

  it('sends a new shape that fits a generalised template to that template', () => {
    const miner = new TemplateMiner({ consolidateEvery: 5 });
    for (const user of ['a', 'b', 'c', 'd', 'e']) miner.add(`session closed for user ${user}`);
    const later = miner.add('session closed for user zed');
    expect(miner.text(later)).toBe('session closed for user <*>');
  });

  it('finds two word variables that never repeat as a pair, and stops storing their shapes', () => {
    const miner = new TemplateMiner({ consolidateEvery: 64 });
    const word = (n: number) => n.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] as string);
    const ids: number[] = [];
    for (let i = 0; i < 2000; i++)
      ids.push(miner.add(`user ${word(i * 7919)} logged in from host ${word(i * 104729)}`));
    const templates = miner.templates();
    expect(templates.map((t) => t.tokens.join(' '))).toEqual(['user <*> logged in from host <*>']);
    expect(new Set(ids.map((id) => miner.resolve(id))).size).toBe(1);
    expect(Math.max(...ids)).toBeLessThan(200);
  });

  it('never merges messages of different token counts after masking', () => {
    const miner = new TemplateMiner();
    const short = miner.add('disk full');
    const long = miner.add('disk full on /var');
    miner.templates();
    expect(miner.resolve(short)).not.toBe(miner.resolve(long));
  });
});

describe('mineMessages', () => {
  it('names each template by a stable id and assigns every line in order', async () => {
    const lines = ['retry 1 of 3', 'retry 2 of 3', 'cache warmed'];
    const first = await mineMessages(lines);
    const second = await mineMessages(lines);
    expect(first).toEqual(second);
    expect(first.assignments).toHaveLength(3);
    expect(first.assignments[0]).toBe(first.assignments[1]);
    expect(first.templates[0]).toEqual({ id: first.assignments[0], template: 'retry <*> of <*>', count: 2 });
  });

  it('counts no template for a blank line, and keeps the lines after it in place (trial 12g G-32)', async () => {
    const mined = await mineMessages(['retry 1 of 3', '', '   ', 'retry 2 of 3']);
    expect(mined.templates.map((t) => t.template)).toEqual(['retry <*> of <*>']);
    expect(mined.assignments).toEqual([mined.assignments[0], null, null, mined.assignments[0]]);
  });
});
