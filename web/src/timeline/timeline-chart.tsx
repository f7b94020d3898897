import type { Moments } from '../../../src/domain/index.js';
import { ScrollFigure } from '../components/scroll-figure.js';
import { formatInstant } from '../lib/text.js';
import { fitLabel } from './fit-label.js';
import { timelineLayout } from './timeline-layout.js';

const width = 1000;
const height = 150;
const axisY = 110;
/** The labels' size in the drawing's units (see .timeline-chart in styles.css). */
const labelSize = 15;

const momentLabels: Record<string, string> = {
  impactStart: 'impact',
  detected: 'detected',
  acknowledged: 'ack',
  mitigated: 'mitigated',
  resolved: 'resolved',
};

/** An SVG chart of the events on a time axis, with the phases between the key moments as bands. */
export function TimelineChart({
  events,
  moments,
}: {
  events: ReadonlyArray<{ at: string | null; severity?: string | undefined; summary: string }>;
  moments: Moments;
}) {
  const layout = timelineLayout(events, moments, width);
  if (!layout) return <p className="muted">No event has a time yet, so there is nothing to chart.</p>;
  return (
    <ScrollFigure label="Timeline chart" className="timeline-chart">
      <svg viewBox={`-10 0 ${width + 20} ${height}`} role="img" aria-labelledby="timeline-chart-title">
        <title id="timeline-chart-title">
          {`Timeline chart: ${layout.points.length} events, ${layout.phases.map((p) => p.label).join(', ') || 'no phases yet'}`}
        </title>
        {layout.phases.map((phase) => (
          <g key={phase.name}>
            <rect
              className={`phase phase-${phase.name}`}
              x={phase.x}
              y={10}
              width={phase.width}
              height={axisY - 10}
            />
            <text className="phase-label" x={phase.x + 4} y={24}>
              {fitLabel(phase.label, phase.width - 8, labelSize)}
            </text>
          </g>
        ))}
        <line className="axis" x1={0} x2={width} y1={axisY} y2={axisY} />
        {layout.ticks.map((tick) => (
          <g key={tick.x}>
            <line className="tick" x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 6} />
            <text className="tick-label" x={tick.x} y={axisY + 20} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.moments.map((moment) => (
          <g key={moment.name}>
            <line className="moment" x1={moment.x} x2={moment.x} y1={30} y2={axisY} />
            <text className="moment-label" x={moment.x} y={axisY + 36} textAnchor="middle">
              {momentLabels[moment.name]}
            </text>
          </g>
        ))}
        {layout.points.map((point, order) => {
          const event = events[point.index];
          return (
            <circle
              key={`${point.index}`}
              className={`event sev-${event?.severity ?? 'info'}`}
              cx={point.x}
              cy={axisY - 14 - (order % 4) * 14}
              r={5}
            >
              <title>{`${formatInstant(event?.at)}: ${event?.summary ?? ''}`}</title>
            </circle>
          );
        })}
      </svg>
    </ScrollFigure>
  );
}
