import type { Metadata } from "next";
import { CheckInForm } from "./check-in-form";

export const metadata: Metadata = { title: "Door check-in" };

export default function CheckInPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Door check-in</h1>
      <p className="text-slate-700">
        Scan the QR code on the ticket; a barcode scanner types the code and presses Enter.
      </p>
      <CheckInForm />
    </div>
  );
}
