import { PageSkeleton } from "../_components/page-skeleton";

// Skeleton of /dashboard/admin-ph/assemblies/new: breadcrumb, title and the form's three cards.
export default function NewAssemblyLoading() {
  return (
    <PageSkeleton
      breadcrumb="h-5 w-48"
      header={{ className: "max-w-3xl", bones: ["h-8 w-56", "mt-2 h-4 w-full"] }}
      layout="flex max-w-3xl flex-col gap-6"
      boxes={["h-[26rem]", "h-[30rem]", "h-44"]}
    />
  );
}
