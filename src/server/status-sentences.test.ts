/**
 * Every seed project's status sentence, in both languages, agrees with its own figures: ahead when
 * the year's completion is above the time elapsed, behind when below, by the shown difference.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labelled } from "../domain/shared-messages";
import { computeStatus } from "../domain/status-light";
import { describeStatus } from "../domain/status-reason";
import { loadSeedFiles } from "./seed/load-seed-files";

const seed = loadSeedFiles(join(__dirname, "../../data"));
const asOf = seed.projects.asOf;

type Claim = { sign: -1 | 0 | 1; points: number | null; bound: number | null };

/** What a sentence claims about the gap: sign (+ ahead, − behind) and its size, or a bound on it. */
function claim(sentence: string): Claim {
  const patterns: [RegExp, (m: RegExpMatchArray) => Claim][] = [
    [
      /超前 ([\d.]+) 个百分点|gone: ([\d.]+) points ahead/,
      (m) => ({ sign: 1, points: Number(m[1] ?? m[2]), bound: null }),
    ],
    [/与序时持平|gone: on plan\./, () => ({ sign: 0, points: 0, bound: null })],
    [
      /，落后 ([\d.]+) 个百分点|gone: ([\d.]+) points behind/,
      (m) => ({ sign: -1, points: Number(m[1] ?? m[2]), bound: null }),
    ],
    [
      /，落后(?:不足|超过) (\d+) 个百分点|gone: (?:under|over) (\d+) points behind/,
      (m) => ({ sign: -1, points: null, bound: Number(m[1] ?? m[2]) }),
    ],
  ];
  const found = patterns.flatMap(([re, read]) => {
    const m = sentence.match(re);
    return m ? [read(m)] : [];
  });
  expect(found, sentence).toHaveLength(1);
  return found[0] as Claim;
}

describe("seed projects: the status sentence follows each project's figures", () => {
  for (const project of seed.projects.projects) {
    const s = computeStatus(project, asOf, seed.statusRules);
    for (const lang of ["zh", "en"] as const) {
      it(`${project.id} (${lang})`, () => {
        const sentence = describeStatus(s, lang);
        const shownGap = Math.round((s.ytdCompletionPct - s.timeElapsedPct) * 10) / 10;
        const said = claim(sentence);
        expect(said.sign, sentence).toBe(Math.sign(shownGap));
        if (said.points !== null) expect(said.points, sentence).toBeCloseTo(Math.abs(shownGap), 5);
        expect(sentence).toContain(`${s.ytdCompletionPct.toFixed(1)}%`);
        expect(sentence).toContain(`${s.timeElapsedPct.toFixed(1)}%`);
        // The light's word leads the rule clause.
        const word = {
          zh: { green: "绿灯", yellow: "黄灯", red: "红灯" },
          en: { green: "Green", yellow: "Yellow", red: "Red" },
        }[lang][s.light];
        expect(sentence).toContain(labelled(word, "", lang).trimEnd());
      });
    }
  }

  it("covers all 18 projects, several of them ahead of plan", () => {
    expect(seed.projects.projects).toHaveLength(18);
    const ahead = seed.projects.projects.filter((p) => {
      const s = computeStatus(p, asOf, seed.statusRules);
      return s.ytdCompletionPct > s.timeElapsedPct;
    });
    expect(ahead.length).toBeGreaterThan(0);
  });
});
