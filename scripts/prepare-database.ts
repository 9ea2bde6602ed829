// What `npm start` does to a database before serving it: apply pending
// migrations, and load the demo data only where it was asked for (the
// embedded try-out database, or SEED_DEMO=true). A real installation's first
// admin comes from `npm run admin:create`, never from a published password.
import { migrate } from "@/lib/migrate";

export interface Prepared {
  applied: string[];
  seeded: boolean;
  /** Admin accounts the database has afterwards. */
  admins: number;
}

export async function prepareDatabase(url: string, options: { demo: boolean }): Promise<Prepared> {
  const applied = await migrate(url);
  const { db } = await import("@/lib/db");
  let seeded = false;
  if (options.demo && (await db.movie.count()) === 0) {
    const { seed } = await import("../prisma/seed/index");
    await seed();
    seeded = true;
  }
  const admins = await db.user.count({ where: { role: "ADMIN", disabledAt: null } });
  return { applied, seeded, admins };
}
