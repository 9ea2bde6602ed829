// Reads QR codes from the phone's camera: the browser's own BarcodeDetector
// where it has one (Chrome on Android), else jsQR on frames of the video,
// loaded only then. Calls `onCode` for each code seen, at most once per code
// every few seconds, so a ticket held in front of the camera counts once.
import type jsQRType from "jsqr";

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

const SAME_CODE_MS = 4_000;
const FRAME_MS = 150;

async function detectorFor(video: HTMLVideoElement): Promise<() => Promise<string | null>> {
  const Native = (globalThis as { BarcodeDetector?: new (options: { formats: string[] }) => Detector }).BarcodeDetector;
  if (Native) {
    const detector = new Native({ formats: ["qr_code"] });
    return async () => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const jsQR: typeof jsQRType = (await import("jsqr")).default;
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  return async () => {
    if (!video.videoWidth) return null;
    // A smaller frame reads as well and much faster on a phone.
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

export interface Scanner {
  stop(): void;
}

export async function startScanner(video: HTMLVideoElement, onCode: (code: string) => Promise<void>): Promise<Scanner> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: { ideal: "environment" } },
    audio: false,
  });
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  await video.play();
  const detect = await detectorFor(video);
  let stopped = false;
  let last = { code: "", at: 0 };
  const tick = async () => {
    if (stopped) return;
    try {
      const code = (await detect())?.trim();
      if (code && (code !== last.code || Date.now() - last.at > SAME_CODE_MS)) {
        last = { code, at: Date.now() };
        await onCode(code);
      }
    } catch {
      // A frame that could not be read: the next one will do.
    }
    if (!stopped) setTimeout(tick, FRAME_MS);
  };
  void tick();
  return {
    stop() {
      stopped = true;
      for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
