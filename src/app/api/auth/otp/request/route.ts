// POST /api/auth/otp/request — email a login code if the address has an account (same answer either way)
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { otpRequestSchema } from "@/lib/validation";
import { requestOtp } from "@/server/auth/request-otp";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";

export const POST = apiRoute(async (request) => {
  const { data, locale } = await parseJsonBody(request, otpRequestSchema);
  await requestOtp({ email: data.email, ip: clientIp(request.headers), locale });
  return NextResponse.json({ success: true, message: getTranslator(locale, "api")("otpSent") });
});
