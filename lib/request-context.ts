// The request a piece of work runs for, without passing it down every call:
// route() runs each handler inside one, and the logger stamps its request id
// on every line written meanwhile, so one id finds all of a request's lines.
import { AsyncLocalStorage } from "node:async_hooks";

const store = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestContext<T>(requestId: string, work: () => T): T {
  return store.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
