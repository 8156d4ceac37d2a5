/** Vietnamese: the sessions area (shell; each tab adds its own keys under `sessions`). */
export const sessions = {
  sessions: {
    backToList: 'Về danh sách phiên chấm',
    header: '{{council}} · Bộ tiêu chí {{pack}}',
    tabsLabel: 'Các mục của phiên chấm',
    tabs: {
      conduct: 'Điều hành',
      score: 'Chấm điểm',
      results: 'Kết quả',
      history: 'Nhật ký',
    },
    phase: {
      preparing: 'Chuẩn bị',
      scoring: 'Đang chấm',
      review: 'Xem xét kết quả',
      confirmed: 'Chủ tịch đã xác nhận',
      finalised: 'Đã kết thúc, khóa',
    },
  },
} as const;
