import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital, digit or quote', () => {
    expect(split('The pod restarted. Bob paged the DBA! Why? "Then" it held.')).toEqual([
      'The pod restarted.',
      'Bob paged the DBA!',
      'Why?',
      '"Then" it held.',
    ]);
  });

  it('does not split after abbreviations, initials, versions or a lower-case continuation', () => {
    expect(split('We saw e.g. timeouts vs. resets. J. Doe bumped v1.2.3 at 3 p.m. today.')).toEqual([
      'We saw e.g. timeouts vs. resets.',
      'J. Doe bumped v1.2.3 at 3 p.m. today.',
    ]);
  });

  it('ends each speaker’s line of chat, typed in lower case, with or without a full stop', () => {
    expect(split("tomasz: Arjun dropped the ball.\nwill: i don't think that framing helps us")).toEqual([
      'tomasz: Arjun dropped the ball.',
      "will: i don't think that framing helps us",
    ]);
    expect(split('wei: Sam was careless with the config\n@priya: rolling back now\nthen it held')).toEqual([
      'wei: Sam was careless with the config',
      '@priya: rolling back now\nthen it held',
    ]);
  });
});
