import { Card } from "@/components/ui/card";
import { getTranslator, type Locale } from "@/lib/i18n";

type Block =
  | { kind: "title"; lines: string[] }
  | { kind: "fields"; entries: { label: string; value: string }[] }
  | { kind: "section"; text: string }
  | { kind: "item"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "signatures"; lines: string[] };

const SECTION = /^[A-ZÁÉÍÓÚÜÑ][A-ZÁÉÍÓÚÜÑ .,º°—-]*$/;
const NUMBERED = /^\d+\.\s+\S/;
const FIELD = /^([A-Za-zÁÉÍÓÚÜÑáéíóúüñ ]{2,24}):\s+(.+)$/;
const SIGNATURE = /\s—\s/;

/**
 * Reads the plain-text minutes that `writeMinutes` (and the seed) produce into blocks: the heading
 * (first lines, up to the first blank), "Label: value" lines, CAPITAL section titles ("DESARROLLO"),
 * numbered lines — a list when they follow a paragraph that announces them (":"), item titles
 * otherwise — paragraphs, and the signature lines ("Name — Role") at the end. Unknown shapes stay
 * paragraphs, so any text still reads.
 */
export function parseMinutes(text: string): Block[] {
  const groups = text
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((group) =>
      group
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    );
  const blocks: Block[] = [];
  groups.forEach((lines, groupIndex) => {
    if (lines.length === 0) return;
    if (groupIndex === 0) return blocks.push({ kind: "title", lines });
    if (lines.every((line) => FIELD.test(line))) {
      return blocks.push({
        kind: "fields",
        entries: lines.map((line) => ({ label: FIELD.exec(line)![1]!, value: FIELD.exec(line)![2]! })),
      });
    }
    if (groupIndex === groups.length - 1 && lines.every((line) => SIGNATURE.test(line))) return blocks.push({ kind: "signatures", lines });
    const groupStart = blocks.length;
    for (const line of lines) {
      const previous = blocks.length > groupStart ? blocks.at(-1) : undefined;
      if (NUMBERED.test(line) && previous && (previous.kind === "list" || (previous.kind === "paragraph" && previous.text.endsWith(":")))) {
        if (previous.kind === "list") previous.items.push(line.replace(/^\d+\.\s+/, ""));
        else blocks.push({ kind: "list", items: [line.replace(/^\d+\.\s+/, "")] });
      } else if (NUMBERED.test(line) && line.length <= 200) blocks.push({ kind: "item", text: line });
      else if (SECTION.test(line) && line.length <= 40) blocks.push({ kind: "section", text: line });
      else blocks.push({ kind: "paragraph", text: line });
    }
  });
  return blocks;
}

/** The minutes as a readable document: centred heading, fields, sections, agenda list and signatures. */
export function MinutesDocument({ locale, minutes, fileName }: { locale: Locale; minutes: string; fileName: string }) {
  const t = getTranslator(locale, "assemblies");
  return (
    <Card
      id="minutes-heading"
      anchor="minutes"
      testId="minutes"
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white shadow-sm"
      headerClassName="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3 sm:px-5"
      title={t("minutesTitle")}
      descriptionClassName="text-xs text-slate-600"
      description={t("minutesNote")}
      action={
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(minutes)}`}
          download={fileName}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("minutesDownload")}
        </a>
      }
    >
      <article lang="es" className="mx-auto max-w-3xl px-5 py-8 font-serif text-[0.95rem] leading-7 text-slate-800 sm:px-10 sm:py-10">
        {parseMinutes(minutes).map((block, index) => {
          switch (block.kind) {
            case "title":
              return (
                <header key={index} className="mb-6 text-center">
                  {block.lines.map((line, i) => (
                    <p
                      key={i}
                      className={
                        i === 0 ? "text-lg font-bold tracking-wide text-slate-900" : "text-sm font-semibold tracking-wide text-slate-700"
                      }
                    >
                      {line}
                    </p>
                  ))}
                </header>
              );
            case "fields":
              return (
                <dl
                  key={index}
                  className="my-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-slate-50 px-4 py-3 font-sans text-sm"
                >
                  {block.entries.map((entry) => (
                    <div key={entry.label} className="contents">
                      <dt className="font-semibold text-slate-700">{entry.label}</dt>
                      <dd className="text-slate-900">{entry.value}</dd>
                    </div>
                  ))}
                </dl>
              );
            case "section":
              return (
                <h3
                  key={index}
                  className="mt-8 mb-2 border-b border-slate-200 pb-1 font-sans text-sm font-bold tracking-widest text-slate-700"
                >
                  {block.text}
                </h3>
              );
            case "item":
              return (
                <h4 key={index} className="mt-5 mb-1 font-sans text-sm font-semibold text-slate-900">
                  {block.text}
                </h4>
              );
            case "list":
              return (
                <ol key={index} className="my-3 list-decimal space-y-0.5 pl-6">
                  {block.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ol>
              );
            case "signatures":
              return (
                <div key={index} className="mt-10 grid gap-8 sm:grid-cols-2">
                  {block.lines.map((line) => {
                    const [name, role] = line.split(SIGNATURE);
                    return (
                      <p key={line} className="border-t border-slate-400 pt-2 font-sans text-sm">
                        <span className="block font-semibold text-slate-900">{name}</span>
                        <span className="block text-slate-600">{role}</span>
                      </p>
                    );
                  })}
                </div>
              );
            default:
              return (
                <p key={index} className="my-2 sm:text-justify sm:[hyphens:auto]">
                  {block.text}
                </p>
              );
          }
        })}
      </article>
    </Card>
  );
}
