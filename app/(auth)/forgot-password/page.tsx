import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 mt-2 text-slate-600">
        Enter the e-mail address of your account, and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
