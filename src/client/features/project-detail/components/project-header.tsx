import type { ProjectDetail } from "../../../../domain/api-views";
import { describeStatus } from "../../../../domain/status-reason";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { detailMessages } from "../messages";

/** Name as in the bulletin, where it is, what stage it is at, and why its light is what it is. */
export function ProjectHeader({ project }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  const reason = describeStatus(project.statusExplanation, lang);
  return (
    <header className="detail-header card">
      <h1 id="detail-title" className="detail-header__name">
        {localized(project, "name", lang)}
      </h1>
      <dl className="detail-header__tags">
        <div>
          <dt>{t("category")}</dt>
          <dd>{categories.name(project.category, lang)}</dd>
        </div>
        <div>
          <dt>{t("street")}</dt>
          <dd>{localized(project, "street", lang)}</dd>
        </div>
        <div>
          <dt>{t("stage")}</dt>
          <dd>{common(project.stage)}</dd>
        </div>
        <div>
          <dt>{t("status")}</dt>
          <dd>
            <StatusBadge light={project.status} title={reason} />
          </dd>
        </div>
      </dl>
      <p className="detail-header__reason">{reason}</p>
    </header>
  );
}
