import { describe, expect, it } from "vitest";
import { zipOf } from "./test-zip";
import { checkXlsxArchive, UploadProblem } from "./upload-limits";

const problem = (bytes: Uint8Array, limits?: Parameters<typeof checkXlsxArchive>[1]) => {
  try {
    checkXlsxArchive(bytes, limits);
    return null;
  } catch (error) {
    if (error instanceof UploadProblem) return error.kind;
    throw error;
  }
};

const sheetXml = (rows: number) =>
  Buffer.from(
    `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("")}</sheetData></worksheet>`,
  );

describe("checking an .xlsx archive before parsing it", () => {
  it("accepts a small workbook", () => {
    expect(problem(zipOf([{ name: "xl/worksheets/sheet1.xml", data: sheetXml(10) }]))).toBeNull();
  });

  it("refuses what unpacks beyond the cap, even when its headers declare a small size", () => {
    const bomb = Buffer.alloc(30 * 1024 * 1024, 0x20);
    expect(problem(zipOf([{ name: "xl/sharedStrings.xml", data: bomb }]))).toBe("too_large");
    const started = Date.now();
    expect(problem(zipOf([{ name: "xl/sharedStrings.xml", data: bomb, declare: 100 }]))).toBe(
      "too_large",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses more rows than the cap, counted over the worksheets", () => {
    const limits = { maxUnpackedBytes: 20 * 1024 * 1024, maxRows: 100 };
    const sheets = [
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(60) },
      { name: "xl/worksheets/sheet2.xml", data: sheetXml(60) },
    ];
    expect(problem(zipOf(sheets), limits)).toBe("too_many_rows");
    expect(problem(zipOf(sheets.slice(0, 1)), limits)).toBeNull();
  });

  it("calls a truncated or scrambled archive damaged", () => {
    const whole = zipOf([{ name: "xl/worksheets/sheet1.xml", data: sheetXml(500) }]);
    expect(problem(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("damaged");
    const scrambled = Buffer.from(whole);
    scrambled.fill(0x41, 40, 400);
    expect(problem(scrambled)).toBe("damaged");
    expect(problem(Buffer.from("PK"))).toBe("damaged");
  });
});
