import { commitNote } from './timeline.js';

// Who made a change is no part of what changed: a reader's timeline and the meeting's agenda say the change, not
// the person who typed it (trial 18f F-23, trial 21 F5). Automation keeps its name ("(by Release Bot)", "Argo CD
// synced …").
const automation =
  /\b(?:bot|ci|cd|automation|pipeline|release|deployer|argo|flux|spinnaker|jenkins|github actions|gitlab|renovate|dependabot|scheduler|cron)\b/i;
const personCredit = /\s*\(by ([^()]+)\)/g;
// The same credit without brackets, where the line's words end or a colon or dash goes on: "Deploy checkout-api
// v2.31.0 by jnowak: …", "Rolled back by Jakub Nowak", "… by tomasz.w via argo-rollouts" (the tool stays; trial 25
// read ").w via argo-rollouts"). A login or a name of up to four words; the public's "by an engineer" is a credit too.
const bareCredit =
  /\s+by\s+((?:an?|another|the)\s+(?:(?:third|fourth|other)\s+)?engineer|@?[\p{L}](?:[\p{L}\d._@-]*[\p{L}\d])?(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})(?=\s*(?:[:;,]|\.(?![\p{L}\d])|\s[-–—]\s|$)|\s+via\s)/gu;
// What follows "by" in a change's line without being who made it: "rolled back by hand", "by default".
const notAnAuthor =
  /^(?:hand|default|design|mistake|itself|accident|now|then|policy|rule|config|flag|script)$/i;
// A full name opening the line: two or three capitalised words before a lower-case verb ("Will Hunter set …").
// An anonymised report's role label stands where the name stood ("Responder 2 pushed …", "The incident commander
// rolled back …", trial 21 F17).
const leadingFullName =
  /^(?:\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}|(?:[Tt]he )?(?:[Ii]ncident commander|[Ss]cribe)|(?:[Rr]esponder|[Ss]takeholder|[Ss]cribe|[Ii]ncident commander) \d+)(?=\s+\p{Ll})/u;

// A login opening the line ("arjun.m pushed …", "@dana_k rolled back …", trial 28 F4): a dot or underscore inside
// a lower-case word, or an "@", says it is a person's account, not a service ("ledger-writer restarted").
const leadingLogin =
  /^(?:@[\p{L}][\p{L}\d._-]*[\p{L}\d]|\p{Ll}[\p{Ll}\d]*(?:[._]\p{Ll}[\p{Ll}\d]*)+)(?=\s+\p{Ll})/u;

/** Whether a name credited with a change is automation, which keeps its name. */
export function isAutomation(name: string): boolean {
  return automation.test(name);
}

/**
 * A change's line without who made it: a leading author ("Kenji Watanabe deployed search-api" is "Deployed
 * search-api"; `leadingName` is one the caller knows for a person, else a full name by its shape), a git importer's
 * commit note, and a credit in brackets or after "by".
 */
export function changeWithoutAuthor(line: string, leadingName?: string): string {
  const fullName = leadingFullName.exec(line)?.[0] ?? leadingLogin.exec(line)?.[0];
  const name = leadingName ?? (fullName && !automation.test(fullName) ? fullName : undefined);
  const rest = name ? /^\s+(\p{Ll}+ed|ran|set|put|shipped|pushed)\b/u.exec(line.slice(name.length)) : null;
  const opened =
    name && rest
      ? `${(rest[1] as string).charAt(0).toUpperCase()}${(rest[1] as string).slice(1)}${line.slice(name.length + rest[0].length)}`
      : line;
  return opened
    .replace(commitNote, '')
    .replace(personCredit, (found, who: string) => (automation.test(who) ? found : ''))
    .replace(bareCredit, (found, who: string) => (automation.test(who) || notAnAuthor.test(who) ? found : ''))
    .trim();
}
