import { UnitsSkeleton } from "../_components/units-skeleton";

// Shown while /dashboard/admin-ph/units renders. Only the list has a loading file: a Suspense boundary
// above the unit detail page would start the response before its notFound() and turn its 404 into 200.
export default function UnitsLoading() {
  return <UnitsSkeleton />;
}
