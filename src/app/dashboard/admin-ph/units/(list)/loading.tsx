import { ClientMessages } from "@/components/client-messages";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { UnitsSkeleton } from "../_components/units-skeleton";

// Shown while /dashboard/admin-ph/units renders. Only the list has a loading file: a Suspense boundary
// above the unit detail page would start the response before its notFound() and turn its 404 into 200.
// It sits outside the page, so it gives its one client component (the screen-reader label) its messages.
export default async function UnitsLoading() {
  return (
    <ClientMessages locale={await getRequestLocale()} namespaces={["units"]}>
      <UnitsSkeleton />
    </ClientMessages>
  );
}
