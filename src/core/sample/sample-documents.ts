import { compositionSchema, type Cluster, type Composition } from '../model/entities'
import { defaultRecipients } from '../documents/kinds/common'

/**
 * The documents of the built-in sample: a Thông báo and a Kế hoạch of Cụm thi đua số 1 for 2024.
 * Their wording follows the public account of the 2024 signing (official-layout.md S18); no
 * person's name is invented, so the signer lines stay empty for the secretary to fill in.
 */
export function buildSampleCompositions(
  cluster: Cluster,
  now: string,
  makeId: () => string
): Composition[] {
  const base = { createdAt: now, updatedAt: now, clusterId: cluster.id, year: 2024 }
  const notice = compositionSchema.parse({
    ...base,
    id: makeId(),
    kind: 'notice',
    summary: 'Kết quả Hội nghị ký kết giao ước thi đua năm 2024',
    issuedOn: '2024-03-04',
    body: [
      'Chiều ngày 28/02/2024, tại Phòng họp số 1 Quận ủy Long Biên, Cụm thi đua số 1 Ủy ban MTTQ Việt Nam thành phố Hà Nội tổ chức Hội nghị ký kết giao ước thi đua năm 2024.',
      'Hội nghị đã thống nhất các nội dung sau:',
      '- Thông qua Kế hoạch hoạt động và Quy chế hoạt động của Cụm thi đua số 1 năm 2024;',
      '- Thông qua bảng tiêu chí thi đua gồm 15 chỉ tiêu được lượng hóa và điểm thưởng, tổng cộng 100 điểm;',
      '- Ủy ban MTTQ Việt Nam quận Long Biên là Cụm trưởng, Ủy ban MTTQ Việt Nam quận Hai Bà Trưng là Cụm phó năm 2024.',
      'Cụm thi đua số 1 thông báo để các đơn vị trong Cụm biết và tổ chức thực hiện.'
    ].join('\n'),
    recipients: defaultRecipients(cluster)
  })
  const plan = compositionSchema.parse({
    ...base,
    id: makeId(),
    kind: 'plan',
    summary: 'Hoạt động của Cụm thi đua số 1 năm 2024',
    issuedOn: '2024-02-20',
    basis: [
      'Căn cứ Kế hoạch công tác thi đua, khen thưởng năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      'Căn cứ Quy chế hoạt động của Cụm thi đua số 1'
    ],
    body: [
      'Cụm thi đua số 1 xây dựng Kế hoạch hoạt động năm 2024 như sau:',
      '# Mục đích, yêu cầu',
      '## Mục đích',
      'Đẩy mạnh phong trào thi đua trong các đơn vị thành viên, tạo động lực hoàn thành xuất sắc nhiệm vụ công tác Mặt trận năm 2024.',
      '## Yêu cầu',
      '- Nội dung thi đua thiết thực, cụ thể, gắn với nhiệm vụ chính trị của từng đơn vị;',
      '- Việc chấm điểm, bình xét bảo đảm công khai, dân chủ, đúng tiêu chí đã giao ước.',
      '# Nội dung hoạt động',
      '## Tổ chức ký kết giao ước thi đua',
      'Các đơn vị thống nhất 15 chỉ tiêu được lượng hóa và điểm thưởng, tổng cộng 100 điểm.',
      '## Trao đổi kinh nghiệm, học tập mô hình hay',
      '### Mỗi đơn vị giới thiệu ít nhất một mô hình tiêu biểu;',
      '### Cụm trưởng chủ trì tổ chức trao đổi vào quý III.',
      '## Sơ kết, tổng kết',
      '- Sơ kết 6 tháng vào tháng 7;',
      '+ Các đơn vị gửi báo cáo và bảng tự chấm điểm trước hội nghị 05 ngày làm việc;',
      '- Tổng kết, bình xét thi đua vào tháng 11.',
      '# Tổ chức thực hiện',
      '## Cụm trưởng chủ trì, phân công các đơn vị tổ chức các hoạt động theo lịch tại Phụ lục kèm theo.',
      '## Cụm phó phối hợp với Cụm trưởng tổng hợp kết quả, dự thảo báo cáo.',
      '## Các đơn vị thành viên chủ động triển khai và báo cáo kết quả đúng thời hạn.'
    ].join('\n'),
    scheduleRows: [
      {
        content: 'Hội nghị ký kết giao ước thi đua năm 2024',
        time: 'Tháng 02/2024',
        lead: 'Quận Long Biên',
        note: ''
      },
      {
        content: 'Trao đổi kinh nghiệm, học tập mô hình hay',
        time: 'Quý III/2024',
        lead: 'Quận Long Biên',
        note: 'Các đơn vị phối hợp'
      },
      {
        content: 'Hội nghị sơ kết 6 tháng',
        time: 'Tháng 7/2024',
        lead: 'Quận Hai Bà Trưng',
        note: ''
      },
      {
        content: 'Hội nghị tổng kết, bình xét thi đua',
        time: 'Tháng 11/2024',
        lead: 'Quận Long Biên',
        note: 'Bỏ phiếu kín'
      }
    ],
    recipients: defaultRecipients(cluster)
  })
  return [notice, plan]
}
