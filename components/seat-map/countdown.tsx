"use client";
import { useEffect, useState } from "react";

/** Time left on the hold; a warning in its last minute, and a call when it ends. */
export function Countdown({ expiresAt, onExpired }: { expiresAt: string; onExpired: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
  useEffect(() => {
    if (left === 0) onExpired();
  }, [left, onExpired]);
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, "0");
  const warning = left <= 60;
  return (
    <div
      className={`rounded border px-3 py-2 text-sm ${warning ? "border-red-400 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      <span>Seats held for </span>
      <span className="font-mono text-base font-bold" aria-hidden="true">
        {minutes}:{seconds}
      </span>
      <span className="sr-only">
        {minutes} minutes {left % 60} seconds
      </span>
      {warning && (
        <p role="alert" className="mt-1 font-semibold">
          Less than a minute left: pay now or your seats will be released.
        </p>
      )}
    </div>
  );
}
