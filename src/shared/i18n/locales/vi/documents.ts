/** Vietnamese: printed documents (score sheets, tally, minutes, decision, certificates). */
export const documents = {
  documents: {
    common: {
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: 'Số: {{number}}',
      placeDate: '{{place}}, ngày {{day}} tháng {{month}} năm {{year}}',
      placeDateBlank: '{{place}}, ngày …… tháng …… năm ……',
      recipients: 'Nơi nhận:',
      archiveCopy: 'Lưu: VT',
    },
  },
} as const;
