import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import seedFile from "../../../../data/projects.json";
import rules from "../../../../data/status-rules.json";
import { dispatchAgenda } from "../../../domain/dispatch-agenda";
import type { ProjectRecord } from "../../../domain/project";
import type { DispatchResponse } from "../../api/dispatch";
import { FlaggedProjects, Reporting } from "./dispatch-page";

const projects = (seedFile as unknown as { projects: ProjectRecord[] }).projects;

/** The seed's last 旬 with one project not reported, one late and one waiting for review. */
function agenda(): DispatchResponse {
  const [a, b, c, ...rest] = projects as [ProjectRecord, ProjectRecord, ProjectRecord];
  const without = (p: ProjectRecord) => p.reports.filter((r) => r.period !== "2023-02-3");
  const last = (p: ProjectRecord) => p.reports.at(-1) as object;
  const list = [
    { ...a, reports: without(a) },
    { ...b, reports: [...without(b), { ...last(b), late: true }] },
    { ...c, reports: [...without(c), { ...last(c), state: "submitted" }] },
    ...rest,
  ] as ProjectRecord[];
  const built = dispatchAgenda("2023-02-3", list, rules, { previousPeriod: "2023-02-2" });
  return { ...built, illustrative: true, periods: ["2023-02-2", "2023-02-3"] };
}

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<Router ssrPath="/dispatch/2023-02-3">{node}</Router>);

describe("dispatch page sections", () => {
  it("names the units and projects that did not report, were late, or wait for review", () => {
    const [a, b, c] = projects as [ProjectRecord, ProjectRecord, ProjectRecord];
    const html = render(<Reporting agenda={agenda()} />);
    expect(html).toContain("未报（1）");
    expect(html).toContain(a.name);
    expect(html).toContain(a.responsibleUnit);
    expect(html).toContain("迟报（1）");
    expect(html).toContain(b.name);
    expect(html).toContain(c.name);
    expect(html).toContain("待审核");
  });

  it("links each red and yellow project to its page beside its reason", () => {
    const data = agenda();
    const html = render(<FlaggedProjects agenda={data} />);
    for (const p of data.projects) {
      expect(html).toContain(`href="/projects/${p.id}"`);
      expect(html).toContain(p.reason.zh);
    }
  });
});
