import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchesQuery, normaliseText, queryWords } from '@vangnet/sdk';

describe('normaliseText', () => {
  it('removes accents, lowercases and collapses whitespace', () => {
    assert.equal(normaliseText('  Educé \t Coaching\n'), 'educe coaching');
    assert.equal(normaliseText('ÇA VA, Zoë'), 'ca va, zoe');
  });

  it('folds letters that Unicode does not decompose', () => {
    assert.equal(normaliseText('Straße Øst Łódź'), 'strasse ost lodz');
  });

  it('treats composed and decomposed accents alike', () => {
    assert.equal(normaliseText('Educ\u00e9'), normaliseText('Educe\u0301'));
  });
});

describe('queryWords', () => {
  it('is empty for a blank query', () => {
    assert.deepEqual(queryWords('   '), []);
  });

  it('drops duplicates and words another word already contains', () => {
    assert.deepEqual(queryWords('Coach pluscoach COACH delft'), ['pluscoach', 'delft']);
  });
});

describe('matchesQuery', () => {
  const fields = ['Educé', 'Coaching bij Angstklachten en schooluitval', 'Werkt in Delft.'];

  it('matches a prefix, ignoring case', () => {
    assert.equal(matchesQuery(fields, 'angst'), true);
  });

  it('matches a substring in the middle of a word', () => {
    assert.equal(matchesQuery(fields, 'klacht'), true);
    assert.equal(matchesQuery(fields, 'uitval'), true);
  });

  it('ignores accents on either side', () => {
    assert.equal(matchesQuery(fields, 'educe'), true);
    assert.equal(matchesQuery(['Educe'], 'Educé'), true);
  });

  it('requires every word to match somewhere', () => {
    assert.equal(matchesQuery(fields, 'educe delft'), true);
    assert.equal(matchesQuery(fields, 'educe zoetermeer'), false);
  });

  it('does not match across two fields', () => {
    assert.equal(matchesQuery(['Educé', 'Delft'], 'educedelft'), false);
    assert.equal(matchesQuery(['ab', 'cd'], 'b c'), true);
    assert.equal(matchesQuery(['ab', 'cd'], 'bc'), false);
  });

  it('matches everything for a blank query', () => {
    assert.equal(matchesQuery([], ' '), true);
  });
});
