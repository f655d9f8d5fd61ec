import type { Scenario } from "./types";

/** A small four-floor building of 12 apartments: the whole picture fits on one screen. */
export const smallBuilding: Scenario = {
  name: "small-building",
  version: 2,
  locale: "es",
  organizationName: "Edificio Los Almendros P.H.",
  towers: 1,
  unitsPerTower: 12,
  floors: 4,
  historyMonths: 12,
  fakerSeed: 12_2001,
  assemblyCredits: 1,
  highlights: [
    "12 apartamentos: cada voto pesa según su coeficiente",
    "Asambleas pasadas con quórum, votaciones y actas",
    "Una asamblea próxima lista para convocar",
  ],
};
