import { COMPOSITION_TYPES, buildCompositionDocument } from '@core/documents/kinds/composition'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, Composition } from '@core/model/entities'
import type { OfficeDatabase } from '../../db/database'
import { linkCompositionDocument } from '../../db/repositories/compositions-repo'
import { exportNumbered } from '../../documents/export-docx'

/**
 * "Xuất Word" for a Thông báo or Kế hoạch: numbers it in the register if it has no number yet (a
 * re-export keeps its number), links the number to the composition, and saves the file.
 */
export async function exportComposition(
  db: OfficeDatabase,
  cluster: Cluster,
  composition: Composition,
  profile: FormatProfile
) {
  const type = COMPOSITION_TYPES[composition.kind]
  const outcome = await exportNumbered(db, {
    cluster,
    year: composition.year,
    typeCode: type.typeCode,
    label: type.label,
    title: composition.summary,
    issuedOn: composition.issuedOn,
    sourceTable: 'compositions',
    sourceId: composition.id,
    build: (issued) => buildCompositionDocument(cluster, composition, issued, profile)
  })
  if (composition.documentId !== outcome.record.id)
    await linkCompositionDocument(db, composition.id, outcome.record.id)
  return outcome
}
