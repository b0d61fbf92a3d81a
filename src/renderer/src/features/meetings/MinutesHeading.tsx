import { documentSymbol } from '@core/documents/kinds/common'
import type { DocumentRecord } from '@core/model/entities'

interface Props {
  clusterSymbol: string
  /** The register entry of the minutes shown, when finalised. */
  number: DocumentRecord | undefined
  /** The minutes shown correct earlier finalised ones (and are not finalised yet). */
  amending: boolean
  /** The register entries of the minutes finalised before. */
  finalised: DocumentRecord[]
}

/** The minutes' heading: their number (or "chưa hoàn tất"), and the earlier finalised ones. */
export function MinutesHeading({ clusterSymbol, number, amending, finalised }: Props) {
  return (
    <>
      <h2 id="minutes-title" className="no-print">
        Biên bản{' '}
        {number ? `số ${documentSymbol(number.number, 'BB', clusterSymbol)}` : '(chưa hoàn tất)'}
      </h2>
      {amending ? (
        <p className="notice no-print">
          Đây là bản đính chính; biên bản đã hoàn tất trước đó vẫn được giữ nguyên trong sổ văn bản.
        </p>
      ) : null}
      {finalised.length > 0 ? (
        <p className="muted no-print">
          Các bản đã hoàn tất:{' '}
          {finalised.map((r) => documentSymbol(r.number, 'BB', clusterSymbol)).join(', ')}
        </p>
      ) : null}
    </>
  )
}
