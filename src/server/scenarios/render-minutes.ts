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
  /** Language of the minutes (default Spanish); the demo's language. */
  locale?: "es" | "en";
};

type Words = {
  heading: (session: "ordinary" | "extraordinary") => string;
  date: string;
  start: string;
  place: string;
  opening: (o: { city: string; date: string; session: "ordinary" | "extraordinary"; organization: string }) => string;
  proceedings: string;
  quorumCheck: string;
  noQuorumPending: (pending: string) => string;
  closing: string;
  closedNoQuorum: (time: string) => string;
  closed: (time: string) => string;
  administrator: (female: boolean) => string;
  secretary: (female: boolean) => string;
  chairSentence: (o: { chairFemale: boolean; chair: string; unit: string; adminFemale: boolean; admin: string }) => string;
  chairSignature: (female: boolean) => string;
  present: (o: { attending: number; total: number; proxies: number; percent: string }) => string;
  quorumMet: string;
  quorumMissed: string;
  informative: string;
  shares: (yes: string, no: string, abstain: string) => string;
  simple: (shares: string, passed: boolean) => string;
  qualified: (shares: string, ofBuilding: string, passed: boolean) => string;
};

const SPANISH: Words = {
  heading: (session) => `ASAMBLEA GENERAL ${session === "ordinary" ? "ORDINARIA" : "EXTRAORDINARIA"} DE COPROPIETARIOS`,
  date: "Fecha",
  start: "Hora de inicio",
  place: "Lugar",
  opening: ({ city, date, session, organization }) =>
    `En ${city}, el ${date}, se reunió en sesión ${session === "ordinary" ? "ordinaria" : "extraordinaria"} la asamblea general de copropietarios de ${organization}, convocada por la administración con la antelación que exigen la ley y el reglamento, con el siguiente orden del día:`,
  proceedings: "DESARROLLO",
  quorumCheck: "Verificación del quórum",
  noQuorumPending: (pending) =>
    `Sin quórum, la asamblea no deliberó ni adoptó decisiones sobre los demás puntos del orden del día (${pending}). La administración convocará una nueva reunión para tratarlos.`,
  closing: "CIERRE",
  // "9:40 p. m." already ends the sentence.
  closedNoQuorum: (time) => `Se levantó la reunión a las ${time} Para constancia firma:`,
  closed: (time) => `Agotado el orden del día, se levantó la sesión a las ${time} Para constancia firman:`,
  administrator: (female) => (female ? "Administradora" : "Administrador"),
  secretary: (female) => (female ? "Secretaria (administradora)" : "Secretario (administrador)"),
  chairSentence: ({ chairFemale, chair, unit, adminFemale, admin }) =>
    `La asamblea designó como ${chairFemale ? "presidenta" : "presidente"} de la reunión a ${chair} (${unit}) y como ${adminFemale ? "secretaria a la administradora" : "secretario al administrador"}, ${admin}.`,
  chairSignature: (female) => `${female ? "Presidenta" : "Presidente"} de la asamblea`,
  present: ({ attending, total, proxies, percent }) =>
    `Se registraron ${attending} de ${total} unidades privadas${proxies === 0 ? "" : ` (${proxies} mediante poder)`}, que representan el ${percent} de los coeficientes de copropiedad.`,
  quorumMet:
    "Hay quórum para deliberar y decidir: están representados más de la mitad de los coeficientes, como exige el artículo 45 de la Ley 675 de 2001.",
  quorumMissed:
    "No hay quórum para deliberar ni decidir: el artículo 45 de la Ley 675 de 2001 exige más de la mitad de los coeficientes de copropiedad.",
  informative: "Punto informativo, sin votación.",
  shares: (yes, no, abstain) => `a favor ${yes}, en contra ${no} y abstenciones ${abstain} de los coeficientes presentes`,
  simple: (shares, passed) =>
    passed
      ? `Votación por mayoría simple (art. 45, Ley 675 de 2001): ${shares}. Resultado: APROBADO.`
      : `Votación por mayoría simple (art. 45, Ley 675 de 2001): ${shares}. Resultado: NO APROBADO, los votos a favor no superan la mitad de los coeficientes presentes.`,
  qualified: (shares, ofBuilding, passed) =>
    `Votación por mayoría calificada (art. 46, Ley 675 de 2001): ${shares}; los votos a favor equivalen al ${ofBuilding} del total de coeficientes del edificio. ${
      passed
        ? "Resultado: APROBADO, con al menos el 70 % de los coeficientes del edificio."
        : "Resultado: NO APROBADO, no se alcanza el 70 % de los coeficientes del edificio."
    }`,
};

const ENGLISH: Words = {
  heading: (session) => `${session === "ordinary" ? "ORDINARY" : "EXTRAORDINARY"} GENERAL MEETING OF OWNERS`,
  date: "Date",
  start: "Start time",
  place: "Place",
  opening: ({ city, date, session, organization }) =>
    `In ${city}, on ${date}, the general meeting of owners of ${organization} met in ${session} session, called by the administrator with the notice required by law and the bylaws, with the following agenda:`,
  proceedings: "PROCEEDINGS",
  quorumCheck: "Quorum check",
  noQuorumPending: (pending) =>
    `Without a quorum, the meeting neither deliberated nor decided on the other items of the agenda (${pending}). The administrator will call a new meeting to deal with them.`,
  closing: "CLOSING",
  closedNoQuorum: (time) => `The meeting was adjourned at ${time}. Signed for the record:`,
  closed: (time) => `The agenda being exhausted, the session was closed at ${time}. Signed for the record:`,
  administrator: () => "Administrator",
  secretary: () => "Secretary (administrator)",
  chairSentence: ({ chair, unit, admin }) =>
    `The meeting appointed ${chair} (${unit}) as chair and the administrator, ${admin}, as secretary.`,
  chairSignature: () => "Chair of the meeting",
  present: ({ attending, total, proxies, percent }) =>
    `${attending} of ${total} private units registered${proxies === 0 ? "" : ` (${proxies} by proxy)`}, representing ${percent} of the ownership coefficients.`,
  quorumMet:
    "There is a quorum to deliberate and decide: more than half of the coefficients are represented, as article 45 of Ley 675 de 2001 requires.",
  quorumMissed:
    "There is no quorum to deliberate or decide: article 45 of Ley 675 de 2001 requires more than half of the ownership coefficients.",
  informative: "For information, no vote.",
  shares: (yes, no, abstain) => `in favour ${yes}, against ${no} and abstentions ${abstain} of the coefficients present`,
  simple: (shares, passed) =>
    passed
      ? `Vote by simple majority (art. 45, Ley 675 de 2001): ${shares}. Result: APPROVED.`
      : `Vote by simple majority (art. 45, Ley 675 de 2001): ${shares}. Result: NOT APPROVED, the votes in favour do not exceed half of the coefficients present.`,
  qualified: (shares, ofBuilding, passed) =>
    `Vote by qualified majority (art. 46, Ley 675 de 2001): ${shares}; the votes in favour amount to ${ofBuilding} of all the building's coefficients. ${
      passed
        ? "Result: APPROVED, with at least 70% of the building's coefficients."
        : "Result: NOT APPROVED, 70% of the building's coefficients is not reached."
    }`,
};

/**
 * The minutes (acta) of a held assembly, in Spanish or English (`context.locale`), written from its
 * data: date, time and place, agenda, quorum verification (Ley 675 de 2001 art. 45), each item with its
 * weighted result in % of coefficients (`formatPercent`) and the majority that applied (arts. 45–46),
 * closing and signatures. An assembly without quorum gets the short record of a session that could not
 * deliberate. An agenda without a quorum-check item gets the quorum verification before its first
 * item, unnumbered.
 */
export function renderMinutes(assembly: MinutesAssembly, context: MinutesContext): string {
  const locale = context.locale ?? "es";
  const w = locale === "en" ? ENGLISH : SPANISH;
  const { record } = context;
  const date = formatLongDate(context.scheduledAt, locale);
  const percent = (ppm: Ppm) => formatPercent(locale, ppm / 10_000, 2);
  const quorumParagraph = () =>
    `${w.present({ attending: record.attendingUnits, total: context.totalUnits, proxies: record.proxies, percent: percent(record.quorum.percentPresent) })} ${
      record.quorum.met ? w.quorumMet : w.quorumMissed
    }`;
  const itemParagraph = (item: MinutesAssembly["agenda"][number]) => {
    if (!item.tally) return [item.description, item.note ?? w.informative].filter(Boolean).join(" ");
    return [item.description, voteSentence(item.tally, item.majority)].filter(Boolean).join(" ");
  };
  const voteSentence = (tally: VoteTally, majority: AgendaItemTemplate["majority"]) => {
    const shares = w.shares(percent(tally.yesPercent), percent(tally.noPercent), percent(tally.abstainPercent));
    return majority === "simple" ? w.simple(shares, tally.passed) : w.qualified(shares, percent(tally.yesPercentOfBuilding), tally.passed);
  };

  const lines = [
    `${locale === "en" ? "MINUTES NO." : "ACTA N.º"} ${record.actNumber}`,
    w.heading(assembly.type),
    // As written, not upper-cased: a copy for a prospect swaps this name for their building's (docs/scale.md).
    context.organizationName,
    "",
    `${w.date}: ${date}`,
    `${w.start}: ${formatTimeOfDay(assembly.scheduledAt, locale)}`,
    `${w.place}: ${assembly.location}`,
    "",
    w.opening({ city: context.city, date, session: assembly.type, organization: context.organizationName }),
    ...assembly.agenda.map((item) => `${item.position}. ${item.title}`),
    "",
    w.proceedings,
  ];

  const closedAt = formatTimeOfDay(assembly.closedAt ?? assembly.scheduledAt, locale);
  const quorumItem = assembly.agenda.find((item) => item.isQuorumCheck);
  if (!record.quorum.met) {
    const pending = assembly.agenda.filter((item) => !item.isQuorumCheck).map((item) => item.title.toLowerCase());
    lines.push(
      "",
      quorumItem ? `${quorumItem.position}. ${quorumItem.title}` : w.quorumCheck,
      quorumParagraph(),
      w.noQuorumPending(pending.join("; ")),
      "",
      w.closing,
      w.closedNoQuorum(closedAt),
      "",
      `${context.administrator.name} — ${w.administrator(context.administrator.female)}`,
    );
    return lines.join("\n");
  }

  if (!quorumItem) lines.push("", w.quorumCheck, quorumParagraph());
  for (const item of assembly.agenda) {
    lines.push("", `${item.position}. ${item.title}`);
    if (!item.isQuorumCheck) {
      lines.push(itemParagraph(item));
      continue;
    }
    lines.push(quorumParagraph());
    if (record.chair) {
      lines.push(
        w.chairSentence({
          chairFemale: record.chair.female,
          chair: record.chair.name,
          unit: record.chair.unitLabel,
          adminFemale: context.administrator.female,
          admin: context.administrator.name,
        }),
      );
    }
  }
  lines.push(
    "",
    w.closing,
    w.closed(closedAt),
    "",
    ...(record.chair ? [`${record.chair.name} — ${w.chairSignature(record.chair.female)}`] : []),
    `${context.administrator.name} — ${w.secretary(context.administrator.female)}`,
  );
  return lines.join("\n");
}
