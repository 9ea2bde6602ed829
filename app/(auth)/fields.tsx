import { Field } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/services/users/password-policy";

export function EmailField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return (
    <Field
      label="E-mail"
      name="email"
      type="email"
      autoComplete="email"
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

export function NewPasswordField({ label = "Password", error }: { label?: string; error?: string }) {
  return (
    <Field
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not a common password.`}
      error={error}
    />
  );
}
