import { PageSkeleton } from "../_components/page-skeleton";

// Skeleton of an assembly's page: breadcrumb, header card, agenda beside quorum and attendance.
export default function AssemblyLoading() {
  return (
    <PageSkeleton
      breadcrumb="h-5 w-72 max-w-full"
      header={{
        className: "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6",
        bones: ["h-5 w-40", "mt-3 h-8 w-3/4", "mt-4 h-10 w-80 max-w-full"],
      }}
      layout="grid items-start gap-6 lg:grid-cols-3"
      boxes={[
        "h-56 lg:col-start-3 lg:row-start-1",
        "h-[36rem] lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1",
        "h-72 lg:col-start-3",
      ]}
    />
  );
}
