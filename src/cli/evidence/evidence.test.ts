import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const slog = (at: string, level: string, msg: string) =>
  JSON.stringify({ time: at, level, msg, service: 'payments' });
const appLog = [
  slog('2026-03-04T14:00:00Z', 'INFO', 'server started'),
  slog('2026-03-04T14:02:11Z', 'ERROR', 'charge failed: context deadline exceeded calling ledger:9090'),
  'panic: runtime error: index out of range [3] with length 3',
  '',
  'goroutine 7 [running]:',
  'main.post(...)',
  '\t/app/ledger.go:142 +0x2a5',
].join('\n');
const webhook = JSON.stringify({
  receiver: 'pd',
  status: 'firing',
  alerts: [{ status: 'firing', labels: { alertname: 'HighErrorRate' }, startsAt: '2026-03-04T14:04:00Z' }],
});
const pagerduty = JSON.stringify({
  log_entries: [
    {
      type: 'trigger_log_entry',
      created_at: '2026-03-04T14:04:10Z',
      incident: { summary: '[FIRING:1] HighErrorRate' },
    },
    { type: 'acknowledge_log_entry', created_at: '2026-03-04T14:09:00Z', agent: { summary: 'Dana' } },
  ],
});

// One case folder shared by the tests below: a slog file with a panic, a gzipped webhook, a PagerDuty log.
const caseFolder = join(dir, 'case-1');
write('case-1/app.log', appLog);
write('case-1/alerts.json.gz', gzipSync(webhook));
write('case-1/pd.json', pagerduty);
const okFolder = join(dir, 'ok');
write('ok/app.log', appLog);

describe('debrief evidence', () => {
  it('lists every format with an example', async () => {
    const result = await runCli(['evidence', '--formats']);
    expect(result.code).toBe(0);
    for (const name of [
      'json:',
      'logfmt:',
      'syslog:',
      'access-log:',
      'alertmanager:',
      'pagerduty:',
      'go-crash:',
      'slack-export:',
    ]) {
      expect(result.stdout).toContain(name);
    }
  });

  it('drafts a merged timeline as JSON from a folder with a gzipped file', async () => {
    const result = await runCli(['evidence', caseFolder, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['events', 'signatures', 'moments', 'stats']));
    expect(Object.keys(out.events[0])).toEqual(
      expect.arrayContaining([
        'at',
        'approximate',
        'source',
        'kind',
        'severity',
        'summary',
        'service',
        'signature',
        'count',
        'origin',
      ]),
    );
    const fired = out.events.filter((e: { kind: string }) => e.kind === 'alert-fired');
    expect(fired).toHaveLength(1);
    expect(fired[0].source).toBe('alertmanager, pagerduty');
    const panic = out.events.find((e: { kind: string }) => e.kind === 'panic');
    expect(panic).toMatchObject({ at: '2026-03-04T14:02:11.000Z', approximate: true, origin: { line: 3 } });
    expect(out.moments.detected.at).toBe('2026-03-04T14:04:00.000Z');
    expect(out.moments.acknowledged.at).toBe('2026-03-04T14:09:00.000Z');
    expect(out.stats).toMatchObject({ files: 3, unparsed: 0 });
    expect(out.signatures[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), template: expect.any(String), count: 1 }),
    );
  });

  it('reports bad input as counted problems and still reads the rest', async () => {
    const garbage = write('bad/garbage.bin', Buffer.from([0, 255, 1, 2, 10, 200, 13, 10, 0]));
    const truncated = write('bad/cut.log.gz', gzipSync(appLog).subarray(0, 40));
    const long = write(
      'bad/long.log',
      `${'x'.repeat(10 * 1024 * 1024)}\n${slog('2026-03-04T14:00:00Z', 'INFO', 'after')}\n`,
    );
    const result = await runCli(['evidence', garbage, truncated, long, '--format', 'json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    // The binary file is refused whole: it is not counted as read.
    expect(out.stats).toMatchObject({ files: 2, notRead: 1 });
    expect(out.stats.unparsed).toBeGreaterThan(0);
    const reasons = out.problems
      .map((p: { file: string; reason: string }) => `${p.file}: ${p.reason}`)
      .join('\n');
    expect(reasons).toContain('cut.log.gz');
    expect(reasons).toMatch(/longer than 64 KiB were cut/);
    expect(out.signatures.map((s: { template: string }) => s.template)).toContain('after');
  });

  it('exits 2 naming an unreadable file, and still prints what the others drafted', async () => {
    const result = await runCli(['evidence', join(dir, 'missing.log'), okFolder, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `debrief: cannot read ${join(dir, 'missing.log')}: no such file or folder (ENOENT)`,
    );
    expect(JSON.parse(result.stdout).stats.files).toBe(1);
    expect(JSON.parse(result.stdout).unreadable).toEqual([
      `cannot read ${join(dir, 'missing.log')}: no such file or folder (ENOENT)`,
    ]);
  });

  it('attaches nothing to an incident when an input cannot be read, and says so alone', async () => {
    const db = `sqlite:${join(dir, 'attach.db')}`;
    const created = await runCli(['new', '-t', 'Checkout errors', '-s', 'SEV2', '--json'], {
      env: { DEBRIEF_DB: db },
    });
    const id = JSON.parse(created.stdout).id as string;
    const result = await runCli(['evidence', join(dir, 'missing.log'), okFolder, '--incident', id], {
      env: { DEBRIEF_DB: db },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `debrief: cannot read ${join(dir, 'missing.log')}: no such file or folder (ENOENT)\ndebrief: nothing was attached to ${id}; fix the path or leave it out\n`,
    );
    const shown = await runCli(['timeline', 'list', id, '--json'], { env: { DEBRIEF_DB: db } });
    expect(JSON.parse(shown.stdout)).toEqual([]);
  });

  it('refuses an unknown time zone with one line', async () => {
    const zone = await runCli(['evidence', '--tz', 'Mars/Olympus', okFolder]);
    expect(zone.code).toBe(2);
    expect(zone.stderr.trim()).toBe(
      'debrief: unknown time zone "Mars/Olympus"; expected an IANA name such as Europe/Paris, UTC, or an offset such as +01:00',
    );
  });

  it('adds the events to an incident once, and sets the moments it lacks', async () => {
    const env = { DEBRIEF_DB: `sqlite:${join(dir, 'store.db')}` };
    const created = await runCli(['new', '-t', 'Ledger timeouts', '-s', 'SEV2', '--json'], { env });
    const id = JSON.parse(created.stdout).id as string;
    const first = await runCli(['evidence', caseFolder, '--incident', id], { env });
    expect(first.stderr).not.toContain('debrief:');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /event\(s\) added, 0 already there; moments set: impactStart, detected, acknowledged/,
    );
    const second = await runCli(['evidence', caseFolder, '--incident', id], { env });
    // The second import finds every event and every moment already stored.
    expect(second.stderr).toMatch(/: 0 event\(s\) added, \d+ already there; moments set: none/);
  });
});

const goLog = [
  '2026/03/04 15:02:11 charge failed: timeout',
  '2026/03/04 15:02:14 charge failed: timeout',
].join('\n');
write('zones/berlin.log', goLog);
write('zones/utc.log', goLog.replaceAll('charge', 'refund'));

describe('debrief evidence --tz', () => {
  const firstAt = (out: string, template: string) =>
    (JSON.parse(out) as { signatures: Array<{ template: string; firstAt: string }> }).signatures.find((s) =>
      s.template.startsWith(template),
    )?.firstAt;

  it('reads one file in the zone named for it and the others in the global zone', async () => {
    const berlin = join(dir, 'zones/berlin.log');
    const result = await runCli([
      'evidence',
      '--format',
      'json',
      '--tz',
      `${berlin}=Europe/Berlin`,
      '--tz',
      'UTC',
      join(dir, 'zones'),
    ]);
    expect(result.code).toBe(0);
    expect(firstAt(result.stdout, 'charge')).toBe('2026-03-04T14:02:11.000Z');
    expect(firstAt(result.stdout, 'refund')).toBe('2026-03-04T15:02:11.000Z');
  });

  it('takes FILE:ZONE as an argument, and a folder=ZONE for the files under it', async () => {
    const colon = await runCli([
      'evidence',
      '--format',
      'json',
      `${join(dir, 'zones/berlin.log')}:Asia/Tokyo`,
    ]);
    expect(firstAt(colon.stdout, 'charge')).toBe('2026-03-04T06:02:11.000Z');
    const folder = await runCli([
      'evidence',
      '--format',
      'json',
      '--tz',
      `${join(dir, 'zones')}=Europe/Berlin`,
      join(dir, 'zones'),
    ]);
    expect(firstAt(folder.stdout, 'refund')).toBe('2026-03-04T14:02:11.000Z');
  });

  it('adds no event twice when the same file is attached again in another zone', async () => {
    const env = { DEBRIEF_DB: `sqlite:${join(dir, 'zones.db')}` };
    const created = await runCli(['new', '-t', 'Charge timeouts', '-s', 'SEV3', '--json'], { env });
    const id = JSON.parse(created.stdout).id as string;
    const berlin = join(dir, 'zones/berlin.log');
    const first = await runCli(['evidence', berlin, '--incident', id], { env });
    expect(first.stderr).toMatch(/: [1-9]\d* event\(s\) added, 0 already there/);
    const again = await runCli(['evidence', '--tz', 'Europe/Berlin', berlin, '--incident', id], { env });
    expect(again.stderr).toMatch(/: 0 event\(s\) added, [1-9]\d* already there/);
    // Kept, not duplicated, but the user learns their stored times are not this reading's, and how to fix them.
    expect(again.stderr).toMatch(
      /debrief: [1-9]\d* stored event\(s\) from .*berlin\.log have times that differ from this reading .*EVT-/,
    );
    expect(again.stderr).toMatch(/debrief delete EVT-/);
    // Read as it was the first time, the file matches what is stored.
    const same = await runCli(['evidence', berlin, '--incident', id], { env });
    expect(same.stderr).not.toMatch(/differ/);
  });

  it('keeps the time set by hand for a crash the file gives none, and says nothing of zones when it is attached again', async () => {
    const env = { DEBRIEF_DB: `sqlite:${join(dir, 'unknown-time.db')}` };
    const created = await runCli(['new', '-t', 'Ledger crash', '-s', 'SEV3', '--json'], { env });
    const id = JSON.parse(created.stdout).id as string;
    const crash = write(
      'unknown-time/stderr.txt',
      'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n',
    );
    await runCli(['evidence', crash, '--incident', id], { env });
    // As the README says: `debrief edit`, and the event's "unknown" time replaced by the time it happened.
    const editor = write(
      'unknown-time/editor.sh',
      `#!/bin/sh\nsed -i 's/^| unknown | Go panic/| 2026-12-02 11:12:24Z | Go panic/' "$1"\n`,
    );
    chmodSync(editor, 0o755);
    const edited = await runCli(['edit', id], { env: { ...env, EDITOR: editor, VISUAL: '' } });
    expect(edited.stderr).toBe('');
    const again = await runCli(['evidence', crash, '--incident', id], { env });
    expect(again.stderr).toMatch(/: 0 event\(s\) added, 1 already there/);
    expect(again.stderr).not.toMatch(/differ|zone/);
    const listed = await runCli(['timeline', 'list', id, '--json'], { env });
    expect(listed.stdout).toContain('2026-12-02T11:12:24');
  });
});

describe('debrief evidence: flags read as a user types them', () => {
  const rust = [
    "2026-12-02 17:12:58 thread '<unnamed>' (16305) panicked at crash.rs:14:118:",
    '2026-12-02 17:12:58 index out of bounds: the len is 0 but the index is 0',
  ].join('\n');

  it('takes one format per --format-override and still reads the file after it', async () => {
    const path = write('flags/stamped.log', rust);
    const result = await runCli(['evidence', '--format-override', 'rust-panic', path, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout).events as Array<{ kind: string }>;
    expect(events.map((e) => e.kind)).toContain('panic');
  });

  it('reads FILE:CET and FILE:+01:00, and FILE:UTC without the hint to pass --tz', async () => {
    const path = write('flags/stamped.log', rust);
    for (const zone of ['CET', '+01:00']) {
      const result = await runCli(['evidence', '--format', 'json', `${path}:${zone}`]);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).events[0].at).toBe('2026-12-02T16:12:58.000Z');
    }
    const utc = await runCli(['evidence', `${path}:UTC`]);
    expect(utc.code).toBe(0);
    expect(utc.stdout).not.toMatch(/pass --tz/);
  });

  it('warns of a --tz PATH that names no input, and compares an absolute path with a relative one', async () => {
    write('flags/stamped.log', rust);
    const cwd = join(dir, 'flags');
    const typo = await runCli(['evidence', '--tz', 'stampd.log=Europe/Berlin', 'stamped.log'], { cwd });
    expect(typo.stderr).toMatch(/--tz stampd\.log=Europe\/Berlin names no input read/);
    const absolute = await runCli(
      ['evidence', '--format', 'json', '--tz', `${join(cwd, 'stamped.log')}=Europe/Berlin`, 'stamped.log'],
      { cwd },
    );
    expect(absolute.stderr).toBe('');
    expect(JSON.parse(absolute.stdout).events[0].at).toBe('2026-12-02T16:12:58.000Z');
  });

  it('warns of a --format-override PATH that names no input, and applies one given for a folder', async () => {
    write('flags/stamped.log', rust);
    const cwd = join(dir, 'flags');
    const typo = await runCli(['evidence', '--format-override', 'stampd.log=rust-panic', 'stamped.log'], {
      cwd,
    });
    expect(typo.stderr).toMatch(/--format-override stampd\.log=rust-panic names no input read/);
    const folder = await runCli(
      ['evidence', '--format', 'json', '--format-override', `${cwd}=rust-panic`, 'stamped.log'],
      { cwd },
    );
    expect(folder.stderr).toBe('');
    const events = JSON.parse(folder.stdout).events as Array<{ kind: string }>;
    expect(events.map((e) => e.kind)).toContain('panic');
  });

  it('prints a summary no longer than the one --incident would store, for a huge log line', async () => {
    const path = write('flags/huge.log', `2026-12-02T16:00:00Z ERROR ${'x'.repeat(200_000)}\n`);
    const result = await runCli(['evidence', '--format', 'json', path]);
    const events = JSON.parse(result.stdout).events as Array<{ summary: string }>;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.summary.length).toBeLessThanOrEqual(10_000);
  });

  it('prints no empty report when no input could be read', async () => {
    const result = await runCli(['evidence', join(dir, 'flags/missing.log')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot read .*missing\.log: no such file or folder \(ENOENT\)/);
  });
});

describe('debrief evidence --incident: which file an event came from', () => {
  // Two pods of one deployment crash alike; their logs have the same name and the same lines.
  const crash = [
    '2026/12/02 16:14:25 applied batch=2 amount=200',
    'panic: runtime error: invalid memory address or nil pointer dereference',
    '',
    'goroutine 9 [running]:',
    'main.(*store).put(...)',
    '\t/src/crashy/main.go:17',
  ].join('\n');

  it('keeps the crash of a second file with the same name, run from its own folder', async () => {
    write('pods/pod-a/app.err', crash);
    write('pods/pod-b/app.err', crash);
    const env = { DEBRIEF_DB: `sqlite:${join(dir, 'pods.db')}` };
    const created = await runCli(['new', '-t', 'Ledger crash', '-s', 'SEV3', '--json'], { env });
    const id = JSON.parse(created.stdout).id as string;
    const a = await runCli(['evidence', '--incident', id, 'app.err'], { env, cwd: join(dir, 'pods/pod-a') });
    expect(a.stderr).toMatch(/: [1-9]\d* event\(s\) added, 0 already there/);
    const b = await runCli(['evidence', '--incident', id, 'app.err'], { env, cwd: join(dir, 'pods/pod-b') });
    expect(b.stderr).toMatch(/: [1-9]\d* event\(s\) added, 0 already there/);
    // Its lines repeat pod-a's: added, and said, in case it was the same log attached another way.
    expect(b.stderr).toMatch(
      /debrief: [1-9]\d* added event\(s\) repeat lines the timeline already held from a file of the same name \(app\.err\); if that was this same log attached another way/,
    );
    expect(a.stderr).not.toContain('repeat lines');
    // The same file typed another way is the same file: nothing is added again.
    const again = await runCli(['evidence', '--incident', id, 'pod-a/app.err', './pod-b/app.err'], {
      env,
      cwd: join(dir, 'pods'),
    });
    expect(again.stderr).toMatch(/: 0 event\(s\) added, [1-9]\d* already there/);
  });
});

describe('debrief signatures', () => {
  it('mines one message per stdin line into templates and assignments', async () => {
    const input = ['user 1 logged in', 'user 2 logged in', 'disk full on /var'].join('\n');
    const result = await runCli(['signatures', '-', '--format', 'json'], { input });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.templates).toHaveLength(2);
    expect(out.assignments).toHaveLength(3);
    expect(out.assignments[0]).toBe(out.assignments[1]);
    expect(out.templates.find((t: { id: string }) => t.id === out.assignments[0])).toMatchObject({
      template: 'user <*> logged in',
      count: 2,
    });
  });
});
