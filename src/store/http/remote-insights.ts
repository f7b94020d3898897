import { alertNameOf, type InsightRecords, signatureTemplateOf } from '../../domain/index.js';
import type { DocumentRepository, IncidentRepository } from '../store.js';

/**
 * Insight records over the REST API, which has no bulk route for them: a document per incident the token's user
 * may see is read, and each incident's distinct signatures and fired alerts are kept: more than a query asks for,
 * which the port allows (insights pick what they report).
 */
export function remoteInsightRecords(
  incidents: Pick<IncidentRepository, 'list'>,
  documents: Pick<DocumentRepository, 'load'>,
): () => Promise<InsightRecords> {
  return async () => {
    const records = { factors: [], signatures: [], alerts: [] } as {
      [K in keyof InsightRecords]: Array<InsightRecords[K][number]>;
    };
    for (const incident of await incidents.list({})) {
      const doc = await documents.load(incident.id);
      records.factors.push(...doc.factors.map((f) => ({ incidentId: doc.id, category: f.category })));
      const alerts = new Set<string>();
      // Each signature with the template its first event shows, as the database stores read it.
      const signatures = new Map<string, string>();
      for (const event of doc.timeline) {
        const name = event.kind === 'alert-fired' ? alertNameOf(event.summary) : undefined;
        if (name) alerts.add(name);
        else if (event.signature && !signatures.has(event.signature))
          signatures.set(event.signature, signatureTemplateOf(event.summary));
      }
      records.alerts.push(...[...alerts].map((name) => ({ incidentId: doc.id, name })));
      records.signatures.push(
        ...[...signatures].map(([signature, label]) => ({ incidentId: doc.id, signature, label })),
      );
    }
    return records;
  };
}
