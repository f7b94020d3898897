// Generated from src/playbook/content/objections.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Objection } from '../../schema.js';

/** Blame-seeking remarks with a calm response and a question that turns to the system. */
export const objections: readonly Objection[] = [
  {
    id: "what-was-the-mistake",
    said: "Someone did get something wrong, though. Surely we have to understand what it was.",
    saidBy: [
      "senior-engineer",
      "manager",
    ],
    acknowledge: "That's fair, and you're right that we shouldn't skip over the decisions that were made.",
    explain: "We'll go through each step and what surrounded it in detail. What we won't do is stop at a person: when the talk turns to fault-finding, people hold back the details we need, and the same gap stays open for whoever comes next.",
    systemChecks: [
      "Did code review show what this change would do at runtime?",
      "Were the alerts clear enough to say what was wrong and where?",
      "Would an automated test have caught this before it shipped?",
    ],
    redirect: "What did the person see at that moment that made this step look right?",
  },
  {
    id: "who-made-the-mistake",
    said: "Someone made a mistake. We need to know who.",
    saidBy: [
      "senior-engineer",
      "manager",
    ],
    harsherFormOf: "what-was-the-mistake",
    acknowledge: "I hear that you want this taken seriously, and it will be.",
    explain: "A name tells us very little we can fix. The conditions that made the step look sensible are what will trip up the next person, so that's where we'll spend our time. Every fix will still have a named owner.",
    systemChecks: [
      "Which check in code review or in the pipeline could have stopped this step?",
      "What did our tools show before the change went out?",
      "Was the safe way of doing this also the easy way?",
    ],
    redirect: "What would have made the safe choice the obvious one at that moment?",
  },
  {
    id: "who-is-responsible",
    said: "Who is responsible for this? If nobody is held to account, how do we stop it from happening again?",
    saidBy: [
      "executive",
    ],
    acknowledge: "Accountability matters, and you should leave this meeting knowing who owns each fix.",
    explain: "Lasting prevention comes from understanding why the failure was possible. Pinning it on one person gives a quick sense of closure but only a temporary fix, and it makes people wary of taking initiative or speaking up. So we'll hold our processes, our tooling and our training to account, each through a named action with an owner and a date.",
    systemChecks: [
      "Which process let this reach customers?",
      "Which tool could have warned us sooner or stopped the change?",
      "What training or practice had the team had for a failure like this?",
    ],
    redirect: "Which of the actions we agree today would you like a progress report on first?",
  },
  {
    id: "who-is-accountable",
    said: "I want a name. Who is accountable for this?",
    saidBy: [
      "executive",
    ],
    harsherFormOf: "who-is-responsible",
    acknowledge: "You're right to ask about accountability; it's part of what this review is for.",
    explain: "Here, accountability means owning the changes that come out of this meeting, with names and dates, so you can ask each owner how it's going. Blaming one person feels decisive, but it leaves the weakness in place and makes the next incident harder to learn from.",
    systemChecks: [
      "Which of our actions have an owner and a date yet?",
      "Which of them needs support or budget that only leadership can give?",
    ],
    redirect: "Which of the actions we're about to agree would you want to hear about first?",
  },
  {
    id: "fire-someone",
    said: "Somebody should lose their job over this.",
    saidBy: [
      "executive",
      "manager",
    ],
    harsherFormOf: "who-is-responsible",
    acknowledge: "Customers were hurt by this outage, and it's right to be upset about that.",
    explain: "If the person closest to a failure pays for it, everyone learns to hide the next one, and we lose the details that let us fix things. Telling us exactly what happened has to be safe.",
    systemChecks: [
      "How soon would we hear about a near miss if people feared for their jobs?",
      "What would responders leave out of the timeline?",
    ],
    redirect: "What would we lose if responders stopped telling us the whole story?",
  },
  {
    id: "caught-in-review",
    said: "Why wasn't this caught in code review?",
    saidBy: [
      "senior-engineer",
      "engineer",
      "manager",
    ],
    acknowledge: "Good question; code review is one of the places we should look at.",
    explain: "Review is one safety net among several, and it's known to miss things in large or unfamiliar changes. Let's look at what the reviewer was shown and what would have made the risk visible.",
    systemChecks: [
      "How large was the change, and could it have been split?",
      "Did the diff show how the code behaves at runtime, or only the code?",
      "Which automated check could have flagged it before a person had to?",
    ],
    redirect: "What information about runtime behaviour does a reviewer have when they read a change like this one?",
  },
  {
    id: "who-approved-this",
    said: "Who approved this? Who merged it?",
    saidBy: [
      "manager",
      "executive",
      "senior-engineer",
    ],
    harsherFormOf: "caught-in-review",
    acknowledge: "It's right to look at how this change got through; the approval step is part of the story.",
    explain: "The history will show who clicked approve, and that tells us very little. What helps is knowing what the approval asked of the reviewer, what the change looked like to them, and what else was meant to catch it. Whoever approves the next change will have the same view unless we change it.",
    systemChecks: [
      "What did the review page show about what this change would do in production?",
      "Which automated check ran before the merge, and what could it not see?",
      "Was there time pressure or a queue of reviews that made a quick approval normal?",
    ],
    redirect: "What would the review page need to show for a change like this one to stand out?",
  },
  {
    id: "just-human-error",
    said: "It was just human error. Let's move on.",
    saidBy: [
      "engineer",
      "manager",
      "executive",
    ],
    acknowledge: "I understand wanting to wrap this up; it's been a long week.",
    explain: "Slips happen every day and most of them harm nothing. \"Human error\" is where our questions start, because the same slip will happen again unless something in the system catches it.",
    systemChecks: [
      "What check could have caught the slip before it reached production?",
      "Did an alert tell us quickly once it had?",
      "Could the change be rolled back in one step?",
    ],
    redirect: "What let a single slip reach production and customers without anything stopping it?",
  },
  {
    id: "vendor-broke-it",
    said: "The vendor broke it. There's nothing for us to learn.",
    saidBy: [
      "engineer",
      "senior-engineer",
      "manager",
    ],
    acknowledge: "You're right that the trigger was outside our own code.",
    explain: "The vendor will review their side. Ours is about how our systems behaved when a dependency failed, which is the part we control.",
    systemChecks: [
      "Did our timeouts and retries protect us or make things worse?",
      "Did an alert tell us the dependency was failing before customers did?",
      "Could the service have kept working in a reduced mode?",
    ],
    redirect: "How did our service behave while the dependency was failing, and how would we like it to behave?",
  },
  {
    id: "no-time",
    said: "We don't have time for this. We have a launch next week.",
    saidBy: [
      "manager",
      "engineer",
    ],
    acknowledge: "The launch pressure is real, and I don't want to add to it.",
    explain: "That pressure belongs in this review too. An hour now costs less than a second incident during the launch, and we'll keep the actions small enough to fit.",
    systemChecks: [
      "Which risk from this incident could hit the launch?",
      "Is there a cheap guard, such as an alert or a feature flag, that we could add this week?",
    ],
    redirect: "Which one action would most lower the risk for next week's launch?",
  },
  {
    id: "team-keeps-causing-outages",
    said: "This team keeps causing outages.",
    saidBy: [
      "executive",
      "manager",
    ],
    acknowledge: "A run of incidents in one area deserves attention, and you're right to notice it.",
    explain: "Repeats in one area usually point to a load that area carries, such as old code, many dependencies, thin staffing or missing tools. Comparing the incidents will tell us which.",
    systemChecks: [
      "Do these incidents share a service, a dependency or a kind of change?",
      "How much time does the team get for upkeep compared with new features?",
      "Which tests, tools or training does this area lack that others have?",
    ],
    redirect: "What do the incidents in this area have in common besides the team that answers the pager?",
  },
  {
    id: "add-an-approval-step",
    said: "Add another approval step and move on.",
    saidBy: [
      "executive",
      "manager",
    ],
    acknowledge: "I agree we need something that stops this from going out again.",
    explain: "A sign-off only helps if the approver can see the risk. Extra approvals often slow every change without catching this one, so let's first check what an approval would need to show to catch it.",
    systemChecks: [
      "Could a validation step in the pipeline catch this value automatically?",
      "Would a gradual rollout have limited the damage?",
    ],
    redirect: "What check could a machine do here that a person signing off could not?",
  },
  {
    id: "should-have-known-better",
    said: "They should have known better. It's in the docs.",
    saidBy: [
      "senior-engineer",
      "engineer",
      "manager",
    ],
    harsherFormOf: "what-was-the-mistake",
    acknowledge: "It's true the information existed, and it's frustrating when it doesn't get used.",
    explain: "Knowing something and recalling it under pressure at two in the morning are different things. If the knowledge matters this much, it belongs in the tool or the alert, not only on a wiki page.",
    systemChecks: [
      "Does the alert link to the page that explains it?",
      "Could the tool warn us, or refuse, when the risky value is set?",
      "How do people new to the rotation learn this?",
    ],
    redirect: "Where could this knowledge live so that it shows up at the moment it is needed?",
  },
  {
    id: "follow-the-process",
    said: "If people just followed the process, this wouldn't have happened.",
    saidBy: [
      "manager",
      "executive",
    ],
    acknowledge: "The process exists for good reasons, so it's worth asking why it didn't protect us this time.",
    explain: "When a step of a process gets skipped, it usually costs more in the moment than it seems to give back. That gap tells us something about the process, not only about the people.",
    systemChecks: [
      "How long does the step take, and does any tool help with it?",
      "Does the step still work in the middle of an incident?",
      "Has anyone raised it as a burden before?",
    ],
    redirect: "What made the process feel skippable, and how could it be cheaper to follow?",
  },
  {
    id: "more-careful",
    said: "Everyone just needs to be more careful.",
    saidBy: [
      "manager",
      "executive",
    ],
    acknowledge: "Nobody here wants a repeat, and I know that's what you're asking for.",
    explain: "Care is already high, since nobody wants an outage. Asking for more of it doesn't change anything for long, so let's look for a guard rail that makes the careful path the easy one.",
    systemChecks: [
      "Could a default or a limit make the risky action harder to take?",
      "Could an automated test or check do the remembering for us?",
      "Would a clearer alert have given people more time?",
    ],
    redirect: "Which guard rail would still work on a tired day?",
  },
  {
    id: "root-cause-is-person",
    said: "The root cause is that he pushed a bad config.",
    saidBy: [
      "senior-engineer",
      "engineer",
      "manager",
    ],
    harsherFormOf: "what-was-the-mistake",
    acknowledge: "You're right that the config change is a key moment in the timeline.",
    explain: "It was one event in a chain. Several conditions had to line up for it to hurt customers, and each of them is a place where we can add a defence.",
    systemChecks: [
      "Was the value checked before it went out?",
      "Did it reach every region at once, or in stages?",
      "Did an alert fire on the first errors?",
    ],
    redirect: "What allowed a bad value to pass validation and reach every region at once?",
  },
  {
    id: "why-so-slow",
    said: "Why did it take the on-call engineer forty minutes to respond?",
    saidBy: [
      "executive",
      "manager",
    ],
    acknowledge: "Forty minutes is a long time for customers, so it's fair to ask.",
    explain: "Time to respond includes waking up, getting to a laptop, finding the right dashboard and working out what is real. Each of those steps can be made shorter.",
    systemChecks: [
      "Did the page say clearly what was broken?",
      "Was the right dashboard one click away from the alert?",
      "Did the runbook match what the responder found?",
    ],
    redirect: "Which part of those forty minutes could our tools or alerts have done instead?",
  },
  {
    id: "heroics",
    said: "Luckily Sam was around. Sam always saves us.",
    saidBy: [
      "engineer",
      "manager",
    ],
    acknowledge: "Let's thank the people who helped; that was valuable work.",
    explain: "Relying on one person to save us is also a risk. Let's capture what they knew, so that it's there on the nights they aren't.",
    systemChecks: [
      "Is that knowledge written into a runbook?",
      "Could a second responder apply this fix from the runbook alone?",
      "Could a tool do the step that was done by hand?",
    ],
    redirect: "What did that person know that the rest of the team and the runbook did not?",
  },
  {
    id: "cannot-happen-again",
    said: "This was a one-off. It can't happen again.",
    saidBy: [
      "engineer",
      "senior-engineer",
      "manager",
    ],
    acknowledge: "This exact trigger may well be rare, and that's useful to know.",
    explain: "Rare events still share conditions with common ones. Even if this trigger never returns, the gaps that let it grow will meet a different one.",
    systemChecks: [
      "Would our alerts catch a similar failure with a different cause?",
      "Do our tests cover the weakness, or only this one trigger?",
    ],
    redirect: "What other triggers could meet the same weakness?",
  },
  {
    id: "just-tell-me-the-fix",
    said: "Skip the details. Just tell me what the fix is.",
    saidBy: [
      "executive",
    ],
    acknowledge: "Fair enough; your time is short, so here's the short version first.",
    explain: "The bottom line, the cost and the actions with owners and dates come first. The details are there so the fixes aim at the real conditions, and I can walk you through any of them.",
    systemChecks: [
      "Which actions already have people and time behind them?",
      "Which risk remains until they land?",
    ],
    redirect: "Which of these actions needs your support to get done on time?",
  },
  {
    id: "tests-should-have-caught-it",
    said: "QA should have caught this before it shipped.",
    saidBy: [
      "manager",
      "engineer",
    ],
    acknowledge: "You're right that testing is one of the places this could have been stopped.",
    explain: "Testing lowers risk but never removes it, and this failure needed production load or data to show itself. The useful question is what our test environments can't see.",
    systemChecks: [
      "Which automated test would have caught it, and why don't we have one today?",
      "How does the test environment differ from production here?",
      "Was this path ever load tested?",
    ],
    redirect: "What about production was missing from the environment where this change was tested?",
  },
];
