// An audit entry's change, field by field: the value before and the value after.
const show = (value: unknown) =>
  value === undefined ? "–" : typeof value === "string" ? value : JSON.stringify(value);

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const was = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  if (fields.length === 0) return <span className="text-slate-600">–</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {fields.map((field) => (
        <li key={field}>
          <span className="font-semibold">{field}</span>:{" "}
          {field in was && <del className="text-slate-600">{show(was[field])}</del>}
          {field in was && field in now && " → "}
          {field in now && <ins className="no-underline">{show(now[field])}</ins>}
        </li>
      ))}
    </ul>
  );
}
