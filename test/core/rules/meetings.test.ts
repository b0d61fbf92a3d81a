import { describe, expect, it } from 'vitest'
import { checkMeeting, checkVote, summarizeAttendance, voteResults } from '@core/rules/meetings'
import { clusterRulesSchema, voteSchema, type Vote } from '@core/model/entities'
import {
  findContradictions,
  generateMinutesBody,
  meetingTimeWords,
  voteTableMarker
} from '@core/documents/kinds/minutes'
import { exampleYearEndFacts, meetingFactsFrom } from '@core/sample/sample-document-models'
import { sample } from '../../helpers/sample-docs'

const now = '2024-01-01T00:00:00.000Z'
const vote = (over: Partial<Vote>): Vote =>
  voteSchema.parse({
    id: 'v',
    createdAt: now,
    updatedAt: now,
    meetingId: 'm',
    subject: 'Suy tôn',
    ...over
  })

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

describe('checkVote', () => {
  it('refuses more ballots returned than issued, valid + invalid ≠ returned, options over the valid ballots', () => {
    const messages = checkVote(
      vote({
        method: 'secret-ballot',
        electors: 6,
        ballotsIssued: 6,
        ballotsReturned: 7,
        ballotsValid: 6,
        ballotsInvalid: 0,
        options: [{ label: 'Long Biên', unitId: '', inFavour: 5, against: 2, abstain: 0 }]
      }),
      6
    ).map((i) => i.message)
    expect(messages).toEqual([
      'Biểu quyết 1 (“Suy tôn”): số phiếu thu vào (7) nhiều hơn số phiếu phát ra (6).',
      'Biểu quyết 1 (“Suy tôn”): số phiếu hợp lệ (6) cộng không hợp lệ (0) phải bằng số phiếu thu vào (7).',
      'Biểu quyết 1 (“Suy tôn”), “Long Biên”: tổng số đồng ý, không đồng ý và không biểu quyết (7) vượt quá số phiếu hợp lệ (6).'
    ])
  })

  it('accepts consistent figures', () => {
    expect(
      checkVote(
        vote({
          method: 'secret-ballot',
          electors: 6,
          ballotsIssued: 6,
          ballotsReturned: 6,
          ballotsValid: 5,
          ballotsInvalid: 1,
          options: [{ label: 'A', unitId: '', inFavour: 4, against: 1, abstain: 0 }]
        }),
        6
      )
    ).toEqual([])
  })
})

describe('voteResults', () => {
  const summary = {
    members: 6,
    present: 5,
    absentExcused: 1,
    absentUnexcused: 0,
    representatives: 5
  }
  const v = vote({
    method: 'secret-ballot',
    ballotsValid: 5,
    options: [{ label: 'A', unitId: '', inFavour: 3, against: 2, abstain: 0 }]
  })

  it('takes the share on the denominator the cluster chose and applies its threshold', () => {
    const rules = clusterRulesSchema.parse({})
    expect(voteResults(v, rules, summary)).toEqual([
      { label: 'A', inFavour: 3, percent: '50,00%', passed: false }
    ])
    expect(voteResults(v, { ...rules, voteThresholdStrict: false }, summary)[0]!.passed).toBe(true)
    expect(
      voteResults(v, { ...rules, voteDenominator: 'valid-ballots' }, summary)[0]
    ).toMatchObject({ percent: '60,00%', passed: true })
    expect(
      voteResults(
        v,
        { ...rules, voteDenominator: 'present', voteThresholdPercent: 66.67 },
        summary
      )[0]!.passed
    ).toBe(false)
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
    expect(body).toContain('Thời gian: Vào thứ Tư, ngày 05 tháng 02 năm 2020.')
    expect(body).toMatch(/## Ý kiến phát biểu:\n- Đồng chí Nguyễn Lan Hương, .*: Cơ bản nhất trí/)
  })

  it('puts each vote with its figures and a table marker, and the absent unit with its reason', () => {
    const facts = exampleYearEndFacts(sample)
    const body = generateMinutesBody(facts)
    expect(body).toContain(
      'số phiếu phát ra: 5; số phiếu thu vào: 5; hợp lệ: 5; không hợp lệ: 0; tỷ lệ tính trên tổng số 6 đơn vị thành viên.'
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
