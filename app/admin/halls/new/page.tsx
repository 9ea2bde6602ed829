import type { Metadata } from "next";
import { LayoutEditor } from "@/components/admin/layout-editor";
import { listCinemas } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "New hall" };
export const dynamic = "force-dynamic";

export default async function NewHallPage() {
  const cinemas = await listCinemas();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Draw a new hall</h1>
      <p className="text-sm text-slate-700">
        Every cell starts as a standard seat. Pick a brush and click cells: make aisles, premium rows, couple pairs, and
        wheelchair spaces with a companion seat beside each.
      </p>
      <LayoutEditor cinemas={cinemas.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
