import { z } from "zod";
import { emailSchema, otpCodeSchema } from "@/lib/validation";

/**
 * The login form's two schemas, in their own module so that zod reaches the browser when the form is
 * first used, not with the page (`lazyZodResolver`). The same field schemas as the API's
 * (`POST /api/auth/otp/request`, next-auth's "otp" provider).
 */
export const emailFormSchema = z.object({ email: emailSchema });
export const codeFormSchema = z.object({ code: otpCodeSchema });
