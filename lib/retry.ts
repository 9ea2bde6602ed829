// Work that calls out (e-mail, SMS, refunds) is retried by workers: after a
// failed attempt, the row records why, unlocks, and waits its backoff, or
// gives up after its last attempt.

export interface FailedAttempt {
  giveUp: boolean;
  /** The error's message, as kept on the row. */
  reason: string;
  fields: { lockedAt: null; lastError: string; nextAttemptAt: Date };
}

export function failedAttempt(
  error: unknown,
  attempt: number,
  maxAttempts: number,
  backoffSeconds: (attempt: number) => number,
): FailedAttempt {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  return {
    giveUp: attempt >= maxAttempts,
    reason,
    fields: { lockedAt: null, lastError: reason, nextAttemptAt: new Date(Date.now() + backoffSeconds(attempt) * 1000) },
  };
}
