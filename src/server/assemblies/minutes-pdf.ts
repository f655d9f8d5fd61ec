import "server-only";
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";

/** A4 in PDF points, with 2 cm margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 56.7 };
const SIZE = 10.5;
const LEADING = 14.5;

/** Characters beyond Latin-1 that WinAnsi (the standard fonts' encoding) still has. */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * Text the standard PDF fonts can draw: they are WinAnsi-encoded, which covers Spanish (á é í ó ú ü ñ
 * ¿ ¡ º) but not the narrow no-break space that Intl puts in "7:00 p. m." (→ a space) nor other
 * scripts (→ "?"), which would otherwise make the library throw.
 */
export function toWinAnsi(text: string): string {
  return [...text.replace(/[\u2000-\u200B\u202F\u205F]/g, " ")]
    .map((char) => (char.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRAS.has(char) ? char : "?"))
    .join("");
}

function wrap(text: string, font: PDFFont, width: number): string[] {
  if (text.trim() === "") return [""];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, SIZE) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The minutes (acta) as a PDF: A4, Helvetica (a standard font: nothing is fetched or embedded from the
 * network), headings — lines in capitals — in bold, words wrapped to the margins, "n / N" page numbers.
 * Drawn with pdf-lib from the minutes' text, so the PDF and the text never disagree.
 * @param options.title the PDF's document title (metadata).
 * @returns the PDF's bytes (they start with "%PDF-").
 */
export async function renderMinutesPdf(minutes: string, { title }: { title: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(title));
  pdf.setCreator("Assembly Demo");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const raw of minutes.split("\n")) {
    const text = toWinAnsi(raw);
    const heading = /\p{Lu}/u.test(text) && text === text.toUpperCase();
    const font = heading ? bold : regular;
    for (const line of wrap(text, font, width)) {
      if (y < PAGE.margin + LEADING) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      y -= LEADING;
    }
  }
  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const label = `${i + 1} / ${pages.length}`;
    p.drawText(label, { x: PAGE.width - PAGE.margin - regular.widthOfTextAtSize(label, 9), y: PAGE.margin / 2, size: 9, font: regular });
  });
  return pdf.save();
}
