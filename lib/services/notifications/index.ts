// The notifications service: the outbox of e-mail and SMS messages.
export { queueMessage, type QueuedMessage } from "./queue";
export { sendDueMessages, retryMessage, backoffSeconds, type SenderOptions } from "./sender";
export { renderMessage, calendarFile, type RenderedMessage, type RenderedAttachment } from "./render";
export { listMessages, getMessage } from "./mailbox";
export type * from "./templates";
