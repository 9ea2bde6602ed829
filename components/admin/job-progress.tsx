"use client";
// A staff job's progress, asked for every second while it runs. The job runs
// in the background workers, so the page can be left and come back to: the
// bar picks up where the job is.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { JobJson } from "@/lib/presenters/job";
import { callApi } from "./api-action";

const STATUS_TEXT: Record<string, string> = {
  queued: "Waiting for a worker…",
  running: "Refunding and telling each booking…",
  done: "Done.",
  failed: "Stopped with bookings it could not finish.",
};

async function fetchJob(id: string): Promise<JobJson> {
  const result = await callApi<{ job: JobJson }>(`/api/admin/jobs/${id}`, "GET");
  if (!result.ok) throw new Error(result.body.detail ?? `Failed (${result.status})`);
  return result.body.job;
}

export function JobProgress({ initial, label }: { initial: JobJson; label: string }) {
  const queryClient = useQueryClient();
  const [resumeError, setResumeError] = useState<string>();
  const { data: job = initial, error } = useQuery({
    queryKey: ["job", initial.id],
    queryFn: () => fetchJob(initial.id),
    initialData: initial,
    refetchInterval: (query) => (["queued", "running"].includes(query.state.data?.status ?? "") ? 1000 : false),
  });
  async function resume() {
    const result = await callApi<{ job: JobJson }>(`/api/admin/jobs/${job.id}/resume`, "POST");
    if (!result.ok) return setResumeError(result.body.detail ?? `Failed (${result.status})`);
    setResumeError(undefined);
    queryClient.setQueryData(["job", job.id], result.body.job);
  }
  const finished = job.done + job.errors.length;
  return (
    <div className="space-y-1 text-sm">
      <ProgressBar value={finished} max={job.total} label={label} />
      <p role="status">
        {finished} of {job.total} bookings · {STATUS_TEXT[job.status] ?? job.status}
      </p>
      {error && (
        <p role="alert" className="text-red-800">
          Could not read the progress: {error.message}
        </p>
      )}
      {job.errors.length > 0 && (
        <ul className="list-disc pl-5 text-red-800">
          {job.errors.map((problem) => (
            <li key={problem.bookingId}>
              Booking {problem.bookingId}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {job.status === "failed" && (
        <button type="button" onClick={resume} className="rounded border border-slate-400 px-2 py-1 hover:bg-slate-100">
          Resume
        </button>
      )}
      {resumeError && (
        <p role="alert" className="text-red-800">
          {resumeError}
        </p>
      )}
    </div>
  );
}
