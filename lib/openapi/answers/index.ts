// Every hand-written description of an operation, by "METHOD /pattern".
import type { DescribedOperations } from "../described-operation";
import { ACCOUNTS } from "./accounts";
import { BOOKINGS } from "./bookings";
import { CATALOGUE } from "./catalogue";
import { OPERATIONS } from "./operations";
import { STAFF } from "./staff";

export { AUTH_JS } from "./auth-js";

export const DESCRIBED: DescribedOperations = { ...ACCOUNTS, ...CATALOGUE, ...BOOKINGS, ...STAFF, ...OPERATIONS };
