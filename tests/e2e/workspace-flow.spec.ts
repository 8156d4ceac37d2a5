import { expect, test } from './fixtures/council';

/**
 * The whole flow in one go, through the screens only: set up a council from scratch, add
 * members, a producer, a product and a dossier with its pre-check, reload, and find everything again.
 */
test('a new council is set up and filled in through the screens, and a reload loses nothing', async ({ page }) => {
  const year = new Date().getFullYear();
  await page.goto('/');
  await page.getByRole('button', { name: /Cấp tỉnh, theo QĐ 26\/2026\/QĐ-TTg/ }).click();
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await page.getByLabel('Đơn vị hành chính').fill('tỉnh Lai Châu');
  await page.getByLabel('Số quyết định').fill('567/QĐ-UBND');
  await page.getByLabel('Ngày ký').fill(`${year}-07-15`);
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await page.getByRole('button', { name: 'Tiếp tục →' }).click();
  await page.getByLabel('Họ và tên, dòng 1').fill('Hà Văn Bình');
  await page.getByLabel('Chức vụ, đơn vị, dòng 1').fill('Phó Chủ tịch UBND tỉnh');
  await page.getByLabel('Họ và tên, dòng 2').fill('Lý Thị Sen');
  await page.getByRole('button', { name: 'Lưu và bắt đầu làm việc' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);

  // One more member through the members tab.
  await page.goto('/#/council/members');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const member = page.getByRole('dialog', { name: 'Thêm thành viên hội đồng' });
  await member.getByLabel('Họ và tên').fill('Tao Văn Hòa');
  await member.getByLabel('Vai trò').selectOption({ label: 'Thành viên' });
  await member.getByLabel('Họ và tên').press('Enter');
  await expect(member).toBeHidden();

  // A producer, its product, and the product's dossier.
  await page.goto('/#/products/producers');
  await page.getByRole('button', { name: 'Thêm chủ thể' }).first().click();
  let dialog = page.getByRole('dialog', { name: 'Thêm chủ thể' });
  await dialog.getByLabel('Tên chủ thể').fill('HTX Sà Dề Phìn');
  await dialog.getByLabel('Loại hình').selectOption({ label: 'Hợp tác xã' });
  await dialog.getByLabel('Họ và tên người đại diện').fill('Chẻo Thị Lả');
  await dialog.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await dialog.getByLabel('Dân tộc').fill('Dao');
  await dialog.getByLabel('Địa chỉ').fill('Xã Sà Dề Phìn, tỉnh Lai Châu');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('button', { name: 'Thêm sản phẩm' }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
  await dialog.getByLabel('Tên sản phẩm').fill('Rượu ngô men lá Sà Dề Phìn');
  await dialog.getByLabel('Bộ sản phẩm').selectOption('14');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  dialog = page.getByRole('dialog', { name: 'Tiếp nhận hồ sơ' });
  await dialog.getByLabel('Năm đánh giá').fill(String(year));
  // Dates are typed day first, as councils write them.
  await dialog.getByLabel('Ngày nhận hồ sơ').fill(`10/9/${year}`);
  await dialog.getByLabel('Mẫu 01: Phiếu đăng ký sản phẩm').check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('button', { name: 'Kiểm tra hồ sơ' }).click();
  dialog = page.getByRole('dialog', { name: 'Kiểm tra hồ sơ: Rượu ngô men lá Sà Dề Phìn' });
  await dialog.getByLabel('Hồ sơ đầy đủ, chuyển hội đồng chấm điểm').check();
  await dialog.getByLabel('Ngày kiểm tra').fill(`20.09.${year}`);
  await dialog.getByRole('button', { name: 'Ghi kết quả kiểm tra' }).click();
  await expect(dialog).toHaveCount(0);

  // Reload: everything is there.
  await page.reload();
  await expect(page.locator('.detail-head .pill')).toHaveText('Đầy đủ');
  await expect(page.getByRole('list', { name: 'Các bước của hồ sơ theo thời gian' }).getByRole('listitem')).toHaveText([
    new RegExp(`10/09/${year}\\s*Đã tiếp nhận`),
    new RegExp(`20/09/${year}\\s*Đầy đủ`),
  ]);
  await page.goto('/#/council/members');
  for (const name of ['Hà Văn Bình', 'Lý Thị Sen', 'Tao Văn Hòa']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await page.goto('/#/products');
  await expect(page.getByRole('row', { name: /Rượu ngô men lá Sà Dề Phìn/ })).toContainText('HTX Sà Dề Phìn');
  await page.goto('/#/products/dossiers');
  await expect(page.getByRole('row', { name: /Rượu ngô men lá Sà Dề Phìn/ })).toContainText('Đầy đủ');
  await page.goto('/#/council/rounds');
  await expect(page.getByRole('table', { name: `Các đợt đánh giá năm ${year}` }).getByRole('row')).toHaveCount(3);
});
