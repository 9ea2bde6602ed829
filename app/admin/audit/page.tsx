import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { listAudit, type AuditItem } from "@/lib/services/users/audit";
import { AuditChange } from "./audit-change";

export const metadata: Metadata = { title: "Audit trail" };
export const dynamic = "force-dynamic";

const PAGE = 50;
const ENTITIES = ["booking", "showtime", "cinema", "hall", "movie", "user"];
const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

type Search = { actor?: string; entity?: string; entityId?: string; action?: string; before?: string };

/** Where an entity can be looked at, when it has a page. */
function entityHref(item: AuditItem): string | null {
  if (!item.entityId) return null;
  if (item.entity === "booking") return `/admin/bookings/${item.entityId}`;
  if (item.entity === "cinema") return `/admin/cinemas/${item.entityId}`;
  if (item.entity === "hall") return `/admin/halls/${item.entityId}/prices`;
  if (item.entity === "movie") return `/admin/films/${item.entityId}`;
  return null;
}

const clean = (value: string | undefined, max: number) => {
  const trimmed = value?.trim().slice(0, max);
  return trimmed && !/[\u0000-\u001f]/.test(trimmed) ? trimmed : undefined;
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  // The gateway keeps this page to ADMIN; the staff layout only knows STAFF, so the page checks too.
  if ((await getCurrentUser())?.role !== "ADMIN") notFound();
  const search = await searchParams;
  const filter = {
    actor: clean(search.actor, 200),
    entity: ENTITIES.includes(search.entity ?? "")
      ? [search.entity, clean(search.entityId, 100)].filter(Boolean).join(":")
      : undefined,
    action: clean(search.action, 80),
  };
  const before = search.before && !Number.isNaN(Date.parse(search.before)) ? new Date(search.before) : undefined;
  const items = await listAudit({ ...filter, before, limit: PAGE });
  const older =
    items.length === PAGE
      ? `/admin/audit?${new URLSearchParams(
          Object.entries({ ...search, before: items.at(-1)!.at.toISOString() }).filter(
            (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
          ),
        )}`
      : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit trail</h1>
      <p className="text-sm text-slate-700">
        Every change staff and administrators made: who, what, when, and the values before and after.
      </p>
      <form
        method="get"
        aria-label="Filter the audit trail"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end"
      >
        <label className="text-sm font-medium">
          Who (e-mail)
          <input name="actor" defaultValue={search.actor} className={field} />
        </label>
        <label className="text-sm font-medium">
          What kind
          <select name="entity" defaultValue={search.entity ?? ""} className={field}>
            <option value="">Everything</option>
            {ENTITIES.map((entity) => (
              <option key={entity}>{entity}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Its id
          <input name="entityId" defaultValue={search.entityId} className={field} />
        </label>
        <label className="text-sm font-medium">
          Action
          <input name="action" defaultValue={search.action} placeholder="e.g. hall.prices" className={field} />
        </label>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Filter
        </button>
      </form>
      {items.length === 0 ? (
        <p className="text-slate-700">No entries match.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm">
            <caption className="sr-only">Audit entries, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  When
                </th>
                <th scope="col" className="p-2">
                  Who
                </th>
                <th scope="col" className="p-2">
                  Action
                </th>
                <th scope="col" className="p-2">
                  On
                </th>
                <th scope="col" className="min-w-56 p-2">
                  Before → after
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const href = entityHref(item);
                return (
                  <tr key={item.id} className="border-b border-slate-200 align-top">
                    <td className="p-2 whitespace-nowrap">{formatDateTime(item.at, "UTC")}</td>
                    <td className="p-2">{item.actor ? `${item.actor.name} <${item.actor.email}>` : "system"}</td>
                    <td className="p-2 font-mono text-xs">{item.action}</td>
                    <td className="p-2 break-all">
                      {item.entity}{" "}
                      {href ? (
                        <Link href={href} className="font-mono text-xs text-brand-700 underline">
                          {item.entityId}
                        </Link>
                      ) : (
                        <span className="font-mono text-xs">{item.entityId}</span>
                      )}
                    </td>
                    <td className="p-2">
                      <AuditChange before={item.before} after={item.after} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {older && (
        <Link href={older} className="inline-block text-brand-700 underline">
          Older entries
        </Link>
      )}
    </div>
  );
}
