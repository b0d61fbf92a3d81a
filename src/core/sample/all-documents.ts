import type { DocumentModel } from '../documents/model'
import type { SampleDataset } from './sample-dataset'
import { sampleDocumentModels } from './sample-document-models'
import { stressDocumentModels } from './stress-document-models'
import { sampleYearDocuments } from './year-documents'

/**
 * Every document `npm run docs:samples` writes, the layout tests measure and the print test
 * compares with Word: each kind the app produces, built from the sample cluster, then the
 * engine's stress cases (2–15 signatories, 40 commitments, 60 criteria, long names).
 */
export function allSampleDocuments(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  return [
    ...sampleDocumentModels(data),
    ...sampleYearDocuments(data),
    ...stressDocumentModels(data)
  ]
}
