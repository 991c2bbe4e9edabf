import { LinkCardsPage } from "../../features/score-desk/link-cards-page";

export default function LinkCardsRoute() {
  return <LinkCardsPage />;
}
