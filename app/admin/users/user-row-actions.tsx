"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";

export function UserRowActions({
  id,
  role,
  disabled,
  email,
}: {
  id: string;
  role: string;
  disabled: boolean;
  email: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  async function change(body: object) {
    const result = await callApi(`/api/admin/users/${id}`, "PATCH", body);
    setError(result.ok ? undefined : result.body.detail);
    if (result.ok) router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        Role of {email}
      </label>
      <select
        id={`role-${id}`}
        defaultValue={role}
        onChange={(e) => change({ role: e.target.value })}
        className="rounded border border-slate-400 px-2 py-1"
      >
        <option value="CUSTOMER">Customer</option>
        <option value="STAFF">Staff</option>
        <option value="ADMIN">Admin</option>
      </select>
      <button
        type="button"
        onClick={() => change({ disabled: !disabled })}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
      >
        {disabled ? "Enable" : "Disable"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </div>
  );
}
