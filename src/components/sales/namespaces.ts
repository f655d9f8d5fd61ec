import type { Namespace } from "@/lib/i18n";

/** The message namespaces `<TalkToSales>` reads (give them with `ClientMessages` where it is placed). */
export const TALK_TO_SALES_NAMESPACES: readonly Namespace[] = ["common", "forms", "talkToSales"];

/** The message namespaces the share-link manager (`<ShareLinks>`) reads. */
export const SHARE_LINKS_NAMESPACES: readonly Namespace[] = ["common", "shareLinks"];
