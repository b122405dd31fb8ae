import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsIndex, titleOf } from './decisions-index.ts';

const records = [
  {
    fileName: '0012-sdk-errors.md',
    markdown: '# 0012 — One error class per meaning\n\n## Context',
  },
  { fileName: '0001-pinned-node-24.md', markdown: '# 0001 — Node 24\n' },
  { fileName: '0099-untitled.md', markdown: 'No heading here.' },
];

test('a record is titled by its first heading, else by its file name', () => {
  assert.equal(titleOf(records[0]!), '0012 — One error class per meaning');
  assert.equal(titleOf(records[2]!), '0099-untitled');
});

test('the index lists every record in number order, as links and as TypeDoc children', () => {
  const page = decisionsIndex(records, '../decisions');
  assert.match(
    page,
    /^---\ntitle: "Decisions"\ngroup: "Decisions"\nchildren:\n {2}- "\.\.\/decisions\/0001-pinned-node-24\.md"\n {2}- "\.\.\/decisions\/0012-sdk-errors\.md"\n {2}- "\.\.\/decisions\/0099-untitled\.md"\n---\n/,
  );
  const links = [...page.matchAll(/^- \[(.+)\]\((.+)\)$/gm)].map((match) => match[2]);
  assert.deepEqual(links, [
    '../decisions/0001-pinned-node-24.md',
    '../decisions/0012-sdk-errors.md',
    '../decisions/0099-untitled.md',
  ]);
});
