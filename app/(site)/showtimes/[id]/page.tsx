import type { Metadata } from "next";
import Link from "next/link";
import { SeatPicker } from "@/components/seat-map/seat-picker";
import { getCurrentUser } from "@/lib/auth/current-user";
import { paymentsMode } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/pages";
import { getSeatMap } from "@/lib/read-models/seat-map";
import { getMovie } from "@/lib/services/movies";
import { getShowtimeDetails } from "@/lib/services/showtimes";

export const dynamic = "force-dynamic";

async function load(id: string) {
  const details = await orNotFound(getShowtimeDetails(id));
  return { ...details, movie: await getMovie(details.showtime.movieId) };
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { movie } = await load((await params).id);
  return { title: `Choose seats · ${movie.title}` };
}

function Closed({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded border border-slate-300 bg-white p-4">
      {children}
    </p>
  );
}

export default async function ShowtimePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { showtime, cinema, hall, movie } = await load(id);
  const user = await getCurrentUser();
  const onSale = showtime.status === "ON_SALE" && showtime.startsAt > new Date();
  const salesOpen = paymentsMode() !== "closed";
  return (
    <div>
      <p className="text-sm">
        <Link href={`/films/${movie.slug}`} className="text-brand-700 underline">
          ← {movie.title}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{movie.title}</h1>
      <p className="text-slate-700">
        {formatDateTime(showtime.startsAt, cinema.timeZone)} · {cinema.name}, {hall.name} · {showtime.format}
        {showtime.subtitles ? " · subtitled" : ""}
      </p>
      <div className="mt-6">
        {!onSale ? (
          <Closed>
            {showtime.status === "CANCELLED"
              ? "This showtime has been cancelled."
              : "Tickets for this showtime are no longer on sale."}
          </Closed>
        ) : !salesOpen ? (
          <Closed>
            Online sales are closed: tickets for this showtime are sold at the cinema. Ask at the box office of{" "}
            {cinema.name}.
          </Closed>
        ) : (
          <SeatPicker
            showtimeId={id}
            initial={(await getSeatMap(id, user?.id)).map}
            signInUrl={`/sign-in?callbackUrl=${encodeURIComponent(`/showtimes/${id}`)}`}
          />
        )}
      </div>
    </div>
  );
}
