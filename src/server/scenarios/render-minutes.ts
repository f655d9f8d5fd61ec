import { formatPercent } from "@/lib/format";
import type { Ppm, VoteTally } from "@/lib/governance";
import { formatLongDate, formatTimeOfDay } from "./calendar";
import type { AgendaItemTemplate, AssemblyRecord, AssemblyTemplate, Person } from "./template";

/** What the minutes read of an assembly: seeded templates, and assemblies held in the app (see `closeAssembly`). */
export type MinutesAssembly = Pick<AssemblyTemplate, "type" | "scheduledAt" | "closedAt" | "location"> & {
  agenda: Pick<AgendaItemTemplate, "position" | "title" | "description" | "majority" | "isQuorumCheck" | "note" | "tally">[];
};

type MinutesContext = {
  record: AssemblyRecord;
  organizationName: string;
  city: string;
  administrator: Person;
  totalUnits: number;
  /** The materialized start of the assembly: the minutes carry its calendar date. */
  scheduledAt: Date;
};

/**
 * The minutes (acta) of a held assembly, in Spanish, written from its data: date, time and place,
 * agenda, quorum verification (Ley 675 de 2001 art. 45), each item with its weighted result in % of
 * coefficients and the majority that applied (arts. 45–46), closing and signatures. An assembly
 * without quorum gets the short record of a session that could not deliberate. An agenda without a
 * quorum-check item gets the quorum verification before its first item, unnumbered.
 */
export function renderMinutes(assembly: MinutesAssembly, context: MinutesContext): string {
  const { record } = context;
  const date = formatLongDate(context.scheduledAt);
  const session = assembly.type === "ordinary" ? "ordinaria" : "extraordinaria";
  const secretary = `${context.administrator.name} — ${context.administrator.female ? "Secretaria (administradora)" : "Secretario (administrador)"}`;
  const lines = [
    `ACTA N.º ${record.actNumber}`,
    `ASAMBLEA GENERAL ${session.toUpperCase()} DE COPROPIETARIOS`,
    // As written, not upper-cased: a copy for a prospect swaps this name for their building's (docs/scale.md).
    context.organizationName,
    "",
    `Fecha: ${date}`,
    `Hora de inicio: ${formatTimeOfDay(assembly.scheduledAt)}`,
    `Lugar: ${assembly.location}`,
    "",
    `En ${context.city}, el ${date}, se reunió en sesión ${session} la asamblea general de copropietarios de ${context.organizationName}, convocada por la administración con la antelación que exigen la ley y el reglamento, con el siguiente orden del día:`,
    ...assembly.agenda.map((item) => `${item.position}. ${item.title}`),
    "",
    "DESARROLLO",
  ];

  // "9:40 p. m." already ends the sentence.
  const closedAt = formatTimeOfDay(assembly.closedAt ?? assembly.scheduledAt);
  const quorumItem = assembly.agenda.find((item) => item.isQuorumCheck);
  if (!record.quorum.met) {
    const pending = assembly.agenda.filter((item) => !item.isQuorumCheck).map((item) => item.title.toLowerCase());
    lines.push(
      "",
      quorumItem ? `${quorumItem.position}. ${quorumItem.title}` : "Verificación del quórum",
      quorumParagraph(record, context.totalUnits),
      `Sin quórum, la asamblea no deliberó ni adoptó decisiones sobre los demás puntos del orden del día (${pending.join("; ")}). La administración convocará una nueva reunión para tratarlos.`,
      "",
      "CIERRE",
      `Se levantó la reunión a las ${closedAt} Para constancia firma:`,
      "",
      `${context.administrator.name} — ${context.administrator.female ? "Administradora" : "Administrador"}`,
    );
    return lines.join("\n");
  }

  if (!quorumItem) lines.push("", "Verificación del quórum", quorumParagraph(record, context.totalUnits));
  for (const item of assembly.agenda) {
    lines.push("", `${item.position}. ${item.title}`);
    if (!item.isQuorumCheck) {
      lines.push(itemParagraph(item));
      continue;
    }
    lines.push(quorumParagraph(record, context.totalUnits));
    if (record.chair) {
      const chair = record.chair;
      lines.push(
        `La asamblea designó como ${chair.female ? "presidenta" : "presidente"} de la reunión a ${chair.name} (${chair.unitLabel}) y como ${context.administrator.female ? "secretaria a la administradora" : "secretario al administrador"}, ${context.administrator.name}.`,
      );
    }
  }
  lines.push(
    "",
    "CIERRE",
    `Agotado el orden del día, se levantó la sesión a las ${closedAt} Para constancia firman:`,
    "",
    ...(record.chair ? [`${record.chair.name} — ${record.chair.female ? "Presidenta" : "Presidente"} de la asamblea`] : []),
    secretary,
  );
  return lines.join("\n");
}

function quorumParagraph(record: AssemblyRecord, totalUnits: number): string {
  const proxies = record.proxies === 0 ? "" : ` (${record.proxies} mediante poder)`;
  const present = `Se registraron ${record.attendingUnits} de ${totalUnits} unidades privadas${proxies}, que representan el ${percent(record.quorum.percentPresent)} de los coeficientes de copropiedad.`;
  return record.quorum.met
    ? `${present} Hay quórum para deliberar y decidir: están representados más de la mitad de los coeficientes, como exige el artículo 45 de la Ley 675 de 2001.`
    : `${present} No hay quórum para deliberar ni decidir: el artículo 45 de la Ley 675 de 2001 exige más de la mitad de los coeficientes de copropiedad.`;
}

function itemParagraph(item: MinutesAssembly["agenda"][number]): string {
  if (!item.tally) return [item.description, item.note ?? "Punto informativo, sin votación."].filter(Boolean).join(" ");
  return [item.description, voteSentence(item.tally, item.majority)].filter(Boolean).join(" ");
}

function voteSentence(tally: VoteTally, majority: AgendaItemTemplate["majority"]): string {
  const shares = `a favor ${percent(tally.yesPercent)}, en contra ${percent(tally.noPercent)} y abstenciones ${percent(tally.abstainPercent)} de los coeficientes presentes`;
  if (majority === "simple") {
    return tally.passed
      ? `Votación por mayoría simple (art. 45, Ley 675 de 2001): ${shares}. Resultado: APROBADO.`
      : `Votación por mayoría simple (art. 45, Ley 675 de 2001): ${shares}. Resultado: NO APROBADO, los votos a favor no superan la mitad de los coeficientes presentes.`;
  }
  const ofBuilding = `; los votos a favor equivalen al ${percent(tally.yesPercentOfBuilding)} del total de coeficientes del edificio`;
  return tally.passed
    ? `Votación por mayoría calificada (art. 46, Ley 675 de 2001): ${shares}${ofBuilding}. Resultado: APROBADO, con al menos el 70 % de los coeficientes del edificio.`
    : `Votación por mayoría calificada (art. 46, Ley 675 de 2001): ${shares}${ofBuilding}. Resultado: NO APROBADO, no se alcanza el 70 % de los coeficientes del edificio.`;
}

/** A ppm share as the minutes write it, with two decimals: 684512 → "68,45 %" (`formatPercent`). */
function percent(ppm: Ppm): string {
  return formatPercent("es", ppm / 10_000, 2);
}
