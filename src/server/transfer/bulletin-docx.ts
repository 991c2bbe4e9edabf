import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { BulletinDoc, BulletinTable } from "../../domain/bulletin";

// Official documents (公文, GB/T 9704) are set in 仿宋 at 三号 (16 pt) with 黑体 headings on A4 with
// these margins. Word and WPS substitute their own 仿宋 where the exact face is missing.
const BODY_FONT = { eastAsia: "仿宋", ascii: "Times New Roman", hAnsi: "Times New Roman" };
const HEADING_FONT = { eastAsia: "黑体", ascii: "Arial", hAnsi: "Arial" };
const TITLE_FONT = {
  eastAsia: "方正小标宋简体",
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
};
const pt = (points: number) => points * 2; // docx sizes are in half points

const paragraph = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, font: BODY_FONT, size: pt(16) })],
    indent: { firstLine: convertMillimetersToTwip(11) }, // two characters, as Chinese paragraphs start
    spacing: { line: 560 }, // 28 pt, the 公文 line pitch
  });

function table(t: BulletinTable): Table {
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: t.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text,
              bold: header,
              font: header ? HEADING_FONT : BODY_FONT,
              size: pt(12),
            }),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, i, true)) }),
      ...t.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** The bulletin as a Word document officials can edit (in Word or WPS) before it goes out. */
export async function bulletinDocx(doc: BulletinDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.title, font: TITLE_FONT, size: pt(22) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: doc.subtitle, font: BODY_FONT, size: pt(16) })],
    }),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: section.heading, font: HEADING_FONT, size: pt(16) })],
      }),
      ...section.paragraphs.map(paragraph),
    );
    if (section.table) children.push(table(section.table));
  }
  if (doc.note)
    children.push(
      new Paragraph({
        spacing: { before: 360 },
        children: [new TextRun({ text: doc.note, italics: true, font: BODY_FONT, size: pt(12) })],
      }),
    );
  const document = new Document({
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
