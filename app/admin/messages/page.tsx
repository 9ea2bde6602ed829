import type { Metadata } from "next";
import Link from "next/link";
import { ApiButton } from "@/components/admin/api-action";
import { MessageStatus } from "@/lib/generated/prisma/enums";
import { messageStatusText } from "@/lib/presenters/message-status";
import { listMessages } from "@/lib/services/notifications";

export const metadata: Metadata = { title: "Messages" };
export const dynamic = "force-dynamic";

const STATUSES = Object.values(MessageStatus);

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; status?: string }>;
}) {
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status);
  const messages = await listMessages({ q: params.q?.slice(0, 200), status });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Messages</h1>
      <p className="text-sm text-slate-700">
        Every e-mail and text the system sends. Without SMTP_URL this is the development mailbox: messages are kept
        here, not sent; open one to see it as the recipient would.
      </p>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Recipient or subject
        </label>
        <input
          id="q"
          name="q"
          defaultValue={params.q}
          placeholder="Recipient or subject"
          className="rounded border border-slate-400 px-3 py-2"
        />
        <label htmlFor="status" className="sr-only">
          Status
        </label>
        <select
          id="status"
          name="status"
          defaultValue={status ?? ""}
          className="rounded border border-slate-400 px-3 py-2"
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === "KEPT" ? "kept in the mailbox" : s.toLowerCase()}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="text-slate-600">No messages.</p>
      ) : (
        <table className="w-full bg-white text-sm">
          <caption className="sr-only">Messages</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                When
              </th>
              <th scope="col" className="p-2">
                To
              </th>
              <th scope="col" className="p-2">
                Message
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-slate-200">
                <td className="p-2 whitespace-nowrap">{m.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td className="p-2">
                  {m.channel === "SMS" ? "📱 " : ""}
                  {m.recipient}
                </td>
                <td className="p-2">
                  <Link href={`/admin/messages/${m.id}`} className="text-brand-700 underline">
                    {m.subject ?? m.template}
                  </Link>
                </td>
                <td className="p-2">
                  {messageStatusText(m.status, m.channel)}
                  {m.attempts > 1 ? ` (${m.attempts} attempts)` : ""}
                  {m.lastError && m.status !== "SENT" ? (
                    <span className="block text-xs text-red-800">{m.lastError}</span>
                  ) : null}
                </td>
                <td className="p-2">
                  {m.status === "FAILED" && (
                    <ApiButton url={`/api/admin/messages/${m.id}/retry`} label="Retry" done="Queued" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
