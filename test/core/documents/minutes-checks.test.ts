import { describe, expect, it } from 'vitest'
import {
  buildMinutesDocument,
  buildTallyDocument,
  checkMinutesBeforeFinalising,
  checkTallyBeforeNumbering,
  compareWithGenerated,
  findContradictionIssues,
  generateMinutesBody,
  voteTable,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import { findPlaceholders } from '@core/rules/meetings'
import type { Block, DocumentModel } from '@core/documents/model'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { guestSchema } from '@core/model/entities'
import { exampleYearEndFacts, meetingFactsFrom } from '@core/sample/sample-document-models'
import { allDocumentKinds, sample } from '../../helpers/sample-docs'

const yearEnd = () => exampleYearEndFacts(sample)

function withVote(facts: MeetingFacts, over: Partial<MeetingFacts['votes'][number]>): MeetingFacts {
  return { ...facts, votes: [{ ...facts.votes[0]!, ...over }] }
}

/** Every piece of text of a model: paragraphs, table cells and headers, header lines. */
function texts(model: DocumentModel): string[] {
  const out: string[] = []
  const visit = (block: Block) => {
    if (block.kind === 'paragraph') out.push(block.runs.map((r) => r.text).join(''))
    else if (block.kind === 'table') {
      out.push(...block.columns.map((c) => c.header))
      for (const row of block.rows) out.push(...row)
    } else if (block.kind === 'header')
      out.push(...block.parentLines, ...block.issuerLines, block.numberLine ?? '')
    else if (block.kind === 'title') out.push(block.typeName, ...block.summaryLines)
    else if (block.kind === 'signature')
      out.push(...block.signers.flatMap((s) => [...s.titleLines, s.name]), ...block.recipients)
  }
  for (const section of model.sections) section.blocks.forEach(visit)
  return out
}

const isNumbered = (model: DocumentModel) =>
  model.sections[0]!.blocks.some(
    (b) => b.kind === 'header' && b.numberLine !== null && /Số: \d/.test(b.numberLine)
  )

describe('every sample document', () => {
  it('writes the base beside every share, and a numbered document holds no placeholder', () => {
    for (const { name, model } of allDocumentKinds()) {
      for (const text of texts(model)) {
        if (/\d+,\d{2}%/.test(text)) {
          expect(text, `${name}: “${text}”`).toMatch(/\d+\/\d+/)
        }
      }
      if (isNumbered(model)) {
        expect(
          texts(model).flatMap((t) => findPlaceholders(t).map((h) => h.text)),
          name
        ).toEqual([])
      }
    }
  })
})

describe('the vote table and the tally record', () => {
  it('name the base in the header and put the fraction beside each percentage', () => {
    const table = voteTable(yearEnd().votes[0]!, yearEnd())
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Nội dung biểu quyết',
      'Đồng ý',
      'Không đồng ý',
      'Phiếu để trống',
      'Tỷ lệ đồng ý trên tổng số 6 đơn vị thành viên',
      'Kết quả'
    ])
    expect(table.rows.map((r) => [r[5], r[6]])).toEqual([
      ['4/6 (66,67%)', 'Đạt'],
      ['1/6 (16,67%)', 'Không đạt'],
      ['0/6 (0,00%)', 'Không đạt']
    ])
  })

  it('the Biên bản kiểm phiếu states who may vote, the base, the condition and who passed', () => {
    const facts = yearEnd()
    const all = texts(buildTallyDocument(facts, facts.votes[0]!, null, DEFAULT_PROFILE))
    expect(all).toContain('Tổng số đơn vị thành viên: 6; có mặt: 5; vắng mặt: 1.')
    expect(all).toContain(
      'Tỷ lệ đồng ý tính trên tổng số 6 đơn vị thành viên; điều kiện đạt: quá 1/2 tổng số đơn vị thành viên (ít nhất 4/6), căn cứ Quy chế hoạt động của Cụm thi đua số 1.'
    )
    expect(all).toContain('Ủy ban MTTQ Việt Nam quận Đống Đa: 4/6 đơn vị thành viên, đạt 66,67%.')
  })
})

describe('finalising checks', () => {
  it('accept the complete year-end minutes', () => {
    const facts = yearEnd()
    expect(checkMinutesBeforeFinalising(facts, generateMinutesBody(facts))).toEqual([])
  })

  it('list every blank fact and every placeholder, each with the field or line to go to', () => {
    const facts = meetingFactsFrom(sample, sample.meetings[0]!.id)
    const issues = checkMinutesBeforeFinalising(facts, generateMinutesBody(facts))
    expect(issues.filter((i) => i.field !== 'body')).toEqual([
      { field: 'startTime', message: 'Giờ bắt đầu: chưa ghi.' },
      { field: 'endTime', message: 'Giờ kết thúc: chưa ghi.' },
      { field: 'chair.name', message: 'Chủ trì: chưa ghi họ tên người chủ trì.' },
      { field: 'secretary.name', message: 'Thư ký: chưa ghi họ tên người ghi biên bản.' }
    ])
    expect(issues.filter((i) => i.field === 'body').map((i) => [i.line, i.message])).toEqual([
      [
        2,
        'Nội dung biên bản, dòng 2: còn chỗ “[chưa ghi giờ bắt đầu]” chưa điền (“- Thời gian: Vào hồi [chưa ghi giờ bắt đầu], thứ Tư, ngày 05 tháng 02 năm 2020.”).'
      ],
      [15, expect.stringContaining('“[chưa ghi người chủ trì]”')],
      [16, expect.stringContaining('“[chưa ghi thư ký]”')],
      [20, expect.stringContaining('“[chưa ghi giờ kết thúc]”')]
    ])
  })

  it('refuse a placeholder the secretary typed, and a vote not counted yet', () => {
    const facts = withVote(yearEnd(), {
      options: [{ label: 'Long Biên', unitId: '', inFavour: 0, against: 0, abstain: 0 }]
    })
    const body = generateMinutesBody(facts).replace('cùng ngày.', 'cùng ngày ....')
    expect(checkMinutesBeforeFinalising(facts, body).map((i) => i.field)).toEqual([
      'votes.0.options.0',
      'body'
    ])
  })

  it('refuse a vote flagged for review after migration', () => {
    const facts = withVote(yearEnd(), {
      needsReview: {
        reason: 'số phiếu thu vào (7) nhiều hơn số phiếu phát ra (5)',
        flaggedAt: '2026-01-01T00:00:00.000Z'
      }
    })
    expect(checkMinutesBeforeFinalising(facts, generateMinutesBody(facts))).toEqual([
      {
        field: 'votes.0',
        message:
          'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024”): số liệu cũ mâu thuẫn, thư ký cần xem lại rồi lưu hội nghị (số phiếu thu vào (7) nhiều hơn số phiếu phát ra (5)).'
      }
    ])
  })

  it('the tally record needs its ballots counted, a start time and a place before it takes a number', () => {
    const facts = yearEnd()
    expect(checkTallyBeforeNumbering(facts, facts.votes[0]!)).toEqual([])
    const bare = { ...facts, meeting: { ...facts.meeting, place: '', startTime: '' } }
    const uncounted = {
      ...facts.votes[0]!,
      ballotsIssued: 0,
      ballotsReturned: 0,
      ballotsValid: 0,
      options: facts.votes[0]!.options.map((o) => ({ ...o, inFavour: 0, against: 0, abstain: 0 }))
    }
    expect(
      checkTallyBeforeNumbering({ ...bare, votes: [uncounted] }, uncounted).map((i) => i.field)
    ).toEqual(['startTime', 'place', 'votes.0.ballotsReturned', 'votes.0.options'])
  })
})

describe('contradictions between the edited text and the record', () => {
  const warnings = (facts: MeetingFacts, edit: (body: string) => string) =>
    findContradictionIssues(edit(generateMinutesBody(facts)), facts)

  it('cover date, weekday, hours, place, chair and secretary', () => {
    const facts = yearEnd()
    const found = warnings(facts, (b) =>
      b
        .replace('ngày 01 tháng 11 năm 2024', 'ngày 02 tháng 11 năm 2024')
        .replace('thứ Sáu', 'thứ Bảy')
        .replace('8 giờ 30 phút', '9 giờ 00 phút')
        .replace('kết thúc vào hồi 11 giờ 30 phút', 'kết thúc vào hồi 11 giờ 00 phút')
        .replace('Địa điểm: Hội trường', 'Địa điểm: Phòng họp')
        .replace('Chủ trì: Đồng chí Vũ Thị Thành', 'Chủ trì: Đồng chí Nguyễn Văn Khác')
        .replace('Thư ký: Đồng chí Trần Văn Ghi', 'Thư ký: Đồng chí Lê Thị Ghi')
    )
    expect(found.map((i) => i.field)).toEqual([
      'date',
      'date',
      'startTime',
      'endTime',
      'place',
      'chair.name',
      'secretary.name'
    ])
    expect(found[0]!.message).toBe(
      'Biên bản ghi “ngày 02 tháng 11 năm 2024” nhưng ngày họp đã nhập là ngày 01 tháng 11 năm 2024.'
    )
    expect(found[5]!.message).toBe(
      'Biên bản ghi người chủ trì là “Đồng chí Nguyễn Văn Khác, Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên, Cụm trưởng” nhưng số liệu hội nghị ghi “Vũ Thị Thành” (tên in dưới chữ ký).'
    )
  })

  it('cover guests left out of the text', () => {
    const facts = yearEnd()
    const guest = guestSchema.parse({
      id: 'g',
      createdAt: facts.meeting.createdAt,
      updatedAt: facts.meeting.createdAt,
      meetingId: facts.meeting.id,
      name: 'Nguyễn Lan Hương',
      title: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội'
    })
    const withGuest = { ...facts, guests: [guest] }
    expect(warnings(withGuest, (b) => b)).toEqual([])
    expect(warnings(withGuest, (b) => b.replace(/^- Đồng chí Nguyễn Lan Hương.*$/m, ''))).toEqual([
      {
        field: 'guests.0',
        message: 'Khách mời “Nguyễn Lan Hương” có trong danh sách nhưng biên bản không nhắc đến.'
      }
    ])
  })

  it('cover each vote’s wording, method, presence, base, condition and percentages', () => {
    const facts = yearEnd()
    const found = warnings(facts, (b) =>
      b
        .replace('Hình thức bỏ phiếu kín', 'Hình thức biểu quyết giơ tay')
        .replace('có mặt: 5;', 'có mặt: 6;')
        .replace('tỷ lệ tính trên tổng số 6', 'tỷ lệ tính trên tổng số 5')
        .replace('điều kiện đạt: quá 1/2', 'điều kiện đạt: từ 2/3 trở lên')
        .replace('(ít nhất 4/6)', '(ít nhất 4/6), Đống Đa đạt 80,00%')
    )
    expect(found.map((i) => i.field)).toEqual([
      'votes.0.method',
      'votes.0.present',
      'votes.0.rule',
      'votes.0.rule',
      'votes.0.options'
    ])
    expect(found[4]!.message).toBe(
      '“Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024”: biên bản ghi tỷ lệ 80,00% nhưng không phương án nào có tỷ lệ đó (Ủy ban MTTQ Việt Nam quận Đống Đa: 4/6 đơn vị thành viên, đạt 66,67%; Ủy ban MTTQ Việt Nam quận Hoàn Kiếm: 1/6 đơn vị thành viên, đạt 16,67%; Ủy ban MTTQ Việt Nam quận Ba Đình: 0/6 đơn vị thành viên, đạt 0,00%).'
    )
    expect(
      warnings(facts, (b) => b.replace('## Biểu quyết: Suy tôn', '## Biểu quyết: Tôn vinh'))
    ).toEqual([
      {
        field: 'votes.0.subject',
        message:
          'Biên bản không còn mục “Biểu quyết: Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024”.'
      }
    ])
  })
})

describe('“Tạo lại từ số liệu”', () => {
  it('knows when the text differs from what would be generated, and which lines would be lost', () => {
    const facts = yearEnd()
    const generated = generateMinutesBody(facts)
    expect(compareWithGenerated(generated, facts)).toEqual({
      differs: false,
      lostLines: [],
      newLines: []
    })
    expect(compareWithGenerated(`${generated}\n\n  `, facts).differs).toBe(false)
    const edited = generated.replace(
      'Hội nghị kết thúc',
      'Đồng chí Chủ trì cảm ơn các đại biểu.\nHội nghị kết thúc'
    )
    expect(compareWithGenerated(edited, facts)).toEqual({
      differs: true,
      lostLines: ['Đồng chí Chủ trì cảm ơn các đại biểu.'],
      newLines: []
    })
    const later = { ...facts, meeting: { ...facts.meeting, endTime: '11:45' } }
    expect(compareWithGenerated(generated, later)).toMatchObject({
      differs: true,
      lostLines: ['Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày.'],
      newLines: ['Hội nghị kết thúc vào hồi 11 giờ 45 phút cùng ngày.']
    })
  })
})

describe('minutes document', () => {
  it('the 2020 signing minutes, which cannot be finalised, print what is missing visibly', () => {
    const facts = meetingFactsFrom(sample, sample.meetings[0]!.id)
    const all = texts(
      buildMinutesDocument(facts, generateMinutesBody(facts), null, DEFAULT_PROFILE)
    )
    expect(all.join('\n')).toContain('[chưa ghi người chủ trì]')
    expect(all.join('\n')).not.toContain('…')
  })
})
