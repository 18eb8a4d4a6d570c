import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteFrame } from "@/components/site/SiteFrame";

/** A 404 inside the editor (an issue id that is gone, a page a role may not see): the reader's frame, as on any 404. */
export default function EditorNotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
