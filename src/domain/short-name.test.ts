import { describe, expect, it } from "vitest";
import { shortProjectName } from "./short-name";

describe("shortProjectName", () => {
  it("drops the trailing 项目 and keeps a short name whole", () => {
    expect(shortProjectName("奇瑞汽车青岛基地项目", "zh")).toBe("奇瑞汽车青岛基地");
    expect(shortProjectName("地铁7号线二期", "zh")).toBe("地铁7号线二期");
  });

  it("cuts a long Chinese name with an ellipsis, keeping its start", () => {
    expect(shortProjectName("联东U谷即墨潮海智造港项目", "zh")).toBe("联东U谷即墨潮海…");
    expect([...shortProjectName("云路绿色能源装备制造智能制造产业园项目", "zh")]).toHaveLength(9);
  });

  it("cuts a long English name at a word", () => {
    expect(shortProjectName("Chery Automobile Qingdao Base", "en")).toBe("Chery Automobile…");
    expect(shortProjectName("Metro Line 7 Phase 2", "en")).toBe("Metro Line 7 Phase 2");
    // A long word after a short first one is cut inside rather than leaving one word alone.
    expect(shortProjectName("Guanggu Electromagnetic Technology Project", "en")).toBe(
      "Guanggu Electromagnet…",
    );
  });
});
