import { VOTE_PURPOSES, type VotePurpose, type VoteRule } from '@core/model/entities'
import { VOTE_PURPOSE_LABELS } from '@core/rules/votes'
import { ruleWords, type RulesForm, type VoteRuleRow } from './cluster-rules-form'
import { FieldShell } from '../../components/FieldShell'

interface Props {
  form: RulesForm
  update(change: (form: RulesForm) => RulesForm): void
  errorOf(field: string): string
}

const DENOMINATORS: Array<[VoteRule['denominator'], string]> = [
  ['members', 'Tổng số thành viên'],
  ['present', 'Số có mặt'],
  ['valid-ballots', 'Số phiếu hợp lệ']
]

const BASE_WORDS: Record<VoteRule['denominator'], string> = {
  members: 'tổng số thành viên',
  present: 'số có mặt',
  'valid-ballots': 'số phiếu hợp lệ'
}

const TIES: Array<[VoteRule['tieRule'], string]> = [
  ['revote', 'Biểu quyết lại'],
  ['chair-decides', 'Chủ trì quyết định'],
  ['higher-score', 'Đơn vị có điểm cao hơn']
]

/**
 * "Quy định biểu quyết": for each purpose (suy tôn, đề nghị Cờ, Bằng khen, bầu cụm trưởng, thông
 * qua…) the threshold as the Quy chế words it — a fraction with "từ … trở lên" (≥) or "quá" (>)
 * — what it is counted on, who votes, the tie rule and the legal basis.
 */
export function VoteRulesPanel({ form, update, errorOf }: Props) {
  const set = (purpose: VotePurpose, patch: Partial<VoteRuleRow>) =>
    update((f) => ({
      ...f,
      voteRules: { ...f.voteRules, [purpose]: { ...f.voteRules[purpose], ...patch } }
    }))
  return (
    <section aria-labelledby="vote-rules-title" data-field="rules.voteRules">
      <h3 id="vote-rules-title">Quy định biểu quyết theo mục đích</h3>
      <p className="muted">
        Theo Quy chế hoạt động của cụm. Mỗi lần biểu quyết ghi trong hội nghị lấy quy định của mục
        đích của nó; lần đã ghi kết quả giữ nguyên quy định lúc biểu quyết.
      </p>
      <div className="rule-cards">
        {VOTE_PURPOSES.map((purpose) => {
          const row = form.voteRules[purpose]
          const at = `rules.voteRules.${purpose}`
          const id = `rule-${purpose}`
          const thresholdError = errorOf(`${at}.thresholdNum`) || errorOf(`${at}.thresholdDen`)
          const words = ruleWords(row)
          return (
            <fieldset key={purpose} className="rule-card" data-field={at}>
              <legend>{VOTE_PURPOSE_LABELS[purpose]}</legend>
              <div className="field-row">
                <FieldShell
                  label="Đạt khi số đồng ý"
                  field={`${at}.comparison`}
                  error={errorOf(`${at}.comparison`)}
                >
                  {(control) => (
                    <select
                      {...control}
                      value={row.comparison}
                      onChange={(e) =>
                        set(purpose, { comparison: e.target.value as VoteRule['comparison'] })
                      }
                    >
                      <option value="at-least">từ … trở lên (≥)</option>
                      <option value="more-than">quá … (&gt;)</option>
                    </select>
                  )}
                </FieldShell>
                <div
                  className={`field narrow-field${thresholdError ? ' has-error' : ''}`}
                  data-field={`${at}.thresholdNum`}
                >
                  <label htmlFor={`${id}-threshold`}>Tỷ lệ</label>
                  <input
                    id={`${id}-threshold`}
                    value={row.threshold}
                    onChange={(e) => set(purpose, { threshold: e.target.value })}
                    aria-invalid={thresholdError ? true : undefined}
                    aria-describedby={`${id}-words`}
                  />
                </div>
              </div>
              <p id={`${id}-words`} className={thresholdError ? 'field-error' : 'field-hint'}>
                {thresholdError ||
                  (words
                    ? `Đọc là: đạt khi số đồng ý ${words}, tính trên ${BASE_WORDS[row.denominator]}.`
                    : 'Viết dạng phân số (1/2, 2/3) hoặc phần trăm (80%).')}
              </p>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-den`}>Tính trên</label>
                  <select
                    id={`${id}-den`}
                    value={row.denominator}
                    onChange={(e) =>
                      set(purpose, { denominator: e.target.value as VoteRule['denominator'] })
                    }
                  >
                    {DENOMINATORS.map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-who`}>Ai biểu quyết</label>
                  <select
                    id={`${id}-who`}
                    value={row.electorBasis}
                    onChange={(e) =>
                      set(purpose, { electorBasis: e.target.value as VoteRule['electorBasis'] })
                    }
                  >
                    <option value="unit">Mỗi đơn vị một phiếu</option>
                    <option value="person">Mỗi đại biểu một phiếu</option>
                  </select>
                </div>
              </div>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-tie`}>Khi bằng phiếu</label>
                  <select
                    id={`${id}-tie`}
                    value={row.tieRule}
                    onChange={(e) =>
                      set(purpose, { tieRule: e.target.value as VoteRule['tieRule'] })
                    }
                  >
                    {TIES.map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                <FieldShell label="Căn cứ" field={`${at}.basis`} error={errorOf(`${at}.basis`)}>
                  {(control) => (
                    <input
                      {...control}
                      value={row.basis}
                      placeholder="Điều 8 Quy chế hoạt động Cụm"
                      onChange={(e) => set(purpose, { basis: e.target.value })}
                    />
                  )}
                </FieldShell>
              </div>
            </fieldset>
          )
        })}
      </div>
    </section>
  )
}
