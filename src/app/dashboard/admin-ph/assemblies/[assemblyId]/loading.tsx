import { Bone, ShellSkeleton } from "@/components/assemblies/skeletons";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// Skeleton of an assembly's page: breadcrumb, header card, agenda beside quorum and attendance.
export default async function AssemblyLoading() {
  return (
    <ShellSkeleton locale={await getRequestLocale()}>
      <Bone className="h-5 w-72 max-w-full" />
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <Bone className="h-5 w-40" />
        <Bone className="mt-3 h-8 w-3/4" />
        <Bone className="mt-4 h-10 w-80 max-w-full" />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="h-56 rounded-xl border border-slate-200 bg-white shadow-sm lg:col-start-3 lg:row-start-1" />
        <div className="h-[36rem] rounded-xl border border-slate-200 bg-white shadow-sm lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1" />
        <div className="h-72 rounded-xl border border-slate-200 bg-white shadow-sm lg:col-start-3" />
      </div>
    </ShellSkeleton>
  );
}
