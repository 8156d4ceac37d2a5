import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/council';

const SHOTS = 'test-results/screenshots';

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** The error shown under a field, by its issue path. */
const fieldError = (page: Page, path: string) => page.locator(`[data-field="${path}"] .field-error`);

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name: new RegExp(name) });

test('a secretary sets up a district council, fills it in, and finds everything again after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Chào mừng đến với Hội đồng OCOP' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở dữ liệu mẫu “Tam Đường 2025”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem bộ tiêu chí đánh giá' })).toBeVisible();
  await shot(page, 'welcome');

  // Step 1: level and regulation, chosen on the welcome screen; Enter moves on.
  await page.getByRole('button', { name: /Cấp huyện, theo QĐ 148\/QĐ-TTg/ }).click();
  await expect(stepHeading(page, 'Cấp và quy định')).toBeVisible();
  const district = page.getByRole('radio', { name: /Cấp huyện, theo QĐ 148\/QĐ-TTg/ });
  await expect(district).toBeChecked();
  await expect(district).toBeFocused();
  await shot(page, 'setup-1-profile');
  await page.keyboard.press('Enter');

  // Step 2: an empty unit and an impossible date are refused at their fields; nothing moves on.
  await expect(stepHeading(page, 'Thông tin hội đồng')).toBeVisible();
  const unit = page.getByLabel('Đơn vị hành chính');
  await expect(unit).toBeFocused();
  await page.getByLabel('Số quyết định').fill('1234/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill('2025-02-30');
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await expect(fieldError(page, 'unitName')).toHaveText('chưa nhập; trường này bắt buộc');
  await expect(fieldError(page, 'establishingDecision.date')).toHaveText(
    'ngày không hợp lệ; nhập theo dạng ngày/tháng/năm',
  );
  await expect(page.getByRole('alert')).toContainText('Đơn vị hành chính: chưa nhập; trường này bắt buộc');
  await expect(stepHeading(page, 'Thông tin hội đồng')).toBeVisible();
  await shot(page, 'setup-2-identity-invalid');

  await unit.fill('huyện Tam Đường');
  await expect(page.getByLabel('Tên hội đồng')).toHaveValue(
    'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường',
  );
  await expect(page.getByLabel('Cơ quan ban hành văn bản')).toHaveValue('Ủy ban nhân dân huyện Tam Đường');
  await expect(page.getByLabel('Địa danh ghi trên văn bản')).toHaveValue('Tam Đường');
  await expect(page.getByLabel('Tên tổ giúp việc của hội đồng')).toHaveValue('Tổ giúp việc');
  // A corrected field loses its message at once; the others keep theirs until corrected.
  await expect(fieldError(page, 'unitName')).toHaveCount(0);
  await expect(fieldError(page, 'establishingDecision.date')).toHaveCount(1);
  await page.getByLabel('Ngày ký').fill('2025-02-10');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'setup-2-identity');
  await page.getByLabel('Số quyết định').press('Enter');

  // Step 3: the usual rules of procedure, explained.
  await expect(stepHeading(page, 'Quy chế làm việc')).toBeVisible();
  await expect(page.getByLabel('Số thành viên có mặt tối thiểu để họp')).toHaveValue('0.75');
  await expect(page.getByLabel('Số thành viên có mặt tối thiểu để họp').locator('option:checked')).toHaveText(
    '3/4 tổng số thành viên (75%)',
  );
  await expect(page.getByLabel('Chủ tịch hội đồng phải có mặt thì mới được họp')).toBeChecked();
  await expect(page.getByLabel('Ngưỡng chênh lệch tổng điểm (điểm)')).toHaveValue('10');
  await expect(page.getByRole('radio', { name: /Theo đa số/ })).toBeChecked();
  await shot(page, 'setup-3-rules');
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();

  // Step 4: the first members in a quick table; the secretary does not score.
  await expect(stepHeading(page, 'Thành viên')).toBeVisible();
  await page.getByLabel('Họ và tên, dòng 1').fill('Lò Văn Bình');
  await page.getByLabel('Chức vụ, đơn vị, dòng 1').fill('Phó Chủ tịch UBND huyện');
  await page.getByLabel('Họ và tên, dòng 2').fill('Tẩn Thị Mai');
  await page.getByLabel('Chức vụ, đơn vị, dòng 2').fill('Trưởng phòng Nông nghiệp và PTNT');
  await page.getByLabel('Họ và tên, dòng 3').fill('Vàng A Sử');
  await page.getByLabel('Họ và tên, dòng 4').fill('Nguyễn Thu Hà');
  await page.getByLabel('Chức vụ, đơn vị, dòng 4').fill('Chuyên viên phòng Nông nghiệp và PTNT');
  await expect(page.getByLabel('Chấm điểm, dòng 4')).not.toBeChecked();
  await page.getByRole('button', { name: '+ Thêm dòng' }).click();
  await page.getByLabel('Họ và tên, dòng 5').fill('Lý Thị Hoa');
  await page.getByLabel('Vai trò, dòng 5').selectOption({ label: 'Thành viên' });
  await expect(page.getByText('Khi lưu, ứng dụng tạo sẵn các đợt đánh giá năm 2025')).toContainText(
    'đợt 1 chấm xong trước 20/05/2025; đợt 2 chấm xong trước 20/10/2025',
  );
  await shot(page, 'setup-4-members');
  await page.getByRole('button', { name: 'Lưu và bắt đầu làm việc' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(page.locator('.brand-tagline')).toHaveText('Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường');

  // Council details, with the chair and the secretary as signers.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hội đồng' }).click();
  const tabs = page.getByRole('navigation', { name: 'Các mục của hội đồng' });
  await expect(tabs.getByRole('link', { name: 'Thông tin hội đồng' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Số 1234/QĐ-UBND, ngày 10/02/2025')).toBeVisible();
  await expect(page.getByText('3/4 tổng số thành viên (75%); bắt buộc có Chủ tịch hội đồng')).toBeVisible();
  await expect(page.locator('.council-facts dd', { hasText: 'Lò Văn Bình' })).toContainText('CHỦ TỊCH HỘI ĐỒNG');
  await shot(page, 'council-info');

  // Editing the details: the head of the authority signs too; the spread threshold changes.
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  await expect(page.getByRole('radio', { name: /Cấp huyện, theo QĐ 148\/QĐ-TTg/ })).toBeFocused();
  const headName = page.locator('[data-field=\'signers["authority-head"].name\'] input');
  await headName.fill('Hoàng Văn Thắng');
  await page.getByLabel('Ngưỡng chênh lệch tổng điểm (điểm)').fill('');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(fieldError(page, 'rules.spreadThreshold')).toHaveText('chưa nhập; trường này bắt buộc');
  await shot(page, 'council-info-edit');
  await page.getByLabel('Ngưỡng chênh lệch tổng điểm (điểm)').fill('15');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu thông tin hội đồng.')).toBeVisible();
  await expect(page.getByText('Chấm lại khi chênh lệch quá 15 điểm')).toBeVisible();
  await expect(page.locator('.council-facts dd', { hasText: 'Hoàng Văn Thắng' })).toContainText('TM. ỦY BAN NHÂN DÂN');

  // Members: the quorum in words; add one through the dialog (keyboard), end a term.
  await tabs.getByRole('link', { name: 'Thành viên hội đồng' }).click();
  await expect(page.getByText('5 thành viên đang hoạt động, 4 người chấm điểm')).toBeVisible();
  await expect(page.getByText('Cần ít nhất 4 người có mặt để đủ điều kiện họp (3/4).')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm thành viên hội đồng' });
  await expect(dialog.getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.type('Hoàng Văn Nam');
  await dialog.getByLabel('Vai trò').selectOption({ label: 'Phó Chủ tịch' });
  await dialog.getByLabel('Chức vụ').fill('Phó Trưởng phòng Kinh tế và Hạ tầng');
  await dialog.getByLabel('Số điện thoại').fill('0912 34');
  await dialog.getByLabel('Số điện thoại').press('Enter');
  await expect(dialog.locator('[data-field="phone"] .field-error')).toHaveText(
    'số điện thoại phải có 10 chữ số, bắt đầu bằng 0 (hoặc +84)',
  );
  await shot(page, 'council-member-dialog');
  await dialog.getByLabel('Số điện thoại').fill('0912 345 678');
  await dialog.getByLabel('Số điện thoại').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã lưu Hoàng Văn Nam.')).toBeVisible();
  await expect(page.getByText('6 thành viên đang hoạt động, 5 người chấm điểm')).toBeVisible();
  await expect(page.getByText('Cần ít nhất 5 người có mặt để đủ điều kiện họp (3/4).')).toBeVisible();

  await page.getByRole('row', { name: /Vàng A Sử/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc nhiệm kỳ…' }).click();
  const endTerm = page.getByRole('dialog', { name: 'Kết thúc nhiệm kỳ: Vàng A Sử' });
  await expect(endTerm.getByLabel('Ngày kết thúc nhiệm kỳ')).toBeFocused();
  await endTerm.getByLabel('Ngày kết thúc nhiệm kỳ').fill('2025-09-30');
  await shot(page, 'council-end-term-dialog');
  await endTerm.getByRole('button', { name: 'Kết thúc nhiệm kỳ' }).click();
  await expect(page.getByText('Đã kết thúc nhiệm kỳ của Vàng A Sử.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Vàng A Sử/ })).toHaveCount(0);
  await page.getByLabel('Hiển thị').selectOption({ label: 'Tất cả' });
  await expect(page.getByRole('row', { name: /Vàng A Sử/ })).toContainText('10/02/2025 – 30/09/2025');
  await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill('nong nghiep');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill('');
  await shot(page, 'council-members');

  // The helper group, under the name the council gave it.
  await tabs.getByRole('link', { name: 'Tổ giúp việc' }).click();
  await expect(page.getByRole('heading', { name: 'Tổ giúp việc chưa có thành viên nào' })).toBeVisible();
  await shot(page, 'council-helper-group-empty');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const helper = page.getByRole('dialog', { name: 'Thêm thành viên Tổ giúp việc' });
  await helper.getByLabel('Họ và tên').fill('Phạm Văn Long');
  await helper.getByLabel('Vai trò').selectOption({ label: 'Tổ trưởng' });
  await helper.getByLabel('Chức vụ').fill('Phó Trưởng phòng Nông nghiệp và PTNT');
  await expect(helper.getByText('Chấm điểm sản phẩm')).toHaveCount(0);
  await helper.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('row', { name: /Phạm Văn Long/ })).toContainText('Tổ trưởng');
  await shot(page, 'council-helper-group');

  // The year's plan: the council works in 2025, the year of its rounds.
  await tabs.getByRole('link', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByLabel('Năm kế hoạch')).toHaveValue('2025');
  await expect(page.getByText('Chưa có chỉ tiêu cho năm 2025.')).toBeVisible();
  await page.getByLabel('Sản phẩm đánh giá, phân hạng lần đầu').fill('6');
  await page.getByLabel('Sản phẩm nâng hạng sao').fill('1');
  await page.getByLabel('Sản phẩm đánh giá lại (giấy chứng nhận hết hạn)').fill('5');
  await page.getByLabel('Sản phẩm đánh giá lại (giấy chứng nhận hết hạn)').press('Enter');
  await expect(page.getByText('Đã lưu chỉ tiêu năm 2025.')).toBeVisible();
  await expect(page.getByText('Tổng cộng: 12 sản phẩm')).toBeVisible();
  await shot(page, 'council-plan');

  // Rounds: the two district rounds of 2025 were created; add a third.
  await tabs.getByRole('link', { name: 'Đợt đánh giá' }).click();
  const rounds2025 = page.getByRole('table', { name: 'Các đợt đánh giá năm 2025' });
  await expect(rounds2025.getByRole('row')).toHaveCount(3);
  await expect(rounds2025.getByRole('row', { name: /Đợt 1/ })).toContainText('20/05/2025');
  await expect(rounds2025.getByRole('row', { name: /Đợt 2/ })).toContainText('Đã kết thúc');
  await page.getByRole('button', { name: 'Thêm đợt đánh giá' }).click();
  const roundDialog = page.getByRole('dialog', { name: 'Thêm đợt đánh giá' });
  await expect(roundDialog.getByLabel('Năm')).toHaveValue('2025');
  await expect(roundDialog.getByLabel('Đợt số')).toHaveValue('3');
  await roundDialog.getByLabel('Hội đồng chấm xong trước ngày').fill('2025-12-15');
  await roundDialog.getByLabel('Trạng thái').selectOption({ label: 'Đã kết thúc' });
  await shot(page, 'council-round-dialog');
  await roundDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu đợt 3 năm 2025.')).toBeVisible();
  await expect(rounds2025.getByRole('row', { name: /Đợt 3/ })).toContainText('15/12/2025');
  await shot(page, 'council-rounds');

  // Everything is still there after a reload.
  await page.reload();
  await expect(rounds2025.getByRole('row')).toHaveCount(4);
  await tabs.getByRole('link', { name: 'Thông tin hội đồng' }).click();
  await expect(page.getByText('Chấm lại khi chênh lệch quá 15 điểm')).toBeVisible();
  await expect(page.locator('.council-facts dd', { hasText: 'Hoàng Văn Thắng' })).toBeVisible();
  await tabs.getByRole('link', { name: 'Thành viên hội đồng' }).click();
  await expect(page.getByText('5 thành viên đang hoạt động, 4 người chấm điểm')).toBeVisible();
  await page.getByLabel('Hiển thị').selectOption({ label: 'Tất cả' });
  for (const name of ['Lò Văn Bình', 'Tẩn Thị Mai', 'Hoàng Văn Nam', 'Lý Thị Hoa', 'Nguyễn Thu Hà', 'Vàng A Sử']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await expect(page.getByRole('row', { name: /Nguyễn Thu Hà/ })).toContainText('Thư ký');
  await tabs.getByRole('link', { name: 'Tổ giúp việc' }).click();
  await expect(page.getByRole('row', { name: /Phạm Văn Long/ })).toBeVisible();
  await tabs.getByRole('link', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByLabel('Sản phẩm đánh giá, phân hạng lần đầu')).toHaveValue('6');
  await expect(page.getByLabel('Sản phẩm nâng hạng sao')).toHaveValue('1');
  await expect(page.getByLabel('Sản phẩm đánh giá lại (giấy chứng nhận hết hạn)')).toHaveValue('5');
});

test('a provincial council under 26/2026 starts with the two rounds of the year', async ({ page }) => {
  const year = new Date().getFullYear();
  await page.goto('/');
  await page.getByRole('button', { name: /Cấp tỉnh, theo QĐ 26\/2026\/QĐ-TTg/ }).click();
  await expect(page.getByRole('radio', { name: /Cấp tỉnh, theo QĐ 26\/2026\/QĐ-TTg/ })).toBeChecked();
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await page.getByLabel('Đơn vị hành chính').fill('tỉnh Lai Châu');
  await expect(page.getByLabel('Tên tổ giúp việc của hội đồng')).toHaveValue('Tổ tư vấn');
  await page.getByLabel('Số quyết định').fill('567/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill(`${year}-07-15`);
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await expect(page.getByText(`Khi lưu, ứng dụng tạo sẵn các đợt đánh giá năm ${year}`)).toContainText(
    `đợt 1 chấm xong trước 30/06/${year} (nhận hồ sơ đến 30/04/${year}); đợt 2 chấm xong trước 30/12/${year} (nhận hồ sơ đến 30/10/${year})`,
  );
  await page.getByRole('button', { name: 'Bỏ qua, lưu hội đồng' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);

  await page.goto('/#/council/rounds');
  const rounds = page.getByRole('table', { name: `Các đợt đánh giá năm ${year}` });
  await expect(rounds.getByRole('row', { name: /Đợt 1/ })).toContainText(`30/04/${year}`);
  await expect(rounds.getByRole('row', { name: /Đợt 1/ })).toContainText(`30/06/${year}`);
  await expect(rounds.getByRole('row', { name: /Đợt 2/ })).toContainText(`30/10/${year}`);
  await expect(rounds.getByRole('row', { name: /Đợt 2/ })).toContainText(`30/12/${year}`);
  await expect(page.getByRole('navigation', { name: 'Các mục của hội đồng' })).toContainText('Tổ tư vấn');
  await shot(page, 'council-rounds-province-2026');

  await page
    .getByRole('navigation', { name: 'Các mục của hội đồng' })
    .getByRole('link', { name: 'Thành viên hội đồng' })
    .click();
  await expect(page.getByRole('heading', { name: 'Hội đồng chưa có thành viên nào' })).toBeVisible();
  await shot(page, 'council-members-empty');
});

test('a provincial council under 148/1489 is told to add its rounds and its plan', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to OCOP Council' })).toBeVisible();
  await shot(page, 'welcome-english');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await page.getByRole('button', { name: /Cấp tỉnh, theo QĐ 148 sửa đổi bởi QĐ 1489/ }).click();
  await page.keyboard.press('Enter');
  await page.getByLabel('Đơn vị hành chính').fill('tỉnh Lai Châu');
  await page.getByLabel('Số quyết định').fill('1890/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill('2025-08-01');
  await page.getByLabel('Ngày ký').press('Enter');
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await expect(page.getByText('Quy định này không đặt sẵn lịch các đợt')).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ qua, lưu hội đồng' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);

  await page.goto('/#/council/rounds');
  await expect(page.getByRole('heading', { name: 'Chưa có đợt đánh giá nào' })).toBeVisible();
  await shot(page, 'council-rounds-empty');
  await page.getByRole('button', { name: 'Thêm đợt đánh giá' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đợt đánh giá' });
  await expect(dialog.getByText('Quy định này không đặt sẵn lịch các đợt; nhập ngày theo kế hoạch.')).toBeVisible();
  await expect(dialog.getByLabel('Hội đồng chấm xong trước ngày')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.locator('[data-field="deadline"] .field-error')).toHaveText(
    'ngày không hợp lệ; nhập theo dạng ngày/tháng/năm',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page
    .getByRole('navigation', { name: 'Các mục của hội đồng' })
    .getByRole('link', { name: 'Kế hoạch năm' })
    .click();
  await expect(page.getByText(`Chưa có chỉ tiêu cho năm ${new Date().getFullYear()}.`)).toBeVisible();
  await shot(page, 'council-plan-empty');
});

test('the welcome screen opens the demo workspace, kept apart from the council’s own', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Mở dữ liệu mẫu “Tam Đường 2025”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang xem dữ liệu mẫu' })).toBeVisible();
  await page.goto('/#/council/members');
  await expect(page.getByRole('navigation', { name: 'Các mục của hội đồng' })).toBeVisible();
  await shot(page, 'council-members-demo');
  const tabs = page.getByRole('navigation', { name: 'Các mục của hội đồng' });
  for (const [tab, name] of [
    ['Thông tin hội đồng', 'info'],
    ['Tổ giúp việc', 'helper-group'],
    ['Đợt đánh giá', 'rounds'],
    ['Kế hoạch năm', 'plan'],
  ] as const) {
    await tabs.getByRole('link', { name: tab }).click();
    await expect(tabs.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Đang tải…')).toHaveCount(0);
    await shot(page, `council-${name}-demo`);
  }
  await page.getByRole('button', { name: 'Về dữ liệu của hội đồng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chào mừng đến với Hội đồng OCOP' })).toBeVisible();
});
