import type { Scenario } from "./types";

/**
 * The default demo (docs/rules.md#scenarios-and-seed-content): one 10-floor tower of 50 apartments with a year of history and one
 * assembly credit to spend on a new assembly.
 */
export const urbanTower: Scenario = {
  name: "urban-tower",
  version: 2,
  locale: "es",
  organizationName: "P.H. Urban Tower",
  towers: 1,
  unitsPerTower: 50,
  floors: 10,
  historyMonths: 12,
  fakerSeed: 675_2001,
  assemblyCredits: 1,
  highlights: [
    "50 unidades con coeficientes de copropiedad que suman exactamente 100 %",
    "Asambleas pasadas con quórum, votaciones ponderadas y actas",
    "Una asamblea próxima lista para convocar",
    "Cartera: unidades al día y en mora",
  ],
};
