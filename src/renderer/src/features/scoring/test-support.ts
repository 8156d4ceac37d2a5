import type { RubricCriterion, RubricSet } from '../../../../shared/domain/rubric/rubric-pack.schema';

/** Criteria shaped like set 11's A-1.1 (3 options, 3★ marker) and set 26's C-8 (two variant lists), for tests. */
export function plainCriterion(id = 'A-1.1'): RubricCriterion {
  return {
    id,
    part: 'A',
    sectionId: '1',
    number: id.slice(2),
    text: 'Nguồn nguyên liệu',
    maxPoints: 3,
    options: [
      { text: 'Có sử dụng nguyên liệu có nguồn gốc ngoài địa phương', points: 1 },
      { text: 'Sử dụng nguyên liệu có nguồn gốc từ 50% đến dưới 75%', points: 2, marker: 3 },
      { text: 'Sử dụng nguyên liệu có nguồn gốc ≥ 75%', points: 3 },
    ],
    minPointsForStar: { '3': 2 },
    inferred: false,
    corrected: false,
    notes: [],
  };
}

export function variantCriterion(id = 'C-8'): RubricCriterion {
  return {
    id,
    part: 'C',
    sectionId: '8',
    number: id.slice(2),
    text: 'Đáp ứng điều kiện kinh doanh dịch vụ',
    maxPoints: 3,
    variants: [
      {
        id: 'a',
        text: 'Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp',
        options: [
          { text: 'Đáp ứng một phần', points: 1 },
          { text: 'Đáp ứng đầy đủ', points: 3 },
        ],
      },
      {
        id: 'b',
        text: 'Trường hợp 2: Điểm dịch vụ du lịch',
        options: [
          { text: 'Đáp ứng một phần', points: 1 },
          { text: 'Đáp ứng đầy đủ', points: 3 },
        ],
      },
    ],
    minPointsForStar: {},
    inferred: false,
    corrected: false,
    notes: [],
  };
}

/** A small form: part A section 1 with two criteria, part C section 8 with a variant criterion. */
export function testSet(): RubricSet {
  return {
    no: 26,
    code: '6.1.1',
    name: 'Dịch vụ du lịch cộng đồng',
    group: { code: '6', name: 'Dịch vụ' },
    subgroup: { code: '6.1', name: 'Du lịch' },
    formHeader: null,
    sampleRequired: false,
    complete: true,
    disqualifiers: [],
    notes: [],
    sections: [
      { part: 'A', id: '1', title: 'Tổ chức sản xuất', maxPoints: 6, notes: [] },
      { part: 'B', id: '4', title: 'Tiếp thị', maxPoints: 0, notes: [] },
      { part: 'C', id: '8', title: 'Điều kiện kinh doanh', maxPoints: 3, notes: [] },
    ],
    criteria: [plainCriterion('A-1.1'), plainCriterion('A-1.2'), variantCriterion('C-8')],
  };
}
