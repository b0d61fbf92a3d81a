import { buildCompositionDocument, COMPOSITION_TYPES } from '../documents/kinds/composition'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE } from '../documents/profile'
import type { SampleDataset } from './sample-dataset'

/**
 * Every document kind the app produces, built from the sample cluster with example numbers:
 * what `npm run docs:samples` writes and what the document tests render. Later document kinds
 * (minutes, the pact) add themselves here.
 */
export function sampleDocumentModels(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const cluster = data.clusters[0]!
  return data.compositions.map((composition, index) => {
    const type = COMPOSITION_TYPES[composition.kind]
    const issued = { number: index + 5, typeCode: type.typeCode }
    return {
      kind: composition.kind,
      fileName: `${type.label} ${composition.summary}`,
      model: buildCompositionDocument(cluster, composition, issued, DEFAULT_PROFILE)
    }
  })
}
