import { fitToPosition } from './name-replacer.js';

// Cloud and shell identifiers people paste into a summary, which a public reader has no use for: storage locations
// (s3://bucket/path), account and resource ids (AWS account 123456789012, vpc-0a1b2c3d), commands typed at a shell
// (kubectl -n orders rollout undo deploy/orders-api), and settings named before what they hold ("the pool_size=5
// default"). Each goes whole, as words that still read.

const storageUrl = /\b(?:s3|s3a|gs|az|abfss?|wasbs?|hdfs|oci|r2):\/\/[^\s)>\],;]*[^\s)>\],;.]/gi;
const accountId =
  /(?:\b(the|an?|our|its|their)\s+)?(?:\b(?:AWS|GCP|Azure|cloud)\s+)?\baccounts?(?:\s+(?:id|ID|number|no\.?))?(?:\s*[:#]\s*|\s+)\d{12}\b/gi;
// Resource ids by their prefix, with the noun a person may write before or after them ("security group
// sg-0123abcd", "the vpc-0a1b2c3d VPC"); AWS writes 8 or 17 hex digits, people paste shortened ones.
const resourceKinds: Record<string, { noun: string; words: string }> = {
  vpc: { noun: 'vpcs?', words: 'network' },
  sg: { noun: 'security\\s+groups?', words: 'security group' },
  subnet: { noun: 'subnets?', words: 'subnet' },
  i: { noun: 'instances?|ec2\\s+instances?|nodes?|hosts?', words: 'instance' },
  ami: { noun: 'amis?|images?', words: 'image' },
  vol: { noun: 'volumes?|ebs\\s+volumes?|disks?', words: 'volume' },
  eni: { noun: 'network\\s+interfaces?|enis?', words: 'network interface' },
  snap: { noun: 'snapshots?', words: 'snapshot' },
};
const otherResources = 'igw|nat|rtb|acl|tgw|pcx|eipalloc|lt|vpce';
const resourceId = new RegExp(
  `(?:\\b(the|an?|our|its|their)\\s+)?(?:\\b(${Object.values(resourceKinds)
    .map((k) => k.noun)
    .join(
      '|',
    )})\\s+)?\\b(${Object.keys(resourceKinds).join('|')}|${otherResources})-[0-9a-f]{7,17}\\b(?:\\s+(?:${Object.values(
    resourceKinds,
  )
    .map((k) => k.noun)
    .join('|')}))?`,
  'gi',
);
// A command typed at a shell, named by its tool; it runs to the end of the clause or to a word of prose after it,
// and never on past a sentence's full stop ("… -n shop. The consumer lagged" keeps its second sentence).
// Kafka's own scripts too (trial 18c left "kafka-consumer-groups --reset-offsets" in an exec timeline), and other
// clouds' and stores' command-line tools (trial 18e left "az cosmosdb sql container throughput update"), and
// certificate tools (trial 24 left "cert-manager renew kafka-internal" in an exec timeline). cert-manager is a
// product, named in prose far more often than typed: a command only before "renew" (trial 26 read "The cert-manager
// warnings appeared weeks ago." as "The command.").
const tools =
  'kubectl|helm|terraform|gcloud|eksctl|kubens|kubectx|systemctl|psql|redis-cli|argocd|istioctl|kafka-consumer-groups(?:\\.sh)?|kafka-topics(?:\\.sh)?|kafka-configs(?:\\.sh)?|etcdctl|nodetool|gsutil|aws|az|doctl|pulumi|ansible-playbook|mongosh|flyctl|wrangler|varnishadm|curl|vault|certbot|cmctl|cert-manager(?=\\s+renew\\b)|docker|journalctl';
// Trial 18c: "kubectl drain across the GKE node pool np-orders-v2 with no PDB" ran on through "across the …".
const prose =
  'on|in|at|and|or|to|from|for|with|after|before|while|when|but|so|then|which|because|until|against|via|during|as|again|twice|across|into|onto|over|through|of|by|without|the|a|an|is|was|were|had|has|set|took|left|kept|not|no|every|each|its|their|our|it|we|they|fixed|helped|worked|restored|cleared|resolved|recovered|stopped|failed|succeeded|did|didn[\\x27’]t|brought|got|removed|deleted|added|changed|created|destroyed|replaced|updated|dropped|recreated|modified';
const quotedCommand = new RegExp(
  `(?:\\b(the|an?)\\s+)?\`(?:sudo\\s+)?(?:${tools})\\b[^\`\\n]*\`(\\s+commands?\\b)?`,
  'gi',
);
const command = new RegExp(
  `(?:\\b(the|an?)\\s+)?(?<![\\w/.-])(?:sudo\\s+)?(?:${tools})(?:(?<![.!?])\\s+(?!(?:${prose})\\b)[^\\s,;()]+)+(\\s+commands?\\b)?`,
  'gi',
);
// A trace, span or request id pasted after its noun ("the trace id 4bf92f35…"), or a bare 32-digit hex or UUID id
// (trial 12g G-29): the noun stays, the number goes.
const namedTraceId =
  /\b(trace|span|request|correlation)(?:[ _-]?id)?(?:\s*[:=#]\s*|\s+)([0-9a-f]{16,32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;
const bareTraceId =
  /(?:\b(the|an?)\s+)?\b(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;
// Its name is code-shaped (a dash, dot, underscore or digit, or in backticks), after the words or before them
// ("the payments-enricher consumer group"): "the consumer group stalled" names none (trial 18f F3).
const groupName = '(?:`[^`\\s]+`|(?=[\\w.-]*[-_.\\d])(?=[\\w.-]*[a-z])[a-z0-9][\\w.-]*[a-z0-9])';
const consumerGroup = new RegExp(
  `(?:\\b(the|an?)\\s+)?(?:\\bconsumer[ -]group\\s+${groupName}(?![\\w-])|(?<![\\w.-])${groupName}\\s+consumer[ -]group\\b)`,
  'gi',
);
// A setting named before what it holds: "the pool_size=5 default", "the bulk_reservation flag".
const settingWithNoun =
  /(?:\b(the|an?|its|their|our)\s+)?(?<![\p{L}\p{N}_.@/$-])(?![a-z0-9_]*_(?:db|queue|svc|srv|api|service|worker)\b)[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:=[^\s,;)]+)?\s+(defaults?|values?|limits?|flags?|options?|parameters?|keys?|variables?|settings?)\b/giu;

/** A redactor step for cloud and shell identifiers; `count` is told of each replacement. */
export function cloudNamesInProse(count: () => void): (text: string) => string {
  const at = (text: string, index: number, words: string) => {
    count();
    return fitToPosition(text, index, words);
  };
  const steps: Array<(text: string) => string> = [
    (text) =>
      text.replace(namedTraceId, (_found, noun: string) => {
        count();
        return noun;
      }),
    (text) =>
      text.replace(bareTraceId, (_found, _det: string | undefined, index: number) =>
        at(text, index, 'an internal id'),
      ),
    // "the consumer group checkout-events-v2": a consumer group by its name (trial 12g G-29 read it as a host).
    (text) =>
      text.replace(consumerGroup, (_found, det: string | undefined, index: number) =>
        at(
          text,
          index,
          det && /^the$/i.test(det) ? 'the internal consumer group' : 'an internal consumer group',
        ),
      ),
    (text) =>
      text.replace(storageUrl, (_found, index: number) => at(text, index, 'an internal storage location')),
    (text) =>
      text.replace(accountId, (found, det: string | undefined, index: number) =>
        at(
          text,
          index,
          `${det && !/^an?$/i.test(det) ? det.toLowerCase() : 'an'} internal ${/accounts/i.test(found) ? 'accounts' : 'account'}`.replace(
            /^an internal accounts/,
            'internal accounts',
          ),
        ),
      ),
    (text) =>
      text.replace(
        resourceId,
        (_found, det: string | undefined, _noun: string | undefined, prefix: string, index: number) => {
          const words = resourceKinds[prefix.toLowerCase()]?.words ?? 'resource';
          const article = det && !/^an?$/i.test(det) ? det.toLowerCase() : 'an';
          return at(text, index, `${article} internal ${words}`);
        },
      ),
    (text) =>
      text.replace(settingWithNoun, (_found, det: string | undefined, noun: string, index: number) => {
        const kind = noun.toLowerCase();
        const article = det && !/^an?$/i.test(det) ? det.toLowerCase() : undefined;
        // What the setting holds is said of it ("the default of an internal setting"); a flag or an option is one.
        if (/^(?:defaults?|values?|limits?)$/.test(kind))
          return at(text, index, `${article ?? 'the'} ${kind} of an internal setting`);
        return at(text, index, `${article ?? (/s$/.test(kind) ? '' : 'an')} internal ${kind}`.trim());
      }),
  ];
  return (text) => steps.reduce((out, step) => step(out), text);
}

/**
 * A redactor step for commands typed at a shell ("kubectl -n orders rollout undo deploy/orders-api" is "a command");
 * a tool named with no command ("via kubectl") stays.
 */
export function shellCommandsInProse(count: () => void): (text: string) => string {
  const at = (text: string, index: number, words: string) => {
    count();
    return fitToPosition(text, index, words);
  };
  const steps: Array<(text: string) => string> = [
    (text) =>
      text.replace(quotedCommand, (_found, det: string | undefined, index: number) =>
        commandWords(text, index, det, at),
      ),
    (text) =>
      text.replace(
        command,
        (found: string, det: string | undefined, _noun: string | undefined, index: number) => {
          // A sentence's full stop after the command is not part of it.
          const end = /[.!?:]+$/.exec(found)?.[0] ?? '';
          const args = found
            .slice(0, found.length - end.length)
            .split(/\s+/)
            .slice(1);
          // "helm charts were updated" is prose about the tool: a command has an argument of its own shape, or is
          // said to be run.
          // A command whose words say what it did ("terraform apply removed …") is typed whatever its arguments.
          const typed =
            commandKinds.some(([pattern]) => pattern.test(found.replace(/^(?:the|an?)\s+/i, ''))) ||
            args.some((arg) => /[-/=.:\d]/.test(arg)) ||
            /\b(?:ran|run|runs|running|executed|execute|typed|issued)\s+$/i.test(text.slice(0, index));
          // "the Helm chart set a 512Mi limit" is the product: a command is typed in small letters.
          const tool = found.slice(det ? det.length : 0).trimStart();
          if (!typed || (/^\p{Lu}/u.test(tool) && !/\b(?:ran|run|typed)\s+$/i.test(text.slice(0, index))))
            return found;
          return commandWords(text, index, det, at, found) + end;
        },
      ),
  ];
  return (text) => steps.reduce((out, step) => step(out), text);
}

// What a typed command did, by its words, and the verbs that already say so before it.
// "git revert <hash>" is not among the command tools above: reader-phrases.ts says it as "a revert".
const commandKinds: ReadonlyArray<[RegExp, string, RegExp]> = [
  [/^(?:\S+\s+){1,2}drain\b/i, 'node drain', /\bdrain/i],
  [
    /^(?:kubectl\s+rollout\s+undo|helm\s+rollback|argo(?:cd)?\s+(?:app\s+)?rollback)\b/i,
    'rollback',
    /\b(?:roll(?:ed|ing)?\s*back|revert)/i,
  ],
  [
    /^(?:kubectl\s+rollout\s+restart|systemctl\s+restart|docker\s+restart|service\s+\S+\s+restart)\b/i,
    'restart',
    /\brestart/i,
  ],
  [/^(?:cert-manager|certbot|cmctl)\s+renew\b/i, 'certificate renewal', /\brenew/i],
  // "terraform apply removed the DNS record" (trial 27 F15 read only "A command").
  // "applied terraform PR #4812" (trial 28 F13 read "Applied a command"): a change to the infrastructure's code;
  // "applied" before it says how, not what, so the words stay ("Applied an infrastructure change").
  [
    /^(?:terraform|tofu|pulumi)\s+(?:apply|up|destroy|PR|pull request|MR|merge request|change|changes|plan)\b/i,
    'infrastructure change',
    /\binfrastructure change/i,
  ],
];

function commandWords(
  text: string,
  index: number,
  det: string | undefined,
  at: (text: string, index: number, words: string) => string,
  found = '',
): string {
  // "ran kubectl drain across the node pool" keeps what it did: a node drain (the glossary explains it). So do a
  // rollback, a restart and a renewal: a rollback event read "A command; memory back to 600 megabytes" (trial 24).
  const typed = found.replace(/^(?:the|an?)\s+/i, '');
  const did = commandKinds.find(([pattern]) => pattern.test(typed));
  // Said after the verb that names it ("rolled back with kubectl rollout undo") it is the command that did it.
  const named = did && did[2].test(text.slice(Math.max(0, index - 60), index));
  const what = did && !named ? did[1] : 'command';
  return at(
    text,
    index,
    det && /^the$/i.test(det) ? `the ${what}` : `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`,
  );
}

// A path on a web server written in prose ("the /healthz/deep probe", "GET /api/v2/orders"), not a fraction, a
// unit ("req/s") or part of an address: a health check when its words say so, an internal endpoint otherwise (trial
// 12g G-5 kept "/healthz/deep" in a public report). The noun after it is said with it. A link's address
// ("[the board](/d/checkout)") is left to the steps for links.
const endpointPath =
  /(?:\b(the|an?)\s+)?(?:\b(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?(?<![\p{L}\p{N}_.:/~<>-])(?<!\]\()\/[a-z_][\w.-]*(?:\/(?:[\w.{}:-]+|\*{1,2}))*\/?(?<!\.)(?![\p{L}\p{N}_/*-])(\s+(?:probes?|checks?|endpoints?|routes?|paths?|handlers?|url|pages?))?/giu;
const fileRoot =
  /^\/(?:etc|var|usr|opt|home|tmp|srv|proc|sys|dev|run|mnt|root|bin|sbin|lib|lib64|boot|data|app|Users)(?:\/|$)/;
const healthWords = /\/(?:healthz?|health-?check|readyz?|readiness|livez?|liveness|ping|status)\b/i;

/** A redactor step for web paths in prose; `count` is told of each replacement. */
export function endpointPathsInProse(count: () => void): (text: string) => string {
  return (text) =>
    text.replace(
      endpointPath,
      (found: string, det: string | undefined, noun: string | undefined, index: number) => {
        const path = found.replace(/^(?:(?:the|an?)\s+)?(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?/i, '');
        // One word after a slash ("/s", "/etc") is a unit or a folder when nothing calls it an endpoint.
        if (!noun && !det && /^\/[a-z]{1,3}$/i.test(path.trim())) return found;
        // A file's path ("/etc/nginx/nginx.conf", "/var/lib/pg") is left to the steps for files.
        if (fileRoot.test(path) || /\.[a-z]{1,5}\/?$/i.test(path.trim())) return found;
        count();
        const health = healthWords.test(found);
        const many = noun !== undefined && /s$/i.test(noun.trim()) && !/status/i.test(noun);
        const kind = health
          ? many
            ? 'health checks'
            : 'health check'
          : many
            ? 'internal endpoints'
            : 'internal endpoint';
        const article = det && /^the$/i.test(det) ? 'the' : many ? '' : health ? 'a' : 'an';
        return fitToPosition(text, index, `${article} ${kind}`.trim());
      },
    );
}
