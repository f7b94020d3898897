import { z } from 'zod';
import { limits } from './limits.js';
import { momentsSchema } from './moments.js';
import { lineText, proseText, requiredLine } from './text.js';

/** SEV1 is the most severe. */
export const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const severitySchema = z.enum(severities, {
  error: (issue) => `expected one of ${severities.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type Severity = z.infer<typeof severitySchema>;

/** A severity as people type it, in any case (`sev2`), stored as the canonical `SEV2`. */
export const severityInputSchema = z
  .string({ error: `expected one of ${severities.join(', ')}` })
  .trim()
  .toUpperCase()
  .pipe(severitySchema)
  // Documented as the canonical values; the server also takes them in lower case.
  .meta({ enum: [...severities], description: 'SEV1 (most severe) to SEV4; any case is accepted' });

/** draft → in-review → published → closed (closed once every action is done or dropped). */
export const incidentStatuses = ['draft', 'in-review', 'published', 'closed'] as const;
export const incidentStatusSchema = z.enum(incidentStatuses, {
  error: (issue) => `expected one of ${incidentStatuses.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;
/** A status as people type it ("Draft", "IN-REVIEW"): any case, stored in lower case. */
export const incidentStatusInputSchema = z
  .string({ error: `expected one of ${incidentStatuses.join(', ')}` })
  .trim()
  .toLowerCase()
  .pipe(incidentStatusSchema)
  .meta({ enum: [...incidentStatuses], description: 'any case is accepted' });

export const participantRoles = [
  'facilitator',
  'incident-commander',
  'scribe',
  'responder',
  'stakeholder',
] as const;
export const participantRoleSchema = z.enum(participantRoles, {
  error: (issue) => {
    const meant = typeof issue.input === 'string' ? participantRoleMeant(issue.input) : undefined;
    return `expected one of ${participantRoles.join(', ')}, got ${JSON.stringify(issue.input)}${meant ? `; ${meant}` : ''}`;
  },
});

// Words people use for a role in an incident, and the role debrief calls it.
const roleWords: ReadonlyArray<[RegExp, (typeof participantRoles)[number], string]> = [
  [
    /^(on-?call|oncall|engineer|sre|dev|developer|operator|primary|secondary)$/,
    'responder',
    'on-call engineers are responders',
  ],
  [
    /^(ic|commander|incident-?lead|lead|incident-?manager|im)$/,
    'incident-commander',
    'whoever led the response is the incident-commander',
  ],
  [
    /^(exec|executive|manager|vp|cto|ceo|director|owner|business)$/,
    'stakeholder',
    'executives and owners are stakeholders',
  ],
  [/^(note-?taker|notes|recorder|secretary)$/, 'scribe', 'whoever takes the notes is the scribe'],
  [
    /^(host|moderator|chair|organiser|organizer)$/,
    'facilitator',
    'whoever runs the review is the facilitator',
  ],
];

/** A hint for a role word debrief does not use ("on-call" → "did you mean responder? (on-call engineers are responders)"). */
export function participantRoleMeant(input: string): string | undefined {
  const word = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const known = participantRoles.find(
    (role) => role === word || role.replace('-', '') === word.replace('-', ''),
  );
  if (known) return `did you mean ${known}?`;
  const found = roleWords.find(([pattern]) => pattern.test(word));
  return found ? `did you mean ${found[1]}? (${found[2]})` : undefined;
}
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

/** A person who took part in the incident or its review. */
export const participantSchema = z.object({
  name: requiredLine(limits.title),
  role: participantRoleSchema,
  // Calendar invitations go to it, so an address that cannot receive one is refused (empty means none).
  email: lineText(320)
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
      error: (issue) =>
        `expected an e-mail address such as ana@example.com, got ${JSON.stringify(issue.input)}`,
    })
    .optional(),
});
export type Participant = z.infer<typeof participantSchema>;

const notACount = (issue: { input?: unknown }) =>
  `expected a whole number such as 38400, got ${JSON.stringify(issue.input)}`;
const count = z.number({ error: notACount }).int({ error: notACount }).nonnegative();

/**
 * What the incident cost: free text plus the numbers executives ask for. Money and contractual impact are words,
 * as the author knows them (an estimate, a currency, a range), not numbers debrief would have to interpret.
 */
export const impactSchema = z.object({
  description: proseText().default(''),
  usersAffected: count.optional(),
  failedRequests: count.optional(),
  /** The share of the error budget spent, as a fraction: 0.34 is 34%, above 1 is over budget. */
  errorBudgetBurn: z
    .number()
    .nonnegative()
    // 100 is 10,000% of a period's budget: beyond it the number is a unit mistake (a percent typed as a fraction).
    .max(100, { error: 'expected a fraction of the error budget (0.34 is 34%), at most 100 (10,000%)' })
    .optional()
    .meta({
      description: 'the share of the error budget spent, as a fraction: 0.34 is 34%; above 1 is over budget',
    }),
  /** What it cost the business, in words: "about €42,000 in failed orders". Absent when not estimated. */
  cost: lineText(limits.line).optional(),
  /** Whether a service level promised to customers in a contract (an SLA) was missed; absent when not assessed. */
  slaBreached: z.boolean().optional(),
  /** Which promise and what follows from it: "99.9% monthly uptime on Enterprise plans; credits owed to 3 customers". */
  sla: lineText(limits.line).optional(),
});
export type Impact = z.infer<typeof impactSchema>;

/** A section of a hand-edited Markdown file that debrief does not know; kept verbatim. */
export const extraSectionSchema = z.object({
  heading: requiredLine(limits.title),
  body: proseText(),
});
export type ExtraSection = z.infer<typeof extraSectionSchema>;

const itemList = z
  .array(proseText(limits.line).min(1, { error: 'expected a non-empty item' }))
  .max(limits.listItems);

/** The fields of the post-mortem record itself (children such as timeline events live in their own records). */
export const incidentFieldsSchema = z.object({
  title: requiredLine(limits.title),
  severity: severityInputSchema,
  status: incidentStatusSchema.default('draft'),
  services: z.array(requiredLine(100)).max(limits.services).default([]),
  restricted: z.boolean().default(false),
  impact: impactSchema.default({ description: '' }),
  bluf: proseText(2_000).default(''),
  summary: proseText().default(''),
  participants: z
    .array(participantSchema)
    .max(limits.listItems)
    .superRefine((people, ctx) => {
      // One person, one entry: a name listed twice (in any case) is a mistake, and restricted access uses them.
      const seen = new Set<string>();
      people.forEach((person, index) => {
        const key = person.name.toLowerCase();
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `${person.name} is listed twice` });
        }
        seen.add(key);
      });
    })
    .default([]),
  moments: momentsSchema.default({}),
  wentWell: itemList.default([]),
  gotLucky: itemList.default([]),
  followUp: proseText().default(''),
  /** The decision or support the team asks of executives (budget, a priority call, help from another team). */
  ask: proseText(2_000).default(''),
  extraSections: z.array(extraSectionSchema).max(limits.listItems).default([]),
});
export type IncidentFields = z.infer<typeof incidentFieldsSchema>;
export type IncidentFieldsInput = z.input<typeof incidentFieldsSchema>;

/** A stored incident: its fields plus identity and bookkeeping. */
export const incidentSchema = incidentFieldsSchema.extend({
  id: requiredLine(64),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incidentSchema>;

/**
 * An incident as a list shows it: what identifies, sorts and filters it, without its prose. A page of these stays
 * small however long the write-ups get; the whole record is one request away.
 */
export const incidentSummarySchema = incidentSchema.pick({
  id: true,
  title: true,
  severity: true,
  status: true,
  services: true,
  restricted: true,
  version: true,
  createdAt: true,
  updatedAt: true,
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

/** The list view of an incident. */
export function incidentSummary(incident: Incident): IncidentSummary {
  const { id, title, severity, status, services, restricted, version, createdAt, updatedAt } = incident;
  return { id, title, severity, status, services, restricted, version, createdAt, updatedAt };
}
