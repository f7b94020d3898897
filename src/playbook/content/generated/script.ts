// Generated from src/playbook/content/script.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

// Each piece is named by its place in the file: `opening.missing.services` is `openingMissingServices`.
export const openingHeading = "Opening statement";
export const openingThanks = "Thank you for making the time.";
export const openingIncident = (slot: { title: string | number; severity: string | number; affected: string | number; impact: string | number }): string => `This is the review of "${slot.title}", a ${slot.severity} incident${slot.affected}${slot.impact}`;
export const openingAffected = (slot: { services: string | number }): string => ` that affected ${slot.services}`;
export const openingAffectedMissing = " (affected services not recorded yet)";
export const openingImpact = (slot: { window: string | number }): string => `, with customer impact ${slot.window}.`;
export const openingImpactMissing = " (impact window not recorded yet).";
export const openingPurpose = "We are here to learn how our systems and ways of working allowed this to happen, and to decide what we will change. We are not here to find someone to blame.";
export const openingGroundRules = "Three ground rules. First, we assume everyone did what made sense with what they knew at the time, so we ask what they saw and knew then, not what hindsight shows us now. Second, we talk about conditions, tools and decisions, not about culprits. Third, anyone may pause the discussion if it starts to sound like blame, including me.";
export const openingTimeBox = (slot: { minutes: string | number }): string => `We have ${slot.minutes} minutes. By the end we will have one shared timeline, the contributing factors, and a short list of action items, each with an owner and a due date.`;
export const openingMissingServices = "affected services";
export const openingMissingImpactStart = "impact start";
export const closingHeading = "Closing statement";
export const closingIntro = "Thank you. Let me read back what we found and what we agreed.";
export const closingFindings = "Key findings:";
export const closingFinding = (slot: { title: string | number }): string => `- ${slot.title}`;
export const closingFindingsMissing = "We have not recorded any contributing factors yet; let us name at least one before we leave.";
export const closingActions = "Action items:";
export const closingAction = (slot: { title: string | number; owner: string | number; due: string | number }): string => `- ${slot.title} (${slot.owner}, ${slot.due})`;
export const closingOwnerMissing = "owner needed";
export const closingDue = (slot: { date: string | number }): string => `due ${slot.date}`;
export const closingDueMissing = "due date needed";
export const closingActionsMissing = "We have no action items yet; a review without one change is a review we will repeat.";
export const closingFollowUp = (slot: { when: string | number }): string => `We will meet again on ${slot.when} to check how the actions are going.`;
export const closingFollowUpMissing = "We still need a date for the follow-up review; let us pick one now.";
export const closingEnd = "The write-up will be shared within two working days. Thank you for being open today.";
export const closingMissingFactors = "contributing factors";
export const closingMissingOwner = (slot: { title: string | number }): string => `owner for "${slot.title}"`;
export const closingMissingDueDate = (slot: { title: string | number }): string => `due date for "${slot.title}"`;
export const closingMissingActions = "action items";
export const closingMissingFollowUp = "follow-up review date";
