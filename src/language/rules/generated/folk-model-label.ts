// Generated from src/language/rules/folk-model-label.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `folk_model_label`, in the order of their file. */
export const folkModelLabelRules: readonly Rule[] = [
  {
    id: "folk_model_label/complacency",
    category: "folk_model_label",
    message: "\"Complacency\" is a label, not an explanation; it cannot be observed or falsified.",
    suggestions: [
      "Describe the observable conditions, e.g. \"the alert had fired nightly for a month with no effect\".",
    ],
    question: "What had the signals looked like in the weeks before, and what did acting on them cost?",
    cue: "complacen",
    pattern: /\bcomplacen(?:t|cy|ce)\b/,
    examples: {
      match: [
        "Operators had become complacent with green dashboards.",
      ],
      noMatch: [
        "The dashboards had been green for a month.",
      ],
    },
  },
  {
    id: "folk_model_label/situational-awareness",
    category: "folk_model_label",
    message: "\"Lost situational awareness\" relabels the problem; say what people could and could not see.",
    suggestions: [
      "Say which information was missing or spread across which tools, e.g. \"three dashboards, none showed disk usage\".",
    ],
    question: "Which information was missing, late or spread across too many places?",
    cue: "situational|situation awareness",
    pattern: /\bsituation(?:al)? awareness\b/,
    unless: /\b(?:improv\w*|support\w*|better|give|gives|giving|provid\w*|increas\w*|boost\w*|help\w*|for|aid\w*|raise\w*) (?:\w+ ){0,2}?situation(?:al)? awareness\b/,
    examples: {
      match: [
        "The responders had lost situational awareness by the second hour.",
      ],
      noMatch: [
        "The new incident channel topic gives responders better situational awareness.",
      ],
    },
  },
  {
    id: "folk_model_label/lack-of-virtue",
    category: "folk_model_label",
    message: "A \"lack of attention/ownership/discipline\" is a folk label; decompose it into conditions.",
    suggestions: [
      "Decompose the label into observable performance and the conditions around it.",
    ],
    question: "What would we have seen if attention or ownership had been \"enough\"? What made that hard?",
    cue: "lack|absence|loss|shortage|deficit|inattent|attention|focus|concentration|distracted|comfortable|asleep|vigilance",
    pattern: /\b(?:lack|lacked|lacking|lacks|absence|loss|shortage|deficit) (?:of )?(?:\w+ )?(?:attention|attentiveness|focus|vigilance|discipline|diligence|ownership|accountability|care|rigou?r|urgency|professionalism|awareness|concentration|commitment|conscientiousness|alertness)\b|(?:\bnot|n't|n’t|\bstopped|\bwithout)(?: really| fully| properly)? paying (?:enough |close |proper |full )?attention\b|\binattent(?:ion|ive|iveness)\b|\b(?:was|were|got|seemed|became|appeared|been|being|felt) (?:too |a bit |a little |very |clearly |visibly )?(?:distracted|unfocused|asleep at the wheel|too comfortable)\b|\btoo comfortable\b|\basleep at the wheel\b|\b(?:lost|losing|loss of|lose) (?:focus|concentration)\b|\b(?:attention|focus|vigilance) (?:lapsed|slipped|wandered|drifted)\b|\blapse (?:in|of) (?:attention|concentration|focus|vigilance)\b/,
    examples: {
      match: [
        "We saw a lack of accountability around alert hygiene.",
        "Inattention during the rollout was the main factor.",
        "The reviewer wasn't paying attention.",
      ],
      noMatch: [
        "The alert needs attention from the owning team.",
      ],
    },
  },
];
