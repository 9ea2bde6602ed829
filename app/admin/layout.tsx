import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { isStaff } from "@/lib/auth/caller";
import { getCurrentUser } from "@/lib/auth/current-user";

const SECTIONS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/films", label: "Films" },
  { href: "/admin/cinemas", label: "Cinemas" },
  { href: "/admin/showtimes", label: "Schedule" },
  { href: "/admin/halls", label: "Halls" },
  { href: "/admin/bookings", label: "Bookings" },
  { href: "/admin/check-in", label: "Check-in" },
  { href: "/admin/messages", label: "Messages" },
];

// The gateway refuses these pages to anyone below STAFF; this check stands behind it (defence in depth),
// so that a gap in the gateway never shows a staff page. Pages needing ADMIN check that themselves.
function NotStaff() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">This page is for cinema staff</h1>
      <p className="mt-2 text-slate-700">
        Your account doesn&apos;t have access to it. If you work here, ask an administrator for the staff role.
      </p>
      <Link href="/" className="mt-6 inline-block rounded bg-rose-700 px-4 py-2 font-medium text-white">
        Back to the films
      </Link>
    </section>
  );
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=%2Fadmin");
  if (!isStaff(user.role)) return <NotStaff />;
  const sections =
    user.role === "ADMIN"
      ? [...SECTIONS, { href: "/admin/users", label: "Users" }, { href: "/admin/audit", label: "Audit trail" }]
      : SECTIONS;
  return (
    <div className="grid gap-6 md:grid-cols-[180px_1fr]">
      <nav aria-label="Staff" className="md:border-r md:border-slate-200 md:pr-4">
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">Staff</p>
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                className="block rounded px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-200"
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
