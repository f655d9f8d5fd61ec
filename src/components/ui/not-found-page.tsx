import Link from "next/link";
import { buttonStyles } from "./button-styles";

/**
 * A full-page 404: "404", a title, one sentence and one way back. Pages answer the same 404 for a malformed,
 * an unknown and another organization's id, so that nothing tells them apart.
 */
export function NotFoundPage(props: { title: string; body: string; href: string; linkLabel: string; testId?: string }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-50 px-6 text-center" data-testid={props.testId}>
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{props.title}</h1>
      <p className="max-w-md text-slate-700">{props.body}</p>
      <Link href={props.href} className={buttonStyles("primary")}>
        {props.linkLabel}
      </Link>
    </main>
  );
}
