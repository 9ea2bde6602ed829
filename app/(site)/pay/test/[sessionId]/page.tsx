import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { orNotFound } from "@/lib/pages";
import { getBookingForUser } from "@/lib/services/bookings";
import { getTestSession } from "@/lib/services/payments";
import { CardForm } from "./card-form";

export const metadata: Metadata = { title: "Test payment" };
export const dynamic = "force-dynamic";

export default async function TestCheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=/pay/test/${sessionId}`);
  // Not found also once the test provider is no longer the active one.
  const session = await orNotFound(getTestSession(sessionId));
  await orNotFound(getBookingForUser(user.id, session.bookingId));
  if (session.status === "complete") redirect(session.successUrl);
  const lines = session.lineItems as { name: string; unitAmountCents: number; quantity: number }[];
  const amount = formatMoney(session.amountCents, session.currency);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div role="note" className="rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 p-4 text-amber-950">
        <p className="font-bold">Test payment — no money moves</p>
        <p className="mt-1 text-sm">
          This is the built-in test provider. Use Stripe&apos;s test cards:{" "}
          <span className="font-mono">4242 4242 4242 4242</span> succeeds,{" "}
          <span className="font-mono">4000 0000 0000 0002</span> is declined,{" "}
          <span className="font-mono">4000 0000 0000 9995</span> has insufficient funds.
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h1 className="text-xl font-bold">Pay {amount}</h1>
        <ul className="mt-2 space-y-1 text-sm">
          {lines.map((line) => (
            <li key={line.name} className="flex justify-between">
              <span>
                {line.quantity} × {line.name}
              </span>
              <span>{formatMoney(line.unitAmountCents * line.quantity, session.currency)}</span>
            </li>
          ))}
        </ul>
      </div>
      {session.status === "expired" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2">
          This checkout has expired and your seats were released.
        </p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <CardForm sessionId={sessionId} amount={amount} cancelUrl={session.cancelUrl} />
        </div>
      )}
    </div>
  );
}
