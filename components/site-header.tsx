import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";

const NAV = [
  { href: "/", label: "Now showing" },
  { href: "/search", label: "Search" },
  { href: "/cinemas", label: "Cinemas" },
  { href: "/bookings", label: "My bookings" },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
  const isStaff = user?.role === "STAFF" || user?.role === "ADMIN";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-700">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 fill-current">
            <path d="M4 4h2l2 3h3L9 4h3l2 3h3l-2-3h5v16H4V4zm2 6v8h12v-8H6z" />
          </svg>
          Cinema
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-3 py-2 text-slate-700 hover:bg-slate-100">
                  {item.label}
                </Link>
              </li>
            ))}
            {isStaff && (
              <li>
                <Link href="/admin" className="rounded px-3 py-2 text-slate-700 hover:bg-slate-100">
                  Staff
                </Link>
              </li>
            )}
            {user ? (
              <li>
                <Link href="/account" className="rounded bg-slate-100 px-3 py-2 text-slate-800 hover:bg-slate-200">
                  {user.name ?? user.email}
                </Link>
              </li>
            ) : (
              <li>
                <Link href="/sign-in" className="rounded bg-brand-600 px-3 py-2 text-white hover:bg-brand-700">
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
