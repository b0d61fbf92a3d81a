import type { VotePurpose, VoteRule } from '@core/model/entities'
import { VOTE_PURPOSE_LABELS } from '@core/rules/votes'
import { TIE_RULE_WORDS, type VoteView } from './vote-form'

interface Props {
  rule: VoteRule
  purpose: VotePurpose
  view: VoteView
}

/**
 * The rule a vote is taken under, in the Quy chế's words: the threshold and its base, how many
 * voices in favour that means here, the tie rule and the legal basis — what the minutes will print
 * beside the result, shown before it is printed.
 */
export function VoteRuleNote({ rule, purpose, view }: Props) {
  const tally = view.tally
  const needed =
    tally && tally.base > 0
      ? tally.needed <= tally.base
        ? ` — ở đây cần ít nhất ${tally.needed}/${tally.base} ${tally.baseNoun} đồng ý`
        : ` — ở đây không phương án nào đạt được với ${tally.base} ${tally.baseNoun}`
      : ''
  return (
    <div className="vote-rule">
      <p>
        <strong>Điều kiện đạt:</strong> số đồng ý {view.ruleWords}
        {needed}.
      </p>
      <p className="muted">
        Khi bằng phiếu: {TIE_RULE_WORDS[rule.tieRule]}.{' '}
        {rule.basis ? `Căn cứ: ${rule.basis}.` : 'Chưa ghi căn cứ của quy định này.'} Quy định của
        cụm cho “{VOTE_PURPOSE_LABELS[purpose]}” (sửa ở Cài đặt); lần biểu quyết đã ghi kết quả giữ
        quy định lúc biểu quyết.
      </p>
    </div>
  )
}
