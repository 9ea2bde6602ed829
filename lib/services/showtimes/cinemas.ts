import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function listCinemas() {
  return db.cinema.findMany({
    orderBy: [{ city: "asc" }, { name: "asc" }],
    include: { halls: { where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
}

export async function getCinema(idOrSlug: string) {
  const cinema = await db.cinema.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: { halls: { where: { archivedAt: null }, orderBy: { name: "asc" } } },
  });
  if (!cinema) throw notFound("The cinema");
  return cinema;
}
