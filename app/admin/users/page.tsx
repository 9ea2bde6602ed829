import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchUsers } from "@/lib/services/users";
import { UserRowActions } from "./user-row-actions";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function AdminUsers({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  // The gateway keeps this page to ADMIN; the staff layout only knows STAFF, so the page checks too.
  if ((await getCurrentUser())?.role !== "ADMIN") notFound();
  const { q } = await searchParams;
  const users = await searchUsers(q?.slice(0, 200));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Users</h1>
      <form role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          E-mail or name
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="E-mail or name"
          className="w-full max-w-md rounded border border-slate-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white">
          Search
        </button>
      </form>
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">Users</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              E-mail
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Role and access
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200">
              <td className="p-2">
                {user.name}
                {user.demo && (
                  <span
                    className="ml-2 rounded border border-amber-400 bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900"
                    title="Its password is published in the README: disable it on a real installation."
                  >
                    Demo account
                  </span>
                )}
              </td>
              <td className="p-2">
                {user.email}
                {!user.emailVerifiedAt && <span className="block text-xs text-slate-600">not confirmed</span>}
              </td>
              <td className="p-2">{user.disabledAt ? "disabled" : "active"}</td>
              <td className="p-2">
                <UserRowActions id={user.id} role={user.role} disabled={Boolean(user.disabledAt)} email={user.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
