import { useIncident } from '../incident/incident-context.js';
import { EventList } from './event-list.js';
import { EvidenceUpload } from './evidence-upload.js';
import { MomentsSection } from './moments-section.js';
import { TimelineChart } from './timeline-chart.js';

/** The timeline: chart of events and phases, evidence upload (editors only) and the editable list. */
export function TimelineTab() {
  const { bundle, editable } = useIncident();
  return (
    <div className="timeline-tab">
      <section className="card" aria-label="Timeline chart">
        <TimelineChart events={bundle.timeline} moments={bundle.incident.moments} />
      </section>
      <MomentsSection />
      {editable && <EvidenceUpload />}
      <EventList />
    </div>
  );
}
