// Generated from src/playbook/content/agenda.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { AgendaContent } from '../schema.js';

/** Phase titles and goals, time boxes by severity, and the follow-up agenda. */
export const agendaContent: AgendaContent = {
  phases: {
    "ground-rules": {
      title: "Purpose and ground rules",
      goal: "Agree that we are here to learn and improve the system, and that nobody is on trial.",
    },
    timeline: {
      title: "Timeline walk-through",
      goal: "Build one shared account of what happened and what people knew at each point.",
    },
    factors: {
      title: "Contributing factors",
      goal: "Name the conditions that let the failure happen or grow, in systems and ways of working.",
    },
    "went-well": {
      title: "What went well and where we got lucky",
      goal: "Keep what worked, and notice the luck we should not count on next time.",
    },
    actions: {
      title: "Action items",
      goal: "Agree a few changes, each with an owner, a due date and the factor it addresses.",
    },
    close: {
      title: "Close",
      goal: "Read back the findings and actions, and set the follow-up review.",
    },
  },
  minutes: {
    SEV1: {
      "ground-rules": 10,
      timeline: 35,
      factors: 35,
      "went-well": 10,
      actions: 20,
      close: 10,
    },
    SEV2: {
      "ground-rules": 5,
      timeline: 25,
      factors: 25,
      "went-well": 10,
      actions: 20,
      close: 5,
    },
    SEV3: {
      "ground-rules": 5,
      timeline: 15,
      factors: 15,
      "went-well": 5,
      actions: 15,
      close: 5,
    },
    SEV4: {
      "ground-rules": 3,
      timeline: 8,
      factors: 7,
      "went-well": 4,
      actions: 5,
      close: 3,
    },
  },
  followUp: [
    {
      phase: "ground-rules",
      title: "Purpose",
      goal: "Recall the incident and the changes we agreed; we are checking the system, not grading people.",
      minutes: 3,
    },
    {
      phase: "actions",
      title: "Action review",
      goal: "Go through each action: done, in progress, or dropped with a reason; find help for the stalled ones.",
      minutes: 15,
    },
    {
      phase: "factors",
      title: "Did the changes work?",
      goal: "Check that each contributing factor is now addressed, and whether anything similar has happened since.",
      minutes: 7,
    },
    {
      phase: "close",
      title: "Close",
      goal: "Agree what remains, who follows it up, and whether the incident can be closed.",
      minutes: 5,
    },
  ],
  followUpQuestions: {
    actions: [
      "q-action-done",
      "q-action-owner",
      "q-action-beyond-people",
    ],
    close: [
      "q-close-missed",
    ],
  },
  minimumMinutes: {
    review: 30,
    "follow-up": 15,
  },
  followUpAfter: {
    SEV1: {
      days: 7,
      spoken: "one week",
    },
    SEV2: {
      days: 14,
      spoken: "two weeks",
    },
    SEV3: {
      days: 28,
      spoken: "four weeks",
    },
    SEV4: {
      days: 28,
      spoken: "four weeks",
    },
  },
};
