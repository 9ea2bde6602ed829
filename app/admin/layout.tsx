import Link from "next/link";
import type { ReactNode } from "react";
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

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const sections = user?.role === "ADMIN" ? [...SECTIONS, { href: "/admin/users", label: "Users" }] : SECTIONS;
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
