// Whether a moviegoer may cancel a booking for a refund, and why not.
export type CancellationDecision = { allowed: true; refund: boolean } | { allowed: false; reason: string };

export function cancellationDecision(input: {
  status: string;
  startsAt: Date;
  now: Date;
  cutoffMinutes: number;
}): CancellationDecision {
  if (input.status === "PENDING_PAYMENT") return { allowed: true, refund: false };
  if (input.status !== "CONFIRMED") {
    return {
      allowed: false,
      reason: `This booking is ${input.status.toLowerCase().replace("_", " ")} and can't be cancelled.`,
    };
  }
  const minutesLeft = (input.startsAt.getTime() - input.now.getTime()) / 60_000;
  if (minutesLeft < input.cutoffMinutes) {
    const hours = input.cutoffMinutes / 60;
    return {
      allowed: false,
      reason: `Bookings can be cancelled for a refund up to ${Number.isInteger(hours) ? `${hours} hour${hours === 1 ? "" : "s"}` : `${input.cutoffMinutes} minutes`} before the show.`,
    };
  }
  return { allowed: true, refund: true };
}
