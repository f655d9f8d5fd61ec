import type { Scenario } from "./types";

/** A gated complex of three 20-floor towers and 300 apartments: the scale of a large PH. */
export const residentialComplex: Scenario = {
  name: "residential-complex",
  version: 2,
  locale: "es",
  organizationName: "Conjunto Residencial Reserva del Parque P.H.",
  towers: 3,
  unitsPerTower: 100,
  floors: 20,
  historyMonths: 12,
  fakerSeed: 300_2001,
  assemblyCredits: 1,
  highlights: [
    "3 torres y 300 apartamentos con coeficientes que suman exactamente 100 %",
    "Asistencia y votaciones a gran escala, ponderadas por coeficiente",
    "Asambleas pasadas con actas y una próxima lista para convocar",
  ],
};
