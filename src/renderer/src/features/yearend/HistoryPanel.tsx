import { useState } from 'react'
import { EVENT_WORDS } from '@core/awards/history'
import { LINEAGE_TYPES, type UnitLineageEvent } from '@core/awards/model'
import { messageFrom } from '@core/model/validation'
import { formatDateVi } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { useDatabase } from '../../db/DatabaseContext'
import {
  addPastAward,
  recordLineageEvent,
  removeLineageEvent,
  removePastAward
} from '../../db/repositories/award-history-repo'
import { textFields } from './text-field'
import { UnitSelect } from './UnitSelect'
import type { YearEndPanelProps } from './YearEndYear'

const EMPTY_AWARD = { unitId: '', year: '', title: '', decisionNumber: '', decisionDate: '' }
const EMPTY_EVENT = {
  type: 'rename' as UnitLineageEvent['type'],
  date: '',
  from: [] as string[],
  to: [] as string[],
  basis: ''
}
const noop = () => {}

const RemoveButton = ({ onClick }: { onClick: () => void }) => (
  <button type="button" className="button small" onClick={onClick}>
    Xóa
  </button>
)

/** A list to choose several units from; unit names are long, so it takes half the row. */
function UnitsSelect(p: {
  id: string
  label: string
  units: Array<{ id: string; name: string }>
  value: string[]
  onChange(ids: string[]): void
}) {
  return (
    <div className="field lineage-units">
      <label htmlFor={p.id}>{p.label}</label>
      <select
        id={p.id}
        multiple
        size={6}
        aria-describedby="event-units-hint"
        value={p.value}
        onChange={(e) => p.onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
      >
        {p.units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * "Lịch sử khen thưởng và đơn vị": what the app did not see happen — awards a unit received
 * before (typed from its decision) and the renames, mergers and splits it went through — so a
 * proposal's history and the two-awards warning follow a unit through its predecessors.
 */
export function HistoryPanel({ data }: Pick<YearEndPanelProps, 'data'>) {
  const db = useDatabase()
  const { record } = data
  const { cluster, units } = record.scoring
  const [award, setAward] = useState(EMPTY_AWARD)
  const [event, setEvent] = useState(EMPTY_EVENT)
  const [status, setStatus] = useState('')
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id
  // Messages go to the status line (one form at a time), so no field carries its own.
  const awardText = textFields(award, (patch) => setAward({ ...award, ...patch }), [], 'past')
  const eventText = textFields(event, (patch) => setEvent({ ...event, ...patch }), [], 'event')
  const run = async (work: () => Promise<unknown>, done: string, reset: () => void) => {
    try {
      await work()
      reset()
      setStatus(done)
    } catch (error) {
      setStatus(messageFrom(error))
    }
  }
  const typed = record.pastAwards.filter((a) => a.source === 'typed' && !a.proposalId)
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">Khen thưởng trước đây, sáp nhập và đổi tên</h2>
      <p className="muted">
        Ghi những gì ứng dụng chưa có: khen thưởng đơn vị đã nhận trước khi dùng ứng dụng, và các
        lần đơn vị đổi tên, sáp nhập, chia tách. Lịch sử khen thưởng của mỗi đề nghị và cảnh báo hai
        hình thức cho một năm thành tích dựa trên các mục này.
      </p>
      <h3>Khen thưởng đã nhận</h3>
      <div className="rules-grid">
        <div className="field">
          <label htmlFor="past-unit">Đơn vị</label>
          <UnitSelect
            id="past-unit"
            units={units}
            value={award.unitId}
            onChange={(unitId) => setAward({ ...award, unitId })}
            emptyLabel="(chọn đơn vị)"
          />
        </div>
        {awardText('year', 'Năm thành tích')}
        {awardText('title', 'Hình thức khen thưởng')}
        {awardText('decisionNumber', 'Số quyết định')}
        <DateField
          name="past-decision-date"
          label="Ngày quyết định"
          value={award.decisionDate}
          onChange={(v) => setAward({ ...award, decisionDate: v })}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(
              () =>
                addPastAward(db, cluster.id, {
                  ...award,
                  year: Number(award.year) || award.year,
                  recipientName: name(award.unitId),
                  issuer: ''
                }),
              'Đã ghi khen thưởng.',
              () => setAward(EMPTY_AWARD)
            )
          }
        >
          Ghi khen thưởng
        </button>
      </div>
      {typed.length ? (
        <ul>
          {typed.map((a) => (
            <li key={a.id}>
              {a.recipientName}, năm {a.year}: {a.title}
              {a.decisionNumber ? ` (Quyết định số ${a.decisionNumber}` : ''}
              {a.decisionNumber && a.decisionDate ? ` ngày ${formatDateVi(a.decisionDate)}` : ''}
              {a.decisionNumber ? ')' : ''}{' '}
              <RemoveButton
                onClick={() => void run(() => removePastAward(db, a.id), 'Đã xóa.', noop)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <h3>Sáp nhập, đổi tên, chia tách</h3>
      <div className="rules-grid">
        <div className="field">
          <label htmlFor="event-type">Sự kiện</label>
          <select
            id="event-type"
            value={event.type}
            onChange={(e) =>
              setEvent({ ...event, type: e.target.value as UnitLineageEvent['type'] })
            }
          >
            {LINEAGE_TYPES.map((t) => (
              <option key={t} value={t}>
                {EVENT_WORDS[t]}
              </option>
            ))}
          </select>
        </div>
        <DateField
          name="event-date"
          label="Ngày hiệu lực"
          value={event.date}
          onChange={(v) => setEvent({ ...event, date: v })}
        />
        <UnitsSelect
          id="event-from"
          label="Đơn vị cũ"
          units={units}
          value={event.from}
          onChange={(ids) => setEvent({ ...event, from: ids })}
        />
        <UnitsSelect
          id="event-to"
          label="Đơn vị kế thừa"
          units={units}
          value={event.to}
          onChange={(ids) => setEvent({ ...event, to: ids })}
        />
        {eventText('basis', 'Căn cứ')}
      </div>
      <p id="event-units-hint" className="muted">
        Giữ phím Ctrl để chọn nhiều đơn vị (sáp nhập: nhiều đơn vị cũ; chia tách: nhiều đơn vị kế
        thừa). Đơn vị kế thừa cần có trong danh sách đơn vị của cụm trước.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(
              () =>
                recordLineageEvent(db, cluster.id, {
                  type: event.type,
                  date: event.date,
                  fromUnitIds: event.from,
                  toUnitIds: event.to,
                  basis: event.basis
                }),
              'Đã ghi sự kiện.',
              () => setEvent(EMPTY_EVENT)
            )
          }
        >
          Ghi sự kiện
        </button>
        <span role="status">{status}</span>
      </div>
      {record.lineage.length ? (
        <ul>
          {record.lineage.map((e) => (
            <li key={e.id}>
              Ngày {formatDateVi(e.date)}, {EVENT_WORDS[e.type]}:{' '}
              {e.fromUnitIds.map(name).join(', ')}
              {e.toUnitIds.length ? ` → ${e.toUnitIds.map(name).join(', ')}` : ''}
              {e.basis ? ` (theo ${e.basis})` : ''}{' '}
              <RemoveButton
                onClick={() => void run(() => removeLineageEvent(db, e.id), 'Đã xóa.', noop)}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
