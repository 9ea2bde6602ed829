// Any /api path no route file claims: 404 problem+json, whatever the method.
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";

const unknownRoute = route({}, async ({ request }) => {
  throw new AppError("not_found", `There is no API route ${new URL(request.url).pathname}.`);
});

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const HEAD = unknownRoute;
export const OPTIONS = unknownRoute;
