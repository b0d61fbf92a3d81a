import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { clusterRulesSchema, clusterSchema } from '@core/model/entities'
import { clusterVoteRule } from '@core/rules/votes'
import {
  moveInOrder,
  orderNote,
  parseThreshold,
  rotationOrderOf,
  ruleWords,
  rulesFieldValues,
  toRulesForm,
  toRulesInput
} from '../../../src/renderer/src/features/settings/cluster-rules-form'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const cluster = sample.clusters[0]!
const units = sample.memberUnits

describe('the rules form of Cài đặt', () => {
  it('reads a threshold as the Quy chế writes it: a fraction, or a percentage', () => {
    expect(parseThreshold('1/2')).toEqual({ num: 1, den: 2 })
    expect(parseThreshold(' 2 / 3 ')).toEqual({ num: 2, den: 3 })
    expect(parseThreshold('80%')).toEqual({ num: 4, den: 5 })
    expect(parseThreshold('80')).toEqual({ num: 4, den: 5 })
    expect(parseThreshold('66,67%')).toEqual({ num: 2, den: 3 })
    expect(parseThreshold('62,5')).toEqual({ num: 5, den: 8 })
    for (const wrong of ['', '80 phần trăm', '3/2', '0/5', '120%', '0', 'quá 1/2'])
      expect(parseThreshold(wrong), wrong).toBeNull()
  })

  it('says the rule in words as it is typed: "từ 80% trở lên", "quá 1/2", "từ 2/3 trở lên"', () => {
    const row = toRulesForm(cluster).voteRules['leading-unit']
    expect(ruleWords(row)).toBe('quá 1/2')
    expect(ruleWords({ ...row, threshold: '80%', comparison: 'at-least' })).toBe('từ 80% trở lên')
    expect(ruleWords({ ...row, threshold: '2/3', comparison: 'at-least' })).toBe('từ 2/3 trở lên')
    expect(ruleWords({ ...row, threshold: 'tám mươi' })).toBe('')
  })

  it('saves a rule for every purpose, as a fraction, and the cluster then applies them', () => {
    const form = toRulesForm(cluster)
    form.voteRules.flag = {
      ...form.voteRules.flag,
      threshold: '80%',
      comparison: 'at-least',
      denominator: 'valid-ballots',
      electorBasis: 'person',
      basis: 'Điều 8 Quy chế'
    }
    form.pactNumbering = 'numbered'
    const { rules, issues } = toRulesInput(form)
    expect(issues).toEqual([])
    const saved = clusterRulesSchema.parse({ ...cluster.rules, ...rules })
    expect(clusterVoteRule(saved, 'flag')).toEqual({
      electorBasis: 'person',
      denominator: 'valid-ballots',
      thresholdNum: 4,
      thresholdDen: 5,
      comparison: 'at-least',
      tieRule: 'revote',
      basis: 'Điều 8 Quy chế'
    })
    expect(clusterVoteRule(saved, 'adopt')).toMatchObject({ thresholdNum: 1, thresholdDen: 2 })
    expect(saved.register.pactNumbering).toBe('numbered')
    // What was saved comes back into the form as it was typed.
    expect(toRulesForm({ ...cluster, rules: saved }).voteRules.flag.threshold).toBe('80%')
  })

  it('refuses a threshold it cannot read, naming the field, before anything is saved', () => {
    const form = toRulesForm(cluster)
    form.voteRules.merit = { ...form.voteRules.merit, threshold: '80 phần trăm' }
    const { issues } = toRulesInput(form)
    expect(issues).toEqual([
      {
        field: 'rules.voteRules.merit.thresholdNum',
        message:
          'Tỷ lệ cần đạt “80 phần trăm”: hãy viết dạng phân số (1/2, 2/3) hoặc phần trăm (80%), không quá 100%.'
      }
    ])
    // The message goes once the threshold it is about is changed.
    const before = rulesFieldValues(form).rules.voteRules.merit!.thresholdNum
    form.voteRules.merit = { ...form.voteRules.merit, threshold: '2/3' }
    expect(rulesFieldValues(form).rules.voteRules.merit!.thresholdNum).not.toBe(before)
  })

  it('shows the real rotation order, units that joined later at the end, and moves them', () => {
    const [a, b, c] = units.map((u) => u.id)
    const stored = clusterSchema.parse({ ...cluster, rotationOrder: [c!, a!] })
    const order = rotationOrderOf(stored, units)
    expect(order.slice(0, 2)).toEqual([c, a])
    expect(order).toHaveLength(units.length)
    expect(order.slice(2)).toEqual(units.map((u) => u.id).filter((id) => id !== a && id !== c))
    expect(moveInOrder(order, 1, -1).slice(0, 2)).toEqual([a, c])
    expect(moveInOrder(order, 0, -1)).toBe(order)
    expect(
      orderNote(
        units.find((u) => u.id === b),
        new Set([c!, a!]),
        '2025-01-01'
      )
    ).toBe('tham gia sau, được thêm vào cuối')
    expect(
      orderNote(
        units.find((u) => u.id === a),
        new Set([c!, a!]),
        '2026-01-01'
      )
    ).toBe('đã thôi tham gia từ 30/06/2025; bỏ qua khi luân phiên')
  })
})
