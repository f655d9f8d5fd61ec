import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { errorResponse } from "./respond";

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
      internalErrorMessage: "Algo salió mal",
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: "Algo salió mal" } });
    expect(text).not.toContain("secret_table");
  });
});
