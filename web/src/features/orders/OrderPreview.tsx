// The order as it will be printed, drawn from the very text model the Word and PDF files are laid
// out from (src/orders/order-document.ts): the requisites, grounds, ПРИКАЗЫВАЮ, numbered points,
// signature, acquaintance sheet and each appendix on its own sheet with its mark.
import { columnWeights, type OrderDocument } from '../../../../src/orders/order-document.js';
import { useT } from '../../i18n';
import './order-preview.css';

function Table({ table }: { table: NonNullable<OrderDocument['appendices'][number]['table']> }) {
  const weights = columnWeights(table.columns);
  const total = weights.reduce((a, b) => a + b, 0);
  return (
    <table className="order-table">
      <colgroup>
        {weights.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity beyond their place
          <col key={i} style={{ width: `${(100 * w) / total}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity beyond their place
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <tr key={r}>
            {table.columns.map((_, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity beyond their place
              <td key={c}>{row[c] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OrderPreview({ document: d }: { document: OrderDocument }) {
  const t = useT();
  return (
    <section className="order-desk" aria-label={t('orders.preview')} lang="ru">
      <article className="order-sheet">
        {d.draft && <p className="order-draft-mark">ПРОЕКТ</p>}
        <p className="order-org">{d.orgName}</p>
        <p className="order-type">{d.docType}</p>
        <div className="order-spread">
          <span>{d.date}</span>
          <span>{d.number}</span>
        </div>
        {d.place && <p className="order-place">{d.place}</p>}
        <p className="order-title">{d.title}</p>
        {d.preamble && <p className="order-text">{d.preamble}</p>}
        <p className="order-command">{d.command}</p>
        {d.points.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a point is known by its number
          <p key={i} className="order-text">
            {p}
          </p>
        ))}
        <div className="order-spread order-signature">
          <span>{d.signer.position}</span>
          <span>{d.signer.name}</span>
        </div>
        {d.acquaintance && (
          <div className="order-acquaintance">
            <p>{d.acquaintance.heading}</p>
            {d.acquaintance.names.map((name, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same initials may repeat
              <div key={i} className="order-acquaintance-row">
                <span>{name}</span>
                <span>_____________</span>
                <span>«___» ________ 20___ г.</span>
              </div>
            ))}
          </div>
        )}
      </article>
      {d.appendices.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: appendices are numbered by their place
        <article key={i} className="order-sheet">
          <p className="order-mark">
            {a.mark.map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a mark are fixed
              <span key={j}>
                {line}
                <br />
              </span>
            ))}
          </p>
          <p className="order-appendix-title">{a.title}</p>
          {a.paragraphs.map((p, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs follow their order
            <p key={j} className="order-text">
              {p}
            </p>
          ))}
          {a.table && <Table table={a.table} />}
        </article>
      ))}
    </section>
  );
}
