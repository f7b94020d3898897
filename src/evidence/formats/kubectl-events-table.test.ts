import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';

// As kubectl 1.2x prints `kubectl get events -A` (columns aligned by its tab writer).
const table = `NAMESPACE   LAST SEEN   TYPE      REASON      OBJECT                        MESSAGE
shop        12m         Normal    Scheduled   pod/checkout-api-7f9c-1       Successfully assigned shop/checkout-api-7f9c-1 to node-2
shop        3m2s        Warning   BackOff     pod/checkout-api-7f9c-1       Back-off restarting failed container api in pod checkout-api-7f9c-1_shop(0c1d)
shop        2m          Warning   Unhealthy   pod/checkout-api-7f9c-2       Readiness probe failed: HTTP probe failed with statuscode: 503
`;

describe('kubectl get events table', () => {
  it('reads each row as a Kubernetes event with an unknown time and its age in the summary', async () => {
    const draft = new EvidenceDraft(testOptions);
    const report = await draft.addFile('events.txt', batchesOf(table));
    expect(report).toMatchObject({ format: 'kubectl-events', unparsed: 0 });
    const { events } = draft.result();
    expect(events.map((e) => [e.kind, e.severity, e.at, e.service, e.summary])).toEqual([
      [
        'kubernetes',
        'info',
        null,
        'shop',
        'Scheduled pod/checkout-api-7f9c-1: Successfully assigned shop/checkout-api-7f9c-1 to node-2 (last seen 12m before the listing)',
      ],
      [
        'kubernetes',
        'error',
        null,
        'shop',
        'BackOff pod/checkout-api-7f9c-1: Back-off restarting failed container api in pod checkout-api-7f9c-1_shop(0c1d) (last seen 3m2s before the listing)',
      ],
      [
        'kubernetes',
        'error',
        null,
        'shop',
        'Unhealthy pod/checkout-api-7f9c-2: Readiness probe failed: HTTP probe failed with statuscode: 503 (last seen 2m before the listing)',
      ],
    ]);
  });
});
