// Before anything is measured: one hold through each server must succeed, so
// a refused token or a broken route shows up as an error, not as a fast row
// of 401s in the table.
import { createShowtimeSet } from "../lib/world";
import { jsonHeaders, type BenchContext } from "./context";

export async function preflight(context: BenchContext, targets: { name: string; url: string }[]): Promise<void> {
  const set = await createShowtimeSet(context.pool, context.world, targets.length);
  for (const [i, target] of targets.entries()) {
    const person = context.world.moviegoers[0];
    const response = await fetch(`${target.url}/api/seats/hold`, {
      method: "POST",
      headers: jsonHeaders(person.token, person.ip),
      body: JSON.stringify({ showtimeId: set.showtimeIds[i], seatIds: [set.layouts[i].seats[0].id] }),
    });
    if (response.status !== 201) {
      throw new Error(
        `${target.name} refused the bench's first hold with ${response.status}: ${(await response.text()).slice(0, 400)}`,
      );
    }
  }
}
