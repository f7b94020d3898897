/** The fields that have a `## ` section of their own, in the order the file lists them. */
export const sectionFields = [
  'bluf',
  'summary',
  'impact',
  'ask',
  'timeline',
  'factors',
  'wentWell',
  'gotLucky',
  'actions',
  'followUp',
] as const;
export type SectionField = (typeof sectionFields)[number];

/** The heading each section is written with, and other headings people may type for it (case-insensitive). */
export const sectionHeadings: Record<SectionField, { heading: string; aliases: readonly string[] }> = {
  bluf: { heading: 'Bottom line', aliases: ['BLUF', 'Bottom line up front'] },
  summary: { heading: 'Summary', aliases: [] },
  impact: { heading: 'Impact', aliases: [] },
  ask: { heading: 'Decision or support requested', aliases: ['Ask', 'The ask', 'Asked of executives'] },
  timeline: { heading: 'Timeline', aliases: [] },
  factors: { heading: 'Contributing factors', aliases: ['Factors'] },
  wentWell: { heading: 'What went well', aliases: ['Went well'] },
  gotLucky: { heading: 'Where we got lucky', aliases: ['Got lucky', 'Where we were lucky'] },
  actions: { heading: 'Action items', aliases: ['Actions'] },
  followUp: { heading: 'Follow-up', aliases: ['Follow up', 'Followup'] },
};

/** The section field a heading names, if any. */
export function sectionFieldOf(heading: string): SectionField | undefined {
  const name = heading.trim().toLowerCase();
  return sectionFields.find((field) => {
    const { heading: main, aliases } = sectionHeadings[field];
    return main.toLowerCase() === name || aliases.some((alias) => alias.toLowerCase() === name);
  });
}

/**
 * The heading of the engineering report's error-signature table. The table is worked out from the timeline (each
 * event's Signature and Count), so the incident file does not store it: the parser drops a section so headed, and
 * `export` does not write one.
 */
export const signaturesHeading = 'Error signatures';

/**
 * The first line after the front matter of an anonymised copy: the parser refuses such a file, since its roles
 * would overwrite the record's people.
 */
export const anonymisedMarker = '<!-- debrief: anonymised copy';
