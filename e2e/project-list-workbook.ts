import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";

/** The year's key-project list as the import expects it (the office's own columns). */
const header = [
  "项目名称",
  "类别",
  "建设主体",
  "责任单位",
  "包联领导",
  "总投资（亿元）",
  "年度计划投资（亿元）",
  "开工时间",
  "竣工时间",
  "所在街道",
];
export const listNames = [
  "即墨区智能装备产业园",
  "即墨古城文旅提升工程",
  "即墨区新能源电池基地",
  "鳌山湾海洋科创中心",
  "蓝村物流枢纽二期",
];
const rows = (total: string | number) => [
  [
    listNames[0],
    "制造业",
    "青岛智能装备有限公司",
    "区工业和信息化局",
    "区领导A",
    15,
    "3亿元",
    "2023-03-01",
    "2025年12月",
    "龙山街道",
  ],
  [
    listNames[1],
    "城市更新",
    "即墨古城文旅集团",
    "区文化和旅游局",
    "区领导B",
    6.8,
    "12000万元",
    "2023年4月",
    "2024.10",
    "通济街道",
  ],
  [
    listNames[2],
    "制造业",
    "青岛新能源科技有限公司",
    "区发展和改革局",
    "区领导C",
    total,
    4,
    "2023.5",
    "2026-06-30",
    "蓝村街道",
  ],
  [
    listNames[3],
    "制造业",
    "鳌山湾科创发展公司",
    "区科技局",
    "区领导D",
    9,
    2.5,
    "2023-02-15",
    "2025-08-31",
    "鳌山卫街道",
  ],
  [
    listNames[4],
    "城市更新",
    "即墨物流集团",
    "区交通运输局",
    "区领导E",
    4.2,
    1.1,
    "2023-06-01",
    "2024-12-31",
    "蓝村街道",
  ],
];

/** A 发改 office's list of five projects; `total` is the third one's 总投资 as typed. */
export async function projectListWorkbook(total: string | number) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("2023年重点项目清单");
  sheet.addRow(["2023年重点项目清单"]);
  sheet.addRow(header);
  for (const row of rows(total)) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function chooseListFile(page: Page, buffer: Buffer) {
  await page.getByLabel("选择清单文件（.xlsx）").setInputFiles({
    name: "2023年重点项目清单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
}
