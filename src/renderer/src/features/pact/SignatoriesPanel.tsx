import { memo, useMemo } from 'react'
import { useWindowRows, VIRTUAL_FROM } from '../../components/useWindowRows'
import { WindowedBody } from '../../components/WindowedBody'
import type { Cluster } from '@core/model/entities'
import { signerGaps } from '@core/rules/pact'
import { defaultWitness, type PactForm } from './pact-form'
import { useNearScreen } from './useNearScreen'

/** A signatory's row: the unit, two lines of title, the name. */
const ROW_HEIGHT = 77

interface Props {
  cluster: Cluster
  signatories: PactForm['signatories']
  witness: PactForm['witness']
  /** Each signing unit's name as it was that year, by unit id. */
  unitNameOf(unitId: string): string
  update(change: (form: PactForm) => PactForm): void
  errorOf(field: string): string
}

/** "Người ký": one signatory per member unit, in signing order, and the optional witness. */
export const SignatoriesPanel = memo(function SignatoriesPanel(props: Props) {
  const { cluster, signatories, witness, unitNameOf, update, errorOf } = props
  // A cluster of 300 units draws the rows on screen only (the 15 of a usual cluster all), and
  // none until the table comes near the screen: till then, their room is kept.
  // Rows with a message stay drawn wherever the page is, so a refused save's link reaches them.
  const place = useNearScreen<HTMLElement>(signatories.length >= VIRTUAL_FROM)
  const withMessage = useMemo(
    () => signatories.flatMap((_, i) => (errorOf(`signatories.${i}`) ? [i] : [])),
    [signatories, errorOf]
  )
  // A message about the section as a whole (a signer left unnamed when signing) marks the boxes
  // still to fill, so the cursor goes to the first of them; that row stays drawn to be reached.
  const general = withMessage.length === 0 ? errorOf('signatories') : ''
  const unfilled = useMemo(
    () => (general ? signatories.map(signerGaps) : []),
    [general, signatories]
  )
  const keep = useMemo(() => {
    const first = unfilled.findIndex((gaps) => gaps.name || gaps.title)
    return first < 0 ? withMessage : [...withMessage, first]
  }, [withMessage, unfilled])
  const near = place.near || keep.length > 0
  const rows = useWindowRows(near ? signatories.length : 0, ROW_HEIGHT, {
    keep,
    fields: true
  })
  const waiting = near ? 0 : signatories.length * ROW_HEIGHT
  const setSignatory = (i: number, patch: Partial<PactForm['signatories'][number]>) =>
    update((f) => ({
      ...f,
      signatories: f.signatories.map((x, k) => (k === i ? { ...x, ...patch } : x))
    }))
  return (
    <section
      ref={place.ref}
      className="panel"
      aria-labelledby="pact-signers"
      data-field="signatories"
    >
      <h2 id="pact-signers">Người ký</h2>
      {general ? <p className="field-error">{general}</p> : null}
      <p className="muted">
        Cụm trưởng ký trước, cụm phó thứ hai, sau đó các đơn vị theo thứ tự của cụm. Giao ước chỉ ký
        kết được khi đã ghi họ tên người ký của mọi đơn vị.
      </p>
      <table className="table" aria-rowcount={signatories.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Đơn vị</th>
            <th scope="col">Chức danh (mỗi dòng một dòng)</th>
            <th scope="col">Họ và tên</th>
          </tr>
        </thead>
        <WindowedBody
          rows={rows}
          columns={3}
          waiting={waiting}
          rowKey={(i) => signatories[i]!.unitId}
          row={(i) => {
            const s = signatories[i]!
            const unitName = unitNameOf(s.unitId)
            const message = errorOf(`signatories.${i}`)
            const gaps = unfilled[i]
            return (
              <tr
                data-field={`signatories.${i}`}
                data-index={i}
                aria-rowindex={i + 2}
                ref={rows.measure}
              >
                <td>
                  {unitName}
                  {message ? <p className="field-error">{message}</p> : null}
                </td>
                <td>
                  <textarea
                    aria-label={`${unitName}: chức danh người ký`}
                    aria-invalid={message || gaps?.title ? true : undefined}
                    rows={2}
                    value={s.titleLines.join('\n')}
                    onChange={(e) => setSignatory(i, { titleLines: e.target.value.split('\n') })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${unitName}: người ký`}
                    aria-invalid={message || gaps?.name ? true : undefined}
                    value={s.name}
                    onChange={(e) => setSignatory(i, { name: e.target.value })}
                  />
                </td>
              </tr>
            )
          }}
        />
      </table>
      <label className="check">
        <input
          type="checkbox"
          checked={witness !== null}
          onChange={(e) =>
            update((f) => ({ ...f, witness: e.target.checked ? defaultWitness(cluster) : null }))
          }
        />{' '}
        Có phần xác nhận của cấp trên (người chứng kiến)
      </label>
      {witness ? (
        <div className="field-row" data-field="witness">
          <div className="field">
            <label htmlFor="witness-title">Chức danh người chứng kiến</label>
            <textarea
              id="witness-title"
              rows={2}
              value={witness.titleLines.join('\n')}
              onChange={(e) =>
                update((f) => ({
                  ...f,
                  witness: { ...witness, titleLines: e.target.value.split('\n') }
                }))
              }
            />
          </div>
          <div className="field">
            <label htmlFor="witness-name">Họ và tên người chứng kiến</label>
            <input
              id="witness-name"
              value={witness.name}
              onChange={(e) =>
                update((f) => ({ ...f, witness: { ...witness, name: e.target.value } }))
              }
            />
          </div>
          {errorOf('witness') ? <p className="field-error">{errorOf('witness')}</p> : null}
        </div>
      ) : null}
    </section>
  )
})
