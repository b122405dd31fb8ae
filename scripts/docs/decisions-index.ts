// One "Decisions" page whose children are the decision records in docs/decisions/, listed by
// number with their own titles, so a new record needs no edit anywhere else.
import { frontMatter } from './markdown.ts';

/** A decision record: its file name and its Markdown. */
export interface DecisionRecord {
  fileName: string;
  markdown: string;
}

/** The record's first heading, or its file name when it has none. */
export function titleOf(record: DecisionRecord): string {
  return /^#\s+(.+)$/m.exec(record.markdown)?.[1]?.trim() ?? record.fileName.replace(/\.md$/, '');
}

/**
 * The index page.
 * @param folder the records' folder, relative to the page
 */
export function decisionsIndex(records: readonly DecisionRecord[], folder: string): string {
  const sorted = [...records].sort((a, b) => a.fileName.localeCompare(b.fileName));
  const paths = sorted.map((record) => `${folder}/${record.fileName}`);
  return [
    frontMatter({ title: 'Decisions', group: 'Decisions', children: paths }),
    '# Decisions',
    '',
    'Each record says what had to be decided, what was chosen, and what follows from it.',
    '',
    ...sorted.map((record, index) => `- [${titleOf(record)}](${paths[index]})`),
    '',
  ].join('\n');
}
