import { COMPOSITION_TYPES, buildCompositionDocument } from '@core/documents/kinds/composition'
import { documentSymbol } from '@core/documents/kinds/common'
import { documentFileName } from '@core/documents/file-name'
import { packDocx } from '@core/documents/pack'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, Composition } from '@core/model/entities'
import type { Result } from '@shared/ipc/results'
import type { SaveFileResult } from '@shared/ipc/contract'
import type { OfficeDatabase } from '../../db/database'
import { issueDocumentNumber } from '../../db/repositories/documents-repo'
import { linkCompositionDocument } from '../../db/repositories/compositions-repo'
import { getDesktopApi } from '../../lib/desktop-api'

/**
 * "Xuất Word": numbers the document in the register if it has no number yet (a re-export keeps
 * its number), builds it from the same model as the preview, and hands the bytes to the desktop
 * to save where the user chooses.
 */
export async function exportComposition(
  db: OfficeDatabase,
  cluster: Cluster,
  composition: Composition,
  profile: FormatProfile
): Promise<{ symbol: string; result: Result<SaveFileResult> }> {
  const type = COMPOSITION_TYPES[composition.kind]
  const symbolOf = (number: number) => documentSymbol(number, type.typeCode, cluster.symbol)
  const record = await issueDocumentNumber(db, {
    clusterId: cluster.id,
    year: composition.year,
    typeCode: type.typeCode,
    title: composition.summary,
    issuedOn: composition.issuedOn,
    fileName: (number) => documentFileName(type.label, symbolOf(number), composition.summary),
    sourceTable: 'compositions',
    sourceId: composition.id
  })
  const symbol = symbolOf(record.number)
  if (composition.documentId !== record.id)
    await linkCompositionDocument(db, composition.id, record.id)
  const model = buildCompositionDocument(
    cluster,
    composition,
    { number: record.number, typeCode: record.typeCode },
    profile
  )
  const bytes = await packDocx(model)
  const result = await getDesktopApi().file.save({
    kind: 'docx',
    suggestedName: record.fileName,
    bytes
  })
  return { symbol, result }
}
