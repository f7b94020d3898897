import { fitToPosition } from './name-replacer.js';

// Links in a public text go before anything reads their parts: a name, a service or a ticket inside a link's path
// ("github.com/jlee/pay-api/pull/42") must not be replaced word by word, which breaks the link and still tells the
// company's repository layout. A link a reader outside can follow (the status page, public documentation) stays.

/**
 * Where links point inside the company: a host with an internal label or a bare name, an address, and the tools
 * teams work in (code hosting, trackers, documents, chat, paging, dashboards, cloud consoles), whose pages a
 * reader outside cannot open and whose paths name people, repositories and tickets.
 */
const internalHost =
  /^(?:[^/]*\.(?:internal|int|local|corp|lan|svc|intra|intranet|private|consul)(?:\.[^/]*)?(?::\d+)?|[a-z0-9-]+(?::\d+)?|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?)$/i;
const workToolHost =
  /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|atlassian\.net|atlassian\.com|notion\.so|notion\.site|linear\.app|slack\.com|zoom\.us|pagerduty\.com|datadoghq\.(?:com|eu)|sentry\.io|grafana\.net|opsgenie\.com|incident\.io|firehydrant\.io|rootly\.com|sharepoint\.com|dropbox\.com|figma\.com|miro\.com|loom\.com|console\.aws\.amazon\.com|console\.cloud\.google\.com|portal\.azure\.com|(?:docs|drive|meet|sheets|slides|chat)\.google\.com|teams\.microsoft\.com)$/i;
// A company's own tools by the name they are served under: jira.acme.com, grafana.acme.io, ci.acme.dev.
const toolSubdomain =
  /^(?:jira|confluence|wiki|git|gitlab|github|ci|jenkins|buildkite|grafana|kibana|prometheus|alertmanager|argocd|argo|vault|sentry|metabase|redash|admin|internal|intranet|sso|vpn|kube|k8s|console|dashboards?|logs|tracing|jaeger)\./i;

/** Whether a link points where only people inside the company can go. */
export function isInternalLink(target: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]+)/i.exec(target);
  if (!m) return /^mailto:/i.test(target);
  const host = (m[1] ?? '').replace(/^[^@]*@/, '').toLowerCase();
  return internalHost.test(host) || workToolHost.test(host) || toolSubdomain.test(host);
}

/** A typed Markdown link to a web page or an address: its image mark, its words and its target. */
export const markdownLink = /(!?)\[([^\]\n]*)\]\(\s*<?((?:https?|mailto):[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/gi;
/** A link in angle brackets: its target. */
export const autolink = /<((?:https?|mailto):[^>\s]+)>/gi;
const bareUrl = /\bhttps?:\/\/[^\s)>\]<]+/gi;

/**
 * A public text's links to internal places said as what they are: a typed link keeps its words ("see [the
 * dashboard](https://grafana.acme.io/d/x)" is "see the dashboard"), a link to an address keeps its words and loses
 * the address, and a bare or angle-bracketed internal link is "an internal link". Links a reader outside can follow
 * stay as written. `counted` hears of each link replaced.
 */
export function publicLinks(text: string, counted: () => void = () => {}): string {
  return text
    .replace(markdownLink, (found, _image: string, words: string, target: string, index: number) => {
      if (!isInternalLink(target)) return found;
      counted();
      const said = words.trim();
      // Words that are the link itself ("[https://…](https://…)", "[jlee@…](mailto:jlee@…)") say nothing more.
      if (said === '' || /^(?:https?:\/\/|mailto:)/i.test(said) || said === target.replace(/^mailto:/i, ''))
        return fitToPosition(text, index, /^mailto:/i.test(target) ? 'an address' : 'an internal link');
      return said;
    })
    .replace(autolink, (found, target: string, index: number) => {
      if (/^mailto:/i.test(target)) return target.replace(/^mailto:/i, '');
      if (!isInternalLink(target)) return found;
      counted();
      return fitToPosition(text, index, 'an internal link');
    })
    .replace(bareUrl, (found, index: number) => {
      // A sentence's full stop or comma after a link is not part of it.
      const link = found.replace(/[.,;:!?'"’”]+$/, '');
      if (!isInternalLink(link)) return found;
      counted();
      return fitToPosition(text, index, 'an internal link') + found.slice(link.length);
    });
}
