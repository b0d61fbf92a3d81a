import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { clusterSchema, documentRecordSchema } from '@core/model/entities'
import {
  dateWords,
  registerCsvBytes,
  registerFileTitle,
  registerFilterOf,
  registerRequestOf,
  typeChoice,
  typeWords,
  voidWords
} from '../../../src/renderer/src/features/documents/register-view'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const cluster = clusterSchema.parse({
  ...sample.clusters[0]!,
  rules: { register: { pactNumbering: 'numbered', pactTypeCode: 'GƯTĐ' } }
})
const entry = (patch: object) =>
  documentRecordSchema.parse({
    id: 'd1',
    clusterId: cluster.id,
    year: 2026,
    typeCode: 'GM',
    number: 1,
    symbol: '01/GM-CTĐ1',
    issuedOn: '2026-11-30',
    title: 'Hội nghị tổng kết',
    createdAt: '2026-11-29T23:30:00.000Z',
    updatedAt: '2026-11-29T23:30:00.000Z',
    ...patch
  })

describe('the register on screen', () => {
  it('asks for the newest year until a year, or every year, is chosen', () => {
    const choice = { typeCode: '', withVoided: true }
    expect(registerRequestOf({ ...choice, year: null }).year).toBe('newest')
    expect(registerRequestOf({ ...choice, year: '' }).year).toBe('all')
    expect(registerRequestOf({ ...choice, year: '2024', typeCode: typeChoice('BB') })).toEqual({
      year: 2024,
      typeCode: 'BB',
      withVoided: true
    })
  })

  it('filters by year and type, công văn (no code) being a type of its own', () => {
    expect(registerFilterOf({ year: '', typeCode: '', withVoided: true })).toEqual({
      year: undefined,
      typeCode: undefined,
      withVoided: true
    })
    expect(registerFilterOf({ year: '2026', typeCode: typeChoice(''), withVoided: false })).toEqual(
      {
        year: 2026,
        typeCode: '',
        withVoided: false
      }
    )
    expect(typeWords('', cluster)).toBe('Công văn')
    expect(typeWords('GƯTĐ', cluster)).toBe('Giao ước thi đua')
    expect(registerFileTitle({ year: 2026, typeCode: 'BB' }, cluster)).toBe(
      'Sổ đăng ký văn bản đi năm 2026 (Biên bản)'
    )
  })

  it('says when and why a number was voided, in local time (06:30 in Hà Nội, not 23:30)', () => {
    const voided = entry({
      status: 'voided',
      voidReason: 'Cấp nhầm',
      voidedAt: '2026-11-29T23:30:00.000Z'
    })
    expect(voidWords(voided)).toBe('Đã hủy số lúc 30/11/2026 06:30: Cấp nhầm')
    expect(voidWords(entry({}))).toBe('')
    expect(dateWords(entry({ issuedOn: '' }))).toBe('Chưa ghi ngày')
  })

  it('exports CSV as UTF-8 with its byte order mark, the ND30 columns first', () => {
    const bytes = registerCsvBytes([entry({})], cluster)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[0]).toContain('Số, ký hiệu văn bản')
    expect(text).toContain('01/GM-CTĐ1,30/11/2026,Giấy mời: Hội nghị tổng kết')
  })
})
