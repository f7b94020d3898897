import { isProductName } from '../language/index.js';

// The public redactor puts words where names were ("an internal service", "an engineer"); a name written as a
// modifier or after a role leaves those words where English does not want them. These steps mend the grammar
// around the replacement, generally, by the shape of the sentence rather than by the names of one incident.

// Who a person is in an incident, as a sentence names them before their name ("On-call engineer Dana", "the
// incident commander Priya").
const role = String.raw`(?:(?:on[- ]call|lead|senior|staff|principal|primary|secondary|backup|duty|support|platform|database|network|release|site reliability)\s+)?(?:engineers?|SREs?|developers?|responders?|incident commanders?|commanders?|ICs?|facilitators?|scribes?|managers?|operators?|owners?|leads?|on[- ]call)`;
const roleThenName = new RegExp(
  String.raw`(?:\b(the|an?|our|their|its)\s+)?(?<![\p{L}\p{N}_-])(${role})\s+(?:an(?:other)?|a (?:third|fourth|further)) engineer\b(?!['’]s\b)`,
  'giu',
);
// "an engineer, the on-call engineer," and "an engineer (the on-call engineer)": the role alone says it.
const nameThenRole = new RegExp(
  String.raw`\b([Aa]n(?:other)? engineer|[Aa] (?:third|fourth|further) engineer)(?:,\s+|\s+\()((?:the|our)\s+${role})(?:,|\))`,
  'gu',
);

const opensSentence = (text: string, index: number) => /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, index));

/**
 * A role followed by a redacted name is the role: "On-call engineer an engineer acknowledged the page" is "The
 * on-call engineer acknowledged the page"; "an engineer, the incident commander, decided" is "the incident
 * commander decided". A role with no article gets "the": it names the one person in that role.
 */
export function roleForRedactedName(text: string): string {
  return text
    .replace(roleThenName, (_found, det: string | undefined, who: string, index: number) => {
      const article = det && !/^an?$/i.test(det) ? det : 'the';
      const words = `${article.toLowerCase()} ${/^(?:SRE|IC)/.test(who) ? who : who.toLowerCase()}`;
      return opensSentence(text, index) || /^\p{Lu}/u.test(det ?? '')
        ? words.charAt(0).toUpperCase() + words.slice(1)
        : words;
    })
    .replace(nameThenRole, (_found, name: string, who: string) =>
      name.startsWith('A') ? who.charAt(0).toUpperCase() + who.slice(1) : who,
    );
}

// The redactor's words for an internal thing: "an internal service", "an internal host" …
const placeholder = String.raw`an?\s+internal\s+(service|host|setting|function|cluster|database|queue|namespace|team|worker|pod|job)`;
// Modifiers a writer puts between an article and a name: "the Rust settlement-sidecar", "our Go payments-api",
// "the new checkout-api". Capitalised words (languages, products) and a few everyday adjectives.
// Days and months are not modifiers ("This Monday an internal service failed" keeps its article).
const modifiers = String.raw`(?:(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}+#-]*|new|old|main|shared|legacy|internal|upstream|downstream|primary|secondary)\s+){1,3}`;
// Case-sensitive on purpose: with the i flag, \p{Lu} would match any letter.
const doubled = new RegExp(
  String.raw`\b([Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+(${modifiers})(?:${placeholder}|(one|another)\s+internal\s+(service))`,
  'gu',
);
/**
 * Plural nouns a thing said in words stands before as a modifier ("a configuration file changes" is "configuration
 * file changes", "an internal setting writes" "internal setting writes"): there, the thing takes no article.
 */
export const modifiedPlurals =
  'changes|updates|edits|entries|values|settings|rows|keys|writes|reads|errors|checks|deploys|rollouts|migrations';

// Nouns a name stands before as a modifier ("the settlement-sidecar sidecar", "the payments-api pods").
const heads =
  'StatefulSets?|DaemonSets?|ReplicaSets?|CronJobs?|Deployments?|statefulsets?|daemonsets?|replicasets?|cronjobs?|ingress(?:es)?|volumes?|disks?|shards?|partitions?|brokers?|rotations?|VMs?|machines?|sidecars?|proxies|proxy|containers?|pods?|workers?|clients?|servers?|services?|apis?|APIs?|gateways?|databases?|queues?|caches?|jobs?|process(?:es)?|deployments?|librar(?:y|ies)|crates?|modules?|binar(?:y|ies)|endpoints?|dashboards?|logs?|metrics|instances?|nodes?|hosts?|clusters?|handlers?|resolvers?|nameservers?|routers?|firewalls?|(?:calls?|requests?)(?=\\s+(?:to|from|into|against|were|are|was|is|failed|fail|timed|time|that|which|and|or)\\b|\\s*[.,;:)]|$)|team';
const asModifier = new RegExp(
  String.raw`(?:\b([Aa]n?)\s+)?\binternal\s+(?:service|host|address|setting|function|cluster|database|queue|namespace)\s+(${heads})\b`,
  'gu',
);

// Nouns a service or store has, which a name stands before as its owner ("the checkout-api integration tests",
// "ledger-svc connection pool"): the replacement says whose they are ("an internal service's integration tests").
const owned =
  'pages|tests?|test suites?|suites?|code|codebase|config(?:uration)?|settings?|limits?|timeouts?|pools?|owners?|runbooks?|dependencies|releases?|pipelines?|images?|repo|repository|errors?|error rates?|latency|traffic|memory|threads?|alerts?|on-call rota|versions?|health checks?|readiness probes?|rate limits?|consumers?|producers?|subscribers?|consumer groups?|readers?|writers?|replicas?';
// Words that make a compound with such a noun ("integration tests", "connection pool"), never a verb.
const compound =
  'integration|unit|end-to-end|e2e|smoke|load|contract|connection|database|db|thread|worker|request|error|retry|release|deploy|deployment|build|container|http|grpc|client|server|cache|memory|latency|timeout|health|alert|alerting|paging|escalation';
const ownerThenNoun = new RegExp(
  String.raw`\b((?:[Aa]n?|[Tt]he(?: first| other| second| third)?|[Oo]ne|[Aa]nother|a third) internal (?:service|database|queue|cluster))\s+(?=(?:(?:${compound})\s+)?(?:${owned})\b)`,
  'gu',
);

// Contractions that look like possessives: "It's an alert" keeps its article. Only before the words debrief itself
// puts in place of a name ("internal", "alert", a setting's words), so "Priya's the IC" (Priya is) is left alone.
const contraction = /^(?:it|that|what|there|here|who|where|how|he|she|let|when|why)$/i;
/**
 * A possessive is the phrase's only determiner: "Priya's an alert" is "Priya's alert", "Paweł's the connection limit
 * change" "Paweł's connection limit change" (trial 12d D-2, D-5). A name before a setting said with "the"
 * ("Postgres the max connections") owns it: "Postgres's max connections".
 */
export function oneDeterminer(text: string): string {
  return (
    text
      .replace(
        /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}\p{N}-]*)['’]s (?:an?|the|another) (?=(?:internal|alert|connection limit|max|min|maximum|minimum|hold time|database|engineer)\b)/gu,
        (found, owner: string) => (contraction.test(owner) ? found : `${owner}'s `),
      )
      // A role put in a person's place is an owner too: "responder 1's the connection limit change" (trial 12f F12-9).
      .replace(
        /\b((?:responder|engineer|author|commander|scribe|facilitator|stakeholder|attendee|owner)(?: \d+)?)['’]s (?:an?|the|another) (?=(?:internal|alert|connection limit|max|min|maximum|minimum|hold time|database|engineer)\b)/giu,
        (_found, owner: string) => `${owner}'s `,
      )
      .replace(
        /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]+) the (?=(?:max|min|maximum|minimum|internal) )/gu,
        (found, owner: string) => (isProductName(owner) ? `${owner}'s ` : found),
      )
  );
}

/**
 * Replacement words that fit the grammar around them: a determiner the writer put before a name's modifiers is
 * the phrase's only article ("The Rust an internal service sidecar" is "The Rust internal sidecar"), and a name used
 * as a modifier before a noun says only "internal" ("an internal service sidecar" is "an internal sidecar"), and one
 * before what a service has says whose it is ("an internal service integration tests" is "an internal service's
 * integration tests").
 */
export function fitReplacements(text: string): string {
  return oneDeterminer(
    text
      .replace(
        doubled,
        (_found, det: string, between: string, noun: string | undefined, which?: string, service?: string) =>
          // "The Rust another internal service" is the other one: "The other Rust internal service".
          which === 'another'
            ? `${det} other ${between}internal ${service}`
            : `${det} ${between}internal ${noun ?? service}`,
      )
      .replace(/\b(?:IP|IPv4|IPv6|ip) (an internal address)(?: address)?\b/g, '$1')
      // "an internal host:6379": the port of a redacted host says nothing more (trial 12g G-29).
      .replace(/\b(internal (?:host|address|service)):\d{2,5}\b/g, '$1')
      // "The an internal address host", "a fourth the on-call team rotation": the writer's determiner (and the
      // ordinal after it) is the phrase's article; the replacement's own goes.
      .replace(
        /\b([Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)\s+((?:(?:first|second|third|fourth|fifth|sixth|next|last|new|extra|separate|dedicated)\s+)?)(?:an?|the)\s+(?=(?:internal|on-call)\b)/g,
        (_found, det: string, between: string) =>
          `${/^an?$/i.test(det) ? (between ? det.charAt(0) : `${det.charAt(0)}n`) : det} ${between}`,
      )
      // "at an internal address resolvers" is "at internal resolvers": a plural head takes no "an" (trial 21).
      .replace(asModifier, (_found, article: string | undefined, head: string) => {
        if (!article) return `internal ${head}`;
        if (!/[^s]s$/.test(head)) return `${article} internal ${head}`;
        return /^A/.test(article) ? `Internal ${head}` : `internal ${head}`;
      })
      // "Kafka broker kafka-2" is "an internal Kafka broker", not "Kafka an internal broker".
      .replace(
        /(?:\b([Tt]he|[Aa]n?)\s+)?(?<![\p{L}\p{N}_-])(\p{Lu}[\p{L}\p{N}]+) (?:an?|the|another|one) internal (broker|host|node|server|cluster|instance|database|replica)\b/gu,
        (found, det: string | undefined, product: string, noun: string, index: number, whole: string) => {
          if (!isProductName(product)) return found;
          const article = det && /^the$/i.test(det) ? 'the' : 'an';
          const opens = /(?:^|[.!?:]\s+|\n)$/.test(whole.slice(0, index));
          const said = `${article} internal ${product} ${noun}`;
          return opens || (det && /^[TA]/.test(det)) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
        },
      )
      // "on node an internal host", "the IP an internal address address": the writer's noun and ours say it once.
      .replace(
        /\b(on|to|from|in|at|of) (node|host|server|instance|machine|VM|vm)\s+an internal (?:host|service|address|instance)\b/g,
        (_found, preposition: string, noun: string) =>
          `${preposition} an internal ${noun === 'VM' ? noun : noun.toLowerCase()}`,
      )
      .replace(
        /\b(internal (?:network|security group|subnet|instance|volume|image|snapshot)) (?:VPC|vpc|SG|sg|\1)\b/g,
        '$1',
      )
      .replace(/\b(internal (security group|subnet|instance|volume|image|snapshot)) \2s?\b/g, '$1')
      // "the on-call team rotation" is the on-call rotation; "another team rotation" that team's rotation.
      .replace(/\b(the on-call) team (rotations?|rotas?|schedules?|pagers?)\b/gi, '$1 $2')
      .replace(
        /\b((?:[Aa]n?|[Aa]nother|[Aa] (?:third|fourth|fifth)) team) (rotations?|rotas?|schedules?|pagers?)\b/g,
        "$1's $2",
      )
      .replace(ownerThenNoun, (_found, owner: string) => `${owner}'s `)
      // "the redis cluster redis-prod-eu-west-1": the noun says what it is, the name goes.
      .replace(
        /\b((?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:cluster|database|queue|host|bucket|topic|node|server|instance|replica|primary|standby|leader|follower|broker|machine|role|user|policy|key|secret|stream|table|account))\s+an internal (?:service|host|cluster|database|queue|resource)\b/gu,
        '$1',
      )
      // "The auth-service pod auth-service-5f6d7-abcde": "The internal service's pod".
      .replace(
        /\b((?:[Tt]he|[Aa]n|[Oo]ne|[Aa]nother) internal (?:service|worker|database|queue))\s+an internal (pod|host|instance|node)\b/g,
        "$1's $2",
      ),
  );
}

// A function as Rust, Go, Python or JavaScript declare it, in code marks: "`async fn fetch_fx_rates`", "`func (s *Server)
// Handle`", "`def settle_batch`". Trial 24 read "`async fn an internal setting`" in an exec report.
const declaration =
  /`(?:pub(?:\([a-z]+\))?\s+)?(?:async\s+)?(?:unsafe\s+)?(?:fn|func|def|function)\s+(?:\([^()`]*\)\s*)?([A-Za-z_]\w*)(?:\([^`]*\))?[^`]{0,40}`/g;

// What stands around a name in code marks and says nothing to a reader: Go's `defer` and `go`, Rust's `await` and
// `return`, a pointer or reference (`*sql.Rows`, `&mut cache`), a metric's labels (`requests_total{code="500"}`).
// Trial 25 read "`*an internal function`" and "`defer an internal function`" in an exec bottom line.
// Not the go command's own tools (`go vet`, `go test`): those are the tool.
const keywordBefore =
  /`(?:defer|go(?!\s+(?:vet|test|build|mod|run|generate|fmt|tool|get|install)`)|await|return|let|const|var)\s+([^`\s][^`]*)`/g;
const sigilBefore = /`[*&]+(?:mut\s+)?([A-Za-z_][^`]*)`/g;
const metricLabels = /`([a-z_:][a-z0-9_:]*)\{[^`}]*\}`/g;

/**
 * A name in code marks as a reader's report says it: a function as its code declares it is that function called
 * ("`async fn fetch_fx_rates`" is "`fetch_fx_rates()`"), and the keywords, sigils and labels around a name go.
 */
export function declaredFunctions(text: string): string {
  return text
    .replace(declaration, '`$1()`')
    .replace(keywordBefore, '`$1`')
    .replace(sigilBefore, '`$1`')
    .replace(metricLabels, '`$1`');
}

// Code names that are functions: called ("flush_all()"), or named by a verb first ("spawn_blocking",
// "get_balance"); configuration keys are named by nouns ("max_conns", "pool_size").
const verbs =
  'spawn|get|set|run|handle|process|load|read|write|send|fetch|parse|create|build|call|do|make|init|start|stop|block|wait|poll|flush|close|open|update|delete|insert|check|validate|compute|render|serialize|deserialize|encode|decode|try|apply|execute|exec|dispatch|register|resolve|retry|acquire|release|lock|unlock|connect|disconnect|query|commit|rollback|settle|charge|submit|enqueue|dequeue|drain|spawn|join|select|map|reduce|filter|sort|emit|publish|subscribe|consume|produce|schedule|cancel';
const verbFirst = new RegExp(`^(?:${verbs})_`);

/** Whether a snake_case name from code reads as a function rather than a setting. */
export function isFunctionName(name: string, after = ''): boolean {
  return /^\(/.test(after) || verbFirst.test(name);
}

/** Where the sentence holding `index` starts: after the last full stop, mark or line break before it. */
export const sentenceStart = (whole: string, index: number) =>
  whole.slice(0, index).search(/(?:[.!?]\s+|\n)[^.!?\n]*$/) + 1;
