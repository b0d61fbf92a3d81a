import type { Cluster } from '../../model/entities'
import { paragraph, type DocumentModel } from '../model'
import type { FormatProfile } from '../profile'
import { internalTableHeader } from './common'

/**
 * The dossier's "Danh mục hồ sơ" as a document, so "Xuất hồ sơ" can put it in the folder beside
 * the other .docx files (the folder writer takes one kind of file per folder): the checklist's
 * lines as `dossierManifest` words them, under the cluster's header.
 */
export function buildDossierChecklistDocument(
  cluster: Cluster,
  year: number,
  checklistText: string,
  profile: FormatProfile
): DocumentModel {
  const lines = checklistText.split(/\r?\n/).filter((l) => l.trim() !== '')
  // The first two lines are the title and the cluster's name, which the header and title carry.
  const body = lines.slice(2)
  return {
    title: `Danh mục hồ sơ đề nghị khen thưởng năm ${year}`,
    profile,
    sections: [
      {
        orientation: 'portrait',
        restartNumbering: false,
        blocks: [
          internalTableHeader(cluster, year),
          {
            kind: 'title',
            typeName: 'DANH MỤC HỒ SƠ',
            summaryLines: [`Đề nghị khen thưởng năm ${year}`]
          },
          ...body.map((line) => paragraph('body', line))
        ]
      }
    ]
  }
}
