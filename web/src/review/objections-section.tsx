import { useState } from 'react';
import { objections } from '../../../src/playbook/questions.js';
import { searchObjections } from './objection-search.js';

/** Blame-seeking remarks people make in reviews, each with a calm response and a question that redirects. */
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
              <p className="said">
                “{objection.said}” <span className="muted">({objection.saidBy.join(', ')})</span>
              </p>
              <p>
                <strong>Respond:</strong> {objection.response}
              </p>
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
