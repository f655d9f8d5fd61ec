import { z } from "zod";

/** The PH admin dashboard's sections a page view names (`DemoSection`). */
export const demoSections = ["overview", "units", "assemblies", "settings"] as const;

/** Body of `POST /api/page-views`: the section the person opened. */
export const pageViewSchema = z.object({ section: z.enum(demoSections, { error: "invalid_section" }) });
