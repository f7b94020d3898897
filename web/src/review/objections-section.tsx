import { useState } from 'react';
import { raisedBy } from '../../../src/playbook/objections.js';
import { objections } from '../../../src/playbook/questions.js';
import { searchObjections } from './objection-search.js';

/**
 * Blame-seeking remarks people make in reviews, each with who usually raises it and the answer in the order to
 * give it: acknowledge, explain, point at system checks, then a question that redirects.
 */
export function ObjectionsSection() {
  const [query, setQuery] = useState('');
  const found = searchObjections(objections, query);
  return (
    <section className="card" aria-labelledby="objections-title">
      <h2 id="objections-title">Objections</h2>
      <label>
        Search objections
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. code review"
        />
      </label>
      <p className="muted" role="status" aria-live="polite">
        {found.length === objections.length
          ? `${found.length} objections`
          : `${found.length} of ${objections.length} objections match`}
      </p>
      <ul className="objections">
        {found.map((objection) => (
          <li key={objection.id}>
            <article aria-label={objection.said}>
              <p className="said">“{objection.said}”</p>
              <p className="muted">Usually raised by {raisedBy(objection)}.</p>
              <p>
                <strong>Acknowledge:</strong> {objection.acknowledge}
              </p>
              <p>
                <strong>Explain:</strong> {objection.explain}
              </p>
              <p>
                <strong>Point to the system:</strong>
              </p>
              <ul>
                {objection.systemChecks.map((check) => (
                  <li key={check}>{check}</li>
                ))}
              </ul>
              <p>
                <strong>Then ask:</strong> {objection.redirect}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
