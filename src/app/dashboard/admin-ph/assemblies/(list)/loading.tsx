import { Bone, ShellSkeleton } from "@/components/assemblies/skeletons";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// Skeleton of /dashboard/admin-ph/assemblies: title, button and four rows, at the page's sizes.
export default async function AssembliesLoading() {
  return (
    <ShellSkeleton locale={await getRequestLocale()}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Bone className="h-8 w-40" />
          <Bone className="mt-2 h-4 w-80 max-w-[80vw]" />
        </div>
        <Bone className="h-10 w-64 rounded-lg" />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="h-10 border-b border-slate-100 bg-slate-50" />
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex items-center gap-6 border-b border-slate-100 px-4 py-4 last:border-0">
            <Bone className="h-10 flex-1" />
            <Bone className="hidden h-5 w-24 md:block" />
            <Bone className="hidden h-10 w-28 md:block" />
            <Bone className="hidden h-5 w-24 md:block" />
            <Bone className="h-5 w-32" />
          </div>
        ))}
      </div>
    </ShellSkeleton>
  );
}
