import "server-only";
import { invalidate, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/services/users";

export interface CinemaInput {
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
  orphanSeatRule?: boolean;
  companionReleaseMinutes?: number;
}

export async function createCinema(actorId: string, input: CinemaInput) {
  const slug = input.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  try {
    const cinema = await db.cinema.create({ data: { ...input, currency: input.currency.toUpperCase(), slug } });
    await recordAudit(db, {
      actorId,
      action: "cinema.create",
      entityType: "cinema",
      entityId: cinema.id,
      details: { name: cinema.name },
    });
    invalidate(TAGS.cinemas);
    return cinema;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", "A cinema with this name already exists.");
    throw error;
  }
}
