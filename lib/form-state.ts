// What a server action answers its form: the user-safe message of an
// AppError (and its field problems); anything else is logged with its
// internal detail and answered with a message that reveals nothing.
import { unstable_rethrow } from "next/navigation";
import { isAppError, type FieldError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface FormState {
  error?: string;
  fieldErrors?: FieldError[];
}

export function formStateOf(error: unknown): FormState {
  // Next's own signals (redirect, notFound) pass through.
  unstable_rethrow(error);
  if (isAppError(error)) {
    if (error.internal) logger.warn({ code: error.code, internal: error.internal }, "form refused");
    const fieldErrors = error.extra.errors as FieldError[] | undefined;
    return { error: error.detail, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  logger.error({ err: error }, "unexpected error in a form action");
  return { error: "Something went wrong on our side. Please try again." };
}

/** Runs a form's work; its AppErrors become the form's state, so actions stop mapping errors by hand. */
export async function formAction<T>(work: () => Promise<T>): Promise<{ value: T } | { state: FormState }> {
  try {
    return { value: await work() };
  } catch (error) {
    return { state: formStateOf(error) };
  }
}
