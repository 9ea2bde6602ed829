// GET /api/showtimes/{id}/seats/stream – Server-Sent Events: every seat's status, then each change as it happens.
import { route } from "@/lib/http";
import { watchSeats } from "@/lib/read-models/seat-map-stream";
import { IdParams } from "@/lib/schemas/text";

export const dynamic = "force-dynamic";

export const GET = route({ params: IdParams }, async ({ params, request }) => {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          stop();
        }
      };
      // Tells a browser to come back after a dropped connection, but not at once.
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      stop = await watchSeats(params.id, { send });
      request.signal.addEventListener("abort", () => {
        stop();
        controller.close();
      });
    },
    cancel: () => stop(),
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: no proxy or compression may buffer the events.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
