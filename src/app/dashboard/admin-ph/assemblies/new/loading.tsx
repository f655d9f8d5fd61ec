import { Bone, ShellSkeleton } from "@/components/assemblies/skeletons";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// Skeleton of /dashboard/admin-ph/assemblies/new: breadcrumb, title and the form's three cards.
export default async function NewAssemblyLoading() {
  return (
    <ShellSkeleton locale={await getRequestLocale()}>
      <Bone className="h-5 w-48" />
      <div className="max-w-3xl">
        <Bone className="h-8 w-56" />
        <Bone className="mt-2 h-4 w-full" />
      </div>
      <div className="flex max-w-3xl flex-col gap-6">
        <div className="h-[26rem] rounded-xl border border-slate-200 bg-white shadow-sm" />
        <div className="h-[30rem] rounded-xl border border-slate-200 bg-white shadow-sm" />
        <div className="h-44 rounded-xl border border-slate-200 bg-white shadow-sm" />
      </div>
    </ShellSkeleton>
  );
}
