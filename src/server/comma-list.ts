import { z } from 'zod';

/** A query parameter holding a comma-separated list (`status=draft,in-review`), trimmed, empty parts dropped. */
export const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);
