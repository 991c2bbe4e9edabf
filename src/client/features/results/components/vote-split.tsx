import type { VoteCounts } from "../../../../domain/satisfaction";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";

const order = ["satisfied", "basically_satisfied", "unsatisfied"] as const;

/**
 * The on-site votes as counts and as one bar split by share: the bar is always all votes, from
 * zero, so how much of a high "satisfied or basically satisfied" rate is only 基本满意 shows.
 */
export function VoteSplit({ votes }: { votes: VoteCounts }) {
  const t = useMessages(resultsMessages);
  const total = order.reduce((sum, v) => sum + votes[v], 0);
  if (total === 0) return <>—</>;
  return (
    <span className="vote-split">
      <span className="vote-split__counts">
        {order.map((v, i) => (
          <span key={v} className={`vote-split__count vote-split__count--${v}`}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            <span className="visually-hidden">{t(`vote_${v}`)} </span>
            {votes[v]}
          </span>
        ))}
      </span>
      <span className="vote-split__bar" aria-hidden="true" data-total={total}>
        {order.map((v) =>
          votes[v] === 0 ? null : (
            <span
              key={v}
              className={`vote-split__part vote-split__part--${v}`}
              data-count={votes[v]}
              style={{ width: `${(votes[v] / total) * 100}%` }}
            />
          ),
        )}
      </span>
    </span>
  );
}
