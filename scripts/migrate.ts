// npm run db:migrate – applies pending migrations to DATABASE_URL (or to the
// embedded database when none is set).
import { migrate } from "@/lib/migrate";
import { withDatabase } from "./with-database";

await withDatabase(async (url) => {
  const applied = await migrate(url);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
});
