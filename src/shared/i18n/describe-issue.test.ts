import { describe, expect, it } from 'vitest';
import { issue } from '../domain/issues/domain-issue';
import { createI18n, translator } from './create-i18n';
import { describeIssue } from './describe-issue';

const vi = translator(createI18n('vi'));
const en = translator(createI18n('en'));

const source = {
  sheets: [
    { member: 'm1', product: 'p1', round: 1, choices: {} },
    { member: 'm2', product: 'p1', round: 1, choices: {} },
    { member: 'm1', product: 'p2', round: 2, choices: {} },
  ],
};

describe('describeIssue', () => {
  const unknownCriterion = issue('session.unknownCriterion', ['sheets', 2, 'choices', 'A-9.9'], {
    id: 'A-9.9',
    set: 6,
  });

  it('names the sheet 1-based with its member, product and round, then the field, then the problem', () => {
    expect(describeIssue(unknownCriterion, vi, source)).toBe(
      'phiếu số 3 (thành viên m1, sản phẩm p2, vòng 2), trường choices["A-9.9"]: ' +
        vi('issue.session.unknownCriterion', { id: 'A-9.9', set: 6 }),
    );
  });

  it('says the same in English', () => {
    const text = describeIssue(unknownCriterion, en, source);
    expect(text.startsWith('sheet 3 (member m1, product p2, round 2), field choices["A-9.9"]: ')).toBe(true);
    expect(text).toContain('A-9.9');
    expect(text).toContain('6');
  });

  it('names a whole sheet without a field (a duplicate sheet)', () => {
    const found = issue('session.duplicateSheet', ['sheets', 1], { member: 'm2', product: 'p1', round: 1 });
    expect(describeIssue(found, en, source)).toBe(
      'sheet 2 (member m2, product p1, round 1): member m2 already has a sheet for product p1 in round 1',
    );
  });

  it('shows question marks when the sheet cannot be read from the source', () => {
    const found = issue('session.missingCriterion', ['sheets', 7, 'choices'], { id: 'A-1.1', set: 11 });
    expect(describeIssue(found, en).startsWith('sheet 8 (member ?, product ?, round ?), field choices: ')).toBe(true);
  });

  it('names only the field outside the sheets, and nothing for the root', () => {
    const unknownPack = issue('session.unknownPack', ['rubric'], { pack: '1048/2019' });
    expect(describeIssue(unknownPack, vi, source)).toBe(
      `trường rubric: ${vi('issue.session.unknownPack', { pack: '1048/2019' })}`,
    );
    const unknownKeys = issue('schema.unknownKeys', [], { keys: 'comment' });
    expect(describeIssue(unknownKeys, en, source)).toBe('keys not allowed: comment');
  });
});
