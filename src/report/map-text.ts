import type { IncidentDocument } from '../domain/index.js';

/**
 * Applies `fn` to every free-text field of a document (titles, prose, summaries, notes, names in lists) and
 * returns a new document; ids, times, enums and numbers are left alone. Used to redact and anonymise before
 * any renderer sees the text, so no renderer can forget a field.
 */
export function mapDocumentText(doc: IncidentDocument, fn: (text: string) => string): IncidentDocument {
  const opt = (text: string | undefined) => (text === undefined ? undefined : fn(text));
  const withOptional = <T extends object>(record: T, key: keyof T & string, value: string | undefined): T =>
    value === undefined ? record : { ...record, [key]: value };
  return {
    ...doc,
    title: fn(doc.title),
    services: doc.services.map(fn),
    impact: withOptional(
      withOptional({ ...doc.impact, description: fn(doc.impact.description) }, 'cost', opt(doc.impact.cost)),
      'sla',
      opt(doc.impact.sla),
    ),
    bluf: fn(doc.bluf),
    summary: fn(doc.summary),
    participants: doc.participants.map((p) =>
      withOptional({ ...p, name: fn(p.name) }, 'email', opt(p.email)),
    ),
    moments: Object.fromEntries(
      Object.entries(doc.moments).map(([name, moment]) => [
        name,
        moment && withOptional({ ...moment }, 'reason', opt(moment.reason)),
      ]),
    ),
    wentWell: doc.wentWell.map(fn),
    gotLucky: doc.gotLucky.map(fn),
    followUp: fn(doc.followUp),
    ask: fn(doc.ask),
    extraSections: doc.extraSections.map((s) => ({ heading: fn(s.heading), body: fn(s.body) })),
    timeline: doc.timeline.map((e) => {
      let out = {
        ...e,
        summary: fn(e.summary),
        origins: e.origins.map((o) => withOptional({ ...o }, 'author', opt(o.author))),
      };
      out = withOptional(out, 'service', opt(e.service));
      return withOptional(out, 'signature', opt(e.signature));
    }),
    factors: doc.factors.map((f) => ({ ...f, title: fn(f.title), description: fn(f.description) })),
    actions: doc.actions.map((a) =>
      withOptional({ ...a, title: fn(a.title), owner: fn(a.owner) }, 'droppedReason', opt(a.droppedReason)),
    ),
    reviews: doc.reviews.map((r) => ({
      ...r,
      attendees: r.attendees.map(fn),
      agenda: r.agenda.map((item) => ({ ...item, title: fn(item.title) })),
      notes: fn(r.notes),
      decisions: r.decisions.map(fn),
      ...(r.location === undefined ? {} : { location: fn(r.location) }),
      ...(r.outcome === undefined ? {} : { outcome: fn(r.outcome) }),
      ...(r.summary === undefined
        ? {}
        : {
            summary: {
              ...r.summary,
              attendees: r.summary.attendees.map(fn),
              phases: r.summary.phases.map((phase) => ({ ...phase, title: fn(phase.title) })),
              decisions: r.summary.decisions.map(fn),
              factors: r.summary.factors.map((factor) => ({ ...factor, title: fn(factor.title) })),
              actions: r.summary.actions.map((action) => ({
                ...action,
                title: fn(action.title),
                owner: fn(action.owner),
              })),
            },
          }),
    })),
  };
}
