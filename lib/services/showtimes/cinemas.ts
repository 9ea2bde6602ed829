import "server-only";
import { cachedRead, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const listCinemas = cachedRead("listCinemas", [TAGS.cinemas], async () => {
  return db.cinema.findMany({
    orderBy: [{ city: "asc" }, { name: "asc" }],
    include: { halls: { where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
});

export const getCinema = cachedRead("getCinema", [TAGS.cinemas], async (idOrSlug: string) => {
  const cinema = await db.cinema.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: { halls: { where: { archivedAt: null }, orderBy: { name: "asc" } } },
  });
  if (!cinema) throw notFound("The cinema");
  return cinema;
});
