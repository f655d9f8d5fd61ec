import Link from "next/link";
import { LoginForm } from "@/components/login/login-form";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/env";
import { getTranslator } from "@/lib/i18n";
import { emailSchema } from "@/lib/validation";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/** Only paths on this site: "/dashboard" yes; "//evil.test", "/\evil.test" and "https://…" no. */
function safeCallbackUrl(value: string | undefined) {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : undefined;
}

// GET /login?email=…&callbackUrl=… — one-time code by email, then a next-auth session.
// ?token=… (the one-click link of an email) signs in at once; ?sent=1 (the chatbot, after a new demo,
// whose email already carries a code) opens on the code step.
async function LoginPage({ searchParams }: LoginPageProps) {
  const [params, locale] = await Promise.all([searchParams, getRequestLocale()]);
  const t = getTranslator(locale, "login");
  // Checked here with the shared schema, so the form needs no zod before it is used.
  const typedEmail = first(params.email)?.trim().slice(0, 254) ?? "";
  const initialEmail = emailSchema.safeParse(typedEmail);

  return (
    <div className="from-brand-soft flex min-h-dvh flex-col bg-gradient-to-b to-white">
      <SiteHeader />
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:items-center sm:pt-0">
        <div className="w-full max-w-sm">
          <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-xl shadow-slate-900/5 sm:p-8">
            <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
            <p className="mt-2 text-sm text-slate-600">{t("intro")}</p>
            <LoginForm
              initialEmail={initialEmail.success ? initialEmail.data : typedEmail}
              initialEmailValid={initialEmail.success}
              callbackUrl={safeCallbackUrl(first(params.callbackUrl))}
              inboxUrl={env.INBOX_URL}
              linkToken={first(params.token)?.slice(0, 64)}
              codeSent={first(params.sent) === "1"}
            />
          </div>
          <p className="mt-6 text-center">
            {/* No prefetch: "/" has another root layout (a full page load), so it would be wasted. */}
            <Link href="/" prefetch={false} className="text-sm text-slate-500 underline-offset-4 hover:text-slate-800 hover:underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}

export default LoginPage;
