import { describe, expect, it } from "vitest";
import { z } from "zod";
import { en } from "@/lib/i18n/messages.en";
import { es } from "@/lib/i18n/messages.es";
import { AppError, type AppErrorCode, publicCodeOf, statusByCode } from "./app-error";
import { type ErrorBody, errorResponse } from "./respond";

describe("errorResponse", () => {
  it("maps AppError codes to statuses and sets Retry-After", async () => {
    const res = errorResponse(new AppError("rate_limited", { retryAfterSeconds: 42 }), "es");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("42");
    expect(await res.json()).toEqual({
      error: { code: "rate_limited", message: "Demasiadas solicitudes. Intenta de nuevo en unos minutos o escribe a soporte." },
    });
  });

  it("turns zod errors into 400 with field messages", async () => {
    const parsed = z.object({ email: z.email({ error: "invalid_email" }) }).safeParse({ email: "x" });
    const res = errorResponse(parsed.error, "en");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "validation_failed", message: "Please check the data you sent.", fields: { email: ["invalid_email"] } },
    });
  });

  it("maps Prisma P2025 to 404 and P2002 to 409", () => {
    expect(errorResponse(Object.assign(new Error("x"), { code: "P2025" }), "es").status).toBe(404);
    expect(errorResponse(Object.assign(new Error("x"), { code: "P2002" }), "es").status).toBe(409);
  });

  it("answers anything else with a generic 500 that carries no internals", async () => {
    const res = errorResponse(new Error('relation "secret_table" does not exist at Object.<anonymous> (/app/x.js:1:1)'), "es", {
      internalErrorCode: "demo_request_failed",
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal_error", message: "No pudimos preparar tu demo ahora. Intenta más tarde o escribe a soporte." },
    });
    expect(text).not.toContain("secret_table");
  });

  it("answers a precise code with its general code and its own message, with dates worded at the boundary", async () => {
    const res = errorResponse(new AppError("last_owner"), "en");
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: "conflict", message: "Every unit needs at least one owner. Add another owner before removing or changing this one." },
    });
    const expired = errorResponse(
      new AppError("extension_still_expired", { params: { date: new Date("2026-03-12T17:00:00Z"), min: 2 } }),
      "es",
    );
    expect(((await expired.json()) as ErrorBody).error.message).toBe(
      "El demo venció el 12 de marzo de 2026: con esa extensión seguiría vencido. Extiéndelo al menos 2 días.",
    );
  });
});

describe("error codes", () => {
  it("every AppErrorCode has a status and a message in Spanish and English", () => {
    for (const code of Object.keys(statusByCode) as AppErrorCode[]) {
      for (const catalogue of [es, en]) expect(catalogue.errors[code], `${code}`).toEqual(expect.any(String));
      const general = publicCodeOf[code] ?? code;
      expect(statusByCode[general], `${code} answers as ${general}`).toBe(statusByCode[code]);
    }
  });
});
