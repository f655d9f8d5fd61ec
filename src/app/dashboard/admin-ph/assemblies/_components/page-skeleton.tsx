import { Bone, ShellSkeleton } from "@/components/assemblies/skeletons";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

const box = "rounded-xl border border-slate-200 bg-white shadow-sm";

/**
 * The loading state of an assembly page, described by data: the breadcrumb's width, the header's lines (each a
 * `Bone`'s classes, inside `header.className`), then empty cards (`boxes`, each its size and place) laid out by
 * `layout` — the page's own grid, so nothing jumps when it arrives.
 */
export async function PageSkeleton(props: {
  breadcrumb: string;
  header: { className: string; bones: string[] };
  layout: string;
  boxes: string[];
}) {
  return (
    <ShellSkeleton locale={await getRequestLocale()}>
      <Bone className={props.breadcrumb} />
      <div className={props.header.className}>
        {props.header.bones.map((bone) => (
          <Bone key={bone} className={bone} />
        ))}
      </div>
      <div className={props.layout}>
        {props.boxes.map((size) => (
          <div key={size} className={`${box} ${size}`} />
        ))}
      </div>
    </ShellSkeleton>
  );
}
