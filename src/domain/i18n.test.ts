import { describe, expect, it } from "vitest";
import { defineMessages, formatMessage, localized, placeholderNames, translate } from "./i18n";

describe("formatMessage", () => {
  it("fills in named values and leaves a missing one visible", () => {
    expect(formatMessage("No project with id {id}.", "en", { id: "p-1" })).toBe(
      "No project with id p-1.",
    );
    expect(formatMessage("{a} and {b}", "en", { a: 1 })).toBe("1 and {b}");
    expect(formatMessage("{a}", "en")).toBe("{a}");
  });

  it("chooses the English plural form by Intl.PluralRules", () => {
    const template = "{n, plural, one {# project} other {# projects}} behind";
    expect(formatMessage(template, "en", { n: 1 })).toBe("1 project behind");
    expect(formatMessage(template, "en", { n: 0 })).toBe("0 projects behind");
    expect(formatMessage(template, "en", { n: 3 })).toBe("3 projects behind");
    expect(formatMessage(template, "en", { n: 1.5 })).toBe("1.5 projects behind");
  });

  it("lets an exact value win over the category, and other stand in for what Chinese lacks", () => {
    const template = "{n, plural, =0 {none} one {one {what}} other {# {what}s}}";
    expect(formatMessage(template, "en", { n: 0, what: "row" })).toBe("none");
    expect(formatMessage(template, "en", { n: 1, what: "row" })).toBe("one row");
    expect(formatMessage(template, "en", { n: 2, what: "row" })).toBe("2 rows");
    // Chinese has one plural category, "other".
    expect(formatMessage("{n, plural, other {# 个项目}}", "zh", { n: 1 })).toBe("1 个项目");
  });
});

describe("translate", () => {
  const messages = defineMessages({
    zh: { count: "{n} 个项目", title: "总览" },
    en: { count: "{n, plural, one {# project} other {# projects}}", title: "Overview" },
  });

  it("reads the language's text", () => {
    expect(translate(messages, "zh")("count", { n: 1 })).toBe("1 个项目");
    expect(translate(messages, "en")("count", { n: 1 })).toBe("1 project");
    expect(translate(messages, "en")("title")).toBe("Overview");
  });
});

describe("placeholderNames", () => {
  it("names plain and plural placeholders, and those inside plural forms", () => {
    expect(placeholderNames("{b} and {a}")).toEqual(["a", "b"]);
    expect(placeholderNames("{n, plural, one {# of {m}} other {# of {m}}}")).toEqual(["m", "n"]);
    expect(placeholderNames("none")).toEqual([]);
  });
});

it("localized reads name or nameEn", () => {
  const record = { name: "制造业", nameEn: "Manufacturing" };
  expect(localized(record, "name", "zh")).toBe("制造业");
  expect(localized(record, "name", "en")).toBe("Manufacturing");
});
