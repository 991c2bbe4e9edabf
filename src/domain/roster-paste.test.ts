import { describe, expect, it } from "vitest";
import { parseRosterRows } from "./roster-paste";

const groups = [
  { id: "district_leaders", name: "区领导", nameEn: "District leaders", weight: 0.5 },
  { id: "town_heads", name: "镇街负责人", nameEn: "Heads of towns", weight: 0.5 },
];

describe("parseRosterRows", () => {
  it("reads tab- or comma-separated rows, a header, groups by name or id", () => {
    const { entries, issues } = parseRosterRows(
      "标签\t姓名\t评委组\t单位\n评委01\t王五\t区领导\t区发改局\n评委02,,town_heads,\n\n评委03，李四，Heads of towns",
      groups,
      "zh",
    );
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      { label: "评委01", name: "王五", groupId: "district_leaders", unit: "区发改局" },
      { label: "评委02", groupId: "town_heads" },
      { label: "评委03", name: "李四", groupId: "town_heads" },
    ]);
  });

  it("reports every bad row with its number, in the reader's language", () => {
    const { entries, issues } = parseRosterRows(
      "评委01\t\t区领导\n\t张三\t区领导\n评委02\t\t专家组\n评委01\t\ttown_heads",
      groups,
      "en",
    );
    expect(entries).toHaveLength(1);
    expect(issues.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(issues[1]?.message).toContain("no evaluator group “专家组”");
    expect(issues[2]?.message).toContain("repeats row 1");
  });
});
