/** Vietnamese: the welcome screen and the guided council setup. */
export const welcome = {
  welcome: {
    title: 'Chào mừng đến với Hội đồng OCOP',
    intro:
      'Ứng dụng giúp thư ký và các thành viên hội đồng đánh giá, phân hạng sản phẩm OCOP làm việc ngay trên máy tính này, không cần Internet. Hãy chọn một trong hai cách bắt đầu.',
    setUp: {
      heading: 'Thiết lập hội đồng mới',
      lead: 'Chọn cấp và quy định mà hội đồng áp dụng; ứng dụng hướng dẫn từng bước, mọi thông tin đều sửa được sau.',
      start: 'Bắt đầu thiết lập',
    },
    demo: {
      heading: 'Xem thử với dữ liệu mẫu',
      body: 'Hội đồng cấp huyện Tam Đường năm 2025 và tổ giúp việc, kế hoạch năm, khoảng 12 sản phẩm thuộc nhiều bộ (chè, miến dong, gạo, mật ong, du lịch cộng đồng…) và các giấy chứng nhận đến hạn đánh giá lại. Dữ liệu mẫu được giữ riêng, không lẫn với dữ liệu của hội đồng.',
      open: 'Mở dữ liệu mẫu “Tam Đường 2025”',
      opening: 'Đang mở dữ liệu mẫu…',
      failed: 'Không mở được dữ liệu mẫu: {{detail}}',
    },
    rubric: {
      lead: 'Chỉ muốn xem phiếu đánh giá của từng bộ sản phẩm?',
      link: 'Xem bộ tiêu chí đánh giá',
    },
    setup: {
      title: 'Thiết lập hội đồng',
      intro: 'Bốn bước, khoảng năm phút. Mọi thông tin đều sửa được sau trong mục Hội đồng.',
      stepsLabel: 'Các bước thiết lập',
      stepOf: 'Bước {{step}}/{{count}}',
      steps: {
        profile: 'Cấp và quy định',
        identity: 'Thông tin hội đồng',
        rules: 'Quy chế làm việc',
        members: 'Thành viên',
      },
      next: 'Tiếp tục',
      back: 'Quay lại',
      leave: 'Về màn hình chào',
      save: 'Lưu và bắt đầu làm việc',
      saveWithoutMembers: 'Bỏ qua, lưu hội đồng',
      saving: 'Đang lưu…',
      failed: 'Không lưu được: {{detail}}',
      profileIntro:
        'Quy định quyết định cấp hội đồng, bộ tiêu chí dùng để chấm, lịch các đợt và ai công nhận hạng sao.',
      identityIntro: 'Các thông tin này được in trên biên bản, tờ trình và quyết định.',
      rulesIntro:
        'Theo Quy chế làm việc của hội đồng. Giá trị điền sẵn là mức thường dùng; sửa nếu quy chế của hội đồng khác.',
      membersIntro:
        'Nhập nhanh thành phần hội đồng theo quyết định thành lập, hoặc bỏ qua và thêm sau. Dòng không có họ tên sẽ được bỏ qua.',
      membersTable: 'Thành viên ban đầu của hội đồng',
      addRow: 'Thêm dòng',
      removeRow: 'Xóa dòng {{row}}',
      rowActions: 'Thao tác',
      rowName: 'Họ và tên, dòng {{row}}',
      rowRole: 'Vai trò, dòng {{row}}',
      rowTitle: 'Chức vụ, đơn vị, dòng {{row}}',
      rowScores: 'Chấm điểm, dòng {{row}}',
      titlePlaceholder: 'Ví dụ: Phó Chủ tịch UBND huyện',
      membersFrom: 'Các thành viên được tính tham gia từ ngày ký quyết định thành lập ({{date}}).',
      rounds: 'Khi lưu, ứng dụng tạo sẵn các đợt đánh giá năm {{year}}: {{list}}.',
      roundItem: 'đợt {{number}} chấm xong trước {{date}}',
      roundItemWithDossiers: 'đợt {{number}} chấm xong trước {{date}} (nhận hồ sơ đến {{dossiersBy}})',
      pastRounds: 'Các đợt đã qua hạn được ghi là “Đã kết thúc”; có thể sửa trong mục Hội đồng › Đợt đánh giá.',
      noRounds:
        'Quy định này không đặt sẵn lịch các đợt; sau khi lưu, hãy thêm các đợt theo kế hoạch của tỉnh trong mục Hội đồng › Đợt đánh giá.',
    },
  },
} as const;
