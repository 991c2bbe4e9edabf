import { describe, expect, it } from "vitest";
import { readMoneyYi } from "./report-form";
import { findStreet } from "./streets";
import { readTypedDate } from "./typed-date";

describe("dates as a project list gives them", () => {
  it.each([
    ["2023-03-01", "2023-03-01"],
    ["2023/3/1", "2023-03-01"],
    ["2023.3.15", "2023-03-15"],
    ["2023年3月1日", "2023-03-01"],
    ["2023年3月", "2023-03-01"],
    ["2023.3", "2023-03-01"],
    ["２０２３年３月", "2023-03-01"],
    ["2023-03-01T00:00:00.000Z", "2023-03-01"],
    [44986, "2023-03-01"],
    ["", "blank"],
    ["明年春天", "not_a_date"],
    ["2023-02-30", "not_a_date"],
    ["2023年13月", "not_a_date"],
  ])("%s → %s", (raw, expected) => {
    expect(readTypedDate(raw)).toBe(expected);
  });
});

describe("money in 亿元", () => {
  it("reads a bare number as 亿元 and converts 万元", () => {
    expect(readMoneyYi("12.5")).toBe(12.5);
    expect(readMoneyYi("12.5亿元")).toBe(12.5);
    expect(readMoneyYi("3500万元")).toBe(0.35);
    expect(readMoneyYi(3)).toBe(3);
    expect(readMoneyYi("很多")).toBe("not_a_number");
  });
});

describe("streets", () => {
  it("are found by either name, or without 街道", () => {
    expect(findStreet("潮海")?.name).toBe("潮海街道");
    expect(findStreet("lancun sub-district")?.name).toBe("蓝村街道");
    expect(findStreet("北京")).toBeUndefined();
  });
});
