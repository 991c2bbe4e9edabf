import { useQuery } from "@tanstack/react-query";
import { qualityQueryOptions } from "../../../api/events";

export const useQuality = (eventId: string | undefined) =>
  useQuery({ ...qualityQueryOptions(eventId ?? ""), enabled: Boolean(eventId) });
