"use client";
// The door: scan a ticket's QR code with the phone's camera (or a handheld
// scanner that types the code, or type it), see at a glance whether to let
// the holder in, and keep count of who has come for this showtime. Built for
// one hand: the big buttons sit at the bottom, within a thumb's reach.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "@/components/admin/api-action";
import { ProgressBar } from "@/components/ui/progress-bar";
import { startScanner, type Scanner } from "./camera-scanner";
import { DoorResult, type DoorAnswer, type DoorOutcome } from "./door-result";

export interface DoorShowtime {
  id: string;
  label: string;
}

type Count = { admitted: number; expected: number };
type CheckInBody = DoorAnswer & { code?: string; count?: Count };

const REFRESH_MS = 30_000;
const CAMERA_KEY = "door-camera";

function vibrate(outcome: DoorOutcome) {
  navigator.vibrate?.(outcome === "admitted" ? 80 : [70, 60, 70, 60, 70]);
}

export function CheckInForm({ showtime, count: initialCount }: { showtime?: DoorShowtime; count?: Count }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<Scanner | null>(null);
  const [answer, setAnswer] = useState<DoorAnswer | null>(null);
  // A scan's answer carries the newest count; the page's own (read again every 30 s, other doors included) wins once it changes.
  const [scanned, setScanned] = useState<{ count: Count; over?: Count }>();
  const count = scanned && scanned.over === initialCount ? scanned.count : initialCount;
  const [camera, setCamera] = useState<"off" | "starting" | "on" | "failed">("off");
  const [cameraError, setCameraError] = useState<string>();

  // Other doors admit people too: the count is read again now and then.
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const check = useCallback(
    async (code: string) => {
      const result = await callApi<CheckInBody>("/api/admin/check-in", "POST", {
        code,
        ...(showtime ? { showtimeId: showtime.id } : {}),
      });
      const body = result.body;
      const outcome: DoorOutcome = result.ok
        ? "admitted"
        : ((body.outcome as DoorOutcome | undefined) ?? (result.status === 404 ? "unknown" : "error"));
      setAnswer({ ...body, outcome, detail: body.detail });
      if (body.count && outcome !== "wrong_showtime") setScanned({ count: body.count, over: initialCount });
      vibrate(outcome);
    },
    [showtime, initialCount],
  );
  // The camera keeps running across refreshes of the count: it always calls the latest `check`.
  const latestCheck = useRef(check);
  useEffect(() => {
    latestCheck.current = check;
  }, [check]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = input.current?.value.trim();
    if (!code) return;
    await check(code);
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
  }

  const stopCamera = useCallback(() => {
    scanner.current?.stop();
    scanner.current = null;
    setCamera("off");
    localStorage.removeItem(CAMERA_KEY);
  }, []);

  const startCamera = useCallback(async () => {
    if (!video.current || scanner.current) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera("failed");
      setCameraError("This browser cannot use the camera here (it needs HTTPS). Type the code instead.");
      return;
    }
    setCamera("starting");
    try {
      scanner.current = await startScanner(video.current, (code) => latestCheck.current(code));
      setCamera("on");
      localStorage.setItem(CAMERA_KEY, "on");
    } catch (error) {
      setCamera("failed");
      setCameraError(
        error instanceof DOMException && error.name === "NotAllowedError"
          ? "The camera was not allowed: allow it in the browser's site settings, or type the code."
          : "No camera could be started. Type the code instead.",
      );
    }
  }, []);

  // A door phone that had the camera on last time starts it again.
  useEffect(() => {
    const resume = setTimeout(() => {
      if (localStorage.getItem(CAMERA_KEY) === "on") void startCamera();
    });
    return () => {
      clearTimeout(resume);
      scanner.current?.stop();
    };
  }, [startCamera]);

  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 pb-28">
      {count && showtime && (
        <div className="space-y-1" data-testid="door-count">
          <p className="flex justify-between text-lg font-semibold">
            <span>Admitted</span>
            <span className="tabular-nums">
              {count.admitted} / {count.expected}
            </span>
          </p>
          <ProgressBar value={count.admitted} max={count.expected} label={`Admitted for ${showtime.label}`} />
        </div>
      )}
      <div aria-live="assertive" aria-atomic="true">
        {answer && <DoorResult answer={answer} />}
      </div>
      <video
        ref={video}
        aria-label="Camera view: hold the ticket's QR code in the frame"
        className={`aspect-square w-full rounded-xl bg-black object-cover ${camera === "on" || camera === "starting" ? "" : "hidden"}`}
        muted
        playsInline
      />
      {cameraError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {cameraError}
        </p>
      )}
      <form onSubmit={submit} className="space-y-2">
        <label htmlFor="code" className="block text-sm font-medium">
          Ticket code (scan or type)
        </label>
        <div className="flex gap-2">
          <input
            id="code"
            ref={input}
            autoFocus
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            className="block w-full rounded border border-slate-400 px-3 py-3 font-mono text-lg"
            placeholder="tk_…"
          />
          <button
            type="submit"
            className="shrink-0 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Check in
          </button>
        </div>
      </form>
      <div className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white/95 p-3 md:static md:border-0 md:bg-transparent md:p-0">
        <div className="mx-auto max-w-md">
          {camera === "on" || camera === "starting" ? (
            <button
              type="button"
              onClick={stopCamera}
              className="w-full rounded-xl border-2 border-slate-500 bg-white py-4 text-lg font-semibold"
            >
              {camera === "starting" ? "Starting the camera…" : "Stop the camera"}
            </button>
          ) : (
            <button
              type="button"
              onClick={startCamera}
              className="w-full rounded-xl bg-brand-600 py-4 text-lg font-semibold text-white hover:bg-brand-700"
            >
              Scan with the camera
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
