/** The demo's producers and products (see tam-duong-2025.ts): twelve producers, fourteen products. */
import type { ProducerInput } from '../producers.repository';

/** Commune codes of huyện Tam Đường (administrative unit list). */
const COMMUNE = {
  taLeng: '03400',
  giangMa: '03405',
  hoThau: '03406',
  binhLu: '03412',
  sonBinh: '03413',
  banHon: '03421',
  banBo: '03424',
  naTam: '03427',
  khunHa: '03430',
} as const;

const address = (place: string) => `${place}, huyện Tam Đường, tỉnh Lai Châu`;

export type DemoProducer = Omit<ProducerInput, 'id' | 'phone'> & { readonly key: string };

export const PRODUCERS: readonly DemoProducer[] = [
  {
    key: 'che-ho-thau',
    name: 'Hợp tác xã Chè Shan tuyết Hồ Thầu',
    type: 'cooperative',
    representative: { name: 'Tẩn Láo Sử', sex: 'male', ethnicity: 'Dao' },
    address: address('Bản Hồ Thầu, xã Hồ Thầu'),
    communeCode: COMMUNE.hoThau,
    registrationNumber: '6200318842',
  },
  {
    key: 'nong-nghiep-binh-lu',
    name: 'Hợp tác xã Nông nghiệp Bình Lư',
    type: 'cooperative',
    representative: { name: 'Hoàng Văn Sơn', sex: 'male', ethnicity: 'Giáy' },
    address: address('Bản Bình Lư, xã Bình Lư'),
    communeCode: COMMUNE.binhLu,
    registrationNumber: '6200301257',
  },
  {
    key: 'mien-dong-binh-lu',
    name: 'Hợp tác xã Miến dong Bình Lư',
    type: 'cooperative',
    representative: { name: 'Nguyễn Thị Lan', sex: 'female', ethnicity: 'Kinh' },
    address: address('Bản Nà Đon, xã Bình Lư'),
    communeCode: COMMUNE.binhLu,
    registrationNumber: '6200287439',
  },
  {
    key: 'ho-ban-hon',
    name: 'Hộ kinh doanh Lường Văn Khâm',
    type: 'household-business',
    representative: { name: 'Lường Văn Khâm', sex: 'male', ethnicity: 'Thái' },
    address: address('Bản Hon, xã Bản Hon'),
    communeCode: COMMUNE.banHon,
    registrationNumber: '12H8001204',
  },
  {
    key: 'du-lich-si-thau-chai',
    name: 'Hợp tác xã Du lịch cộng đồng Sì Thâu Chải',
    type: 'cooperative',
    representative: { name: 'Tẩn Thị Phây', sex: 'female', ethnicity: 'Dao' },
    address: address('Bản Sì Thâu Chải, xã Sơn Bình'),
    communeCode: COMMUNE.sonBinh,
    registrationNumber: '6200296018',
  },
  {
    key: 'ruou-ho-thau',
    name: 'Tổ hợp tác Rượu ngô men lá Hồ Thầu',
    type: 'cooperative-group',
    representative: { name: 'Giàng A Dính', sex: 'male', ethnicity: 'Mông' },
    address: address('Bản Tả Chải, xã Hồ Thầu'),
    communeCode: COMMUNE.hoThau,
    registrationNumber: '',
  },
  {
    key: 'ong-giang-ma',
    name: 'Hợp tác xã Nuôi ong Giang Ma',
    type: 'cooperative',
    representative: { name: 'Vàng A Páo', sex: 'male', ethnicity: 'Mông' },
    address: address('Bản Phìn Chải, xã Giang Ma'),
    communeCode: COMMUNE.giangMa,
    registrationNumber: '6200309971',
  },
  {
    key: 'che-ban-bo',
    name: 'Công ty TNHH Chè Bản Bo',
    type: 'enterprise',
    representative: { name: 'Đỗ Văn Hùng', sex: 'male', ethnicity: 'Kinh' },
    address: address('Bản Nà Khum, xã Bản Bo'),
    communeCode: COMMUNE.banBo,
    registrationNumber: '6200112345',
  },
  {
    key: 'thao-qua-son-binh',
    name: 'Hợp tác xã Thảo quả Sơn Bình',
    type: 'cooperative',
    representative: { name: 'Chảo Văn Lù', sex: 'male', ethnicity: 'Dao' },
    address: address('Bản Hợp 1, xã Sơn Bình'),
    communeCode: COMMUNE.sonBinh,
    registrationNumber: '6200276620',
  },
  {
    key: 'man-ta-leng',
    name: 'Hợp tác xã Mận Tả Lèng',
    type: 'cooperative',
    representative: { name: 'Giàng Thị Dợ', sex: 'female', ethnicity: 'Mông' },
    address: address('Bản Tả Lèng, xã Tả Lèng'),
    communeCode: COMMUNE.taLeng,
    registrationNumber: '6200281154',
  },
  {
    key: 'nong-lam-san-khun-ha',
    name: 'Hợp tác xã Nông lâm sản Khun Há',
    type: 'cooperative',
    representative: { name: 'Lý Thị Mai', sex: 'female', ethnicity: 'Dao' },
    address: address('Bản Khun Há, xã Khun Há'),
    communeCode: COMMUNE.khunHa,
    registrationNumber: '6200283396',
  },
  {
    key: 'ho-na-tam',
    name: 'Hộ kinh doanh Lò Thị Hương',
    type: 'household-business',
    representative: { name: 'Lò Thị Hương', sex: 'female', ethnicity: 'Thái' },
    address: address('Bản Nà Tăm 1, xã Nà Tăm'),
    communeCode: COMMUNE.naTam,
    registrationNumber: '12H8000987',
  },
];

export interface DemoProduct {
  readonly key: string;
  readonly producer: string;
  readonly name: string;
  readonly productSet: number;
  readonly code: string;
  readonly description: string;
}

const product = (
  key: string,
  producer: string,
  name: string,
  productSet: number,
  code: string,
  description: string,
): DemoProduct => ({ key, producer, name, productSet, code, description });

export const PRODUCTS: readonly DemoProduct[] = [
  product(
    'che-shan-tuyet',
    'che-ho-thau',
    'Chè xanh Shan tuyết Hồ Thầu',
    11,
    '12-03406-1-2025',
    'Chè xanh từ cây chè Shan tuyết cổ thụ trên 1.500 m.',
  ),
  product(
    'gao-seng-cu',
    'nong-nghiep-binh-lu',
    'Gạo Séng Cù Bình Lư',
    3,
    '12-03412-2-2025',
    'Gạo Séng Cù trồng trên ruộng bậc thang Bình Lư.',
  ),
  product(
    'thit-trau',
    'ho-ban-hon',
    'Thịt trâu gác bếp Bản Hon',
    8,
    '12-03421-1-2023',
    'Thịt trâu tẩm gia vị của người Thái, hun khói trên gác bếp.',
  ),
  product(
    'si-thau-chai',
    'du-lich-si-thau-chai',
    'Du lịch cộng đồng bản Sì Thâu Chải',
    26,
    '12-03413-3-2025',
    'Homestay, tắm lá thuốc và trải nghiệm văn hóa của người Dao đỏ.',
  ),
  product(
    'ruou-ngo',
    'ruou-ho-thau',
    'Rượu ngô men lá Hồ Thầu',
    14,
    '',
    'Rượu ngô nấu bằng men lá truyền thống của người Mông.',
  ),
  product(
    'mien-dong',
    'mien-dong-binh-lu',
    'Miến dong Bình Lư',
    6,
    '12-03412-1-2023',
    'Miến làm từ tinh bột dong riềng trồng tại Bình Lư.',
  ),
  product(
    'mat-ong',
    'ong-giang-ma',
    'Mật ong bạc hà Giang Ma',
    4,
    '12-03405-1-2024',
    'Mật ong từ hoa bạc hà dại, thu hoạch tháng 11–12.',
  ),
  product(
    'che-ban-bo',
    'che-ban-bo',
    'Chè xanh Bản Bo',
    11,
    '12-03424-1-2021',
    'Chè xanh sao suốt từ vùng chè Bản Bo.',
  ),
  product(
    'che-o-long',
    'che-ban-bo',
    'Chè Ô long Tam Đường',
    11,
    '12-03424-2-2021',
    'Chè Ô long chế biến từ giống Kim Tuyên.',
  ),
  product(
    'thao-qua',
    'thao-qua-son-binh',
    'Thảo quả sấy khô Sơn Bình',
    10,
    '12-03413-1-2021',
    'Quả thảo quả trồng dưới tán rừng, sấy khô.',
  ),
  product(
    'man-say',
    'man-ta-leng',
    'Mận tam hoa sấy dẻo Tả Lèng',
    7,
    '12-03400-1-2022',
    'Mận tam hoa Tả Lèng sấy dẻo, không chất bảo quản.',
  ),
  product(
    'la-tam',
    'du-lich-si-thau-chai',
    'Lá tắm người Dao đỏ Sì Thâu Chải',
    20,
    '12-03413-2-2022',
    'Bài lá thuốc tắm của người Dao đỏ, đóng gói khô.',
  ),
  product(
    'nam-huong',
    'nong-lam-san-khun-ha',
    'Nấm hương khô Khun Há',
    7,
    '12-03430-1-2022',
    'Nấm hương rừng trồng trên gỗ, sấy khô.',
  ),
  product(
    'mang-kho',
    'ho-na-tam',
    'Măng khô Nà Tăm',
    7,
    '12-03427-1-2022',
    'Măng nứa rừng luộc, phơi khô trên gác bếp.',
  ),
];
