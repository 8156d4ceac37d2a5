import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/create-i18n';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';
import { ScoringSheet } from './ScoringSheet';
import type { ScoringSheetProps } from './scoring-sheet.types';
import { testSet } from './test-support';

const noop = () => undefined;

function render(props: Partial<ScoringSheetProps> & { choices: Readonly<Record<string, Choice>> }): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n('vi')}>
      <ScoringSheet set={testSet()} comment="" onChoose={noop} onComment={noop} onSubmit={noop} {...props} />
    </I18nextProvider>,
  );
}

function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern, 'g'))?.length ?? 0;
}

describe('the scoring sheet', () => {
  it('names itself and makes each criterion a radio group of its options and "none applies"', () => {
    const html = render({ choices: {} });
    expect(html).toContain('aria-label="Phiếu chấm điểm: bộ sản phẩm 26. Dịch vụ du lịch cộng đồng"');
    expect(count(html, /role="radiogroup"/)).toBe(3);
    // 3 options + none applies; C-8: 2 + 2 options + none applies.
    expect(count(html, /type="radio"/)).toBe(4 + 4 + 5);
    expect(html).toContain('aria-label="Mức 2: Sử dụng nguyên liệu có nguồn gốc từ 50% đến dưới 75%, 2 điểm"');
    expect(html).toContain('aria-label="Trường hợp b, mức 1: Đáp ứng một phần, 1 điểm"');
    expect(html).toContain('aria-label="Không đạt mục nào, 0 điểm"');
  });

  it('keeps exactly one radio in the tab order (roving focus)', () => {
    expect(count(render({ choices: { 'A-1.1': 2 } }), /tabindex="0"/)).toBe(1);
  });

  it('tells "not yet scored" from "none applies" (0 points) and counts what is left', () => {
    const html = render({ choices: { 'A-1.1': null } });
    expect(html).toContain('0 điểm · không đạt mục nào');
    expect(count(html, /sheet-status is-empty/)).toBe(2);
    expect(html).toContain('Còn 2 tiêu chí chưa chấm');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Nộp phiếu/);
  });

  it('adds up the parts and the total live, and says which star level each option meets', () => {
    const html = render({ choices: { 'A-1.1': 2, 'A-1.2': 1, 'C-8': { variant: 'b', option: 1 } } });
    expect(html).toContain('Đã chấm đủ 3 tiêu chí');
    expect(html).toContain('>5/6<');
    expect(html).toContain('>3/3<');
    expect(html).toContain('>8/9<');
    expect(html).toContain('chưa đạt mức 3★');
    expect(html).toContain('đạt mức 5★');
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*>Nộp phiếu/);
  });

  it('shows a sealed sheet with its answers ticked and nothing to edit', () => {
    const html = render({ choices: { 'A-1.1': 0, 'A-1.2': null, 'C-8': { variant: 'a', option: 1 } }, readOnly: true });
    expect(count(html, /checked=""/)).toBe(3);
    expect(count(html, /type="radio"[^>]*disabled=""/)).toBe(13);
    expect(html).not.toContain('Nộp phiếu');
    expect(html).toContain('Phiếu đã nộp: chỉ xem, không sửa được');
    expect(html).toMatch(/<textarea[^>]*readonly=""/i);
  });

  it('shows both values where a double entry differs, and refuses to submit', () => {
    const other = { 'A-1.1': 1, 'A-1.2': 2, 'C-8': { variant: 'a', option: 1 } };
    const html = render({
      choices: { 'A-1.1': 1, 'A-1.2': null, 'C-8': { variant: 'b', option: 1 } },
      compareWith: other,
    });
    expect(html).toContain('2 tiêu chí lệch với lần nhập đối chiếu');
    expect(html).toContain('Lần nhập kia: mức 3 (3 đ). Lần nhập này: không đạt mục nào (0 đ).');
    expect(html).toContain('Lần nhập kia: trường hợp a, mức 2 (3 đ). Lần nhập này: trường hợp b, mức 2 (3 đ).');
    expect(count(html, /sheet-option is-other/)).toBe(2);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Nộp phiếu/);
  });

  it('shows a set the pack marks incomplete (148 sets 11–13) without letting anyone score it', () => {
    const html = render({ choices: {}, set: { ...testSet(), complete: false } });
    expect(html).toContain('Bộ tiêu chí này chưa đầy đủ');
    expect(count(html, /type="radio"[^>]*disabled=""/)).toBe(13);
    expect(html).not.toContain('Nộp phiếu');
    expect(html).not.toContain('Phiếu đã nộp');
  });
});
