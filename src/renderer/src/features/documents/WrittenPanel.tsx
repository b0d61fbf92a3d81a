import { useState } from 'react'
import { Link } from 'react-router'
import { COMPOSITION_TYPES } from '@core/documents/kinds/composition'
import { documentSymbol } from '@core/documents/kinds/common'
import type { Cluster, Composition, DocumentRecord } from '@core/model/entities'
import { RECENT_NUMBERED, shownCompositions } from './written-view'

/**
 * Văn bản đã soạn: the notices and plans written here, each with its number once it has one.
 * Beyond the newest numbered ones, older numbered documents are listed on request.
 */
export function WrittenPanel({
  cluster,
  compositions,
  numbered
}: {
  cluster: Cluster
  compositions: Composition[]
  numbered: ReadonlyMap<string, DocumentRecord>
}) {
  const [showOlder, setShowOlder] = useState(false)
  const { shown, older } = shownCompositions(compositions, showOlder)
  return (
    <section className="panel no-print" aria-labelledby="drafts-title">
      <h2 id="drafts-title">Văn bản đã soạn ({compositions.length})</h2>
      {compositions.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Trích yếu</th>
              <th scope="col">Năm</th>
              <th scope="col">Số</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => {
              const record = numbered.get(c.documentId)
              return (
                <tr key={c.id}>
                  <td>{COMPOSITION_TYPES[c.kind].label}</td>
                  <td>
                    <Link to={`/van-ban/${c.id}`}>{c.summary}</Link>
                  </td>
                  <td>{c.year}</td>
                  <td>
                    {record
                      ? documentSymbol(record.number, record.typeCode, cluster.symbol)
                      : 'Chưa cấp số'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p>Chưa có văn bản nào. Bấm “Soạn thông báo” hoặc “Soạn kế hoạch” để bắt đầu.</p>
      )}
      {older > 0 || showOlder ? (
        <p>
          <button type="button" className="button" onClick={() => setShowOlder(!showOlder)}>
            {showOlder
              ? `Chỉ hiện ${RECENT_NUMBERED} văn bản đã cấp số gần nhất và văn bản chưa cấp số`
              : `Hiện thêm ${older} văn bản đã cấp số trước đó`}
          </button>
        </p>
      ) : null}
    </section>
  )
}
