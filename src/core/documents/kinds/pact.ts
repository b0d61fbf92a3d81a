import type {
  Cluster,
  ClusterYear,
  CommitmentProgress,
  Criterion,
  MemberUnit,
  Pact,
  PactCommitment,
  UnitPerson
} from '../../model/entities'
import {
  flattenCommitments,
  numberCriteria,
  criteriaTotals,
  resolveSignatories
} from '../../rules/pact'
import {
  countWithWords,
  formatNumber,
  parseIsoDate,
  dateWords,
  placeDateLine
} from '../../text/vietnamese'
import type { Block, DocumentModel, DocSection, Signer, TableBlock } from '../model'
import { paragraph } from '../model'
import type { FormatProfile } from '../profile'
import { clusterHeader, type IssuedNumber } from './common'
import { deriveHeaderLines, unitHeaderLines } from '../../rules/member-units'

/** Everything the pact's documents are made from. */
export interface PactFacts {
  cluster: Cluster
  year: ClusterYear
  pact: Pact
  commitments: PactCommitment[]
  criteria: Criterion[]
  units: MemberUnit[]
  people: UnitPerson[]
}

const points = (value: number | null) =>
  value === null ? '' : formatNumber(value, Number.isInteger(value) ? 0 : 1)

/**
 * The criteria table: parts as bold rows (the base groups, then bonus and penalty points in their
 * own numbered parts), then the totals of base, bonus and penalty points. Column widths follow the
 * content (`geometry.ts`), so "STT" and the points never break.
 */
export function criteriaTable(criteria: Criterion[], withScoreColumns: boolean): TableBlock {
  const numbered = numberCriteria(criteria)
  const totals = criteriaTotals(criteria)
  const filler = withScoreColumns ? ['', '', ''] : ['']
  const rows = numbered.map((c) => [
    c.number,
    c.text,
    c.kind === 'group' ? '' : points(c.maxPoints),
    ...(withScoreColumns ? ['', '', ''] : [c.rule])
  ])
  const boldRows = numbered.flatMap((c, i) => (c.kind === 'group' ? [i] : []))
  const totalRows = [
    ['', 'Tổng điểm chuẩn', points(totals.base), ...filler],
    ...(totals.bonus ? [['', 'Điểm thưởng tối đa', points(totals.bonus), ...filler]] : []),
    ...(totals.penalty ? [['', 'Điểm trừ tối đa', points(totals.penalty), ...filler]] : [])
  ]
  const columns: TableBlock['columns'] = withScoreColumns
    ? [
        { header: 'STT', widthPercent: 6, align: 'center' },
        { header: 'Nội dung tiêu chí', widthPercent: 50, align: 'left' },
        { header: 'Điểm chuẩn', widthPercent: 11, align: 'right' },
        { header: 'Tự chấm', widthPercent: 11, align: 'right' },
        { header: 'Cụm chấm', widthPercent: 11, align: 'right' },
        { header: 'Ghi chú', widthPercent: 11, align: 'left' }
      ]
    : [
        { header: 'STT', widthPercent: 6, align: 'center' },
        { header: 'Nội dung tiêu chí', widthPercent: 50, align: 'left' },
        { header: 'Điểm tối đa', widthPercent: 11, align: 'right' },
        { header: 'Cách chấm', widthPercent: 33, align: 'left' }
      ]
  return {
    kind: 'table',
    columns,
    rows: [...rows, ...totalRows],
    boldRows: [...boldRows, ...totalRows.map((_, i) => rows.length + i)]
  }
}

/** A table that needs the width of a landscape page: six columns or more. */
const needsLandscape = (table: TableBlock) => table.columns.length >= 6

/**
 * The Bản giao ước thi đua (official-layout.md §3): cluster header with the place and signing
 * date, the title and year, căn cứ, preamble, I. NỘI DUNG GIAO ƯỚC (commitments numbered 1., -,
 * +), the immediate task, II. TIÊU CHÍ, III. TỔ CHỨC THỰC HIỆN with the closing, the multi-party
 * signature grid (two columns, a unit's block never split) and the optional witness; the criteria
 * table as an annex with its own page numbers.
 */
export function buildPactDocument(
  facts: PactFacts,
  profile: FormatProfile,
  issued: IssuedNumber | null = null
): DocumentModel {
  const { cluster, year, pact } = facts
  const members = year.memberUnitIds.length
  const header = clusterHeader(cluster, {
    typeCode: issued?.typeCode ?? '',
    issued,
    issuedOn: pact.signedOn,
    year: year.year,
    withDate: true
  })
  const blocks: Block[] = [
    // A pact is usually not numbered (it is not an ND30 document type, official-layout.md §1.4);
    // a cluster that numbers its pacts (Cài đặt) prints the register's number once it is signed.
    issued ? header : { ...header, numberLine: null },
    { kind: 'title', typeName: 'BẢN GIAO ƯỚC THI ĐUA', summaryLines: [`Năm ${year.year}`] }
  ]
  pact.basis.forEach((line, i) => {
    const end = i === pact.basis.length - 1 ? '.' : ';'
    blocks.push(
      paragraph('basis', `Căn cứ ${line.replace(/^Căn cứ\s+/i, '').replace(/[.;,]+$/, '')}${end}`)
    )
  })
  const preamble =
    pact.preamble ||
    `Các đơn vị trong ${cluster.name} thống nhất ký kết giao ước thi đua năm ${year.year} với các nội dung sau:`
  for (const line of preamble.split('\n').filter((l) => l.trim()))
    blocks.push(paragraph('body', line))
  blocks.push(
    paragraph('heading', 'NỘI DUNG GIAO ƯỚC', { label: 'I.', bold: true, keepWithNext: true })
  )
  for (const node of flattenCommitments(facts.commitments)) {
    blocks.push(paragraph('body', node.text, { label: node.label }))
  }
  // The immediate task as the secretary typed it, one paragraph per line: the first line carries
  // the bold lead-in, the others stand as their own paragraphs (never a break inside a run).
  const task = pact.immediateTask.split('\n').filter((line) => line.trim() !== '')
  task.forEach((line, i) =>
    blocks.push(
      i === 0
        ? {
            kind: 'paragraph',
            role: 'body',
            runs: [{ text: 'Nhiệm vụ trước mắt: ', bold: true }, { text: line.trim() }]
          }
        : paragraph('body', line.trim())
    )
  )
  let section = 2
  if (facts.criteria.length > 0) {
    const totals = criteriaTotals(facts.criteria)
    blocks.push(
      paragraph('heading', 'TIÊU CHÍ VÀ THANG ĐIỂM', {
        label: `${romanOf(section++)}.`,
        bold: true,
        keepWithNext: true
      })
    )
    blocks.push(
      paragraph(
        'body',
        `Các đơn vị thống nhất ${facts.criteria.filter((c) => c.kind === 'base').length} tiêu chí chấm điểm với tổng điểm chuẩn ${points(pact.declaredTotal ?? totals.base)} điểm${totals.bonus ? `, điểm thưởng tối đa ${points(totals.bonus)} điểm` : ''} (có bảng tiêu chí kèm theo).`
      )
    )
  }
  blocks.push(
    paragraph('heading', 'TỔ CHỨC THỰC HIỆN', {
      label: `${romanOf(section)}.`,
      bold: true,
      keepWithNext: true
    })
  )
  const closing =
    pact.closing ||
    `Bản giao ước được lập thành ${countWithWords(members + 1)} bản, mỗi đơn vị giữ 01 bản, gửi ${cluster.higherBody || 'cơ quan cấp trên'} 01 bản.`
  const closingLines = closing.split('\n').filter((l) => l.trim())
  closingLines.forEach((line, i) =>
    blocks.push(
      paragraph('body', i === closingLines.length - 1 ? line.replace(/[.;]*$/, '') + './.' : line)
    )
  )

  const signers: Signer[] = resolveSignatories(pact, year, facts.units, facts.people).map((s) => ({
    titleLines: [...headerAsThen(facts, s.unitId, s.headerLines), ...s.titleLines],
    name: s.name
  }))
  blocks.push({ kind: 'signature', layout: 'grid', signers, recipients: [] })
  if (pact.witness) {
    blocks.push({
      kind: 'signature',
      layout: 'grid',
      signers: [{ titleLines: pact.witness.titleLines, name: pact.witness.name }],
      recipients: []
    })
  }
  const sections: DocSection[] = [{ orientation: 'portrait', restartNumbering: false, blocks }]
  if (facts.criteria.length > 0) {
    const table = criteriaTable(facts.criteria, false)
    sections.push({
      orientation: needsLandscape(table) ? 'landscape' : 'portrait',
      restartNumbering: true,
      blocks: [
        paragraph('centered', 'Phụ lục', { bold: true }),
        paragraph('centered', `BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM ${year.year}`, { bold: true }),
        paragraph(
          'centered',
          `(Kèm theo Bản giao ước thi đua năm ${year.year} của ${cluster.name}${signedWords(pact)})`,
          { italic: true }
        ),
        table
      ]
    })
  }
  return {
    title: `Bản giao ước thi đua năm ${year.year}`,
    profile,
    sections,
    phrases: unitPhrases(facts)
  }
}

/**
 * The units' own names, kept on one line in the signature grid and the headers ("Hai Bà Trưng",
 * "Long Biên"), as they were named that year.
 */
function unitPhrases(facts: PactFacts): string[] {
  return facts.year.memberUnitIds.flatMap((id) => {
    const unit = facts.units.find((u) => u.id === id)
    return [unit?.shortName ?? '', facts.year.unitNames[id] ?? ''].filter(
      (name) => name !== '' && name.split(' ').length <= 4
    )
  })
}

const romanOf = (n: number) => ['', 'I', 'II', 'III', 'IV', 'V'][n] ?? String(n)

function signedWords(pact: Pact): string {
  const date = parseIsoDate(pact.signedOn)
  return date ? ` ký ${dateWords(date)}` : ''
}

/** Header lines of a unit as it was named that year: a later rename does not change the pact. */
function headerAsThen(facts: PactFacts, unitId: string, current: string[]): string[] {
  const then = facts.year.unitNames[unitId]
  const unit = facts.units.find((u) => u.id === unitId)
  return then && unit && then !== unit.name ? deriveHeaderLines(then) : current
}

/**
 * A blank self-assessment form (phiếu tự chấm điểm) for one unit: the criteria with empty score
 * columns, landscape, signed by the unit.
 */
export function buildSelfAssessmentForm(
  facts: PactFacts,
  unitId: string,
  profile: FormatProfile
): DocumentModel {
  const { cluster, year } = facts
  const unit = facts.units.find((u) => u.id === unitId)
  const unitName = year.unitNames[unitId] ?? unit?.name ?? unitId
  const table = criteriaTable(facts.criteria, true)
  return {
    title: `Phiếu tự chấm điểm thi đua năm ${year.year} — ${unitName}`,
    profile,
    sections: [
      {
        orientation: 'landscape',
        restartNumbering: false,
        blocks: [
          {
            kind: 'header',
            parentLines: unit
              ? headerAsThen(facts, unitId, unitHeaderLines(unit))
              : [unitName.toLocaleUpperCase('vi')],
            issuerLines: ['BAN THƯỜNG TRỰC'],
            numberLine: null,
            regardingLine: null,
            placeDateLine: placeDateLine(unit?.placeName || cluster.placeName, null, year.year)
          },
          {
            kind: 'title',
            typeName: 'PHIẾU TỰ CHẤM ĐIỂM THI ĐUA',
            summaryLines: [`Năm ${year.year} — ${cluster.name}`]
          },
          paragraph('centered', `(Theo Bản giao ước thi đua năm ${year.year})`, { italic: true }),
          table,
          {
            kind: 'signature',
            layout: 'single',
            signers: [{ titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], name: '' }],
            recipients: []
          }
        ]
      }
    ]
  }
}

export const PROGRESS_WORDS: Record<CommitmentProgress['status'], string> = {
  'not-started': 'Chưa triển khai',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
  failed: 'Không đạt'
}

/** The tracking grid (units × top-level commitments) as a landscape table document. */
export function buildTrackingDocument(
  facts: PactFacts,
  progress: CommitmentProgress[],
  profile: FormatProfile
): DocumentModel {
  const { cluster, year } = facts
  const top = flattenCommitments(facts.commitments).filter((c) => c.depth === 0)
  const width = Math.max(6, Math.floor(70 / Math.max(1, top.length)))
  const table: TableBlock = {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 5, align: 'center' },
      { header: 'Đơn vị', widthPercent: 25, align: 'left' },
      ...top.map((c) => ({
        header: `ND ${c.label.replace('.', '')}`,
        widthPercent: width,
        align: 'center' as const
      }))
    ],
    rows: year.memberUnitIds.map((unitId, i) => [
      String(i + 1),
      year.unitNames[unitId] ?? facts.units.find((u) => u.id === unitId)?.name ?? unitId,
      ...top.map((c) => {
        const row = progress.find((p) => p.commitmentId === c.id && p.unitId === unitId)
        return PROGRESS_WORDS[row?.status ?? 'not-started']
      })
    ])
  }
  return {
    title: `Bảng theo dõi thực hiện giao ước năm ${year.year}`,
    profile,
    sections: [
      {
        orientation: 'landscape',
        restartNumbering: false,
        blocks: [
          // An internal table, not a numbered document: no number line.
          {
            ...clusterHeader(cluster, {
              typeCode: '',
              issued: null,
              issuedOn: '',
              year: year.year,
              withDate: true
            }),
            numberLine: null
          },
          {
            kind: 'title',
            typeName: 'BẢNG THEO DÕI THỰC HIỆN GIAO ƯỚC THI ĐUA',
            summaryLines: [`Năm ${year.year}`]
          },
          table,
          ...top.map((c) => paragraph('body', c.text, { label: `ND ${c.label.replace('.', '')}:` }))
        ]
      }
    ]
  }
}
