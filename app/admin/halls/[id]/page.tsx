import type { Metadata } from "next";
import Link from "next/link";
import { LayoutEditor } from "@/components/admin/layout-editor";
import { orNotFound } from "@/lib/pages";
import { currentLayout } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Edit hall layout" };
export const dynamic = "force-dynamic";

export default async function EditHallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const layout = await orNotFound(currentLayout(id));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/halls" className="text-brand-700 underline">
          ← Halls
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit layout (version {layout.version})</h1>
      <p className="text-sm text-slate-700">
        Saving makes version {layout.version + 1}. Showtimes already on sale keep the layout they were sold with, so no
        sold seat moves; new showtimes use the new one.
      </p>
      <LayoutEditor
        cinemas={[]}
        hall={{
          id,
          name: "",
          rows: layout.rows,
          cols: layout.cols,
          seats: layout.seats.map((s) => ({ row: s.gridRow, col: s.gridCol, type: s.type })),
        }}
      />
    </div>
  );
}
