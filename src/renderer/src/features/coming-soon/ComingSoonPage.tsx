import type { Section } from '../../app/sections'

/** A section of the product not built yet: says so plainly and lists what it will do. */
export function ComingSoonPage({ section }: { section: Section }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{section.label}</h1>
      <div className="notice">
        <p>
          <strong>Chức năng này đang được xây dựng</strong> và sẽ có trong phiên bản tới. Hiện chưa
          thể nhập hay xem dữ liệu ở đây.
        </p>
        <p>Khi hoàn thành, mục này sẽ cho phép:</p>
        <ul>
          {section.comingSoon?.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}
