// Pages and their errors: a thing that is not found is the 404 page; any
// other error goes to the error boundary, which shows no internals.
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** The loaded value, or Next's 404 page when the service says not_found. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
