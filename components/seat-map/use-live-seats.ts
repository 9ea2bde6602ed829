"use client";
// Keeps a seat map current: Server-Sent Events from the server say which
// seats changed, and are written into the cached map. While the stream is
// down (a proxy that buffers, a network blip) the caller polls instead.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { SeatMapData, SeatStatus } from "./types";

export function useLiveSeats(showtimeId: string): { live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const key = ["seat-map", showtimeId];
    const source = new EventSource(`/api/showtimes/${showtimeId}/seats/stream`);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener("seats", (event) => {
      setLive(true);
      const { changes } = JSON.parse((event as MessageEvent<string>).data) as { changes: [string, SeatStatus][] };
      const next = new Map(changes);
      let mineChanged = false;
      queryClient.setQueryData<SeatMapData>(key, (map) => {
        if (!map) return map;
        const seats = map.seats.map((seat) => {
          const status = next.get(seat.id);
          if (!status || status === seat.status) return seat;
          // Everyone else sees our seats as held: for us they stay ours.
          if (seat.status === "held_by_you" && status === "held") return seat;
          if (seat.status === "held_by_you") mineChanged = true;
          return { ...seat, status };
        });
        return { ...map, seats };
      });
      // Our hold ended or became a sale: ask for our own view again.
      if (mineChanged) void queryClient.invalidateQueries({ queryKey: key });
    });
    return () => source.close();
  }, [queryClient, showtimeId]);
  return { live };
}
