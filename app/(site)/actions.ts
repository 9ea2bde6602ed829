"use server";
// Remembers the moviegoer's cinema between visits (a cookie, no account needed).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

export async function chooseCinemaAction(form: FormData): Promise<void> {
  const cinemaId = String(form.get("cinemaId") ?? "").slice(0, 200);
  const store = await cookies();
  if (cinemaId)
    store.set("cinema", cinemaId, { maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true, path: "/" });
  else store.delete("cinema");
  redirect("/");
}
