import type { MajorityRule } from "@/lib/governance";
import { translateText } from "./content-en";
import type { AssemblyRow } from "./types";

export type AgendaPlan = {
  title: string;
  description: string;
  /** What the minutes say about an item without a vote. */
  note?: string;
  /** The quorum check: its paragraph in the minutes is computed from the attendance. */
  isQuorumCheck?: boolean;
  /** Set when the item is decided by vote. */
  majority?: MajorityRule;
  /** How a held assembly votes it: intended shares of the coefficients present (the rest abstain). */
  intent?: { yes: number; no: number };
};

export type AssemblyPlan = {
  title: string;
  type: AssemblyRow["type"];
  /** Local time it starts, in hours after midnight. */
  startHour: number;
  durationMinutes: number;
  mode: "in_person" | "hybrid";
  agenda: AgendaPlan[];
} & (
  | {
      status: "closed";
      /** How far back it was held, as a fraction of the scenario's history (0.8 = 80 % of the way back). */
      historyFraction: number;
      /** Intended share of the building's coefficients that attends; below 0.5 the quorum is missed and nothing is voted. */
      attendance: number;
    }
  | { status: "scheduled"; daysAhead: number }
);

const quorumCheck: AgendaPlan = {
  title: "Verificación del quórum",
  description: "Registro de asistentes y poderes, y cálculo de los coeficientes representados.",
  isQuorumCheck: true,
};

function agendaApproval(intent?: AgendaPlan["intent"]): AgendaPlan {
  return {
    title: "Lectura y aprobación del orden del día",
    description: "Orden del día enviado con la convocatoria.",
    majority: "simple",
    intent,
  };
}

function otherBusiness(note?: string): AgendaPlan {
  return {
    title: "Proposiciones y varios",
    description: "Propuestas e inquietudes de los copropietarios.",
    note,
  };
}

/**
 * The assemblies every scenario's history contains, oldest first, ending with the one upcoming.
 * Vote shares are intentions: the real result comes from weighting actual units' coefficients, so
 * the minutes always match the votes stored.
 */
export const assemblyPlans: readonly AssemblyPlan[] = [
  {
    title: "Asamblea General Ordinaria de Copropietarios",
    type: "ordinary",
    status: "closed",
    historyFraction: 0.8,
    startHour: 19,
    durationMinutes: 150,
    mode: "in_person",
    attendance: 0.68,
    agenda: [
      quorumCheck,
      agendaApproval({ yes: 0.93, no: 0.02 }),
      {
        title: "Informe de gestión de la administración y del consejo de administración",
        description: "Mantenimiento, contratos, cartera y proyectos del año.",
        note: "La administración presentó el informe de gestión del año. Los asistentes formularon preguntas sobre la cartera y el mantenimiento de ascensores, que fueron respondidas. Punto informativo, sin votación.",
      },
      {
        title: "Aprobación de los estados financieros a 31 de diciembre",
        description: "Estados financieros dictaminados por la revisoría fiscal.",
        majority: "simple",
        intent: { yes: 0.84, no: 0.09 },
      },
      {
        title: "Aprobación del presupuesto y de la cuota de administración",
        description: "Presupuesto del año con un incremento de la cuota igual al del salario mínimo.",
        majority: "simple",
        intent: { yes: 0.61, no: 0.31 },
      },
      {
        title: "Elección del consejo de administración y del revisor fiscal",
        description: "Cinco consejeros principales y revisor fiscal para el próximo periodo.",
        majority: "simple",
        intent: { yes: 0.79, no: 0.06 },
      },
      otherBusiness(
        "Se propuso revisar el horario del salón comunal y la señalización del parqueadero de visitantes; la administración las estudiará con el consejo.",
      ),
    ],
  },
  {
    title: "Asamblea Extraordinaria — Seguridad y control de acceso",
    type: "extraordinary",
    status: "closed",
    historyFraction: 0.45,
    startHour: 19,
    durationMinutes: 45,
    mode: "in_person",
    attendance: 0.41,
    agenda: [
      quorumCheck,
      agendaApproval(),
      {
        title: "Cambio de la empresa de vigilancia",
        description: "Tres propuestas de empresas de vigilancia y seguridad privada.",
        majority: "simple",
      },
      {
        title: "Control de acceso biométrico en porterías",
        description: "Lectores biométricos en la portería peatonal y en el acceso vehicular.",
        majority: "simple",
      },
      otherBusiness(),
    ],
  },
  {
    title: "Asamblea Extraordinaria — Impermeabilización de fachadas",
    type: "extraordinary",
    status: "closed",
    historyFraction: 0.13,
    startHour: 19,
    durationMinutes: 120,
    mode: "hybrid",
    attendance: 0.82,
    agenda: [
      quorumCheck,
      agendaApproval({ yes: 0.95, no: 0.02 }),
      {
        title: "Cuota extraordinaria para la impermeabilización de fachadas",
        description:
          "Seis cuotas de administración adicionales, pagaderas en seis meses. Supera cuatro cuotas mensuales: requiere mayoría calificada (art. 46, Ley 675 de 2001).",
        majority: "qualified",
        intent: { yes: 0.91, no: 0.06 },
      },
      {
        title: "Reforma del reglamento de propiedad horizontal: arriendos por días",
        description:
          "Prohibir el arrendamiento de apartamentos por días o por plataformas de alquiler turístico. Reforma del reglamento: mayoría calificada.",
        majority: "qualified",
        intent: { yes: 0.64, no: 0.3 },
      },
      {
        title: "Paneles solares para la iluminación de zonas comunes",
        description: "Contratar el estudio y la instalación con cargo al fondo de imprevistos.",
        majority: "simple",
        intent: { yes: 0.42, no: 0.45 },
      },
      otherBusiness("Se pidió informar por correo el cronograma de la obra de fachadas y los horarios de trabajo en alturas."),
    ],
  },
  {
    title: "Asamblea Extraordinaria — Seguridad y control de acceso (nueva convocatoria)",
    type: "extraordinary",
    status: "scheduled",
    daysAhead: 14,
    startHour: 19,
    durationMinutes: 120,
    mode: "hybrid",
    agenda: [
      quorumCheck,
      agendaApproval(),
      {
        title: "Cambio de la empresa de vigilancia",
        description: "Tema aplazado por falta de quórum en una reunión anterior. Tres propuestas de empresas de vigilancia.",
        majority: "simple",
      },
      {
        title: "Control de acceso biométrico en porterías",
        description:
          "Tema aplazado por falta de quórum en una reunión anterior. Se financia con una cuota extraordinaria de cinco cuotas mensuales: requiere mayoría calificada (art. 46, Ley 675 de 2001).",
        majority: "qualified",
      },
      otherBusiness(),
    ],
  },
];

/**
 * `assemblyPlans` in `locale`: the same plans (dates, shares, majorities) with every title, description
 * and note in that language (content-en.ts for English).
 * @throws Error when an English text is missing.
 */
export function assemblyPlansIn(locale: "es" | "en"): readonly AssemblyPlan[] {
  if (locale === "es") return assemblyPlans;
  const item = (plan: AgendaPlan): AgendaPlan => ({
    ...plan,
    title: translateText(plan.title, locale),
    description: translateText(plan.description, locale),
    ...(plan.note === undefined ? {} : { note: translateText(plan.note, locale) }),
  });
  return assemblyPlans.map((plan) => ({ ...plan, title: translateText(plan.title, locale), agenda: plan.agenda.map(item) }));
}
