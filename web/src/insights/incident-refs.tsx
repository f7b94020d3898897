import type { Insights } from '../api/types.js';
import { incidentHref } from '../lib/route.js';

type Repeat = Insights['repeats']['services'][number];

/** The incidents a name was seen in, each a link with its month: "Checkout 503s (2026-03), Search slow (2026-04)". */
export function IncidentRefs({ incidents }: { incidents: Repeat['incidents'] }) {
  return (
    <>
      {incidents.map((ref, index) => (
        <span key={ref.incidentId}>
          {index > 0 && ', '}
          <a href={incidentHref(ref.incidentId)}>{ref.title}</a> ({ref.month})
        </span>
      ))}
    </>
  );
}
