import { LocaleSwitcher } from "@/components/locale-switcher";
import { Logo } from "@/components/ui/logo";

/** Header of the public pages (landing and login): word mark and language switcher. */
export function SiteHeader() {
  return (
    <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
      <Logo />
      <LocaleSwitcher />
    </header>
  );
}
