/**
 * The English wording of every Spanish text the scenarios seed (docs/rules.md#scenarios-and-seed-content):
 * an English demo gets the same building, people, numbers and votes, told in English. Keyed by the
 * Spanish text, so the plans keep one structure; a text without its translation fails the build of an
 * English template (`translateText`), and a unit test checks every plan.
 */
export const ENGLISH_TEXT: Readonly<Record<string, string>> = {
  "Verificación del quórum": "Quorum check",
  "Registro de asistentes y poderes, y cálculo de los coeficientes representados.":
    "Registration of attendees and proxies, and calculation of the coefficients represented.",
  "Lectura y aprobación del orden del día": "Reading and approval of the agenda",
  "Orden del día enviado con la convocatoria.": "Agenda sent with the notice of meeting.",
  "Proposiciones y varios": "Motions and other business",
  "Propuestas e inquietudes de los copropietarios.": "Owners' motions and concerns.",
  "Asamblea General Ordinaria de Copropietarios": "Ordinary General Meeting of Owners",
  "Informe de gestión de la administración y del consejo de administración": "Management report of the administrator and the board",
  "Mantenimiento, contratos, cartera y proyectos del año.": "Maintenance, contracts, dues collection and the year's projects.",
  "La administración presentó el informe de gestión del año. Los asistentes formularon preguntas sobre la cartera y el mantenimiento de ascensores, que fueron respondidas. Punto informativo, sin votación.":
    "The administrator presented the year's management report. Attendees asked about overdue dues and lift maintenance, and their questions were answered. For information, no vote.",
  "Aprobación de los estados financieros a 31 de diciembre": "Approval of the financial statements at 31 December",
  "Estados financieros dictaminados por la revisoría fiscal.": "Financial statements audited by the statutory auditor.",
  "Aprobación del presupuesto y de la cuota de administración": "Approval of the budget and the monthly service charge",
  "Presupuesto del año con un incremento de la cuota igual al del salario mínimo.":
    "The year's budget, with the service charge rising as much as the minimum wage.",
  "Elección del consejo de administración y del revisor fiscal": "Election of the board and the statutory auditor",
  "Cinco consejeros principales y revisor fiscal para el próximo periodo.": "Five board members and a statutory auditor for the next term.",
  "Se propuso revisar el horario del salón comunal y la señalización del parqueadero de visitantes; la administración las estudiará con el consejo.":
    "Owners proposed reviewing the community hall's opening hours and the visitor parking signs; the administrator will study both with the board.",
  "Asamblea Extraordinaria — Seguridad y control de acceso": "Extraordinary Meeting — Security and access control",
  "Cambio de la empresa de vigilancia": "Change of security company",
  "Tres propuestas de empresas de vigilancia y seguridad privada.": "Three proposals from private security companies.",
  "Control de acceso biométrico en porterías": "Biometric access control at the gates",
  "Lectores biométricos en la portería peatonal y en el acceso vehicular.":
    "Biometric readers at the pedestrian gate and the vehicle entrance.",
  "Asamblea Extraordinaria — Impermeabilización de fachadas": "Extraordinary Meeting — Façade waterproofing",
  "Cuota extraordinaria para la impermeabilización de fachadas": "Special levy for façade waterproofing",
  "Seis cuotas de administración adicionales, pagaderas en seis meses. Supera cuatro cuotas mensuales: requiere mayoría calificada (art. 46, Ley 675 de 2001).":
    "Six additional monthly service charges, payable over six months. It exceeds four monthly charges, so it needs a qualified majority (art. 46, Ley 675 de 2001).",
  "Reforma del reglamento de propiedad horizontal: arriendos por días": "Amendment of the building's bylaws: short-term rentals",
  "Prohibir el arrendamiento de apartamentos por días o por plataformas de alquiler turístico. Reforma del reglamento: mayoría calificada.":
    "Ban renting apartments by the day or through holiday-rental platforms. An amendment of the bylaws: qualified majority.",
  "Paneles solares para la iluminación de zonas comunes": "Solar panels for common-area lighting",
  "Contratar el estudio y la instalación con cargo al fondo de imprevistos.":
    "Commission the study and the installation, paid from the contingency fund.",
  "Se pidió informar por correo el cronograma de la obra de fachadas y los horarios de trabajo en alturas.":
    "Owners asked to receive the façade works schedule and the hours of work at height by email.",
  "Asamblea Extraordinaria — Seguridad y control de acceso (nueva convocatoria)":
    "Extraordinary Meeting — Security and access control (new notice)",
  "Tema aplazado por falta de quórum en una reunión anterior. Tres propuestas de empresas de vigilancia.":
    "Postponed for lack of quorum at an earlier meeting. Three proposals from security companies.",
  "Tema aplazado por falta de quórum en una reunión anterior. Se financia con una cuota extraordinaria de cinco cuotas mensuales: requiere mayoría calificada (art. 46, Ley 675 de 2001).":
    "Postponed for lack of quorum at an earlier meeting. Funded by a special levy of five monthly charges, so it needs a qualified majority (art. 46, Ley 675 de 2001).",
};

/**
 * `text` in `locale`: itself in Spanish, its entry of `ENGLISH_TEXT` in English.
 * @throws Error when an English text is missing — a scenario edited without its translation.
 */
export function translateText(text: string, locale: "es" | "en"): string {
  if (locale === "es") return text;
  const english = ENGLISH_TEXT[text];
  if (english === undefined) throw new Error(`scenario text without an English version: "${text}"`);
  return english;
}
