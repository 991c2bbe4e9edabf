import { ReviewPage } from "../../features/review/review-page";

export default function ReviewRoute() {
  return <ReviewPage />;
}
