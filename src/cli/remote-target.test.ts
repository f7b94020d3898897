import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { remoteTarget, verbPath } from './remote-target.js';

function parsed(args: string[]): Command {
  const program = new Command('debrief').option('--server <url>').option('--token <token>').exitOverride();
  let leaf = program;
  program
    .command('token')
    .command('create')
    .action((_options, command: Command) => {
      leaf = command;
    });
  program.parse([...args, 'token', 'create'], { from: 'user' });
  return leaf;
}

describe('choosing a server instead of a database', () => {
  const saved = { server: process.env.DEBRIEF_SERVER, token: process.env.DEBRIEF_TOKEN };
  afterEach(() => {
    for (const [name, value] of [
      ['DEBRIEF_SERVER', saved.server],
      ['DEBRIEF_TOKEN', saved.token],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('uses the database when neither --server nor DEBRIEF_SERVER is set', () => {
    process.env.DEBRIEF_SERVER = '';
    expect(remoteTarget(parsed([]))).toBeUndefined();
  });

  it('takes the flags first, then the environment, and drops a trailing slash', () => {
    process.env.DEBRIEF_SERVER = 'http://env.example';
    process.env.DEBRIEF_TOKEN = 'dbt_env';
    expect(remoteTarget(parsed([]))).toEqual({ url: 'http://env.example', token: 'dbt_env' });
    expect(remoteTarget(parsed(['--server', 'https://flag.example/', '--token', 'dbt_flag']))).toEqual({
      url: 'https://flag.example',
      token: 'dbt_flag',
    });
  });

  it('refuses a server without a token, or a URL that is not http(s), in one line', () => {
    process.env.DEBRIEF_TOKEN = '';
    expect(() => remoteTarget(parsed(['--server', 'http://a.example']))).toThrow(
      /needs an API token: pass --token or set DEBRIEF_TOKEN/,
    );
    expect(() => remoteTarget(parsed(['--server', 'ftp://a.example', '--token', 't']))).toThrow(
      /expected an http:\/\/ or https:\/\/ URL, got "ftp:\/\/a.example"/,
    );
  });

  it('names a verb by its words without the program name', () => {
    expect(verbPath(parsed([]))).toBe('token create');
  });
});
