"use client";
// While a booking waits for its payment, ask every two seconds and refresh
// the page the moment its status changes.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function BookingWatcher({ bookingId, status }: { bookingId: string; status: string }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ["booking", bookingId],
    queryFn: async () => {
      const response = await fetch(`/api/booking/${bookingId}`);
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()).booking as { status: string };
    },
    refetchInterval: 2000,
  });
  useEffect(() => {
    if (data && data.status !== status) router.refresh();
  }, [data, status, router]);
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950"
    >
      <span aria-hidden="true" className="inline-block h-3 w-3 animate-pulse rounded-full bg-amber-500" />
      Waiting for your payment to be confirmed…
    </p>
  );
}
