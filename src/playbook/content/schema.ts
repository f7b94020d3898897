// The shape of the playbook's data files in this folder, checked by scripts/compile-content.ts before it writes
// the generated modules. Only types reach run time: the generated modules are validated already.
import { z } from 'zod';
import { severitySchema } from '../../domain/index.js';
import {
  agendaPhaseSchema,
  glossaryEntrySchema,
  guideElementSchema,
  nuanceTopicSchema,
  objectionSchema,
  probingQuestionSchema,
} from '../schema.js';

/** Fails with the duplicate ids of a list of entries. */
function uniqueIds(entries: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [index, { id }] of entries.entries()) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${id}` });
    seen.add(id);
  }
}

/** objections.yml: a list of objections, each with its response and redirect. */
export const objectionsFileSchema = z
  .array(z.strictObject(objectionSchema.shape))
  .min(1)
  .superRefine(uniqueIds);

/** nuance.yml: the topics of guidance on tone. */
export const nuanceFileSchema = z
  .array(z.strictObject(nuanceTopicSchema.shape))
  .min(1)
  .superRefine(uniqueIds);

/** guide-coverage.yml: each element of the guide and the playbook entries that cover it. */
export const guideCoverageFileSchema = z
  .array(z.strictObject(guideElementSchema.shape))
  .min(1)
  .superRefine(uniqueIds);

const questionEntrySchema = z.strictObject({
  ...probingQuestionSchema.omit({ phase: true }).shape,
  categories: probingQuestionSchema.shape.categories.default([]),
});

/** questions.yml: the probing questions under the agenda phase they belong to (a phase may have none). */
export const questionsFileSchema = z
  .strictObject({
    'ground-rules': z.array(questionEntrySchema).default([]),
    timeline: z.array(questionEntrySchema).default([]),
    factors: z.array(questionEntrySchema).default([]),
    'went-well': z.array(questionEntrySchema).default([]),
    actions: z.array(questionEntrySchema).default([]),
    close: z.array(questionEntrySchema).default([]),
  })
  .superRefine((file, ctx) => uniqueIds(Object.values(file).flat(), ctx));

/** glossary-*.yml: the terms of one kind (the kind is written once, for the whole file). */
export const glossaryFileSchema = z.strictObject({
  kind: glossaryEntrySchema.shape.kind,
  terms: z
    .array(z.strictObject(glossaryEntrySchema.omit({ kind: true }).shape))
    .min(1)
    .superRefine(uniqueIds),
});

/** Text with `{name}` slots, each one of `slots` (filled in by the code that reads it). */
function template(...slots: string[]) {
  return z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      for (const [, name] of text.matchAll(/\{(\w*)\}/g)) {
        if (!slots.includes(name ?? '')) {
          const expected = slots.length > 0 ? slots.map((slot) => `{${slot}}`).join(', ') : 'no slots';
          ctx.addIssue({ code: 'custom', message: `unknown slot {${name}}; expected ${expected}` });
        }
      }
    });
}

const agendaItemSchema = z.strictObject({
  phase: agendaPhaseSchema,
  title: template(),
  goal: template(),
  minutes: z.number().int().positive().max(600),
});
const phaseTextSchema = agendaItemSchema.pick({ title: true, goal: true });

/** agenda.yml: each phase's title and goal, default time boxes by severity, and the follow-up review's agenda. */
export const agendaFileSchema = z.strictObject({
  phases: z.record(agendaPhaseSchema, phaseTextSchema),
  minutes: z.record(severitySchema, z.record(agendaPhaseSchema, z.number().int().positive().max(600))),
  followUp: z.array(agendaItemSchema).min(1),
  // The probing questions a follow-up's phases ask, by id: the first review's questions choose actions, a follow-up
  // checks them. A phase not listed asks none.
  followUpQuestions: z.partialRecord(agendaPhaseSchema, z.array(z.string().regex(/^q-[a-z0-9-]+$/)).min(1)),
  minimumMinutes: z.strictObject({
    review: z.number().int().positive().max(600),
    'follow-up': z.number().int().positive().max(600),
  }),
  followUpAfter: z.record(
    severitySchema,
    z.strictObject({ days: z.number().int().positive().max(365), spoken: template() }),
  ),
});
export type AgendaContent = z.output<typeof agendaFileSchema>;

/** script.yml: the opening, reminder and closing statements, the template's placeholders and the agenda's prompts. */
export const scriptFileSchema = z.strictObject({
  opening: z.strictObject({
    heading: template(),
    thanks: template(),
    incident: template('title', 'severity', 'affected', 'impact'),
    affected: template('services'),
    affectedMissing: template(),
    impact: template('window'),
    impactMissing: template(),
    window: template('start', 'end'),
    windowOpenEnded: template('start'),
    purpose: template(),
    groundRules: template(),
    followUpPurpose: template(),
    followUpTimeBox: template('duration'),
    timeBox: template('duration'),
    durations: z.strictObject({
      halfHour: template(),
      hour: template(),
      hourAndHalf: template(),
      hours: template('hours'),
      minute: template(),
      minutes: template('minutes'),
    }),
    missing: z.strictObject({ services: template(), impactStart: template() }),
  }),
  reminder: z.strictObject({
    heading: template(),
    text: template(),
    cue: template(),
    followUpCue: template(),
  }),
  meeting: z.strictObject({
    next: template('when', 'length'),
    inProgress: template('when', 'length'),
    latest: template('when', 'length'),
    nextFollowUp: template('when', 'length'),
    open: template('when', 'length'),
    none: template('severity', 'length'),
    nonePlanned: template('severity', 'length', 'usual'),
    chosen: template('kind', 'when', 'length'),
    planned: template('planned'),
    tooShort: template('kind', 'length', 'minimum', 'purpose'),
    plannedTooShort: template('kind', 'length', 'minimum', 'purpose'),
    tooLong: template('kind', 'length', 'maximum'),
    cannotFit: template('length', 'phases'),
    followUpLate: template('weeks', 'before', 'when', 'severity', 'after'),
    kinds: z.strictObject({
      review: z.strictObject({ name: template(), purpose: template() }),
      followUp: z.strictObject({ name: template(), purpose: template() }),
    }),
  }),
  closing: z.strictObject({
    heading: template(),
    intro: template(),
    findings: template(),
    finding: template('title'),
    findingsMissing: template(),
    decisions: template(),
    decision: template('text'),
    actions: template(),
    action: template('title', 'owner', 'due'),
    ownerMissing: template(),
    due: template('date'),
    overdue: template('date'),
    dueMissing: template(),
    done: template(),
    inProgress: template('date'),
    actionsMissing: template(),
    alignment: template(),
    alignmentNoActions: template(),
    followUp: template('when'),
    followUpHeld: template('when', 'severity', 'after', 'date'),
    followUpOverdue: template('when', 'severity', 'after', 'date'),
    followUpSuggested: template('severity', 'after', 'date'),
    followUpSuggestedUndated: template('severity', 'after'),
    suggestedAround: template('date'),
    suggestedPassed: template('date'),
    end: template(),
    needsRewording: template('what', 'problem'),
    rewordWhat: z.strictObject({
      title: template(),
      factor: template(),
      action: template(),
      decision: template(),
    }),
    missing: z.strictObject({
      reword: template('title'),
      factors: template(),
      owner: template('title'),
      dueDate: template('title'),
      overdue: template('title', 'date'),
      actions: template(),
      followUp: template(),
      followUpPast: template('when'),
      customers: template(),
      cost: template(),
      ask: template(),
    }),
  }),
  followUpClosing: z.strictObject({
    intro: template(),
    done: template(),
    doneItem: template('title'),
    noneDone: template(),
    late: template(),
    lateItem: template('title', 'date'),
    lateOwnerlessItem: template('title', 'date'),
    open: template(),
    openItem: template('title', 'owner', 'due'),
    dropped: template(),
    droppedItem: template('title', 'reason'),
    noActions: template(),
    alignment: template(),
    alignmentDoneOnly: template(),
    alignmentDoneOpen: template(),
    alignmentNoneDone: template(),
    alignmentNoneDoneOpen: template(),
    nextBooked: template('when'),
    nextSuggested: template('severity', 'after', 'date'),
    nextUndated: template('severity', 'after'),
    closesIncident: template(),
    noActionsClose: template(),
    end: template(),
    missing: z.strictObject({ nextDate: template() }),
  }),
  template: z.strictObject({
    title: template(),
    severity: template(),
    services: template(),
    window: template(),
    duration: template(),
    finding: template(),
    action: template(),
    when: template(),
  }),
  focus: z.strictObject({
    moment: z.strictObject({
      impactStart: template(),
      detected: template(),
      acknowledged: template(),
      mitigated: template(),
      resolved: template(),
    }),
    approximate: template('count'),
    approximateOne: template(),
    noTimeline: template(),
    openQuestion: template('question'),
    changeBefore: template('summary', 'at', 'gap'),
    detectGap: template('impact', 'detected', 'gap'),
    noFactors: template(),
    factor: template('title', 'category', 'question'),
    factorWithoutAction: template('title'),
    noActions: template(),
    actionNoOwner: template('title'),
    actionNoDue: template('title'),
    actionNoOwnerNoDue: template('title'),
    actionOverdue: template('title', 'date'),
    actionNoOwnerOverdue: template('title', 'date'),
    followUpBooked: template('when'),
    followUpPast: template('when', 'severity', 'after', 'date'),
    followUpSuggested: template('severity', 'after', 'date'),
    around: template('date'),
    passed: template('date'),
    followUp: z.strictObject({
      factor: template('title'),
      factorWithoutAction: template('title'),
      factorUnlinked: template('title'),
      nextBooked: template('when'),
      nextSuggested: template('severity', 'after', 'date'),
      settled: template(),
      noActions: template(),
    }),
  }),
});
export type ScriptText = z.output<typeof scriptFileSchema>;
