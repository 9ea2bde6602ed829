// Prisma CLI configuration. The app itself connects through lib/db.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/cinema" },
});
