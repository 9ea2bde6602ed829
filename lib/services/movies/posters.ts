import "server-only";
// Poster images uploaded by staff, kept under the app's data directory and
// served by the app. Only real PNG, JPEG or WebP files are accepted: the
// bytes are checked, not the name.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { updateMovie } from "./admin";

export const MAX_POSTER_BYTES = 2 * 1024 * 1024;
const FORMATS = [
  {
    ext: "png",
    type: "image/png",
    magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { ext: "jpg", type: "image/jpeg", magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: "webp",
    type: "image/webp",
    magic: (b: Buffer) => b.subarray(0, 4).toString() === "RIFF" && b.subarray(8, 12).toString() === "WEBP",
  },
];
const FILE_NAME = /^[a-z0-9_-]+\.(png|jpg|webp)$/;

const postersDir = () => path.resolve(env.DATA_DIR, "posters");

export async function savePoster(actorId: string, movieId: string, bytes: Buffer) {
  if (bytes.length === 0) throw new AppError("validation_failed", "The poster file is empty.");
  if (bytes.length > MAX_POSTER_BYTES) throw new AppError("payload_too_large", "Posters can be at most 2 MB.");
  const format = FORMATS.find((f) => f.magic(bytes));
  if (!format) throw new AppError("unsupported_media_type", "Upload a PNG, JPEG or WebP image.");
  const name = `${movieId.replace(/[^a-z0-9_-]/gi, "").toLowerCase()}-${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}.${format.ext}`;
  await fs.mkdir(postersDir(), { recursive: true });
  await fs.writeFile(path.join(postersDir(), name), bytes);
  return updateMovie(actorId, movieId, { posterUrl: `/api/posters/${name}` });
}

export async function readPoster(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!FILE_NAME.test(name)) return null;
  try {
    const bytes = await fs.readFile(path.join(postersDir(), name));
    return { bytes, type: FORMATS.find((f) => name.endsWith(`.${f.ext}`))!.type };
  } catch {
    return null;
  }
}
