import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/council';
import { seedWorkspace } from './fixtures/workspace';

const SHOTS = 'test-results/screenshots';

// The demo's figures are stated at the top of src/renderer/src/db/demo/tam-duong-2025.ts.
test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

async function openDemo(page: Page, now: string): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('ocop.workspace', 'demo'));
  await page.clock.setFixedTime(new Date(now));
  await page.goto('/#/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
}

test('the demo dashboard on 15/06/2025 shows the plan, the next deadlines, the expiries and what waits', async ({
  page,
}) => {
  await openDemo(page, '2025-06-15T09:00:00+07:00');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2025');
  await expect(page.getByText('Số liệu tính đến hôm nay, 15/06/2025.')).toBeVisible();

  const plan = page.getByRole('region', { name: 'Kế hoạch năm 2025' });
  await expect(plan.getByLabel('Đã đánh giá 3 trên chỉ tiêu 6')).toHaveText('3/6');
  await expect(plan.getByLabel('Đã đánh giá 1 trên chỉ tiêu 1')).toHaveText('1/1');
  await expect(plan.getByLabel('Đã đánh giá 1 trên chỉ tiêu 5')).toHaveText('1/5');
  await expect(plan.getByText('Đạt chỉ tiêu')).toHaveCount(1);
  await expect(plan.getByText('3 hồ sơ đang xử lý · 1 hồ sơ bị loại')).toBeVisible();

  const deadlines = page.getByRole('region', { name: 'Đợt đánh giá sắp tới' });
  await expect(deadlines.getByRole('listitem')).toHaveText([
    /Đợt 2: nhận hồ sơ đến hết ngày 30\/09\/2025\s*còn 107 ngày/,
    /Đợt 2: hội đồng chấm xong trước ngày 20\/10\/2025\s*còn 127 ngày/,
  ]);

  const certificates = page.getByRole('region', { name: 'Giấy chứng nhận cần chú ý' });
  await expect(certificates.locator('.attention-tile')).toHaveText([
    '5Hết hiệu lực, cần đánh giá lại',
    '1Trong thời hạn đề nghị đánh giá lại',
  ]);
  const rows = certificates.locator('tbody tr:not(.group-row)');
  await expect(rows.locator('.dash-product a')).toHaveText([
    'Chè Ô long Tam Đường',
    'Thảo quả sấy khô Sơn Bình',
    'Mận tam hoa sấy dẻo Tả Lèng',
    'Lá tắm người Dao đỏ Sì Thâu Chải',
    'Nấm hương khô Khun Há',
    'Măng khô Nà Tăm',
  ]);
  const oolong = rows.filter({ hasText: 'Chè Ô long Tam Đường' });
  await expect(oolong).toContainText('20/08/2024');
  await expect(oolong).toContainText('đã hết hạn 299 ngày');
  await expect(oolong).toContainText('Nhận 21/04/2025: trả lại để bổ sung');
  const bamboo = rows.filter({ hasText: 'Măng khô Nà Tăm' });
  await expect(bamboo).toContainText('18/11/2025');
  await expect(bamboo).toContainText('còn 156 ngày');
  await expect(bamboo).toContainText('nộp hồ sơ đến 21/07/2025');

  const waiting = page.getByRole('region', { name: 'Hồ sơ chờ kiểm tra / trả lại bổ sung' });
  await expect(waiting.locator('tbody tr')).toHaveCount(3);
  await expect(waiting.locator('tbody tr').first()).toContainText('Trả lại bổ sung');
  await expect(waiting.locator('tbody tr').first()).toContainText('44 ngày');
  await expect(waiting.getByText('Chờ kiểm tra', { exact: true })).toHaveCount(2);

  const upgrades = page.getByRole('region', { name: 'Sản phẩm có thể nâng hạng' });
  await expect(upgrades.getByRole('listitem')).toHaveCount(1);
  await expect(upgrades).toContainText('3 sao với 67,00 điểm; cần 70 điểm để đạt 4 sao, còn thiếu 3,00 điểm.');
  await expect(upgrades).toContainText('từ 65 điểm với 3 sao, từ 85 điểm với 4 sao');

  await page.screenshot({ path: `${SHOTS}/dashboard-demo.png`, fullPage: true });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('region', { name: 'Plan for 2025' }).getByLabel('3 evaluated of a target of 6'),
  ).toHaveText('3/6');
  await expect(page.getByRole('region', { name: 'Products that may be upgraded' })).toContainText(
    '3 stars with 67.00 points; 4 stars need 70 points, 3.00 points short.',
  );
  await page.screenshot({ path: `${SHOTS}/dashboard-demo-english.png`, fullPage: true });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await upgrades.getByRole('link', { name: 'Mật ong bạc hà Giang Ma' }).click();
  await expect(page).toHaveURL(/#\/products\/item\/[^/]+$/);
});

test('the demo dashboard on 29/11/2026 opens on the 2025 plan and shows seven certificates due', async ({ page }) => {
  await openDemo(page, '2026-11-29T09:00:00+07:00');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2025');
  const certificates = page.getByRole('region', { name: 'Giấy chứng nhận cần chú ý' });
  await expect(certificates.locator('.attention-tile')).toHaveText([
    '7Hết hiệu lực, cần đánh giá lại',
    '1Trong thời hạn đề nghị đánh giá lại',
  ]);
  await expect(certificates.locator('tbody tr').filter({ hasText: 'Mật ong bạc hà Giang Ma' })).toContainText(
    'còn 180 ngày',
  );
  await expect(page.getByText('Không còn hạn nào phía trước trong năm 2025.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2026');
  const plan = page.getByRole('region', { name: 'Kế hoạch năm 2026' });
  await expect(plan.getByText('Chưa có kế hoạch cho năm 2026.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-demo-2026.png`, fullPage: true });
});

test('a council with nothing recorded yet is told what to do next on each card', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00+07:00'));
  await seedWorkspace(page);
  await page.goto('/#/dashboard');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  const plan = page.getByRole('region', { name: 'Kế hoạch năm 2026' });
  await expect(plan.getByText('Chưa có kế hoạch cho năm 2026.')).toBeVisible();
  await expect(plan.getByRole('link', { name: 'Nhập chỉ tiêu trong Hội đồng › Kế hoạch năm.' })).toHaveAttribute(
    'href',
    '#/council/plan',
  );
  const deadlines = page.getByRole('region', { name: 'Đợt đánh giá sắp tới' });
  await expect(deadlines.getByRole('listitem')).toHaveText([
    /Đợt 1: hội đồng chấm xong trước ngày 20\/05\/2026\s*còn 79 ngày/,
    /Đợt 2: hội đồng chấm xong trước ngày 20\/10\/2026\s*còn 232 ngày/,
  ]);
  await expect(deadlines).toContainText('Năm 2026 chưa có đợt đánh giá: đây là lịch mặc định theo quy định.');
  await expect(page.getByText('Hôm nay không có giấy chứng nhận nào sắp hết hạn hay cần đánh giá lại.')).toBeVisible();
  await expect(page.getByText('Không có hồ sơ nào đang chờ kiểm tra hay chờ bổ sung.')).toBeVisible();
  await expect(page.getByText('Chưa có sản phẩm nào đủ điều kiện để gợi ý nâng hạng.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-empty.png`, fullPage: true });
});
