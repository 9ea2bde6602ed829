// Writes planned sales as the services would have left them: each booking
// with its payment, tickets (one valid ticket per sold seat, voided when
// refunded), refunds (sent and succeeded), the seats sold in the showtime's
// inventory, the audit entries of staff refunds and the jobs of cancelled
// showtimes. Set-based, in the caller's transaction.
import type pg from "pg";
import { newReference, newTicketCode } from "@/lib/services/bookings/codes";
import { insertRows } from "./bulk-insert";
import type { PlannedBooking } from "./sales";

export interface Customer {
  id: string;
  email: string;
}

const MINUTE = 60_000;

/** References are random, as the bookings service makes them: any clash (1 in 10^12) draws again. */
async function references(client: pg.PoolClient, count: number): Promise<string[]> {
  const made = new Set<string>();
  while (made.size < count) made.add(newReference());
  const list = [...made];
  const { rows } = await client.query<{ reference: string }>(
    `SELECT reference FROM "bookings"."bookings" WHERE reference = ANY($1::text[])`,
    [list],
  );
  const clashing = new Set(rows.map((row) => row.reference));
  return clashing.size ? [...list.filter((r) => !clashing.has(r)), ...(await references(client, clashing.size))] : list;
}

export async function writeSales(
  client: pg.PoolClient,
  bookings: PlannedBooking[],
  people: { customers: Customer[]; doorStaffId: string; refundStaffId: string },
) {
  const refs = await references(client, bookings.length);
  const customerOf = (booking: PlannedBooking) => people.customers[booking.customer % people.customers.length];
  const rows = bookings.map((booking, i) => ({ ...booking, reference: refs[i], customer: customerOf(booking) }));
  const ended = (booking: (typeof rows)[number]) => booking.cancelledAt ?? booking.confirmedAt ?? booking.createdAt;

  await insertRows(
    client,
    `"bookings"."bookings"`,
    [
      { name: "id", type: "text", value: (b) => b.id },
      { name: "reference", type: "text", value: (b) => b.reference },
      { name: "user_id", type: "text", value: (b) => b.customer.id },
      { name: "customer_email", type: "text", value: (b) => b.customer.email },
      { name: "showtime_id", type: "text", value: (b) => b.showtimeId },
      { name: "status", type: `"bookings"."BookingStatus"`, value: (b) => b.status },
      { name: "amount_cents", type: "int4", value: (b) => b.amountCents },
      { name: "currency", type: "text", value: (b) => b.currency },
      { name: "expires_at", type: "timestamptz", value: (b) => new Date(b.createdAt.getTime() + 10 * MINUTE) },
      { name: "confirmed_at", type: "timestamptz", value: (b) => b.confirmedAt },
      { name: "cancelled_at", type: "timestamptz", value: (b) => b.cancelledAt },
      { name: "created_at", type: "timestamptz", value: (b) => b.createdAt },
      { name: "updated_at", type: "timestamptz", value: ended },
    ],
    rows,
  );

  const tickets = rows.flatMap((booking) =>
    booking.tickets.map((ticket) => ({ ...ticket, booking, code: newTicketCode() })),
  );
  await insertRows(
    client,
    `"bookings"."tickets"`,
    [
      { name: "id", type: "text", value: (t) => t.id },
      { name: "booking_id", type: "text", value: (t) => t.booking.id },
      { name: "showtime_id", type: "text", value: (t) => t.booking.showtimeId },
      { name: "seat_id", type: "text", value: (t) => t.seatId },
      { name: "seat_label", type: "text", value: (t) => t.seatLabel },
      { name: "seat_type", type: "text", value: (t) => t.seatType },
      { name: "amount_cents", type: "int4", value: (t) => t.amountCents },
      { name: "code", type: "text", value: (t) => t.code },
      { name: "checked_in_at", type: "timestamptz", value: (t) => t.checkedInAt },
      { name: "checked_in_by", type: "text", value: (t) => (t.checkedInAt ? people.doorStaffId : null) },
      { name: "voided_at", type: "timestamptz", value: (t) => t.voidedAt },
      { name: "created_at", type: "timestamptz", value: (t) => t.booking.confirmedAt },
    ],
    tickets,
  );

  const paid = (b: (typeof rows)[number]) => b.confirmedAt !== null;
  const refunded = (b: (typeof rows)[number]) => b.refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
  await insertRows(
    client,
    `"payments"."payments"`,
    [
      { name: "id", type: "text", value: (b) => `pay_${b.id}` },
      { name: "booking_id", type: "text", value: (b) => b.id },
      { name: "provider", type: `"payments"."PaymentProvider"`, value: () => "TEST" },
      { name: "checkout_session_id", type: "text", value: (b) => `cs_test_${b.id}` },
      { name: "payment_intent_id", type: "text", value: (b) => (paid(b) ? `pi_test_${b.id}` : null) },
      { name: "status", type: `"payments"."PaymentStatus"`, value: (b) => b.paymentStatus },
      { name: "amount_cents", type: "int4", value: (b) => b.amountCents },
      { name: "currency", type: "text", value: (b) => b.currency },
      { name: "amount_refunded_cents", type: "int4", value: refunded },
      { name: "expires_at", type: "timestamptz", value: (b) => new Date(b.createdAt.getTime() + 10 * MINUTE) },
      { name: "last_event_at", type: "timestamptz", value: ended },
      { name: "created_at", type: "timestamptz", value: (b) => b.createdAt },
      { name: "updated_at", type: "timestamptz", value: ended },
    ],
    rows,
  );

  const refunds = rows.flatMap((booking) => booking.refunds.map((refund, i) => ({ ...refund, booking, i })));
  await insertRows(
    client,
    `"payments"."refunds"`,
    [
      { name: "id", type: "text", value: (r) => `rf_${r.booking.id}_${r.i}` },
      { name: "payment_id", type: "text", value: (r) => `pay_${r.booking.id}` },
      { name: "provider_refund_id", type: "text", value: (r) => `re_test_${r.booking.id}_${r.i}` },
      { name: "amount_cents", type: "int4", value: (r) => r.amountCents },
      { name: "reason", type: "text", value: (r) => r.reason },
      { name: "ticket_ids", type: "text[]", value: (r) => r.ticketIds },
      { name: "status", type: "text", value: () => "succeeded" },
      { name: "key", type: "text", value: (r) => r.key },
      { name: "attempts", type: "int4", value: () => 1 },
      { name: "next_attempt_at", type: "timestamptz", value: (r) => r.at },
      { name: "completed_at", type: "timestamptz", value: (r) => new Date(r.at.getTime() + 2_000) },
      { name: "created_at", type: "timestamptz", value: (r) => r.at },
    ],
    refunds,
  );

  // Staff refunds are staff actions: the audit trail has them, with the booking before and after.
  const staffRefunds = refunds.filter((refund) => refund.byStaff);
  await insertRows(
    client,
    `"users"."audit_log"`,
    [
      { name: "id", type: "text", value: (r) => `audit_${r.booking.id}_${r.i}` },
      { name: "actor_id", type: "text", value: () => people.refundStaffId },
      { name: "action", type: "text", value: () => "booking.refund" },
      { name: "entity_type", type: "text", value: () => "booking" },
      { name: "entity_id", type: "text", value: (r) => r.booking.id },
      {
        name: "details",
        type: "jsonb",
        value: (r) =>
          JSON.stringify({
            amountCents: r.amountCents,
            tickets: r.booking.tickets.filter((t) => r.ticketIds.includes(t.id)).map((t) => t.seatLabel),
          }),
      },
      {
        name: "before",
        type: "jsonb",
        value: (r) => JSON.stringify({ status: "CONFIRMED", validTickets: r.booking.tickets.length }),
      },
      {
        name: "after",
        type: "jsonb",
        value: (r) =>
          JSON.stringify({ status: r.booking.status, validTickets: r.booking.tickets.length - r.ticketIds.length }),
      },
      { name: "created_at", type: "timestamptz", value: (r) => r.at },
    ],
    staffRefunds,
  );
  return { bookings: rows.length, tickets: tickets.length, refunds: refunds.length };
}
