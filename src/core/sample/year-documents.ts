import { buildRegisterDocument } from '../documents/kinds/register'
import { buildRotationPlanDocument } from '../documents/kinds/rotation-plan'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE } from '../documents/profile'
import { documentRecordSchema, type DocumentRecord } from '../model/entities'
import { planRotation } from '../rules/rotation'
import type { SampleDataset } from './sample-dataset'
import { sampleScoringDocuments } from './sample-scoring'
import { sampleYearEndDocuments } from './sample-ballot'

/**
 * The year's other documents for `docs:samples`: the three scoring documents of the sample 2024
 * year-end, its ballot papers, two-round Biên bản kiểm phiếu and award dossier (tờ trình with its
 * list, báo cáo thành tích, thông báo, báo cáo tổng kết), the register book (sổ đăng ký văn bản đi) of the numbers the other samples carry, one
 * of them voided, and the plan of the next five years' cụm trưởng and cụm phó.
 */
export function sampleYearDocuments(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const cluster = data.clusters[0]!
  const at = '2024-12-31T02:00:00.000Z'
  const entry = (
    id: string,
    typeCode: string,
    number: number,
    issuedOn: string,
    title: string,
    extra: Partial<DocumentRecord> = {}
  ): DocumentRecord =>
    documentRecordSchema.parse({
      id,
      createdAt: at,
      updatedAt: at,
      clusterId: cluster.id,
      year: 2024,
      typeCode,
      number,
      symbol: `${String(number).padStart(2, '0')}/${typeCode}-${cluster.symbol}`,
      issuedOn,
      title,
      recipients: 'Các đơn vị trong Cụm; Lưu: VT',
      copies: 8,
      ...extra
    })
  // The numbers the samples of `sample-document-models.ts` print, in the order they were issued.
  const entries = [
    entry('r1', 'GM', 1, '2024-02-15', 'Giấy mời dự Hội nghị ký kết giao ước thi đua năm 2024', {
      status: 'voided',
      voidReason: 'Cấp nhầm cho bản nháp, đã thay bằng số 02/GM',
      voidedAt: '2024-02-20T01:00:00.000Z'
    }),
    entry('r2', 'GM', 2, '2024-02-20', 'Giấy mời dự Hội nghị ký kết giao ước thi đua năm 2024'),
    entry('r3', 'BB', 7, '2024-11-01', 'Biên bản Hội nghị tổng kết và bình xét thi đua năm 2024'),
    entry('r4', 'BB', 8, '2024-11-01', 'Biên bản kiểm phiếu suy tôn đơn vị dẫn đầu năm 2024')
  ]
  const year = Math.max(...data.clusterYears.map((y) => y.year)) + 1
  const name = (id: string) => data.memberUnits.find((u) => u.id === id)?.name ?? id
  const plan = planRotation(
    { rotationOrder: cluster.rotationOrder, units: data.memberUnits, years: data.clusterYears },
    year
  )
  return [
    ...sampleScoringDocuments(data),
    ...sampleYearEndDocuments(data),
    {
      kind: 'register-2024',
      fileName: 'Sổ đăng ký văn bản đi năm 2024 (ví dụ)',
      model: buildRegisterDocument(cluster, entries, { year: 2024 }, DEFAULT_PROFILE)
    },
    {
      kind: 'rotation-plan',
      fileName: `Dự kiến luân phiên Cụm trưởng, Cụm phó từ năm ${year}`,
      model: buildRotationPlanDocument(
        cluster,
        plan.map((r) => ({
          ...r,
          leaderName: name(r.leaderUnitId),
          deputyName: name(r.deputyUnitId)
        })),
        cluster.rotationOrder.map(name),
        DEFAULT_PROFILE
      )
    }
  ]
}
