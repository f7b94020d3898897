import { z } from 'zod';
import { factorCategorySchema } from '../domain/index.js';
import { agendaContent } from './content/generated/agenda.js';

/** The phases of a review meeting, in the order they are run. */
export const agendaPhases = ['ground-rules', 'timeline', 'factors', 'went-well', 'actions', 'close'] as const;
export type AgendaPhase = (typeof agendaPhases)[number];

/** A phase as people type it ("Timeline", "went well", "GROUND_RULES"), or undefined when it names none. */
export function agendaPhaseFromText(text: string): AgendaPhase | undefined {
  const key = slug(text);
  // A phase by the title an agenda prints for it, the follow-up's too ("Action review", "Did the changes work?"),
  // as the agenda's "N more: debrief playbook questions --phase …" invites (trial 21 F25).
  return agendaPhases.find((phase) => phase === key) ?? phaseByTitle().get(key);
}

const slug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[?!.:]+$/, '')
    .replace(/[\s_]+/g, '-');

let titles: Map<string, AgendaPhase> | undefined;
function phaseByTitle(): Map<string, AgendaPhase> {
  titles ??= new Map([
    ...Object.entries(agendaContent.phases).map(
      ([phase, { title }]) => [slug(title), phase as AgendaPhase] as const,
    ),
    ...agendaContent.followUp.map((item) => [slug(item.title), item.phase as AgendaPhase] as const),
  ]);
  return titles;
}

export const agendaPhaseSchema = z.enum(agendaPhases, {
  error: (issue): string => {
    const typed = typeof issue.input === 'string' ? issue.input.trim().toLowerCase() : '';
    // "did you mean" for the start of a phase or a phase with more after it ("time", "actions-items").
    const near = typed
      ? agendaPhases.find((phase) => phase.startsWith(typed) || typed.startsWith(phase))
      : undefined;
    return `expected one of ${agendaPhases.join(', ')} (any case), got ${JSON.stringify(issue.input)}${near ? `; did you mean ${near}?` : ''}`;
  },
});

/** A phase read as people type it: any case, spaces or underscores for hyphens. */
export const agendaPhaseInputSchema = z
  .string({ error: `expected one of ${agendaPhases.join(', ')}` })
  .overwrite((text) => agendaPhaseFromText(text) ?? text)
  .pipe(agendaPhaseSchema);

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });
const sentence = z
  .string()
  .min(10)
  .max(1_000)
  .regex(/^[A-Z"'‘“(0-9]/, { error: 'expected text that starts like a sentence' })
  .regex(/[.?!"”)]$/, { error: 'expected text that ends like a sentence' });

/** A question the facilitator can ask, tagged by agenda phase and contributing-factor category. */
export const probingQuestionSchema = z.object({
  id,
  text: sentence.regex(/\?$/, { error: 'expected a question mark at the end' }),
  phase: agendaPhaseSchema,
  categories: z.array(factorCategorySchema).max(4),
});
export type ProbingQuestion = z.infer<typeof probingQuestionSchema>;

/** Who tends to voice an objection; it shapes the tone of the answer. */
export const speakers = ['engineer', 'senior-engineer', 'manager', 'executive'] as const;
export const speakerSchema = z.enum(speakers);
export type Speaker = z.infer<typeof speakerSchema>;

/** How each speaker is named when the playbook says who usually raises an objection. */
export const speakerLabels: Record<Speaker, string> = {
  engineer: 'an engineer',
  'senior-engineer': 'a senior engineer',
  manager: 'a manager',
  executive: 'an executive',
};

/**
 * A blame-seeking remark as people really say it, with the answer in the order a good facilitator gives it:
 * acknowledge the person, explain why we look at the system, name concrete system checks, then ask a question
 * that turns the room to them. A harsher wording of another objection names it in `harsherFormOf`.
 */
export const objectionSchema = z.object({
  id,
  said: z.string().min(10).max(300),
  saidBy: z.array(speakerSchema).min(1),
  harsherFormOf: id.optional(),
  acknowledge: sentence,
  explain: sentence,
  /** Questions about the system that make the answer concrete (review, alerts, tests, rollout …). */
  systemChecks: z
    .array(sentence.regex(/\?$/, { error: 'expected a system check to be a question' }))
    .min(2)
    .max(4),
  redirect: sentence.regex(/\?$/, { error: 'expected the redirect to be a question' }),
});
export type Objection = z.infer<typeof objectionSchema>;

export const glossaryKinds = ['incident-management', 'infrastructure', 'go', 'rust'] as const;
export const glossaryKindSchema = z.enum(glossaryKinds);
export type GlossaryKind = z.infer<typeof glossaryKindSchema>;

/** A term explained twice: once for engineers, once in plain words for executives. */
export const glossaryEntrySchema = z.object({
  id,
  term: z.string().min(2).max(80),
  kind: glossaryKindSchema,
  /**
   * Other names people use for the term; matched case-insensitively as whole words, with any separator and a
   * plural or tense ending (glossary-names.ts). An everyday English word that names code only in code, such as
   * expect or channel, is written in backticks ("`expect`"): running text matches it only in code-ish context
   * (backticks, `.name`, `name(`), so "we expect a fix" is not Rust, while a lookup by name still finds it.
   */
  aliases: z.array(z.string().min(2).max(80)).default([]),
  /** Regular expressions (source text, case-insensitive) matching the term as it appears in logs and errors. */
  patterns: z.array(z.string().min(3).max(300)).default([]),
  engineer: sentence,
  exec: sentence,
  categories: z.array(factorCategorySchema).min(1).max(4),
  questions: z.array(id).min(1).max(4),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;

/** A topic of guidance on tone: speaking to executives, to someone who feels accused, across cultures and rank. */
export const nuanceTopicSchema = z.object({
  id,
  title: z.string().min(5).max(80),
  points: z.array(sentence).min(3).max(8),
});
export type NuanceTopic = z.infer<typeof nuanceTopicSchema>;

/** One element of the guide debrief was built from, in our words, and the playbook entries (`kind:id`) covering it. */
export const guideElementSchema = z.object({
  id,
  element: sentence,
  coveredBy: z
    .array(z.string().regex(/^(objection|question|script|agenda|nuance|glossary|category):[\w.-]+$/))
    .min(1),
});
export type GuideElement = z.infer<typeof guideElementSchema>;
