import { describe, expect, it } from "vitest";
import { contactFormSchema, contactRequestSchema, createSalesDemoSchema } from "./sales";

describe("contact request schema", () => {
  it("treats blank optional fields as absent and keeps the message trimmed", () => {
    expect(
      contactRequestSchema.parse({ source: "banner", message: "  Hola, ¿hablamos?  ", phone: " ", preferredTime: "", email: "" }),
    ).toEqual({
      source: "banner",
      message: "Hola, ¿hablamos?",
    });
  });

  it("requires the email in the chatbot's form only", () => {
    const withoutEmail = { message: "Queremos una cotización", phone: "", preferredTime: "any", email: "", name: "" };
    const refused = contactFormSchema(true).safeParse(withoutEmail);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["email", "email_required"]]);
    expect(contactFormSchema(false).parse(withoutEmail)).toEqual({ message: "Queremos una cotización", preferredTime: "any" });
    expect(contactFormSchema(true).parse({ ...withoutEmail, email: " Ana@Example.com " }).email).toBe("ana@example.com");
  });
});

describe("sales-created demo schema", () => {
  it("accepts 1 to 30 whole days only", () => {
    const base = { email: "ana@example.com", scenario: "urban-tower" };
    expect(createSalesDemoSchema.parse({ ...base, durationDays: "30" }).durationDays).toBe(30);
    for (const durationDays of [0, 31, 1.5, "", "x"])
      expect(createSalesDemoSchema.safeParse({ ...base, durationDays }).success).toBe(false);
  });
});
