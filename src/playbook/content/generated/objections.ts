// Generated from src/playbook/content/objections.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Objection } from '../../schema.js';

/** Blame-seeking remarks with a calm response and a question that turns to the system. */
export const objections: readonly Objection[] = [
  {
    id: "who-made-the-mistake",
    said: "Someone made a mistake. We need to know who.",
    saidBy: [
      "manager",
      "executive",
    ],
    response: "We will name every step that was taken, and we will name who owns each fix. What we learn from a name is small; what we learn from the conditions that made the step look right is what stops a repeat.",
    redirect: "What would have made the safe choice the obvious one at that moment?",
  },
  {
    id: "who-is-accountable",
    said: "Who is accountable for this?",
    saidBy: [
      "executive",
    ],
    response: "Accountability here means owning the actions that come out of this review, with names and dates. Every action will have an owner you can ask about it at the follow-up review.",
    redirect: "Which of the actions we are about to agree would you want to hear about first?",
  },
  {
    id: "caught-in-review",
    said: "Why wasn't this caught in code review?",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "Review is one safety net among several and it is known to miss things in large or unfamiliar changes. Let us look at what the reviewer was shown and what would have made the risk visible.",
    redirect: "What information about runtime behaviour does a reviewer have when they read a change like this one?",
  },
  {
    id: "just-human-error",
    said: "It was just human error. Let us move on.",
    saidBy: [
      "engineer",
      "manager",
      "executive",
    ],
    response: "Slips happen every day and most of them harm nothing. \"Human error\" is where the questions start: the same slip will happen again unless something in the system catches it.",
    redirect: "What let a single slip reach production and customers without anything stopping it?",
  },
  {
    id: "vendor-broke-it",
    said: "The vendor broke it. There is nothing for us to learn.",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "The vendor will write their own post-mortem. Ours is about how our systems behaved when a dependency failed, which is the part we control.",
    redirect: "How did our service behave while the dependency was failing, and how would we like it to behave?",
  },
  {
    id: "no-time",
    said: "We don't have time for this. We have a launch next week.",
    saidBy: [
      "manager",
      "engineer",
    ],
    response: "That pressure is real and it belongs in this review too. An hour now is cheaper than a second incident during the launch, and we will keep the actions small enough to fit.",
    redirect: "Which one action would most lower the risk for next week’s launch?",
  },
  {
    id: "team-keeps-causing-outages",
    said: "This team keeps causing outages.",
    saidBy: [
      "executive",
      "manager",
    ],
    response: "Repeated incidents in one area usually point to a load the area carries: old code, many dependencies, thin staffing or missing tools. Looking at the pattern across incidents will tell us which.",
    redirect: "What do the incidents in this area have in common besides the team that answers the pager?",
  },
  {
    id: "add-an-approval-step",
    said: "Add another approval step and move on.",
    saidBy: [
      "executive",
      "manager",
    ],
    response: "An approval only helps if the approver can see the risk. Extra sign-offs often slow every change without catching this one, so let us first check what the approver would have needed to know.",
    redirect: "What check could a machine do here that a person signing off could not?",
  },
  {
    id: "should-have-known-better",
    said: "They should have known better. It is in the docs.",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "Knowing something and recalling it under pressure at two in the morning are different things. If the knowledge matters this much, it should be in the tool or the alert, not only in a page.",
    redirect: "Where could this knowledge live so that it shows up at the moment it is needed?",
  },
  {
    id: "follow-the-process",
    said: "If people just followed the process, this wouldn't have happened.",
    saidBy: [
      "manager",
      "executive",
    ],
    response: "When a step of a process does not happen, it usually costs more in the moment than it seems to give. That gap is useful information about the process, not only about the people.",
    redirect: "What made the process feel skippable, and how could it be cheaper to follow?",
  },
  {
    id: "fire-someone",
    said: "Somebody should lose their job over this.",
    saidBy: [
      "executive",
    ],
    response: "Punishing the person closest to the failure teaches everyone to hide the next one. We need people to tell us exactly what happened, and that only works if telling is safe.",
    redirect: "What would we lose if responders stopped telling us the whole story?",
  },
  {
    id: "more-careful",
    said: "Everyone just needs to be more careful.",
    saidBy: [
      "manager",
      "executive",
    ],
    response: "Care is already high: nobody wants an outage. Asking for more care produces no lasting change, so let us look for a guard rail that makes the careful path the easy one.",
    redirect: "Which guard rail would work even on a tired day?",
  },
  {
    id: "root-cause-is-person",
    said: "The root cause is that he pushed a bad config.",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "A config push was one event in a chain. Several conditions had to line up for it to hurt customers, and each of them is a place we can add a defence.",
    redirect: "What allowed a bad value to pass validation and reach every region at once?",
  },
  {
    id: "why-so-slow",
    said: "Why did it take the on-call engineer forty minutes to respond?",
    saidBy: [
      "executive",
      "manager",
    ],
    response: "Time to respond includes waking up, getting to a laptop, finding the right dashboard and working out what is real. Each of those steps can be made shorter.",
    redirect: "Which part of those forty minutes could our tools or alerts have taken off the responder?",
  },
  {
    id: "heroics",
    said: "Luckily Sam was around. Sam always saves us.",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "It is worth thanking the people who helped. Relying on one person to save us is also a risk: we should capture what they knew so that it is there when they are not.",
    redirect: "What did that person know that the rest of the team and the runbook did not?",
  },
  {
    id: "cannot-happen-again",
    said: "This was a one-off. It cannot happen again.",
    saidBy: [
      "engineer",
      "manager",
    ],
    response: "Rare events still share conditions with common ones. Even if this exact trigger never returns, the gaps that let it grow will meet a different trigger.",
    redirect: "What other triggers could meet the same weakness?",
  },
  {
    id: "just-tell-me-the-fix",
    said: "Skip the details. Just tell me what the fix is.",
    saidBy: [
      "executive",
    ],
    response: "Here is the short version up front: the bottom line, the cost and the actions with owners and dates. The details are there so the fixes aim at the real conditions.",
    redirect: "Which of these actions needs your support to get done on time?",
  },
  {
    id: "tests-should-have-caught-it",
    said: "QA should have caught this before it shipped.",
    saidBy: [
      "manager",
      "engineer",
    ],
    response: "Testing reduces risk but never removes it, and this failure needed production load or data to show itself. The useful question is what our test environments cannot see.",
    redirect: "What about production was missing from the environment where this change was tested?",
  },
];
