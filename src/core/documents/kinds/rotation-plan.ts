import type { Cluster } from '../../model/entities'
import type { RotationPlanRow } from '../../rules/rotation'
import type { DocumentModel } from '../model'
import { paragraph } from '../model'
import type { FormatProfile } from '../profile'
import { internalTableHeader } from './common'

/** A year of the plan with its units named as the plan prints them. */
export type NamedPlanRow = RotationPlanRow & { leaderName: string; deputyName: string }

/**
 * The plan of who leads the cluster in the coming years (Dự kiến luân phiên Cụm trưởng, Cụm phó):
 * the cluster's header without a number (an internal table, like the tracking table), the rotation
 * order it follows, and one row per year — a year already recorded says so, the others are what
 * the rotation proposes and the year-end meeting still elects.
 */
export function buildRotationPlanDocument(
  cluster: Cluster,
  rows: NamedPlanRow[],
  orderNames: string[],
  profile: FormatProfile
): DocumentModel {
  const first = rows[0]?.year ?? 0
  const last = rows.at(-1)?.year ?? first
  return {
    title: `Dự kiến luân phiên Cụm trưởng, Cụm phó giai đoạn ${first} - ${last}`,
    profile,
    sections: [
      {
        orientation: 'portrait',
        restartNumbering: false,
        blocks: [
          internalTableHeader(cluster, first),
          {
            kind: 'title',
            typeName: 'DỰ KIẾN LUÂN PHIÊN CỤM TRƯỞNG, CỤM PHÓ',
            summaryLines: [`Giai đoạn ${first} - ${last}`]
          },
          paragraph(
            'body',
            `Thứ tự luân phiên của ${cluster.name}: ${orderNames.map((n, i) => `${i + 1}. ${n}`).join('; ')}.`
          ),
          {
            kind: 'table',
            columns: [
              { header: 'STT', widthPercent: 8, align: 'center' },
              { header: 'Năm', widthPercent: 10, align: 'center' },
              { header: 'Cụm trưởng', widthPercent: 33, align: 'left' },
              { header: 'Cụm phó', widthPercent: 33, align: 'left' },
              { header: 'Ghi chú', widthPercent: 16, align: 'left' }
            ],
            rows: rows.map((row, i) => [
              String(i + 1),
              String(row.year),
              row.leaderName || '-',
              row.deputyName || '-',
              row.recorded
                ? 'Đã bầu'
                : row.memberUnitIds.length === 0
                  ? 'Chưa có đơn vị tham gia'
                  : 'Dự kiến'
            ])
          },
          paragraph(
            'body',
            'Cụm trưởng, Cụm phó của từng năm do Hội nghị tổng kết của Cụm bầu; danh sách dự kiến theo thứ tự luân phiên đã thống nhất và các đơn vị còn tham gia Cụm trong năm đó.'
          )
        ]
      }
    ]
  }
}
