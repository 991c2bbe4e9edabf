import type { Actor } from "../auth/actor";
import type { Db } from "./open-database";

/** Evaluators' personal links and wall screens' display tokens, stored as hashes. */
export function createTokensStore(db: Db) {
  const s = {
    link: db.prepare(
      "SELECT event_id, evaluator_id FROM evaluator_links WHERE token_hash = ? AND revoked_at IS NULL",
    ),
    display: db.prepare(
      "SELECT id FROM display_tokens WHERE token_hash = ? AND revoked_at IS NULL",
    ),
    seen: db.prepare("UPDATE display_tokens SET last_seen_at = ? WHERE id = ?"),
    insertLink: db.prepare(
      `INSERT INTO evaluator_links (token_hash, event_id, evaluator_id, created_at, created_by)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    revokeLinks: db.prepare(
      `UPDATE evaluator_links SET revoked_at = ?
       WHERE event_id = ? AND evaluator_id = ? AND revoked_at IS NULL`,
    ),
    insertDisplay: db.prepare(
      `INSERT INTO display_tokens (token_hash, id, label, created_at, created_by)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    displays: db.prepare(
      "SELECT id, label, created_at, created_by, revoked_at, last_seen_at FROM display_tokens ORDER BY created_at",
    ),
    revokeDisplay: db.prepare(
      "UPDATE display_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
    ),
    links: db.prepare(
      `SELECT evaluator_id, created_at, created_by FROM evaluator_links
       WHERE event_id = ? AND revoked_at IS NULL ORDER BY evaluator_id`,
    ),
  };
  return {
    resolve(tokenHash: string): Actor | null {
      const link = s.link.get(tokenHash) as { event_id: string; evaluator_id: string } | undefined;
      if (link)
        return { kind: "evaluator", eventId: link.event_id, evaluatorId: link.evaluator_id };
      const display = s.display.get(tokenHash) as { id: string } | undefined;
      if (display) {
        s.seen.run(new Date().toISOString(), display.id);
        return { kind: "display", tokenId: display.id };
      }
      return null;
    },
    /** Issues a new personal link, revoking any earlier one: only the newest link works. */
    issueLink(eventId: string, evaluatorId: string, tokenHash: string, by: string) {
      const now = new Date().toISOString();
      db.transaction(() => {
        s.revokeLinks.run(now, eventId, evaluatorId);
        s.insertLink.run(tokenHash, eventId, evaluatorId, now, by);
      })();
    },
    revokeLink(eventId: string, evaluatorId: string): boolean {
      return s.revokeLinks.run(new Date().toISOString(), eventId, evaluatorId).changes > 0;
    },
    createDisplayToken(id: string, label: string, tokenHash: string, by: string) {
      s.insertDisplay.run(tokenHash, id, label, new Date().toISOString(), by);
    },
    listDisplayTokens() {
      return (
        s.displays.all() as {
          id: string;
          label: string;
          created_at: string;
          created_by: string;
          revoked_at: string | null;
          last_seen_at: string | null;
        }[]
      ).map((r) => ({
        id: r.id,
        label: r.label,
        createdAt: r.created_at,
        createdBy: r.created_by,
        revokedAt: r.revoked_at,
        lastSeenAt: r.last_seen_at,
      }));
    },
    revokeDisplayToken(id: string): boolean {
      return s.revokeDisplay.run(new Date().toISOString(), id).changes > 0;
    },
    activeLinks(eventId: string): { evaluatorId: string; createdAt: string; createdBy: string }[] {
      return (
        s.links.all(eventId) as { evaluator_id: string; created_at: string; created_by: string }[]
      ).map((r) => ({
        evaluatorId: r.evaluator_id,
        createdAt: r.created_at,
        createdBy: r.created_by,
      }));
    },
  };
}
export type TokensStore = ReturnType<typeof createTokensStore>;
