import { describe, expect, it } from 'vitest';
import { ownerName } from './owner-name.js';

const people = [
  { name: 'Priya Raghunathan', email: 'priya.r@corp.example' },
  { name: 'Tomás Ortega' },
  { name: 'Priyanka Das' },
];

describe("an action's owner as a person is named", () => {
  it('reads a handle as the one participant it spells, by first name or address', () => {
    expect(ownerName('@priya', people)).toBe('Priya Raghunathan');
    expect(ownerName('@priya.r', people)).toBe('Priya Raghunathan');
    expect(ownerName('@tomás', people)).toBe('Tomás Ortega');
  });

  it('reads a handle or a login by the words of a name, accents aside (trial 28)', () => {
    const team = [{ name: 'María José Fernández' }, { name: 'Kofi Mensah' }, { name: 'Tomás Ortega' }];
    expect(ownerName('@maria.jose', team)).toBe('María José Fernández');
    expect(ownerName('kofi.m', team)).toBe('Kofi Mensah');
    expect(ownerName('@tomas_ortega', team)).toBe('Tomás Ortega');
    expect(ownerName('@kofimensah', team)).toBe('Kofi Mensah');
    expect(ownerName('@hiro.t', [{ name: 'Hiroshi Tanaka' }])).toBe('Hiroshi Tanaka');
    // A login nobody's name spells, and a plain word, stay as written.
    expect(ownerName('ops.bot', team)).toBe('ops.bot');
    expect(ownerName('platform', team)).toBe('platform');
  });

  it('keeps a name, an unknown handle, and a handle two people answer to', () => {
    expect(ownerName('Priya Raghunathan', people)).toBe('Priya Raghunathan');
    expect(ownerName('@sre-oncall', people)).toBe('@sre-oncall');
    expect(ownerName('@ana', [{ name: 'Ana Lima' }, { name: 'Ana Souza' }])).toBe('@ana');
    expect(ownerName('', people)).toBe('');
  });
});
