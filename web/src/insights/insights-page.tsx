import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { Insights } from '../api/types.js';
import { FormError } from '../components/form-error.js';
import { IncidentRefs } from './incident-refs.js';
import {
  categoriesOf,
  factorSeries,
  metrics,
  periodText,
  responseSeries,
  serviceSeries,
  severities,
  severitySeries,
} from './insight-series.js';
import { LineChart } from './line-chart.js';

type Repeat = Insights['repeats']['services'][number];
type Spread = Insights['response']['timeToDetect'];

function minutes(ms: number | null): string {
  if (ms === null) return '–';
  const total = Math.round(ms / 60_000);
  return total < 60 ? `${total}m` : `${Math.floor(total / 60)}h ${total % 60}m`;
}

function spread(value: Spread): string {
  return value.n === 0 ? '–' : `${minutes(value.medianMs)} / ${minutes(value.p90Ms)} (${value.n})`;
}

function RepeatList({ title, repeats }: { title: string; repeats: readonly Repeat[] }) {
  return (
    <section aria-labelledby={`repeat-${title}`}>
      <h3 id={`repeat-${title}`}>{title}</h3>
      {repeats.length === 0 ? (
        <p className="muted">None seen in more than one incident.</p>
      ) : (
        <ul className="records">
          {repeats.map((repeat) => (
            <li key={repeat.name}>
              <code title={repeat.label ? repeat.name : undefined}>{repeat.label ?? repeat.name}</code>:{' '}
              {repeat.incidents.length} incidents — <IncidentRefs incidents={repeat.incidents} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the incidents teach together: counts per month, response-time trends, factor categories, repeats. */
export function InsightsPage() {
  const [insights, setInsights] = useState<Insights>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api<Insights>('GET', '/api/insights')
      .then((body) => live && setInsights(body))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, []);
  // Made once per answer: a chart is drawn again whenever its series are new arrays.
  const charts = useMemo(() => {
    const months = insights?.months ?? [];
    return {
      months: months.map((m) => m.month),
      severity: severitySeries(months),
      service: serviceSeries(months),
      response: responseSeries(months),
      factor: factorSeries(months),
    };
  }, [insights]);
  if (error) return <FormError message={error} />;
  if (!insights) return <p className="loading">Loading…</p>;
  const categories = categoriesOf(insights.months);
  return (
    <main>
      <h1>Insights</h1>
      {insights.incidents === 0 ? (
        <p className="muted">No incidents yet.</p>
      ) : (
        <>
          <p>
            {insights.incidents === 1 ? 'One incident' : `${insights.incidents} incidents`}{' '}
            {periodText(insights.from, insights.to)}, counted in the month their impact began.
          </p>
          <section aria-labelledby="per-month">
            <h2 id="per-month">Incidents per month</h2>
            <LineChart title="By severity" months={charts.months} series={charts.severity} unit="incidents" />
            {charts.service.length > 0 && (
              <LineChart title="By service" months={charts.months} series={charts.service} unit="incidents" />
            )}
            <table className="figures">
              <caption>Incidents per month, by severity and service</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Incidents</th>
                  {severities.map((s) => (
                    <th key={s} scope="col">
                      {s}
                    </th>
                  ))}
                  <th scope="col">Services</th>
                </tr>
              </thead>
              <tbody>
                {insights.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    <td>{m.incidents}</td>
                    {severities.map((s) => (
                      <td key={s}>{m.bySeverity[s] ?? 0}</td>
                    ))}
                    <td>
                      {Object.entries(m.byService)
                        .sort((a, b) => b[1] - a[1])
                        .map(([service, n]) => `${service} ${n}`)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="response">
            <h2 id="response">Response times</h2>
            <LineChart
              title="Median (solid) and 90th percentile (dashed)"
              months={charts.months}
              series={charts.response}
              unit="minutes"
            />
            <table className="figures">
              <caption>Median / 90th percentile per month (incidents measured)</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  {metrics.map(([key, label]) => (
                    <th key={key} scope="col">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[
                  ...insights.months.map((m) => [m.month, m.response] as const),
                  ['All', insights.response] as const,
                ].map(([month, response]) => (
                  <tr key={month}>
                    <th scope="row">{month}</th>
                    {metrics.map(([key]) => (
                      <td key={key}>{spread(response[key])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="factors">
            <h2 id="factors">Contributing factors by category</h2>
            {categories.length === 0 ? (
              <p className="muted">No contributing factors recorded yet.</p>
            ) : (
              <>
                <LineChart
                  title="Factors recorded per month"
                  months={charts.months}
                  series={charts.factor}
                  unit="factors"
                />
                <table className="figures">
                  <caption>Contributing factors per month, by category</caption>
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      {categories.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {insights.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{m.month}</th>
                        {categories.map((c) => (
                          <td key={c}>{m.factorCategories[c] ?? 0}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
          <section aria-labelledby="repeats">
            <h2 id="repeats">Seen in more than one incident</h2>
            <RepeatList title="Services" repeats={insights.repeats.services} />
            <RepeatList title="Log signatures" repeats={insights.repeats.signatures} />
            <RepeatList title="Alerts" repeats={insights.repeats.alerts} />
          </section>
        </>
      )}
    </main>
  );
}
