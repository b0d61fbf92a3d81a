import { useEffect, useMemo, useState } from 'react'
import { buildScoreExplanationDocument } from '@core/documents/kinds/score-explanation'
import { buildScoreReportDocument } from '@core/documents/kinds/score-report'
import { buildScoreSummaryDocument } from '@core/documents/kinds/score-summary'
import type { DocumentModel } from '@core/documents/model'
import { changedScores, checkSummaryReady } from '@core/scoring/view'
import { todayIso } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { UnitOptions } from '../../components/Options'
import { useFormatProfile } from '../../db/hooks'
import { DocumentActions } from '../../documents/DocumentActions'
import { useClusterSigner } from '../../documents/useClusterSigner'
import type { PanelProps } from './ScoringYear'

type Kind = 'report' | 'summary' | 'explanation'

const KINDS: Record<Kind, { label: string; file: string }> = {
  report: {
    label: 'Báo cáo kết quả thực hiện giao ước và tự chấm điểm (của đơn vị)',
    file: 'Báo cáo kết quả thực hiện giao ước và tự chấm điểm'
  },
  summary: {
    label: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng (của cụm)',
    file: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng'
  },
  explanation: {
    label: 'Phiếu giải trình điểm (đơn vị có điểm bị chấm khác)',
    file: 'Phiếu giải trình điểm thi đua'
  }
}

/**
 * "Văn bản": the year's scoring documents from what is recorded — a unit's Báo cáo kết quả…
 * (issued by the unit, numbered in its own register), the cluster's Bảng tổng hợp, and the
 * Phiếu giải trình of each unit whose scores the review changed — with the print preview,
 * "Xuất Word" and "In" of the shared documents room.
 */
export function ScoringDocumentsPanel({ data, unitId }: PanelProps) {
  const { record, facts } = data
  const profile = useFormatProfile(record.cluster.id)
  const members = record.year.memberUnitIds
  const changed = useMemo(
    () => members.filter((u) => changedScores(facts, u).length > 0),
    [members, facts]
  )
  const [kind, setKind] = useState<Kind>('summary')
  const [reportUnit, setReportUnit] = useState(
    members.includes(unitId) ? unitId : (members[0] ?? '')
  )
  const [explainUnit, setExplainUnit] = useState(
    changed.includes(unitId) ? unitId : (changed[0] ?? '')
  )
  const [issuedOn, setIssuedOn] = useState(record.snapshot?.adoptedOn || todayIso())
  const [preparedBy, setPreparedBy] = useState('')
  const [signerName, setSignerName] = useClusterSigner(record.year)
  // The Word engine loads while the secretary looks at the preview, not after "Xuất Word".
  useEffect(() => void import('@core/documents/pack'), [])
  const sheet = (u: string) => record.sheets.find((s) => s.unitId === u)

  const model: DocumentModel | null = useMemo(() => {
    if (!profile) return null
    if (kind === 'report')
      return reportUnit
        ? buildScoreReportDocument(
            facts,
            reportUnit,
            profile,
            sheet(reportUnit)?.submittedOn || issuedOn
          )
        : null
    if (kind === 'explanation')
      return explainUnit
        ? buildScoreExplanationDocument(facts, explainUnit, profile, issuedOn)
        : null
    return buildScoreSummaryDocument(facts, profile, issuedOn, { preparedBy, signerName })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile, kind, reportUnit, explainUnit, issuedOn, preparedBy, signerName, facts])
  const unitOf = kind === 'report' ? reportUnit : kind === 'explanation' ? explainUnit : ''
  const pending = kind === 'summary' ? checkSummaryReady(facts) : []

  return (
    <>
      <section className="panel no-print" aria-labelledby="docs-title">
        <h2 id="docs-title">Văn bản chấm điểm năm {record.year.year}</h2>
        <fieldset className="plain">
          <legend>Văn bản</legend>
          {(Object.keys(KINDS) as Kind[]).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="score-doc"
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {KINDS[k].label}
            </label>
          ))}
        </fieldset>
        <div className="rules-grid">
          {kind === 'report' ? (
            <div className="field">
              <label htmlFor="doc-report-unit">Đơn vị</label>
              <select
                id="doc-report-unit"
                value={reportUnit}
                onChange={(e) => setReportUnit(e.target.value)}
              >
                <UnitOptions ids={members} nameOf={data.unitName} />
              </select>
            </div>
          ) : null}
          {kind === 'explanation' ? (
            changed.length ? (
              <div className="field">
                <label htmlFor="doc-explain-unit">Đơn vị có điểm bị chấm khác</label>
                <select
                  id="doc-explain-unit"
                  value={explainUnit}
                  onChange={(e) => setExplainUnit(e.target.value)}
                >
                  <UnitOptions ids={changed} nameOf={data.unitName} />
                </select>
              </div>
            ) : (
              <p className="muted">Chưa có đơn vị nào bị chấm khác điểm tự chấm.</p>
            )
          ) : null}
          {kind !== 'report' ? (
            <DateField
              name="issuedOn"
              label="Ngày của văn bản"
              value={issuedOn}
              onChange={setIssuedOn}
            />
          ) : (
            <p className="muted">Ngày của báo cáo là ngày đơn vị nộp (ghi ở phiếu của đơn vị).</p>
          )}
          {kind === 'summary' ? (
            <>
              <div className="field">
                <label htmlFor="doc-prepared">Người lập biểu</label>
                <input
                  id="doc-prepared"
                  value={preparedBy}
                  onChange={(e) => setPreparedBy(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="doc-signer">Người ký (cụm trưởng)</label>
                <input
                  id="doc-signer"
                  value={signerName}
                  onChange={(e) => setSignerName(e.target.value)}
                />
              </div>
            </>
          ) : null}
        </div>
        {pending.length ? (
          <div className="alert warning" role="note">
            <p>Bảng tổng hợp chưa phải bản cuối cùng:</p>
            <ul>
              {pending.slice(0, 6).map((p) => (
                <li key={p.field + p.message}>{p.message}</li>
              ))}
              {pending.length > 6 ? <li>và {pending.length - 6} vấn đề khác.</li> : null}
            </ul>
          </div>
        ) : null}
      </section>
      <DocumentActions
        model={model}
        label={KINDS[kind].file}
        title={`năm ${record.year.year}${unitOf ? ` ${data.unitName(unitOf)}` : ''}`}
        noun="văn bản"
        primary
      />
    </>
  )
}
