import { formatMetrics, type IncidentMetrics } from '../../../src/domain/index.js';
import { DetailsSection } from './details-section.js';
import { FactorsSection } from './factors-section.js';
import { ImpactSection } from './impact-section.js';
import { useIncident } from './incident-context.js';
import { ListSection } from './list-section.js';
import { ParticipantsSection } from './participants-section.js';
import { ProseSection } from './prose-section.js';
import { SeenElsewhereSection } from './seen-elsewhere.js';
import { SimilarIncidentsSection } from './similar-incidents.js';

const metricLabels: Record<keyof IncidentMetrics, string> = {
  timeToDetect: 'Time to detect',
  timeToAcknowledge: 'Time to acknowledge',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  impactDuration: 'Impact duration',
};

/** The metrics derived from the key moments. */
function Metrics() {
  const { bundle } = useIncident();
  const formatted = formatMetrics(bundle.metrics ?? {});
  const entries = Object.entries(metricLabels) as Array<[keyof IncidentMetrics, string]>;
  return (
    <section className="card" aria-label="Metrics">
      <dl className="facts metrics">
        {entries.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{formatted[key] ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The write-up: BLUF first, then summary, impact, what executives are asked, similar incidents, people and
 * contributing factors.
 */
export function OverviewTab() {
  return (
    <div className="overview">
      <ProseSection
        field="bluf"
        title="BLUF"
        hint="Bottom line up front: what happened, the impact, and what is being done, in two or three sentences."
      />
      <Metrics />
      <DetailsSection />
      <ProseSection
        field="summary"
        title="Summary"
        hint="What happened and why, in Markdown. Describe systems, not people."
      />
      <ImpactSection />
      <ProseSection
        field="ask"
        title="Decision or support requested"
        hint="What the team asks of executives: a decision, budget, or help from another team. It closes the executive report's business block; the public report leaves it out."
      />
      <SimilarIncidentsSection />
      <SeenElsewhereSection />
      <ParticipantsSection />
      <FactorsSection />
      <ListSection
        field="wentWell"
        title="What went well"
        hint="What helped: a runbook that worked, an alert that fired, a teammate who knew the system."
      />
      <ListSection
        field="gotLucky"
        title="Where we got lucky"
        hint="What could have made it worse but did not: the time of day, a cache that happened to be warm."
      />
      <ProseSection
        field="followUp"
        title="Follow-up"
        hint="When and how the team will report back on the actions, in Markdown."
      />
    </div>
  );
}
