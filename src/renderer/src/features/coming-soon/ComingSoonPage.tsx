/** A section of the product not built yet: says so plainly and lists what it will do. */
export function ComingSoonPage({ label, lines }: { label: string; lines: string[] }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{label}</h1>
      <div className="notice">
        <p>
          <strong>Chức năng này đang được xây dựng</strong> và sẽ có trong phiên bản tới. Hiện chưa
          thể nhập hay xem dữ liệu ở đây.
        </p>
        <p>Khi hoàn thành, mục này sẽ cho phép:</p>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}
