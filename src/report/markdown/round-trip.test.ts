import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIncidentMarkdown } from './parse-incident-markdown.js';
import { renderIncidentMarkdown } from './render-incident-markdown.js';
import { incidentDocument } from './test-support/arbitraries.js';

// A fixed seed keeps the suite deterministic; widen the search locally with a different seed or more runs.
describe('the canonical Markdown round trip', () => {
  it('parses every rendered incident back to the same document, field for field', () => {
    fc.assert(
      fc.property(incidentDocument, (doc) => {
        expect(parseIncidentMarkdown(renderIncidentMarkdown(doc))).toStrictEqual(doc);
      }),
      { numRuns: 250, seed: 20260304 },
    );
  });

  it('renders a parsed file the same way again (rendering is stable)', () => {
    fc.assert(
      fc.property(incidentDocument, (doc) => {
        const once = renderIncidentMarkdown(doc);
        expect(renderIncidentMarkdown(parseIncidentMarkdown(once))).toBe(once);
      }),
      { numRuns: 50, seed: 20260304 },
    );
  });
});
