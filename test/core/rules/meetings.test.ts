import { describe, expect, it } from 'vitest'
import { vote } from './vote-fixtures'
import {
  checkMeeting,
  checkMeetingYear,
  checkVote,
  findPlaceholders,
  isBlankFact,
  summarizeAttendance,
  voteResults
} from '@core/rules/meetings'
import { legacyVoteRule } from '@core/rules/votes'
import { clusterRulesSchema } from '@core/model/entities'
import {
  findContradictions,
  generateMinutesBody,
  meetingTimeWords,
  voteTableMarker
} from '@core/documents/kinds/minutes'
import { exampleYearEndFacts, meetingFactsFrom } from '@core/sample/sample-document-models'
import { sample } from '../../helpers/sample-docs'

describe('attendance', () => {
  it('counts present and absent units and the delegates who came; a unit with no row is absent', () => {
    const facts = exampleYearEndFacts(sample)
    expect(summarizeAttendance(facts.year.memberUnitIds, facts.attendances)).toEqual({
      members: 6,
      present: 5,
      absentExcused: 1,
      absentUnexcused: 0,
      representatives: 5
    })
    expect(summarizeAttendance(['a', 'b'], [])).toMatchObject({ present: 0, absentUnexcused: 2 })
  })
})

describe('checkMeeting', () => {
  it('needs a chair and an end after the start', () => {
    expect(
      checkMeeting({
        startTime: '14:00',
        endTime: '13:30',
        chair: { name: '', position: '', unitId: '', personId: '' }
      })
    ).toEqual([
      { field: 'endTime', message: 'Giờ kết thúc: phải sau giờ bắt đầu.' },
      { field: 'chair.name', message: 'Chủ trì: chưa ghi người chủ trì.' }
    ])
  })
})

const summary = {
  members: 6,
  present: 5,
  absentExcused: 1,
  absentUnexcused: 0,
  representatives: 5
}

describe('checkVote', () => {
  it('refuses more ballots returned than issued, valid + invalid ≠ returned, counts that do not add up', () => {
    const messages = checkVote(
      vote({
        method: 'secret-ballot',
        electors: 6,
        ballotsIssued: 5,
        ballotsReturned: 6,
        ballotsValid: 6,
        ballotsInvalid: 0,
        options: [{ label: 'Long Biên', unitId: '', inFavour: 5, against: 2, abstain: 0 }]
      }),
      clusterRulesSchema.parse({}),
      summary
    ).map((i) => i.message)
    expect(messages).toEqual([
      'Biểu quyết 1 (“Suy tôn”): số phiếu thu vào (6) nhiều hơn số phiếu phát ra (5).',
      'Biểu quyết 1 (“Suy tôn”): phương án “Long Biên”: đồng ý (5) + không đồng ý (2) + để trống (0) = 7, phải bằng số phiếu hợp lệ (6).'
    ])
  })

  it('accepts consistent figures', () => {
    expect(
      checkVote(
        vote({
          method: 'secret-ballot',
          electors: 6,
          ballotsIssued: 5,
          ballotsReturned: 5,
          ballotsValid: 4,
          ballotsInvalid: 1,
          options: [{ label: 'A', unitId: '', inFavour: 3, against: 1, abstain: 0 }]
        }),
        clusterRulesSchema.parse({}),
        summary
      )
    ).toEqual([])
  })
})

describe('voteResults', () => {
  const v = vote({
    method: 'secret-ballot',
    ballotsValid: 5,
    options: [{ label: 'A', unitId: '', inFavour: 3, against: 2, abstain: 0 }]
  })

  it('takes the share on the base of the vote’s rule, writes the base beside it, and applies the threshold exactly', () => {
    const rules = clusterRulesSchema.parse({})
    expect(voteResults(v, rules, summary)).toEqual([
      {
        label: 'A',
        inFavour: 3,
        percent: '50,00%',
        share: '3/6 đơn vị thành viên, đạt 50,00%',
        passed: false
      }
    ])
    expect(voteResults(v, { ...rules, voteThresholdStrict: false }, summary)[0]!.passed).toBe(true)
    expect(
      voteResults(v, { ...rules, voteDenominator: 'valid-ballots' }, summary)[0]
    ).toMatchObject({ share: '3/5 phiếu hợp lệ, đạt 60,00%', passed: true })
    expect(
      voteResults(
        v,
        {
          ...rules,
          voteDenominator: 'present',
          voteThresholdPercent: 66.67,
          voteThresholdStrict: false
        },
        summary
      )[0]!.passed
    ).toBe(false)
  })

  it('keeps the rule the vote was taken under when the cluster’s rule changes later', () => {
    const rules = clusterRulesSchema.parse({})
    const taken = { ...v, rule: legacyVoteRule(rules) }
    const stricter = clusterRulesSchema.parse({
      voteRules: { other: { thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' } }
    })
    expect(voteResults(taken, stricter, summary)).toEqual(voteResults(taken, rules, summary))
    expect(voteResults(v, stricter, summary)[0]!.share).toBe('3/6 đơn vị thành viên, đạt 50,00%')
  })
})

describe('placeholders and blank facts', () => {
  it('finds “…”, “....”, “[ ]”, “(...)”, “___” and the generator’s “[chưa ghi …]”, with their line', () => {
    const text = [
      'Chủ trì: …',
      'Thư ký: ....',
      'Số phiếu: [ ] và [...]',
      'Địa điểm: (...)',
      'Ký tên: ___',
      'Kết thúc: [chưa ghi giờ kết thúc].',
      'Biên bản kết thúc./.',
      '[Bảng kết quả biểu quyết 1]'
    ].join('\n')
    expect(findPlaceholders(text).map((h) => [h.line, h.placeholder])).toEqual([
      [1, '…'],
      [2, '....'],
      [3, '[ ]'],
      [3, '[...]'],
      [4, '(...)'],
      [5, '___'],
      [6, '[chưa ghi giờ kết thúc]']
    ])
    expect(isBlankFact(' … ')).toBe(true)
    expect(isBlankFact('[ ]')).toBe(true)
    expect(isBlankFact('Vũ Thị Thành')).toBe(false)
  })
})

describe('minutes wording', () => {
  it('writes the time and weekday as minutes do', () => {
    const facts = exampleYearEndFacts(sample)
    expect(meetingTimeWords(facts.meeting)).toBe(
      'Vào hồi 8 giờ 30 phút, thứ Sáu, ngày 01 tháng 11 năm 2024'
    )
    const signing = meetingFactsFrom(sample, sample.meetings[1]!.id)
    expect(meetingTimeWords(signing.meeting)).toBe('Chiều thứ Tư, ngày 28 tháng 02 năm 2024')
  })

  it('generates the 2020 signing minutes with the city chair as witness and her remarks', () => {
    const facts = meetingFactsFrom(sample, sample.meetings[0]!.id)
    const body = generateMinutesBody(facts)
    expect(body).toContain(
      '- Đồng chí Nguyễn Lan Hương, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội.'
    )
    expect(body).toContain(
      '- Có mặt: 6/6 đơn vị; vắng mặt: 0 đơn vị có lý do, 0 đơn vị không có lý do.'
    )
    expect(body).toContain(
      'Thời gian: Vào hồi [chưa ghi giờ bắt đầu], thứ Tư, ngày 05 tháng 02 năm 2020.'
    )
    expect(body).toContain('- Chủ trì: [chưa ghi người chủ trì].')
    expect(body).toContain('- Thư ký: [chưa ghi thư ký].')
    expect(body).toContain('Hội nghị kết thúc vào hồi [chưa ghi giờ kết thúc] cùng ngày.')
    expect(body).not.toContain('…')
    expect(body).toMatch(/## Ý kiến phát biểu:\n- Đồng chí Nguyễn Lan Hương, .*: Cơ bản nhất trí/)
  })

  it('puts each vote with its figures and a table marker, and the absent unit with its reason', () => {
    const facts = exampleYearEndFacts(sample)
    const body = generateMinutesBody(facts)
    expect(body).toContain(
      '- Hình thức bỏ phiếu kín, mỗi đơn vị thành viên một phiếu; số đơn vị thành viên: 6; có mặt: 5; số phiếu phát ra: 5; số phiếu thu vào: 5; hợp lệ: 5; không hợp lệ: 0; tỷ lệ tính trên tổng số 6 đơn vị thành viên; điều kiện đạt: quá 1/2 tổng số đơn vị thành viên (ít nhất 4/6), căn cứ Quy chế hoạt động của Cụm thi đua số 1.'
    )
    expect(body).toContain(voteTableMarker(1))
    expect(body).toContain(
      '- Vắng mặt có lý do: Ủy ban MTTQ Việt Nam quận Hoàng Mai (Trùng lịch công tác của quận).'
    )
    expect(body).toContain('Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày.')
    expect(findContradictions(body, facts)).toEqual([])
  })

  it('warns when edited prose contradicts the recorded attendance and ballots, or drops a table', () => {
    const facts = exampleYearEndFacts(sample)
    const body = generateMinutesBody(facts)
      .replace('Có mặt: 5/6', 'Có mặt: 6/6')
      .replace('số phiếu thu vào: 5', 'số phiếu thu vào: 4')
      .replace(voteTableMarker(1), '')
    expect(findContradictions(body, facts)).toEqual([
      'Biên bản ghi “Có mặt: 6/6” nhưng danh sách dự họp là 5/6 đơn vị.',
      'Biên bản không còn dòng “[Bảng kết quả biểu quyết 1]”: bảng kết quả của “Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024” sẽ không được in.',
      '“Suy tôn đơn vị dẫn đầu Cụm thi đua số 1 năm 2024”: biên bản ghi số phiếu thu vào 4 nhưng số liệu đã nhập là 5.'
    ])
  })
})

describe('the year a meeting is held', () => {
  it('is its cluster year, the one before or the one after; further away is refused in words', () => {
    expect(checkMeetingYear('2024-02-28', 2024)).toEqual([])
    expect(checkMeetingYear('2023-12-20', 2024)).toEqual([])
    expect(checkMeetingYear('2025-01-10', 2024)).toEqual([])
    expect(checkMeetingYear('2090-01-01', 2024)).toEqual([
      {
        field: 'date',
        message:
          'Ngày họp: hội nghị của năm thi đua 2024 phải họp trong năm 2023, 2024 hoặc 2025, không phải năm 2090.'
      }
    ])
    expect(checkMeetingYear('2022-12-31', 2024)).toHaveLength(1)
  })
})
