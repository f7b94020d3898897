import { describe, expect, it } from 'vitest';
import { unknownDocumentFields } from './unknown-fields.js';

describe('unknownDocumentFields', () => {
  it('names the fields the import leaves out, with the field each most likely means (trial 20)', () => {
    const value = {
      title: 'Pushes delayed',
      severty: 'SEV3',
      actions: [{ title: 'Alert on queue depth', owner: 'notify team', due: '2026-08-10' }],
    };
    expect(unknownDocumentFields(value)).toEqual([
      'severty (did you mean severity?)',
      'actions[0].due (did you mean dueDate?)',
    ]);
  });

  it('finds none in what debrief exports, nor in a value that is not an object', () => {
    const exported = {
      id: 'INC-1',
      title: 't',
      severity: 'SEV2',
      timeline: [{ id: 'EVT-1', at: null, summary: 's' }],
    };
    expect(unknownDocumentFields(exported)).toEqual([]);
    expect(unknownDocumentFields('not json')).toEqual([]);
    expect(unknownDocumentFields([{ title: 'x' }])).toEqual([]);
  });
});
