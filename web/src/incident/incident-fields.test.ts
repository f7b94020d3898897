import { describe, expect, it } from 'vitest';
import { incidentFieldsInput, incidentFieldValues } from './incident-fields.js';

describe('incident form values', () => {
  it('a new incident starts blank at SEV2 and open to everyone', () => {
    expect(incidentFieldValues()).toEqual({ title: '', severity: 'SEV2', services: '', restricted: false });
  });

  it('typed services are sent as a trimmed list without repeats', () => {
    const values = {
      title: 'Checkout 503s',
      severity: 'SEV1' as const,
      services: ' api, db,api ',
      restricted: true,
    };
    expect(incidentFieldsInput(values)).toEqual({
      title: 'Checkout 503s',
      severity: 'SEV1',
      services: ['api', 'db'],
      restricted: true,
    });
  });
});
