// The notifications service: the outbox of e-mail and SMS messages.
export { queueMessage, type QueuedMessage } from "./queue";
export type * from "./templates";
