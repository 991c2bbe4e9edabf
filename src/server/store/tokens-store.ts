import type { Actor } from "../auth/actor";
import { type AuditEntry, appendAudit } from "./audit-store";
import type { Store } from "./sql";

export type DisplayTokenView = {
  id: string;
  label: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
};

/**
 * Evaluators' personal links and wall screens' display tokens, stored as hashes and shared by
 * every node through the store.
 */
export function createTokensStore(store: Store) {
  const revokeLinks = async (eventId: string, evaluatorId: string, at: string) => {
    const result = await store
      .q()
      .updateTable("evaluator_links")
      .set({ revoked_at: at })
      .where("event_id", "=", eventId)
      .where("evaluator_id", "=", evaluatorId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  };
  return {
    async resolve(tokenHash: string): Promise<Actor | null> {
      const link = await store
        .q()
        .selectFrom("evaluator_links")
        .select(["event_id", "evaluator_id"])
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (link)
        return { kind: "evaluator", eventId: link.event_id, evaluatorId: link.evaluator_id };
      const display = await store
        .q()
        .selectFrom("display_tokens")
        .select("id")
        .where("token_hash", "=", tokenHash)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (display) {
        // "Last seen" to the minute: a wall asks many times a minute, and each write would be a
        // database round trip (and on PostgreSQL a row version) for nothing anyone reads.
        const now = new Date();
        const aMinuteAgo = new Date(now.getTime() - 60_000).toISOString();
        await store
          .q()
          .updateTable("display_tokens")
          .set({ last_seen_at: now.toISOString() })
          .where("id", "=", display.id)
          .where((eb) =>
            eb.or([eb("last_seen_at", "is", null), eb("last_seen_at", "<", aMinuteAgo)]),
          )
          .execute();
        return { kind: "display", tokenId: display.id };
      }
      return null;
    },
    /**
     * Issues a new personal link, revoking any earlier one: only the newest link works. The audit
     * record, when given, is written with it.
     */
    issueLink(
      eventId: string,
      evaluatorId: string,
      tokenHash: string,
      by: string,
      audit?: AuditEntry,
    ): Promise<void> {
      const now = new Date().toISOString();
      return store.transaction(async () => {
        await revokeLinks(eventId, evaluatorId, now);
        await store
          .q()
          .insertInto("evaluator_links")
          .values({
            token_hash: tokenHash,
            event_id: eventId,
            evaluator_id: evaluatorId,
            created_at: now,
            created_by: by,
          })
          .execute();
        if (audit) await appendAudit(store, audit);
      });
    },
    /** Revokes the evaluator's link; the audit record, when given, is written only if one was. */
    revokeLink(eventId: string, evaluatorId: string, audit?: AuditEntry): Promise<boolean> {
      return store.transaction(async () => {
        const revoked = await revokeLinks(eventId, evaluatorId, new Date().toISOString());
        if (revoked && audit) await appendAudit(store, audit);
        return revoked;
      });
    },
    async createDisplayToken(id: string, label: string, tokenHash: string, by: string) {
      await store
        .q()
        .insertInto("display_tokens")
        .values({
          token_hash: tokenHash,
          id,
          label,
          created_at: new Date().toISOString(),
          created_by: by,
        })
        .execute();
    },
    async listDisplayTokens(): Promise<DisplayTokenView[]> {
      const rows = await store
        .q()
        .selectFrom("display_tokens")
        .select(["id", "label", "created_at", "created_by", "revoked_at", "last_seen_at"])
        .orderBy("created_at")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        label: r.label,
        createdAt: r.created_at,
        createdBy: r.created_by,
        revokedAt: r.revoked_at,
        lastSeenAt: r.last_seen_at,
      }));
    },
    async revokeDisplayToken(id: string): Promise<boolean> {
      const result = await store
        .q()
        .updateTable("display_tokens")
        .set({ revoked_at: new Date().toISOString() })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async activeLinks(
      eventId: string,
    ): Promise<{ evaluatorId: string; createdAt: string; createdBy: string }[]> {
      const rows = await store
        .q()
        .selectFrom("evaluator_links")
        .select(["evaluator_id", "created_at", "created_by"])
        .where("event_id", "=", eventId)
        .where("revoked_at", "is", null)
        .orderBy("evaluator_id")
        .execute();
      return rows.map((r) => ({
        evaluatorId: r.evaluator_id,
        createdAt: r.created_at,
        createdBy: r.created_by,
      }));
    },
  };
}
export type TokensStore = ReturnType<typeof createTokensStore>;
