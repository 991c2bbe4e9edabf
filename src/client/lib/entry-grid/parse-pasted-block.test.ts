import { describe, expect, it } from "vitest";
import { isBlock, parsePastedBlock } from "./parse-pasted-block";

describe("parsePastedBlock", () => {
  it("splits rows and cells and ignores Excel's trailing newline", () => {
    expect(parsePastedBlock("28\t18\t17\n25\t16\t15\n")).toEqual([
      ["28", "18", "17"],
      ["25", "16", "15"],
    ]);
  });
  it("accepts Windows line ends and no trailing newline", () => {
    expect(parsePastedBlock("1\t2\r\n3\t4")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });
  it("keeps empty cells and empty rows inside the block", () => {
    expect(parsePastedBlock("1\t\t3\n\n4\t5\n")).toEqual([["1", "", "3"], [""], ["4", "5"]]);
  });
  it("honours quoted cells with tabs, newlines and doubled quotes", () => {
    expect(parsePastedBlock('"a\tb"\t"say ""hi""\nthere"\n')).toEqual([
      ["a\tb", 'say "hi"\nthere'],
    ]);
  });
  it("trims spaces around values and keeps Chinese text", () => {
    expect(parsePastedBlock(" 28 \t满意 \n")).toEqual([["28", "满意"]]);
  });
  it("returns no rows for empty text or a lone newline", () => {
    expect(parsePastedBlock("")).toEqual([]);
    expect(parsePastedBlock("\n")).toEqual([[""]]);
  });
});

describe("isBlock", () => {
  it("tells one cell from a block", () => {
    expect(isBlock("28")).toBe(false);
    expect(isBlock("28\n")).toBe(false);
    expect(isBlock("28\t18")).toBe(true);
    expect(isBlock("28\n18\n")).toBe(true);
  });
});
