import { describe, expect, it } from 'vitest';
import { agendaPhaseFromText } from './schema.js';

describe('a phase as people type it', () => {
  it('is found by its id in any case, or by the title an agenda prints for it, the follow-up’s too', () => {
    expect(agendaPhaseFromText('Ground_Rules')).toBe('ground-rules');
    expect(agendaPhaseFromText('Timeline walk-through')).toBe('timeline');
    expect(agendaPhaseFromText('action review')).toBe('actions');
    expect(agendaPhaseFromText('Did the changes work?')).toBe('factors');
    expect(agendaPhaseFromText('lunch')).toBeUndefined();
  });
});
