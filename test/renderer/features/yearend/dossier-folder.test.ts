import { describe, expect, it } from 'vitest'
import { dossierManifest, type DossierDocument } from '@core/awards/dossier'
import type { DocumentModel } from '@core/documents/model'
import type { UnitPerson } from '@core/model/entities'
import { yearLeaderSignerName } from '../../../../src/renderer/src/documents/useClusterSigner'
import {
  dossierFolderFiles,
  signedOffState,
  type DossierPlan
} from '../../../../src/renderer/src/features/yearend/dossier-model'

const model = (title: string) => ({ title }) as unknown as DocumentModel
const docs: Array<DossierDocument & { model: DocumentModel }> = [
  { kind: 'submission', key: 'submission', title: 'Tờ trình', state: 'ready', model: model('TTr') },
  {
    kind: 'nominee-list',
    key: 'nominee-list',
    title: 'Danh sách',
    state: 'ready',
    partOf: 'submission',
    model: model('TTr')
  },
  {
    kind: 'tally-record',
    key: 'tally-record',
    title: 'Biên bản kiểm phiếu',
    state: 'ready',
    model: model('BB')
  }
]
const plan = (pdf: boolean): DossierPlan => ({
  documents: docs,
  checklist: [],
  manifest: dossierManifest({ clusterName: 'Cụm 1', year: 2024, items: [], extra: docs, pdf }),
  checklistModel: model('Danh mục')
})
const pack = async (m: DocumentModel) => new TextEncoder().encode(`docx:${m.title}`)
const printable = (m: DocumentModel) => `<!DOCTYPE html>${m.title}`
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('the files of "Xuất hồ sơ"', () => {
  it('puts a page to print to PDF beside each .docx, checklist included, in the desktop app', async () => {
    const files = await dossierFolderFiles(plan(true), pack, printable)
    expect(files.map((f) => [f.name, f.kind, 'html' in f ? f.html : text(f.bytes)])).toEqual([
      ['00 Danh mục hồ sơ', 'docx', 'docx:Danh mục'],
      ['00 Danh mục hồ sơ', 'pdf', '<!DOCTYPE html>Danh mục'],
      ['01 Tờ trình', 'docx', 'docx:TTr'],
      ['01 Tờ trình', 'pdf', '<!DOCTYPE html>TTr'],
      ['02 Biên bản kiểm phiếu', 'docx', 'docx:BB'],
      ['02 Biên bản kiểm phiếu', 'pdf', '<!DOCTYPE html>BB']
    ])
    // The checklist names the PDF beside each document.
    expect(plan(true).manifest.checklistText).toContain('01 Tờ trình.docx, 01 Tờ trình.pdf')
  })

  it('holds .docx files only where no PDF can be made (the browser build)', async () => {
    const files = await dossierFolderFiles(plan(false), pack, printable)
    expect(files.map((f) => [f.name, f.kind, 'html' in f])).toEqual([
      ['00 Danh mục hồ sơ', 'docx', false],
      ['01 Tờ trình', 'docx', false],
      ['02 Biên bản kiểm phiếu', 'docx', false]
    ])
  })
})

describe('a document the cluster signs', () => {
  it('is ready only with its date and the name of the one who signs', () => {
    expect(signedOffState({ issuedOn: '2024-12-10', signerName: 'Nguyễn Văn A' })).toBe('ready')
    expect(signedOffState({ issuedOn: '2024-12-10', signerName: '  ' })).toBe('draft')
    expect(signedOffState({ issuedOn: '', signerName: 'Nguyễn Văn A' })).toBe('draft')
  })
})

describe('who signs the dossier for the cluster unless another name is typed', () => {
  const person = (id: string, fullName: string, extra: Partial<UnitPerson> = {}) =>
    ({ id, unitId: 'lb', fullName, role: 'other', activeTo: '', ...extra }) as UnitPerson
  const people = [
    person('p1', 'Trần Thị Phó', { role: 'vice-chair' }),
    person('p0', 'Lê Văn Cũ', { role: 'chair', activeTo: '2023-06-30' }),
    person('p2', 'Nguyễn Văn Chủ', { role: 'chair' })
  ]

  it('is the person the year names for the cụm trưởng', () => {
    expect(yearLeaderSignerName({ leaderUnitId: 'lb', leaderSignerId: 'p1' }, people)).toBe(
      'Trần Thị Phó'
    )
  })

  it('else the leading unit’s serving chủ tịch, else nobody', () => {
    expect(yearLeaderSignerName({ leaderUnitId: 'lb', leaderSignerId: '' }, people)).toBe(
      'Nguyễn Văn Chủ'
    )
    expect(yearLeaderSignerName({ leaderUnitId: 'hk', leaderSignerId: 'p1' }, people)).toBe('')
    expect(yearLeaderSignerName({ leaderUnitId: 'lb', leaderSignerId: '' }, undefined)).toBe('')
  })
})
