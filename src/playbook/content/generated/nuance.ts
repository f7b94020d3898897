// Generated from src/playbook/content/nuance.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { NuanceTopic } from '../../schema.js';

/** Guidance on tone for executives, for someone who feels accused, and across cultures, languages and rank. */
export const nuanceTopics: readonly NuanceTopic[] = [
  {
    id: "executives",
    title: "Speaking to executives",
    points: [
      "Lead with the bottom line in two or three sentences, what happened to customers, what it cost and what we're changing, then offer the detail.",
      "Say plainly that accountability matters, then show where it lives, in named actions with owners and dates they can ask about.",
      "Put the impact in their terms, such as customers, revenue, contracts and the risk of a repeat before the fixes land.",
      "Ask for something specific, such as time on a roadmap, budget or a decision between two trade-offs, rather than leaving them with a story.",
      "When they push for a name, stay calm and steer to the action list; arguing about blame in front of the team costs more than it wins.",
      "Replace jargon with what it means for the business, and keep the glossary's plain-words line ready for any term you can't avoid.",
    ],
  },
  {
    id: "senior-engineer-feels-accused",
    title: "When a senior engineer feels accused",
    points: [
      "Talk to them early and in private if you can, and tell them the review will look at the conditions around their change, not at them.",
      "In the room, thank them for the context they bring; their account of what they saw is the most valuable evidence we have.",
      "Ask what made the step look right at the time, and let them explain before anyone else interprets it.",
      "If they start defending themselves, slow down and restate the ground rule; defensiveness is a sign the room doesn't feel safe yet.",
      "Give them a part in the fix, as an owner or an advisor, so the review ends with them improving the system rather than answering for it.",
    ],
  },
  {
    id: "across-cultures",
    title: "Across cultures",
    points: [
      "In some cultures disagreeing openly with a senior person is rude, so silence may not mean agreement; ask for views in writing or go round the room.",
      "Directness varies; a blunt question can feel like an attack to one person and like respect to another, so soften questions about decisions and be explicit that they're about the system.",
      "Admitting a slip in public can carry real shame in some places; make it easy to add facts privately to the timeline before the meeting.",
      "Check how the review will be read across offices, and whether any word in the write-up lands harder in another language or culture.",
    ],
  },
  {
    id: "across-languages",
    title: "Across languages",
    points: [
      "Speak slowly, use short sentences and plain words, and avoid idioms, sarcasm and sports metaphors.",
      "Share the agenda, the timeline and the questions in writing before the meeting, so people can prepare in their own time.",
      "Pause after a question for longer than feels natural; people answering in a second language need it.",
      "Read back what you understood and let the speaker correct it, and note decisions in writing as you go.",
    ],
  },
  {
    id: "across-hierarchy",
    title: "Across hierarchy",
    points: [
      "Ask the most junior people for their view first, before senior voices set the frame.",
      "If a manager or executive attends, agree with them beforehand that they'll mostly listen, and that questions go to the system.",
      "Answer a remark that points at someone the same way whoever made it, senior or not; the ground rules hold at every rank, including the facilitator's.",
      "Offer an anonymous or written channel for what people won't say in front of their manager.",
      "Thank people by name for what they shared, not for what they got right.",
    ],
  },
];
