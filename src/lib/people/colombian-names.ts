/**
 * Curated Colombian given names and surnames (docs/rules.md#scenarios-and-seed-content): the names a
 * Bogotá, Medellín or Cali building directory actually holds — compound given names ("Luz Marina",
 * "Juan Pablo"), paisa and valluno surnames — rather than Faker's Spanish locales, which lean Mexican
 * and Catalan. The seeded content draws from these lists; `genderOfGivenName` reads them back so labels
 * agree in gender with the person ("Propietaria", "Arrendataria").
 */

export const FEMALE_GIVEN_NAMES = [
  "María Fernanda",
  "Luisa Fernanda",
  "Ana María",
  "María Camila",
  "María José",
  "Lina María",
  "Paula Andrea",
  "Diana Marcela",
  "Claudia Patricia",
  "Sandra Milena",
  "Martha Lucía",
  "Olga Lucía",
  "Gloria Inés",
  "Luz Marina",
  "Luz Stella",
  "Luz Dary",
  "Ángela María",
  "Daniela",
  "Valentina",
  "Natalia",
  "Carolina",
  "Juliana",
  "Catalina",
  "Laura",
  "Andrea",
  "Angélica",
  "Adriana",
  "Alejandra",
  "Camila",
  "Mariana",
  "Manuela",
  "Isabella",
  "Sofía",
  "Tatiana",
  "Viviana",
  "Ximena",
  "Marcela",
  "Mónica",
  "Liliana",
  "Yolanda",
  "Esperanza",
  "Consuelo",
  "Beatriz",
  "Margarita",
  "Johana",
  "Leidy Johana",
  "Yuliana",
  "Paola",
] as const;

export const MALE_GIVEN_NAMES = [
  "Juan Carlos",
  "Juan Pablo",
  "Juan David",
  "Juan Sebastián",
  "Carlos Andrés",
  "Andrés Felipe",
  "Luis Fernando",
  "Jorge Eliécer",
  "José Luis",
  "Diego Alejandro",
  "Iván Darío",
  "Rubén Darío",
  "Héctor Fabio",
  "Miguel Ángel",
  "Jhon Jairo",
  "Santiago",
  "Sebastián",
  "Mateo",
  "Alejandro",
  "Felipe",
  "Julián",
  "Camilo",
  "Óscar",
  "Hernán",
  "Jaime",
  "Álvaro",
  "Gustavo",
  "Fabio",
  "Édgar",
  "Mauricio",
  "Wilson",
  "Germán",
  "Gabriel",
  "Ricardo",
  "Rodrigo",
  "Hernando",
  "Orlando",
  "Nicolás",
  "Daniel",
  "Esteban",
  "Cristian",
  "Fredy",
  "Harold",
  "William",
  "Jairo",
  "Emiliano",
  "Samuel",
  "Alberto",
] as const;

export const SURNAMES = [
  "Rodríguez",
  "Gómez",
  "González",
  "Martínez",
  "García",
  "López",
  "Hernández",
  "Sánchez",
  "Ramírez",
  "Pérez",
  "Díaz",
  "Muñoz",
  "Rojas",
  "Moreno",
  "Jiménez",
  "Vargas",
  "Castro",
  "Gutiérrez",
  "Álvarez",
  "Romero",
  "Ortiz",
  "Suárez",
  "Torres",
  "Valencia",
  "Quintero",
  "Restrepo",
  "Ospina",
  "Arango",
  "Zapata",
  "Cardona",
  "Giraldo",
  "Londoño",
  "Mejía",
  "Osorio",
  "Salazar",
  "Henao",
  "Aristizábal",
  "Betancur",
  "Montoya",
  "Echeverri",
  "Correa",
  "Duque",
  "Uribe",
  "Cárdenas",
  "Buitrago",
  "Córdoba",
  "Mosquera",
  "Palacios",
  "Rentería",
  "Ocampo",
  "Villegas",
  "Agudelo",
  "Velásquez",
  "Bedoya",
  "Marín",
  "Arboleda",
  "Caicedo",
  "Bermúdez",
  "Pineda",
  "Parra",
  "Franco",
  "Herrera",
  "Acosta",
  "Ríos",
  "Sierra",
  "Medina",
  "Castaño",
  "Cifuentes",
  "Patiño",
  "Jaramillo",
  "Orozco",
  "Toro",
  "Vélez",
  "Barrera",
  "Camacho",
  "Benavides",
  "Forero",
  "Bernal",
  "Cortés",
  "Guzmán",
  "Rincón",
  "Peña",
] as const;

/** Given names (not compound) that only appear inside compound ones, so a lone first word still tells. */
const EXTRA_FEMALE = ["María", "Luz", "Ana", "Gloria", "Martha", "Olga", "Ángela", "Leidy", "Yuliana", "Lucía", "Inés", "Stella", "Dary"];
const EXTRA_MALE = ["Juan", "Carlos", "Andrés", "Luis", "Jorge", "José", "Diego", "Iván", "Rubén", "Héctor", "Miguel", "Jhon", "Darío"];

function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const genderByWord = new Map<string, "female" | "male">([
  ...[...FEMALE_GIVEN_NAMES, ...EXTRA_FEMALE].map((name) => [fold(name.split(" ")[0]!), "female"] as const),
  ...[...MALE_GIVEN_NAMES, ...EXTRA_MALE].map((name) => [fold(name.split(" ")[0]!), "male"] as const),
]);

/**
 * The grammatical gender a label should take for a person named `fullName`, read from the first word
 * of the name against the curated lists above (accents and case ignored): "María Fernanda Gómez" →
 * "female", "Juan Pablo Ríos" → "male". A first word not in the lists is read by its ending (Spanish
 * given names ending in "-a", such as "Julia" or "Paula", are feminine); anything else gives "male",
 * Spanish's generic masculine ("Propietario").
 */
export function genderOfGivenName(fullName: string): "female" | "male" {
  const first = fold(fullName.trim().split(/\s+/)[0] ?? "");
  return genderByWord.get(first) ?? (first.endsWith("a") ? "female" : "male");
}

/**
 * The catalogue key (namespace `dashboard`) of a resident's role, in the gender of the person's name
 * (`genderOfGivenName`): "owner" / "ownerFemale" ("Propietario" / "Propietaria"), "tenant" /
 * "tenantFemale" ("Arrendatario" / "Arrendataria"). English words have no gender; both keys read the same.
 */
export function residentRoleKey(type: "owner" | "tenant", fullName: string): "owner" | "ownerFemale" | "tenant" | "tenantFemale" {
  const female = genderOfGivenName(fullName) === "female";
  if (type === "owner") return female ? "ownerFemale" : "owner";
  return female ? "tenantFemale" : "tenant";
}
