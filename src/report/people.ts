import type { IncidentDocument, ParticipantRole } from '../domain/index.js';
import { isEverydayWord, isKnownFirstName, isProductName, personNamesIn } from '../language/index.js';
import { morePersonNamesIn, withGivenName, withSurnameParticles } from './prose-people.js';

/** People and teams known outside the incident: the project's configuration (`people`, `teams`). */
export interface ConfiguredPeople {
  people?: readonly string[] | undefined;
  teams?: readonly string[] | undefined;
}

/** One person an incident names, with the role a report may call them by and every way the text spells them. */
export interface KnownPerson {
  name: string;
  /** The role in plain words: "incident commander", "responder", "deploy author", "on-call engineer", "engineer". */
  role: string;
  /** Full name first, then e-mail addresses and handles, each as the evidence spelled it. */
  aliases: string[];
  /** The first name alone, when no one else in the incident shares it (matched only where it is capitalised). */
  firstName?: string;
  /**
   * Account names (the local part of their address, "jnowak" of jnowak@corp.example) that are no everyday word:
   * identifiers, matched in any case wherever they stand, unlike a first name that must read as a name.
   */
  logins?: string[];
}

/** Everyone an incident names (people first, from the most to the least authoritative source) and its teams. */
export interface PeopleRegistry {
  people: KnownPerson[];
  teams: string[];
}

const participantRole: Record<ParticipantRole, string> = {
  facilitator: 'facilitator',
  'incident-commander': 'incident commander',
  scribe: 'scribe',
  responder: 'responder',
  stakeholder: 'stakeholder',
};

// An honorific joined to a name ("Tanaka-san", "Kim-nim", "Sharma-ji") belongs to it: the role replaces both (trial 12g
// G-2 read "Responder 3-san").
export const honorific = String.raw`-(?:san|sama|kun|chan|sensei|senpai|ji|nim|ssi)(?![\p{L}\p{M}\p{N}_])`;
const honorificEnd = new RegExp(`${honorific}$`, 'iu');
/** An e-mail address in free text (the registry's people, the public redactor's mailboxes). */
export const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A chat handle (@priya, @priya.r); broadcast mentions name no one.
const handle = /(?<![\p{L}\p{N}@.])@([\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?![\p{L}\p{N}:])/gu;
const broadcast = new Set(['here', 'channel', 'everyone', 'all']);
const thingWords =
  /\b(?:policy|schedule|service|bot|escalation|integration|webhook|system|alertmanager)\b|-bot$/i;
// A capitalised word before a capitalised name-shaped word: "Hunter Okonkwo-Reyes", "Grace O'Neill".
const nameThenSurname =
  /(?<![\p{L}\p{M}\p{N}_@.-])(\p{Lu}[\p{Ll}\p{M}]+) (\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]+)*)(?![\p{L}\p{M}\p{N}_@-])/gu;
const teamWords = /\b(?:team|squad|on-?call|sre|ops|guild|crew|rota|tribe|chapter)\b/i;
// A team named in prose by a capitalised name and a team word: "Falcon squad", "the Atlas team", "Team Falcon".
const namedTeam =
  /(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}\p{N}-]+) (?:team|squad|guild|crew|tribe)|Team (\p{Lu}[\p{L}\p{N}-]+))(?![\p{L}\p{N}])/gu;

// The words of a mailbox that a team or a function reads, not a person: support@, on-call@, sre-alerts@, no-reply@.
const mailboxWords = new Set(
  'support help helpdesk service desk oncall on call sre ops devops infra platform security secops soc privacy abuse noreply no reply donotreply do not alerts alert alerting pager pagerduty notifications notify monitoring status incidents incident info contact admin root postmaster webmaster hostmaster billing sales team teams engineering eng dev devs developers dba dbas payments finance legal hr careers jobs press marketing hello feedback lead leads leadership managers management staff all everyone announce announcements owners reviewers reviews postmortem postmortems retro retros exec execs executives directors backend frontend mobile web data qa'.split(
    ' ',
  ),
);

/**
 * Whether an address is a role mailbox (support@acme.io, oncall@, sre-alerts@, no-reply@): every word of its local
 * part is a function or a team word. Such an address names no person: it is never a person in the registry.
 */
export function isRoleMailbox(address: string): boolean {
  const words = localWords(address);
  return words.length > 0 && words.every((w) => mailboxWords.has(w));
}

/** The words of an address's local part, its "+tag" left out: "sre", "alerts" of sre-alerts+eu@acme.io. */
function localWords(address: string): string[] {
  const local = address.split('@')[0]?.split('+')[0]?.toLowerCase() ?? '';
  return local.split(/[._-]+/).filter((w) => w !== '');
}

// Mailboxes a company gives its customers and the public: a public report may name them.
const publicMailboxWords = new Set(
  'support help helpdesk service desk security privacy abuse status info contact billing sales press hello feedback careers jobs'.split(
    ' ',
  ),
);

/** Whether a role mailbox is one customers write to (support@, billing@, security@): public, unlike oncall@. */
export function isPublicMailbox(address: string): boolean {
  return localWords(address).every((w) => publicMailboxWords.has(w));
}

/** Who an evidence line names, by the shape each importer writes (see src/evidence). */
const evidencePeople: Array<{ source: RegExp; pattern: RegExp; role: (kind: string) => string }> = [
  // git log: "Raise the pool limit (commit 7f66bfea42 by Yuki Tanaka)"
  {
    source: /^git/,
    pattern: /\(commit [0-9a-f]{7,40} by ([^)]+?)(?:, committed by [^)]+)?\)/u,
    role: (kind) =>
      kind === 'deploy' ? 'deploy author' : kind === 'rollback' ? 'rollback author' : 'change author',
  },
  // git log --format=fuller: "… (commit 7f66bfea42 by Yuki Tanaka <yuki@…>, committed by Ana Ruiz <ana@…>)"
  {
    source: /^git/,
    pattern: /\(commit [0-9a-f]{7,40} by [^)]+, committed by ([^)]+)\)/u,
    role: () => 'engineer',
  },
  // PagerDuty: "PagerDuty paged (Priya R): …", "PagerDuty incident acknowledged by Priya R: …"; a log entry's agent
  // may be a service ("PagerDuty paged (pay-api (prod)): Notified Priya R by SMS."), whom it notified is a person.
  { source: /^pagerduty/, pattern: /^PagerDuty paged \((.+?)\): /u, role: () => 'on-call engineer' },
  {
    source: /^pagerduty/,
    pattern: /^PagerDuty paged \(.+?\): Notified (.+?) by [\p{L} ]+\.?$/u,
    role: () => 'on-call engineer',
  },
  {
    source: /^pagerduty/,
    pattern: /^PagerDuty incident (?:acknowledged|resolved) by (.+?): /u,
    role: () => 'on-call engineer',
  },
  // PagerDuty notes: "PagerDuty note by Ada Obi: checking the pool". Anyone on the incident may write one: a
  // responder, not the on-call engineer the page went to.
  { source: /^pagerduty/, pattern: /^PagerDuty note by (.+?): /u, role: () => 'responder' },
];

// Slack export: "#inc-42 Priya R (@priya, Priya Raghunathan, U024BE7LH) (in thread): text": the shown name, then
// the person's other spellings, which are one person (src/evidence/documents/slack-export.ts).
const slackLine = /^#\S+ (.+?)(?: \((?!in thread\))([^()]+)\))?(?: \(in thread\))?: /u;
/** A Slack chat line without its author's other spellings: what an anonymised line needs ("#inc-42 Priya R: …"). */
export function withoutSlackSpellings(summary: string): string {
  const m = slackLine.exec(summary);
  if (!m?.[2]) return summary;
  return summary.replace(` (${m[2]})`, '');
}

// A PagerDuty agent that is a service, not a user: "pay-api (prod)", "checkout-api". PagerDuty's export says so
// (`service_reference`); the importer keeps only the agent's summary, so its shape decides.
const serviceAgent = /[()]|^[\p{Ll}\p{N}]+(?:[-_.][\p{Ll}\p{N}]+)+$/u;

// A Slack user id (U024BE7LH, W012A3CDE) names a person but is no name to call them by.
const slackId = /^[UW][A-Z0-9]{6,}$/;

const norm = (text: string) => text.trim().replace(/\s+/g, ' ');
// Letters no accent can be taken off, as a login spells them: "oyvind" of Øyvind, "lukasz" of Łukasz.
const unaccented: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ı: 'i',
};
/** The initials of a hyphenated word: "kh" of "kierkegaard-holm"; undefined for one without a hyphen. */
const hyphenInitials = (word: string) =>
  word.includes('-')
    ? word
        .split('-')
        .map((piece) => piece[0] ?? '')
        .join('')
    : undefined;

/** Whether `local` is another word's initial and `word` (or its first hyphenated part) run together. */
function initialAndSurname(local: string, word: string, name: readonly string[], i: number): boolean {
  const surnames = [word, word.replace(/-/g, ''), word.split('-')[0]!];
  return name.some(
    (other, j) => j !== i && other[0] !== undefined && surnames.some((s) => local === `${other[0]}${s}`),
  );
}

/**
 * A spelling as people type it without a keyboard for its letters: accents off, and the letters no accent comes off
 * of spelled plain, in their case ("Jose" of José, "Przemyslaw Wojcik" of Przemysław Wójcik, "Duc" of Đức).
 */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[øæœłđðþßıØÆŒŁĐÐÞ]/g, (letter) => {
      const lower = letter.toLowerCase();
      const said = unaccented[lower] ?? letter;
      return letter === lower ? said : said.charAt(0).toUpperCase() + said.slice(1);
    });
}

/** Lower case without diacritics, for matching a handle to a name: "Siobhán" and "siobhan" meet. */
const plain = (text: string) => withoutAccents(text).toLowerCase();

/**
 * Builds the registry of everyone an incident names: participants, action owners, review attendees, event authors,
 * configured people, and the people its evidence names (git authors, PagerDuty agents, Slack users, e-mail
 * addresses, @handles, names found in free text). Teams (configured, or owners such as "SRE team") are kept apart:
 * they name no person. Public reports remove everyone here; anonymised reports call each by a stable role label.
 */
export function peopleRegistry(doc: IncidentDocument, configured: ConfiguredPeople = {}): PeopleRegistry {
  const teams = new Set<string>((configured.teams ?? []).map(norm).filter((t) => t !== ''));
  const people: KnownPerson[] = [];
  const byKey = new Map<string, KnownPerson>();
  const find = (spelling: string) => byKey.get(spelling.toLowerCase());
  const remember = (person: KnownPerson, spelling: string) => {
    const key = spelling.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, person);
    if (!person.aliases.some((a) => a.toLowerCase() === key)) person.aliases.push(spelling);
  };
  // A person is called by the most telling role they played: an incident commander stays one, the author of the
  // deploy is "the deploy author" rather than an action owner, and the configuration says only that someone works
  // here ("engineer").
  // A participant's own role is what the incident says they were: the evidence does not outrank it (trial 12e E-10:
  // a responder who also deployed was "deploy author 1").
  const ownRole = new Set<KnownPerson>();
  const upgrade = (person: KnownPerson, role: string) => {
    if (!ownRole.has(person) && roleRank(role) > roleRank(person.role)) person.role = role;
  };
  const add = (raw: string, role: string, given?: string): KnownPerson | undefined => {
    // "Bill Post <bill@acme.io>", as calendars and git write a person: the name, and the address.
    const written = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(norm(raw));
    const name = written ? norm(written[1] ?? '') || (written[2] as string) : norm(raw);
    const mail = given && !given.includes('<') ? given : written?.[2];
    if (name === '' || name.length > 120) return undefined;
    // Tools and their schedules are not people: "PagerDuty", "Ledger Escalation Policy", "deploy-bot".
    if (isProductName(name) || thingWords.test(name)) return undefined;
    const handleName = name.replace(/^@/, '');
    // A word of a team's name ("Falcon" of "Falcon squad" or "Team Falcon") names the team, not a person.
    if (!/\s/.test(handleName) && teamOwning(handleName)) return undefined;
    // A team's mention is a team: "@payments-oncall", "@Team" of "@Team Falcon"; an address is not ("sre@acme.io").
    if (teams.has(name) || teams.has(handleName) || (!/\S@/.test(name) && teamWords.test(handleName))) {
      if (!name.startsWith('@')) teams.add(name);
      return undefined;
    }
    // An address whose local part is someone's handle is theirs: "will@acme.io" of the Slack user "will".
    const local = mail?.split('@')[0] ?? (name.includes('@') ? name.split('@')[0] : undefined);
    const known =
      find(name) ??
      find(handleName) ??
      (mail ? find(mail) : undefined) ??
      byLocalPart(handleName) ??
      byAddress(handleName) ??
      byAddressWords(handleName) ??
      (local && local.length >= 2 ? find(local) : undefined);
    const person = known ?? { name: handleName, role, aliases: [] };
    if (!known) people.push(person);
    else upgrade(known, role);
    // Known first by a handle or a login ("@pwojcik", an action's owner), named later in full ("Przemysław Wójcik",
    // the git author): the full name is theirs, so their first name and surname are found too (trial 12c C-4).
    if (known && !/[\s@]/.test(known.name) && /\s/.test(handleName) && !handleName.includes('@')) {
      known.name = handleName;
      // The handle they were known by is a login when it is no word and no first name ("pwojcik", not "will").
      const handle = known.aliases[0] ?? '';
      if (/^[\p{Ll}\p{N}._-]{4,}$/u.test(handle) && !isEverydayWord(handle) && !isKnownFirstName(handle))
        known.logins = [...new Set([...(known.logins ?? []), handle])];
    }
    remember(person, handleName);
    if (mail) {
      remember(person, mail);
      const login = loginOf(mail, person.name);
      if (login) {
        remember(person, login);
        if (!person.logins?.includes(login)) person.logins = [...(person.logins ?? []), login];
      }
    }
    return person;
  };
  const teamOwning = (word: string): string | undefined => {
    const key = word.toLowerCase();
    return [...teams].find(
      (team) => /\s/.test(team) && teamWords.test(team) && team.toLowerCase().split(/\s+/).includes(key),
    );
  };
  // A handle that is the local part of someone's address is theirs: "@seun" of seun@acme.io.
  const byAddress = (spelling: string): KnownPerson | undefined => {
    const key = spelling.toLowerCase();
    if (key.includes('@') || key.length < 2) return undefined;
    const fits = people.filter((p) =>
      p.aliases.some((a) => a.includes('@') && a.split('@')[0]!.toLowerCase() === key),
    );
    return fits.length === 1 ? fits[0] : undefined;
  };
  // A full name whose words are the words of a known address: "Misaki Tanaka" of 田中 美咲 <misaki.tanaka@…>, whose
  // name is written in another script (trial 12g G-2: one person had two labels).
  const byAddressWords = (spelling: string): KnownPerson | undefined => {
    const words = plain(spelling).split(/\s+/);
    if (words.length < 2 || spelling.includes('@')) return undefined;
    const key = [...words].sort().join(' ');
    const fits = people.filter((p) =>
      p.aliases.some(
        (a) =>
          a.includes('@') &&
          plain(a.split('@')[0]!)
            .split(/[._-]+/)
            .sort()
            .join(' ') === key,
      ),
    );
    return fits.length === 1 ? fits[0] : undefined;
  };
  // A name found in text that is part of a longer known name ("Siobhán Ní" of "Siobhán Ní Bhriain") is that person.
  // A part of a known name ("Siobhán" of "Siobhán O'Brien"); a part of another spelling of theirs ("अनन्या" of the
  // Slack profile name "अनन्या अय्यर" of Ananya Iyer) is remembered as theirs, so it is replaced as they are.
  const partOfKnown = (name: string): boolean => {
    const words = plain(name);
    const inside = (spelling: string) => ` ${plain(spelling)} `.includes(` ${words} `);
    if (people.some((p) => inside(p.name))) return true;
    const owner = people.find((p) => p.aliases.some((alias) => /\s/.test(alias) && inside(alias)));
    if (owner) remember(owner, name);
    return owner !== undefined;
  };
  // An address or handle that spells a known person is that person: "priya.raman@…", "@priya", "@kwame.m" (first
  // name and the surname's initial), "maybell" (the name run together), diacritics aside ("siobhan" for Siobhán).
  const byLocalPart = (spelling: string): KnownPerson | undefined => {
    const local = plain(spelling.split('@')[0]!);
    const parts = local.split(/[\s._-]+/).filter(Boolean);
    if (parts.length === 0) return undefined;
    const fits = people.filter((p) => {
      const name = plain(p.name).split(/\s+/);
      if (name.join('') === parts.join('') || name.join(' ') === parts.join(' ')) return true;
      if (name.length < 2) return false;
      const [first, second] = parts as [string, string | undefined];
      if (second === undefined)
        // "jnowak", "skierkegaard": an initial and a surname (or its first part), run together.
        return (
          first === name[0] ||
          (first.length >= 5 && name.some((w, i) => initialAndSurname(first, w, name, i)))
        );
      // "priya.raman", "kwame.m", and in either order ("lan.nguyen" of Nguyễn Thị Lan, who is written family name
      // first); a hyphenated surname by its initials ("soren.kh" of Søren Kierkegaard-Holm).
      return name.some(
        (word, i) =>
          word === first &&
          name.some((other, j) => j !== i && (other.startsWith(second) || hyphenInitials(other) === second)),
      );
    });
    return fits.length === 1 ? fits[0] : undefined;
  };

  for (const p of doc.participants) {
    const person = add(p.name, participantRole[p.role], p.email);
    if (person) ownRole.add(person);
  }
  // Owning an action says nothing of what someone did in the incident: "engineer 2" unless the evidence says more.
  for (const a of doc.actions) add(a.owner, 'engineer');
  // The configuration says only that someone works here, not what they did: "engineer 2", never "responder 2".
  for (const name of configured.people ?? []) add(name, 'engineer');
  for (const r of doc.reviews) {
    for (const a of r.attendees) add(a, 'attendee', a.includes('@') ? a : undefined);
    // Who joined the meeting in the shared room, and the owners of the actions it added.
    for (const a of r.summary?.attendees ?? []) add(a, 'attendee');
    for (const a of r.summary?.actions ?? []) add(a.owner, 'engineer');
  }
  // Authors are people, except the markers debrief writes for its own doors ("cli:root", "@api:token") and its own
  // writers ("import", "system").
  for (const e of doc.timeline)
    for (const o of e.origins)
      if (o.author && !/^@|^\w+:\S+$|^(?:import|system)$/.test(o.author)) add(o.author, 'responder');
  // One person written several ways at once (a Slack roster): found by any spelling, known by all of them.
  const addSpellings = (spellings: readonly string[], role: string) => {
    const names = spellings.map(norm).filter((n) => n !== '' && n !== 'someone');
    const full = names
      .filter((n) => n.includes(' ') && !n.startsWith('@'))
      .sort((a, b) => b.length - a.length);
    const fullName = full[0] ?? names.find((n) => !slackId.test(n));
    if (!fullName) return;
    const known = names.map((n) => find(n.replace(/^@/, ''))).find((p) => p !== undefined);
    const person = known ?? add(fullName, role);
    if (!person) return;
    upgrade(person, role);
    for (const name of names) remember(person, name.replace(/^@/, ''));
  };
  for (const e of doc.timeline) {
    if (/^slack/.test(e.source)) {
      const m = slackLine.exec(e.summary);
      if (m) addSpellings([m[1]!, ...(m[2] ?? '').split(', ')], 'responder');
      continue;
    }
    for (const shape of evidencePeople) {
      if (!shape.source.test(e.source)) continue;
      const who = shape.pattern.exec(e.summary)?.[1];
      if (who && who !== 'someone' && !(e.source.startsWith('pagerduty') && serviceAgent.test(who)))
        add(who, shape.role(e.kind));
    }
  }
  const prose = proseOf(doc);
  // A capitalised name the incident shows to be a product somewhere ("Azure Front Door", "Polly v8", "the Polly
  // library") is no person wherever it stands (trial 18e read "Mehmet failed Front Door over" as a person acted on).
  const products = productsShownIn(prose);
  const shownAsProduct = (name: string) =>
    products.has(plain(name)) || products.has(plain(name.split(/\s+/)[0] ?? ''));
  // Teams the text names by a team word ("Falcon squad", "Team Falcon"), before the names in it are read.
  for (const text of prose)
    for (const m of text.matchAll(namedTeam)) if (!isEverydayWord(m[1] ?? m[2] ?? '')) teams.add(m[0]);
  // Names before addresses and handles: "Kenji Watanabe (kenji@acme.io)" is one person, known by both.
  for (const text of prose) {
    const named = personNamesIn(text).map((name) =>
      withSurnameParticles(text, withGivenName(text, name.replace(honorificEnd, ''))),
    );
    for (const name of named)
      if (!find(name) && !partOfKnown(name) && !shownAsProduct(name)) add(name, 'responder');
    const isPerson = (name: string) => named.includes(name) || find(name) !== undefined || partOfKnown(name);
    for (const name of morePersonNamesIn(text, isPerson)) {
      if (shownAsProduct(name) && !find(name)) continue;
      const person = add(withSurnameParticles(text, name), 'responder');
      // An account name ("jnowak's change") is matched wherever it stands, as a login is.
      if (person && /^[a-z][a-z0-9._-]{3,}$/.test(name) && !person.logins?.includes(name))
        person.logins = [...(person.logins ?? []), name];
    }
    for (const m of text.matchAll(email)) if (!isRoleMailbox(m[0])) add(m[0], 'responder', m[0]);
    for (const m of text.matchAll(handle))
      if (!broadcast.has(m[1]!.toLowerCase())) add(`@${m[1]}`, 'responder');
  }
  // "Hunter Okonkwo-Reyes" where Will Hunter is known: a word of a known person's name, written before a capitalised
  // word that is none of theirs and no word debrief knows, is someone else's full name (trial 12g G-1: the
  // bystander was called "the deploy author", and the surname stayed).
  // Only words of full names count: a login alone ("rkaur") says nothing of the word after it ("Rkaur Street").
  const nameWords = new Set(
    people
      .map((p) => plain(p.name).split(/\s+/))
      .filter((words) => words.length >= 2)
      .flat()
      .filter((w) => w.length >= 2),
  );
  for (const text of prose)
    for (const m of text.matchAll(nameThenSurname)) {
      const [pair, first, second] = m as unknown as [string, string, string];
      if (!nameWords.has(plain(first)) || nameWords.has(plain(second)) || find(pair) || partOfKnown(pair))
        continue;
      if (isEverydayWord(second) || isProductName(second) || teamWords.test(second)) continue;
      // A verb's form ("Hunter Reverted the flag") or a title in capitals ("Hunter Rolled Back The Flag") names no one.
      const next = text.slice(m.index + pair.length);
      if (/(?:ed|ing)$/.test(second) || /^\s+\p{Lu}/u.test(next)) continue;
      add(pair, 'responder');
    }
  addFirstNames(people, byKey);
  return { people, teams: [...teams] };
}

/**
 * The local part of an address as an account name: four characters or more, no everyday word ("grace", "oncall")
 * and not the person's first name alone (which is matched only where it reads as a name).
 */
function loginOf(mail: string, name: string): string | undefined {
  const local = mail.split('@')[0] ?? '';
  if (local.length < 4 || !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(local) || isEverydayWord(local))
    return undefined;
  const first = plain(name.split(' ')[0] ?? '');
  return plain(local) === first ? undefined : local;
}

/** A first name is an alias of one person only: when two people share it, neither gets it. */
function addFirstNames(people: KnownPerson[], byKey: Map<string, KnownPerson>): void {
  const owners = new Map<string, KnownPerson[]>();
  for (const person of people) {
    const parts = person.name.split(' ');
    if (parts.length < 2 || parts[0]!.length < 2) continue;
    const first = parts[0]!.toLowerCase();
    owners.set(first, [...(owners.get(first) ?? []), person]);
  }
  for (const [first, list] of owners) {
    const taken = byKey.get(first);
    if (list.length !== 1 || (taken && taken !== list[0])) continue;
    const person = list[0]!;
    person.firstName = person.name.split(' ')[0]!;
    byKey.set(first, person);
  }
}

// From the least to the most telling role; participants' own roles above what the evidence shows.
const rolesByWeight = [
  'engineer',
  'attendee',
  'responder',
  'change author',
  'on-call engineer',
  'rollback author',
  'deploy author',
  'stakeholder',
  'scribe',
  'facilitator',
  'incident commander',
];
const roleRank = (role: string) => rolesByWeight.indexOf(role);

// A vendor's name before a product's ("Azure Front Door", "AWS Lambda"); a version after a name ("Polly v8", "Polly
// 8.4.1"); a kind of software or machine after it ("the Polly library", "the Luigi task", "the Kong gateway").
const vendorThenProduct =
  /\b(?:Azure|AWS|Amazon|Google Cloud|Google|GCP|Microsoft|Cloudflare|Oracle|IBM|Apache|Elastic|Confluent|HashiCorp|Atlassian|Salesforce|Heroku|Vercel|Netlify|DigitalOcean|Firebase|Akamai|Fastly)\s+(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*){0,2})/gu;
const nameThenVersion = /\b(\p{Lu}[\p{L}\p{N}]+)\s+(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\p{L}\p{N}])/gu;
const nameThenKind =
  /\b(\p{Lu}[\p{L}\p{N}]+)\s+(?:library|libraries|package|packages|SDK|gem|crate|plugin|framework|extension|driver|NuGet|task|tasks|DAG|DAGs|scheduler|pipeline|broker|brokers|cluster|server|servers|workers|console|portal|API|APIs|dashboard|operator|sidecar|proxy|gateway)\b/gu;

/** The capitalised names the incident's text shows to be products, lower-cased. */
function productsShownIn(prose: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of prose)
    for (const pattern of [vendorThenProduct, nameThenVersion, nameThenKind])
      for (const m of text.matchAll(pattern)) found.add(plain(m[1]!));
  return found;
}

/** Every text a person may be named in, machine output included (a log line can carry an address). */
function proseOf(doc: IncidentDocument): string[] {
  return [
    doc.title,
    doc.summary,
    doc.bluf,
    doc.impact.description,
    doc.followUp,
    ...doc.wentWell,
    ...doc.gotLucky,
    ...doc.factors.flatMap((f) => [f.title, f.description]),
    ...doc.actions.flatMap((a) => [a.title, a.droppedReason ?? '']),
    ...doc.timeline.map((e) => e.summary),
    ...doc.extraSections.flatMap((s) => [s.heading, s.body]),
    ...doc.reviews.flatMap((r) => [r.notes, ...r.decisions]),
    ...Object.values(doc.moments).map((m) => m?.reason ?? ''),
  ].filter((text) => text !== '');
}

/**
 * A stable label per person: "the incident commander" when one person holds the role, "responder 2" when several
 * do (numbered in the order the registry lists them, so the same person has the same label everywhere). Given the
 * people the report names (`named`, in the order a reader meets them), they are numbered in that order and only they
 * are counted: a configured roster of thirteen whose three appear
 * reads "engineer 1…3", not "engineer 11…13"; the rest are numbered after them.
 */
export function roleLabelsOf(
  registry: PeopleRegistry,
  named?: ReadonlySet<KnownPerson>,
): Map<KnownPerson, string> {
  // Those named first in the order they were met, which is the order of `named`.
  const first = named ? [...named].filter((p) => registry.people.includes(p)) : registry.people;
  const ordered = [...first, ...registry.people.filter((p) => !first.includes(p))];
  const totals = new Map<string, number>();
  for (const p of first) totals.set(p.role, (totals.get(p.role) ?? 0) + 1);
  const counters = new Map<string, number>();
  const labels = new Map<KnownPerson, string>();
  for (const p of ordered) {
    const n = (counters.get(p.role) ?? 0) + 1;
    counters.set(p.role, n);
    const several = (totals.get(p.role) ?? 0) > 1 || n > 1;
    labels.set(p, several ? `${p.role} ${n}` : `the ${p.role}`);
  }
  return labels;
}
