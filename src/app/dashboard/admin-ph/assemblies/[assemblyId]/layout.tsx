import type { ReactNode } from "react";
import { guardDemoRoute } from "../_components/guard-demo-route";

// Runs the access and existence checks above loading.tsx: an unknown, malformed or foreign id answers
// a real 404 (the cross-tenant matrix checks the status), a visitor without a session a real redirect.
export default async function AssemblyLayout({ children, params }: { children: ReactNode; params: Promise<{ assemblyId: string }> }) {
  const { assemblyId } = await params;
  await guardDemoRoute({ callbackPath: `/dashboard/admin-ph/assemblies/${encodeURIComponent(assemblyId)}`, assemblyId });
  return children;
}
