"use client";
// Cancelling a showtime starts a job; its progress shows here at once.
import { useState } from "react";
import type { JobJson } from "@/lib/presenters/job";
import { ApiButton } from "./api-action";
import { JobProgress } from "./job-progress";

export function CancelShowtimeButton({ showtimeId, label }: { showtimeId: string; label: string }) {
  const [job, setJob] = useState<JobJson>();
  if (job) return <JobProgress initial={job} label={`Cancelling ${label}`} />;
  return (
    <ApiButton
      url={`/api/admin/showtimes/${showtimeId}/cancel`}
      label="Cancel"
      ariaLabel={`Cancel ${label}`}
      confirm="Cancel this showtime? Every booking is refunded and the customers are told."
      onSuccess={(body) => setJob((body as { job: JobJson }).job)}
    />
  );
}
