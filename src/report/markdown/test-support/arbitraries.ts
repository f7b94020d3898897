import fc from 'fast-check';
import {
  actionPriorities,
  actionStatuses,
  actionTypes,
  canonicalDocument,
  eventKinds,
  eventSeverities,
  factorCategories,
  type IncidentDocument,
  incidentDocumentSchema,
  incidentStatuses,
  isAttendee,
  participantRoles,
  printableText,
  reviewKinds,
  severities,
} from '../../../domain/index.js';

// Fragments that break naive Markdown, table or YAML writers: separators, escapes, headings, fences, YAML
// scalars that change type when unquoted, Unicode and emoji.
const hostile = [
  '|',
  '\\',
  '\\|',
  '`',
  '```',
  '<br>',
  '<BR/>',
  '\\<br>',
  '#',
  '# ',
  '## ',
  '### ',
  '\\#',
  '---',
  '...',
  'yes',
  'no',
  'null',
  '~',
  'true',
  '0x1F',
  '1e3',
  ': ',
  ':',
  '- ',
  '* ',
  '+ ',
  '> ',
  '? ',
  '& ',
  '!tag ',
  '%',
  '@',
  ' @',
  ';',
  '; ',
  ':12',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '**bold**',
  '_em_',
  '[link](https://example.com)',
  '| --- |',
  '\t',
  '  ',
  ' ',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u0000',
  'é',
  'Zürich',
  '日本語',
  '🔥',
  '👩‍💻',
  'C:\\logs\\api.log',
  'app.log:12',
  '@alice',
];

// The domain refuses U+0000 (PostgreSQL cannot store it) and other control characters in every text, so generated
// text holds U+FFFD in their place, as evidence stores them.
const fragment = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hostile) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  )
  .map((text) => printableText(text));
const lineBreak = fc.constantFrom('\n', '\n\n', '\r\n', '\n  ', '\n    ', '\n# ', '\n## ', '\n---\n', '\n- ');

/** Text on one line, made of hostile fragments. */
export const anyLine = (maxFragments = 6) =>
  fc.array(fragment, { maxLength: maxFragments }).map((parts) => parts.join('').replace(/[\r\n]/g, ' '));

/** A required line: never empty once trimmed, short enough for ids (64) and titles (200). */
export const requiredLine = (maxFragments = 5) =>
  anyLine(maxFragments)
    .map((text) => (text.trim() === '' ? `x${text}x` : text))
    .filter((text) => text.trim().length <= 60);

/** Multi-line text with Markdown syntax at line starts. */
export const prose = fc
  .array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: lineBreak }), { maxLength: 14 })
  .map((parts) => parts.join(''));

// Optional one-line values: absent, the empty string, `""` itself (the table's marker for empty) or any line.
const optionalLine = fc.oneof(fc.constantFrom('', '""', '\\""'), requiredLine());

const nonEmptyProse = prose.map((text) => (text.trim() === '' ? `x${text}x` : text));

const instant = (min: string, max: string) =>
  fc
    .date({ min: new Date(min), max: new Date(max), noInvalidDate: true })
    .chain((date) => fc.constantFrom(date.toISOString(), `${date.toISOString().slice(0, 19)}Z`));

const origin = fc.oneof(
  fc.record({ file: requiredLine(), line: fc.integer({ min: 1, max: 100_000 }) }, { requiredKeys: ['file'] }),
  fc.record({ author: requiredLine() }),
  fc.record({ file: requiredLine(), line: fc.integer({ min: 1, max: 99 }), author: requiredLine() }),
);

const event = fc.record(
  {
    at: fc.option(instant('2000-01-01', '2099-12-31'), { nil: null }),
    approximate: fc.boolean(),
    kind: fc.constantFrom(...eventKinds),
    severity: fc.constantFrom(...eventSeverities),
    summary: nonEmptyProse,
    source: requiredLine(),
    service: optionalLine,
    signature: optionalLine,
    count: fc.integer({ min: 1, max: 10_000_000 }),
    origins: fc.array(origin, { maxLength: 3 }),
  },
  { requiredKeys: ['at', 'approximate', 'kind', 'severity', 'summary', 'source', 'count', 'origins'] },
);

const factor = fc.record({
  title: requiredLine(),
  category: fc.constantFrom(...factorCategories),
  description: prose,
});

const action = fc.record(
  {
    title: requiredLine(),
    owner: anyLine(),
    dueDate: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
    priority: fc.constantFrom(...actionPriorities),
    type: fc.constantFrom(...actionTypes),
    status: fc.constantFrom(...actionStatuses),
    droppedReason: optionalLine,
    factorIndex: fc.option(fc.nat(5), { nil: -1 }),
    trackerUrl: fc.webUrl({ validSchemes: ['https', 'http'] }),
  },
  { requiredKeys: ['title', 'owner', 'priority', 'type', 'status'] },
);

// Names, addresses and "Name <address>": what a review's attendees may be.
const attendee = fc
  .oneof(
    requiredLine(),
    fc.emailAddress(),
    fc.emailAddress().map((address) => `Ann Lee <${address}>`),
  )
  .filter(isAttendee);

const review = fc.record(
  {
    kind: fc.constantFrom(...reviewKinds),
    scheduledAt: instant('2026-01-01', '2026-12-31'),
    durationMinutes: fc.integer({ min: 1, max: 1_440 }),
    location: anyLine(),
    attendees: fc.array(attendee, { maxLength: 3 }),
    agenda: fc.array(fc.record({ title: requiredLine(), minutes: fc.integer({ min: 1, max: 600 }) }), {
      maxLength: 3,
    }),
    notes: prose,
    decisions: fc.array(requiredLine(), { maxLength: 3 }),
    endedAt: instant('2026-01-01', '2026-12-31'),
    outcome: prose,
    nextReviewAt: instant('2026-01-01', '2026-12-31'),
    summary: fc.record(
      {
        startedAt: instant('2026-01-01', '2026-12-31'),
        endedAt: instant('2026-01-01', '2026-12-31'),
        attendees: fc.array(requiredLine(), { maxLength: 2 }),
        phases: fc.array(
          fc.record({
            title: requiredLine(),
            bookedMinutes: fc.integer({ min: 0, max: 600 }),
            spentMs: fc.integer({ min: 0, max: 10_000_000 }),
          }),
          { maxLength: 3 },
        ),
        decisions: fc.array(requiredLine(), { maxLength: 2 }),
        factors: fc.array(fc.record({ id: requiredLine(), title: requiredLine() }), { maxLength: 2 }),
        actions: fc.array(
          fc.record(
            {
              id: requiredLine(),
              title: requiredLine(),
              owner: anyLine(),
              dueDate: fc.constant('2026-05-01'),
            },
            { requiredKeys: ['id', 'title', 'owner'] },
          ),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['startedAt', 'endedAt', 'attendees', 'phases', 'decisions', 'factors', 'actions'] },
    ),
  },
  { requiredKeys: ['kind', 'scheduledAt', 'durationMinutes', 'attendees', 'agenda', 'notes', 'decisions'] },
);

// Moments in 2020–2025 in a possible order, so every generated document is valid and actions due in 2026 are
// never due before the incident began.
const moments = fc
  .record({
    start: fc.date({ min: new Date('2020-01-01'), max: new Date('2025-06-01'), noInvalidDate: true }),
    detect: fc.nat(3_600_000),
    ack: fc.nat(3_600_000),
    mitigate: fc.nat(86_400_000),
    resolve: fc.nat(86_400_000),
    present: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    eventId: anyLine(),
    reason: anyLine(),
  })
  .map(({ start, detect, ack, mitigate, resolve, present, eventId, reason }) => {
    const base = start.getTime();
    const times = [base, base + detect, base + detect + ack, base + mitigate, base + mitigate + resolve];
    const names = ['impactStart', 'detected', 'acknowledged', 'mitigated', 'resolved'];
    const out: Record<string, unknown> = {};
    names.forEach((name, index) => {
      if (!present[index]) return;
      const at = new Date(times[index] as number).toISOString();
      out[name] = index % 2 === 0 ? { at, eventId } : { at, reason };
    });
    return out;
  });

// -1 stands for the empty factorId, which the schema allows (it names no factor).
const factorIdAt = (factors: ReadonlyArray<{ id: string }>, index: number) =>
  index < 0 || factors.length === 0 ? '' : (factors[index % factors.length] as { id: string }).id;

const withIds = <T>(prefix: string, records: T[]) =>
  records.map((record, index) => ({ ...record, id: `${prefix}${index}` }));

/** Valid incident documents (schema-parsed, canonical order) with hostile text in every field. */
export const incidentDocument: fc.Arbitrary<IncidentDocument> = fc
  .record({
    idText: requiredLine(3),
    title: requiredLine(),
    severity: fc.constantFrom(...severities),
    status: fc.constantFrom(...incidentStatuses),
    services: fc.array(requiredLine(3), { maxLength: 4 }),
    restricted: fc.boolean(),
    impact: fc.record(
      {
        description: prose,
        usersAffected: fc.nat(),
        failedRequests: fc.nat(),
        errorBudgetBurn: fc.double({ min: 0, max: 100, noNaN: true }),
        cost: optionalLine,
        slaBreached: fc.boolean(),
        sla: optionalLine,
      },
      { requiredKeys: ['description'] },
    ),
    bluf: prose,
    summary: prose,
    participants: fc.uniqueArray(
      fc.record(
        {
          name: requiredLine(),
          role: fc.constantFrom(...participantRoles),
          // The domain takes e-mail addresses only (or none): calendar invitations go to them.
          email: fc.constantFrom('', 'ama.owusu@example.com', 'søren@example.org', 'li+oncall@corp.example'),
        },
        { requiredKeys: ['name', 'role'] },
      ),
      // One entry per person: the domain refuses a name listed twice.
      { maxLength: 3, selector: (person) => person.name.trim().toLowerCase() },
    ),
    moments,
    wentWell: fc.array(nonEmptyProse, { maxLength: 3 }),
    gotLucky: fc.array(nonEmptyProse, { maxLength: 3 }),
    followUp: prose,
    ask: prose,
    extraSections: fc.array(
      fc.record({
        heading: fc.oneof(requiredLine(), fc.constantFrom('Summary', 'timeline', 'Action items', 'Notes')),
        body: prose,
      }),
      { maxLength: 3 },
    ),
    timeline: fc.array(event, { maxLength: 6 }),
    factors: fc.array(factor, { maxLength: 3 }),
    actions: fc.array(action, { maxLength: 4 }),
    reviews: fc.array(review, { maxLength: 2 }),
    idPrefix: requiredLine(2),
  })
  .map(({ idText, idPrefix, timeline, factors, actions, reviews, ...rest }) => {
    const factorRecords = withIds(`${idPrefix.trim()} F`, factors);
    const actionRecords = withIds(`${idPrefix.trim()} A`, actions).map(
      ({ factorIndex, dueDate, ...fields }) => ({
        ...fields,
        ...(fields.status === 'dropped' && !fields.droppedReason ? { droppedReason: 'superseded' } : {}),
        ...(dueDate === undefined ? {} : { dueDate: dueDate.toISOString().slice(0, 10) }),
        ...(factorIndex === undefined ? {} : { factorId: factorIdAt(factorRecords, factorIndex) }),
      }),
    );
    // A closed incident has no open action (the domain refuses one), so such a draw is made in-review instead.
    const stillOpen = actionRecords.some(
      (action) => action.status === 'open' || action.status === 'in-progress',
    );
    const status = rest.status === 'closed' && stillOpen ? 'in-review' : rest.status;
    return canonicalDocument(
      incidentDocumentSchema.parse({
        ...rest,
        status,
        id: idText,
        timeline: withIds(`${idPrefix.trim()} E`, timeline),
        factors: factorRecords,
        actions: actionRecords,
        reviews: withIds(`${idPrefix.trim()} R`, reviews),
      }),
    );
  });
