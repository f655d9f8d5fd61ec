import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderMinutesPdf, toWinAnsi } from "./minutes-pdf";

describe("toWinAnsi", () => {
  it("keeps Spanish, turns Intl's narrow spaces into spaces and unknown scripts into ?", () => {
    expect(toWinAnsi("Señora Muñoz: ¿votó? Acta n.º 3 — 7:00\u202Fp.\u00A0m. 😀")).toBe(
      "Señora Muñoz: ¿votó? Acta n.º 3 — 7:00 p.\u00A0m. ?",
    );
  });
});

describe("renderMinutesPdf", () => {
  it("draws long Spanish minutes on as many A4 pages as they need, with a standard font", async () => {
    const minutes = ["ACTA N.º 1", "Fecha: 30 de noviembre de 2026", "Hora de inicio: 7:00\u202Fp.\u00A0m."]
      .concat(Array.from({ length: 80 }, (_, i) => `Torre A ${i}: representada mediante poder por José Pérez, coeficiente 2,4815 %`))
      .join("\n");
    const bytes = await renderMinutesPdf(minutes, { title: "Asamblea — Ascensores" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getTitle()).toBe("Asamblea — Ascensores");
  });
});
