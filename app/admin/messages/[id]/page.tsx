import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/pages";
import { messageStatusText } from "@/lib/presenters/message-status";
import { getMessage, type RenderedAttachment } from "@/lib/services/notifications";

export const metadata: Metadata = { title: "Message" };
export const dynamic = "force-dynamic";

export default async function MessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getCurrentUser();
  const message = await orNotFound(getMessage(id, { role: viewer?.role ?? "CUSTOMER" }));
  const attachments = (message.attachments ?? []) as unknown as RenderedAttachment[];
  // Inline images travel as cid: references; the preview shows them from the stored attachments.
  const html = attachments.reduce(
    (doc, a) => (a.cid ? doc.replaceAll(`cid:${a.cid}`, `data:${a.contentType};base64,${a.content}`) : doc),
    message.renderedHtml ?? "",
  );
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/messages" className="text-brand-700 underline">
          ← Messages
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{message.subject ?? message.template}</h1>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">To</dt>
          <dd>{message.recipient}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Channel</dt>
          <dd>{message.channel.toLowerCase()}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Status</dt>
          <dd>{messageStatusText(message.status, message.channel)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Attempts</dt>
          <dd>{message.attempts}</dd>
        </div>
      </dl>
      {message.contentHidden ? (
        <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
          This message holds a link that confirms an address or sets a password, so only an administrator can open it.
        </p>
      ) : message.renderedHtml ? (
        <iframe
          title="The e-mail as the recipient sees it"
          sandbox=""
          srcDoc={html}
          className="h-[600px] w-full rounded border border-slate-300 bg-white"
        />
      ) : (
        <p className="text-slate-600">Not rendered yet: it is rendered when it is sent.</p>
      )}
      {message.renderedText && (
        <details className="rounded border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">Plain-text part</summary>
          <pre className="mt-2 whitespace-pre-wrap text-sm">{message.renderedText}</pre>
        </details>
      )}
      {attachments.length > 0 && (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading" className="font-semibold">
            Attachments
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {attachments.map((a) => (
              <li key={a.filename}>
                <a
                  download={a.filename}
                  href={`data:${a.contentType.split(";")[0]};base64,${a.content}`}
                  className="text-brand-700 underline"
                >
                  {a.filename}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="font-semibold">
          Delivery log
        </h2>
        <ul className="mt-2 text-sm">
          {message.attemptLog.map((a) => (
            <li key={a.id}>
              {a.attemptedAt.toISOString()} · {a.worker} ·{" "}
              {a.succeeded ? (message.status === "KEPT" ? "kept, no transport" : "sent") : `failed: ${a.error}`}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
