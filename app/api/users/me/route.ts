// GET /api/users/me – the signed-in user; PATCH – update name, phone and notification preferences.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { getUserById, updateProfile } from "@/lib/services/users";

export const GET = route({}, async ({ caller }) => json({ user: await getUserById((await caller()).id) }));

const ProfileUpdate = z
  .object({
    name: z.string().trim().min(1).max(100),
    phone: z
      .string()
      .trim()
      .regex(/^\+[1-9]\d{6,14}$/, "Use international format, e.g. +447700900123")
      .nullable(),
    emailOptIn: z.boolean(),
    smsOptIn: z.boolean(),
  })
  .partial();

export const PATCH = route({ body: ProfileUpdate }, async ({ body, caller }) =>
  json({ user: await updateProfile((await caller()).id, body) }),
);
