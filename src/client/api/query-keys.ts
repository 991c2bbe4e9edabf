/**
 * The one key factory for every client (dashboard, phone, wall): generic → specific, so
 * invalidating a prefix refreshes all below it. Reads made with a token add its scope at the end
 * (see credentialScope), which keeps them under the same prefixes.
 */
export const queryKeys = {
  all: ["api"] as const,
  settings: () => [...queryKeys.all, "settings"] as const,
  session: () => [...queryKeys.all, "session"] as const,
  projects: () => [...queryKeys.all, "projects"] as const,
  projectList: () => [...queryKeys.projects(), "list"] as const,
  // Under projects: the live "projects" change that follows a new category refreshes it.
  categories: () => [...queryKeys.projects(), "categories"] as const,
  projectDetail: (id: string) => [...queryKeys.projects(), "detail", id] as const,
  // Under the project's key: whatever refreshes the project refreshes its light history.
  projectLights: (id: string) => [...queryKeys.projectDetail(id), "lights"] as const,
  // Under projects: a change to any project (a report, a problem) refreshes the agenda.
  dispatch: (period: string) => [...queryKeys.projects(), "dispatch", period] as const,
  // Under projects too: an accepted report or a closed problem moves the review's last 旬.
  review: () => [...queryKeys.projects(), "review"] as const,
  rounds: () => [...queryKeys.all, "rounds"] as const,
  roundList: () => [...queryKeys.rounds(), "list"] as const,
  roundReports: (period: string) => [...queryKeys.rounds(), period, "reports"] as const,
  // Under projects on purpose: a problem's change moves its project's light, and one live
  // "projects" change refreshes both.
  problemList: (state = "all", unit = "all") =>
    [...queryKeys.projects(), "problems", state, unit] as const,
  events: () => [...queryKeys.all, "events"] as const,
  eventList: () => [...queryKeys.events(), "list"] as const,
  eventDetail: (id: string) => [...queryKeys.events(), id, "detail"] as const,
  eventResults: (id: string) => [...queryKeys.events(), id, "results"] as const,
  eventSheets: (id: string) => [...queryKeys.events(), id, "sheets"] as const,
  // Under the sheets key on purpose: a live "sheets" change (a keying, a match, a review) then
  // refreshes the double-entry list of open desks too.
  eventDoubleEntry: (id: string) => [...queryKeys.eventSheets(id), "double-entry"] as const,
  eventAudit: (id: string) => [...queryKeys.events(), id, "audit"] as const,
  eventLinks: (id: string) => [...queryKeys.events(), id, "links"] as const,
  eventQuality: (id: string) => [...queryKeys.events(), id, "quality"] as const,
  eventBulletin: (id: string, lang: string) =>
    [...queryKeys.events(), id, "bulletin", lang] as const,
  accounts: () => [...queryKeys.all, "accounts"] as const,
  displayTokens: () => [...queryKeys.all, "display-tokens"] as const,
  displayScreens: () => [...queryKeys.all, "display-screens"] as const,
  /** A draft as its editor reads it (roster names, version): under events, so live changes reach it. */
  eventDraft: (id: string) => [...queryKeys.events(), id, "draft"] as const,
  /** Files shipped with the app: outside "api", so signing out keeps them. */
  basemap: () => ["static", "basemap", "qingdao-districts"] as const,
  // Under projects: archiving or restoring one refreshes this list with the others.
  archivedProjects: () => [...queryKeys.projects(), "archived"] as const,
  // Under the project's key: every change to it refreshes its change log.
  projectHistory: (id: string) => [...queryKeys.projectDetail(id), "history"] as const,
  /** Whose account a set-password link is for (the token's hash is not known here: the token). */
  passwordLink: (token: string) => [...queryKeys.all, "password-link", token] as const,
};
