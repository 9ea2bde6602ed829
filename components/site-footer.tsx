import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600">
        <p>© {new Date().getFullYear()} Cinema. Tickets for films worth leaving the house for.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/cinemas" className="underline-offset-2 hover:underline">
                Our cinemas
              </Link>
            </li>
            <li>
              <Link href="/bookings" className="underline-offset-2 hover:underline">
                My bookings
              </Link>
            </li>
            <li>
              {/* A route handler's page, not the app's: a plain link loads it whole. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/api/docs" className="underline-offset-2 hover:underline">
                API reference
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
