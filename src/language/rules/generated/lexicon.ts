// Generated from src/language/rules/lexicon.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

// Word lists are kept as one space-separated string each: smaller and faster to load than array literals.
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Pronouns and indefinites that stand for people (research notes 3.2). */
export const personPronouns: ReadonlySet<string> = words("i we you he she they me us him her them someone somebody nobody anyone anybody everyone everybody whoever one none folks people y'all yall u");

/** Possessive pronouns that make their noun a person's work ("his change"). */
export const personPossessives: ReadonlySet<string> = words("his her their your my");

/** Pronouns that stand for things. */
export const thingPronouns: ReadonlySet<string> = words("it this that these those which what something nothing everything");

/** Roles, including plurals: a role is a person for blame purposes. */
export const roles: ReadonlySet<string> = words("engineer engineers developer developers dev devs sre sres oncall on-call on-calls on-caller on-callers reviewer reviewers approver approvers author authors intern interns hire hires newbie newbies junior juniors senior seniors ic commander commanders captain captains admin admins administrator administrators dba dbas manager managers lead leads responder responders human humans person persons staff contractor contractors teammate teammates colleague colleagues coworker coworkers employee employees owner owners maintainer maintainers committer committers contributor contributors operator operators team teams squad squads guy guys user users member members ops tech techs analyst analysts scribe facilitator whoever submitter submitters requester deployer deployers programmer programmers architect architects clerk clerks technician technicians stakeholder stakeholders participant participants vendor vendors consultant consultants freelancer freelancers office offices");

/** Words that anonymised reports number to stand for a person ("Actor 2"); a person only with the number after them. */
export const placeholderRoles: ReadonlySet<string> = words("actor actors individual individuals party parties witness witnesses attendee attendees participant participants author authors");

/** Nouns for software and infrastructure: the same predicate with one of these as agent is neutral. */
export const systemNouns: ReadonlySet<string> = words("service services server servers pod pods job jobs pipeline pipelines deploy deploys deployment deployments canary canaries kubelet client clients handler handlers parser parsers automation proxy proxies sidecar sidecars backup backups cron crons alert alerts probe probes scheduler controller autoscaler queue queues broker brokers consumer consumers producer producers replica replicas cluster clusters node nodes database databases db dbs cache caches balancer ingress gateway gateways endpoint endpoints api apis worker workers goroutine goroutines thread threads runtime compiler linter ci build builds test tests suite script scripts tool tools bot bots webhook webhooks cert certs certificate certificates config configs configuration check checks monitor monitors monitoring dashboard dashboards rollout rollouts migration migrations decoder encoder resolver watchdog daemon agent agents retry retries breaker breakers healthcheck app apps application applications process processes container containers image images instance instances vm vms host hosts disk disks volume volumes table tables index indexes request requests response responses connection connections pool pools lock locks leader follower followers shard shards partition partitions topic topics stream streams system systems platform function functions method methods module modules crate crates library libraries binary binaries release releases version versions flag flags feature toggle toggles rule rules policy filter filters firewall router routers dns network link load traffic cpu memory heap gc allocator runner runners action actions workflow workflows step steps stage stages hook hooks trigger triggers timer timers limiter limiters throttle sensor sensors collector collectors exporter exporters scraper page pages pager heartbeat heartbeats lease leases session sessions tx transaction transactions message messages event events log logs metric metrics trace traces span spans code change changes commit commits pr prs patch patches fix fixes hotfix hotfixes manifest manifests chart charts template templates spec plan plans terraform schema schemas field fields column columns key keys value values file files cronjob daemonset statefulset replicaset deployment's cluster's service's operator-sdk reconciler reconcilers informer informers mutex channel channels socket sockets listener listeners upstream upstreams downstream downstreams backend backends frontend frontends storage bucket buckets object objects snapshot snapshots wal compaction compactor replication failover cutover region regions zone zones datacenter vpc subnet loadbalancer tenant it's primary's replica's leader's logic implementation handling design abstraction loop algorithm wrapper layer interface header headers buffer buffers counter counters parameter parameters folder folders driver drivers staging provider providers loader loaders adapter adapters installer uploader downloader query queries harness harnesses");

/** Nouns for things people make: a judgement of one of these judges its author ("a sloppy edit"). */
export const workProducts: ReadonlySet<string> = words("edit edits change changes commit commits pr prs patch patches push pushes move moves decision decisions work mistake mistakes handover handovers effort attempt attempts fix fixes hotfix hotfixes merge merges typo typos approach choice choices plan plans migration migrations refactor refactors upgrade upgrades hack hacks tweak tweaks slip slips blunder blunders oversight oversights force-push force-pushes backfill backfills cleanup cleanups rollback rollbacks");

/** Capitalised words that are products or tools: software, never people. */
export const productNames: ReadonlySet<string> = words("go golang rust redis kafka postgres postgresql mysql mariadb envoy nginx haproxy kubernetes k8s helm terraform grafana prometheus alertmanager pagerduty opsgenie slack github gitlab jenkins argo argocd flux istio linkerd consul vault etcd zookeeper cassandra scylla elasticsearch opensearch clickhouse spark flink nats rabbitmq memcached aws gcp azure s3 ec2 eks gke aks rds dynamodb lambda cloudflare fastly akamai datadog sentry jaeger tempo loki tokio hyper axum actix tonic grpc http https dns tls ssl tcp udp api cdn cpu gpu ram oom sql json yaml docker linux debian ubuntu systemd cron cargo clippy gin echo cobra viper zap gorm sqlx diesel serde rayon crossbeam mio jira confluence zoom google kotlin java python scala swift elixir erlang haskell zig typescript javascript nodejs deno php perl lua clojure ocaml fortran cobol groovy csharp webassembly wasm llvm gcc clang rustc apple oracle tesla dell cisco juniper arista ericsson telia lumen adyen django kong rook falco trino netty bun meili harbor maven siri cortana safari fedora atlantis miro");

/** Capitalised words that are products, places, months or labels, never people (the products included). */
export const notNames: ReadonlySet<string> = new Set([...productNames, ...words("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december sev1 sev2 sev3 sev4 sev ci cd pr prs rca ic tl;dr tldr bluf impact summary timeline action actions decision note notes update question answer q a owner status root cause mitigation resolution detection trigger follow-up followups todo done lesson lessons agenda context background postmortem post-mortem incident outage customer customers support sales finance legal security platform infra infrastructure payments billing checkout search auth identity storage network networking data observability reliability edge mobile web europe asia us eu uk utc pst est cet am pm ok okay yes no hi hello thanks thank also however then later meanwhile overall finally first second third next after before during while when since because although this that these those the an it its we i our they their he she his her you your my there here what which who whose why how where if unless until once as at on in by for from with without into onto over under about around across through throughout between among per via and or but so yet not never none nothing some any all every each both either neither many much more most less least few several other another such only just even still already again soon now today yesterday tomorrow tonight morning evening night week weekend month year prod")]);

/** Words that may follow a subject and are not its head: adverbs and auxiliaries. */
export const subjectTrailers: ReadonlySet<string> = words("never also just simply then still again apparently accidentally mistakenly already had has have having was were is are be been did do does didn't doesn't don't clearly obviously completely really probably likely not totally basically actually initially later first quickly unfortunately eventually somehow evidently honestly frankly literally seemingly itself themselves himself herself myself ourselves yourself all both alone certainly definitely surely perhaps maybe would could should might must will can may shall ought wouldn't couldn't shouldn't mustn't won't can't cannot 'd 've 'll to need needs needed going being getting got gets");

/** Software nouns that, owned by a person, are something they did ("her rollout", "Ana's script"), unlike "her parser". */
export const personalActs: ReadonlySet<string> = words("rollout rollouts deploy deploys deployment deployments release releases script scripts config configs test tests query queries restart restarts failover cutover code schema schemas");

/** Departments that, capitalised and bare as the subject of a blame predicate, stand for a team ("Security should have…"). */
export const departmentSubjects: ReadonlySet<string> = words("security networking marketing sales finance legal support qa devops ops infra platform sre dba hr secops");

/** Department names that stand for a team when capitalised and possessive ("Security's rotation"). */
export const departments: ReadonlySet<string> = words("security platform networking network infra infrastructure data marketing sales finance legal support qa ops devops sre dba product design engineering payments billing mobile web frontend backend");

/** First names common enough to be recognised even at the start of a sentence. */
export const knownFirstNames: ReadonlySet<string> = words("bob alice carol dave eve mallory trent peggy victor ruth amir olga helga yaw teodora hugo anika ayesha signe lena paolo noah ilse kenji sebastián sebastian min-jun sun-hee priya raj rahul arjun wei li mei chen hiro yuki aiko sato tomás tomas carlos maria marta jose josé ana ines inês joão joao pedro lucas thomas marcus nikos agnes james john mike michael sarah emma olivia liam oliver mia sofia lucia luca marco giulia fatima omar ali hassan leila youssef amara kwame ama kofi chidi ngozi tunde zainab sipho thandiwe anders lars ingrid sven astrid björn bjorn freya erik nils kai jan jana petr pavel ivan dmitri katya natasha sergei oksana marek piotr zofia aleksandra tamar yael avi noa david daniel rachel sam alex jordan taylor casey morgan riley jamie chris pat kim lee dana nina tara maya nora ella zoe grace max ben tom tim tony joe jim jack ryan kevin brian jason eric mark paul peter steve scott greg andrew matt nick rob dan jen jess kate laura anna julia hannah lisa amy emily rosa elena irina svetlana yusuf emre elif mehmet ayşe deniz can burak selin farah samir nadia karim rania diego mateo valentina camila javier pablo lucía sofía isabel rafael bruno felipe gabriel juan luis miguel jorge andrés andres akira haruto sakura ren yuto hana jin seo-yeon ji-ho minho hyun jae soo-ah xin jun ming lin hao yan ravi anil sunita deepa kiran vikram sanjay neha pooja aditya ishaan ananya meera");

/** First names that are also everyday words or common code names (Will, May, Grant, Page, Atlas): a name only with more evidence than a name list. */
export const everydayNames: ReadonlySet<string> = words("will may mark grant bill chase page rust hope faith joy rose june april august dawn summer amber ruby jade jack frank max art ray guy can lee kim jin ren jun lin yan ana eve ben rob sam dan tim hao li kai ama pat sue penny bud buck dean dale cliff glen heath holly iris ivy lily daisy violet hazel olive pearl crystal coral misty rocky brook forest reed wade drew chip gene sunny river sky storm angel king prince major general baron earl duke sterling royal chance justice destiny miracle honor honour grace trinity harmony melody liberty unity serenity the to not or by an so do just time check harm read cache job knowledge second per done channel any line same real catch else even missing manual edit spike memory saw keys junior stellar rocket said race case lines captain early late trace driver idea lies guide true master many okay great say link future hung tag crash rush pretty purpose morning alone deny west pilot chain doc ledger nil edge rogue min amateur amazing promise shadow nature judge aid ember ones free secret chosen long days able landing holiday legacy ever meet daemon brain boss desire veer clarity success lucky truth forever nor ping unique unknown deep cloud constant minor nine million light story bright crew haven come till believe praise echo diesel frankly ways silly sole bear peer sage rain snow star moon sun sunday monday friday tuesday wednesday thursday saturday january february march july september october november december spring autumn winter fall north south east young old new little big small atlas apollo hermes titan phoenix zeus athena orion nova luna delta sierra alpha omega spark flux nexus vega aurora neo cosmo comet jet blaze bolt flash hunter archer cooper mason baker porter carter taylor miller ranger scout ace rebel saint bishop deacon pope bell stone wood hill fox brown green white black gray grey rice bush fields lamb wolf bird swan nash shepherd cook fisher hall rich wise gold silver bond price wells banks house church rivers lane park sharp strong hardy");

/** Common suffixes of nouns that are not names (used for a capitalised word at the start of a sentence). */
export const nounSuffix = /(?:tion|sion|ment|ness|ity|ing|ings|ance|ence|ure|age|ogy|ics|ism|ist|er|ers|or|ors|al|als|ics|ies|ly|ive|ous|ful|less|able|ible|ship|hood|ware|work|log|logs|base|point|way|ways|[^aiouáéíóúàèìòùâêîôûäëïöüãõ]s)$/;

/** Technical homonyms: evaluative or blame words that name a technique, not a judgement (3.4). Each pattern comes
 * with `needs`, words one of which every match contains, so that most sentences skip the pattern unrun. */
export const technicalHomonyms: ReadonlyArray<{ needs: readonly string[]; pattern: RegExp }> = [
  {
    needs: [
      "sloppy quorum",
    ],
    pattern: /\bsloppy quorums?\b/,
  },
  {
    needs: [
      "lazy",
    ],
    pattern: /\blazy[ -_]?(?:loading|loaded|load|loads|evaluation|evaluated|init\w*|static|cell|lock|val|binding|iterator|sequence|allocation|deletion|mode|import|parsing|fetch\w*|list|propagation|expiry|expiration|approach|strategy)\b/,
  },
  {
    needs: [
      "lazily",
    ],
    pattern: /\blazily\b/,
  },
  {
    needs: [
      "lazy",
    ],
    pattern: /\b(?:is|are|'s|’s|be|stays?|remains?|made it|make it) lazy\b(?=[^.;]{0,60}\b(?:by default|on (?:first|demand)|until|first (?:use|access|call|read|request|touch)|when (?:first )?(?:needed|used|accessed|read|requested)|defer\w*)\b)/,
  },
  {
    needs: [
      "question",
    ],
    pattern: /\b(?:dumb|stupid|silly|naive) questions?\b/,
  },
  {
    needs: [
      "stupid",
    ],
    pattern: /\bstupid(?:ly)? (?:amounts?|numbers?|fast|quick|quickly|large|big|high|expensive|cheap|simple|easy|long|slow|many|much)\b/,
  },
  {
    needs: [
      "lazy_static",
      "oncecell",
    ],
    pattern: /\blazy_static\b|\boncecell\b/,
  },
  {
    needs: [
      "blame",
    ],
    pattern: /\bgit blame\b|\bblame view\b|\bblame annotations?\b|`blame`/,
  },
  {
    needs: [
      "negligible",
    ],
    pattern: /\bnegligible\b/,
  },
  {
    needs: [
      "readable",
    ],
    pattern: /\bhuman[- ]readable\b/,
  },
  {
    needs: [
      "fault",
    ],
    pattern: /\bsegmentation fault\b|\bfault (?:injection|tolerance|tolerant|domain|domains|line|isolation)\b|\bpage faults?\b/,
  },
  {
    needs: [
      "responsible for ",
    ],
    pattern: /\bresponsible for (?:scheduling|routing|serving|handling|storing|running|reconciling|rendering|the (?:api|queue|cache|scheduler|proxy))\b/,
  },
  {
    needs: [
      " operator",
    ],
    pattern: /\b(?:kubernetes|k8s|postgres|prometheus|strimzi|redis|kafka|cert-manager|custom|cluster) operators?\b/,
  },
  {
    needs: [
      "dumb ",
    ],
    pattern: /\bdumb (?:pipe|client|terminal|proxy)\b/,
  },
  {
    needs: [
      "cowboy ",
    ],
    pattern: /\bcowboy (?:hat|boots)\b/,
  },
  {
    needs: [
      "panic",
    ],
    pattern: /\bpanic(?:ked|s)? (?:at|in|with|on|inside|while|when|during|because|handler|hook)\b|\bgoroutine panicked\b/,
  },
];
