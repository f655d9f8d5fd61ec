import "server-only";
import { NextResponse } from "next/server";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n";
import type { DemoState } from "@/server/demo/lock-demo";

/**
 * The console's answer to an action that moved a demo's expiry (extend, approve a request for more
 * time): `{ success: true, message, demo }`, the message worded by `message` with the new expiry date
 * in `locale` (Colombian calendar).
 */
export function demoExtendedResponse(locale: Locale, demo: DemoState, message: (date: string) => string): NextResponse {
  const date = demo.demoExpiresAt ? formatDate(locale, demo.demoExpiresAt) : "";
  return NextResponse.json({ success: true, message: message(date), demo });
}
