import { defineMessages } from "../../i18n/messages";

export const exportMessages = defineMessages({
  zh: {
    title: "导出与打印",
    hint: "导出文件包含当前筛选条件下的数据，表头注明观摩会、筛选条件与数据截至时间。",
    results: "评议结果",
    sheets: "评分表明细",
    xlsx: "Excel (.xlsx)",
    csv: "CSV",
    docx: "Word (.docx)",
    bulletin: "评议通报",
    bulletinOpen: "查看与打印",
    downloadLabel: "下载{what}",
    print: "打印结果（A4）",
    printedAt: "打印时间：{time}",
  },
  en: {
    title: "Export and print",
    hint: "Files hold the data under the current filters; their first rows name the event, the filters and the time the data is from.",
    results: "Results",
    sheets: "Score sheets",
    xlsx: "Excel (.xlsx)",
    csv: "CSV",
    docx: "Word (.docx)",
    bulletin: "Bulletin",
    bulletinOpen: "View and print",
    downloadLabel: "download {what}",
    print: "Print results (A4)",
    printedAt: "Printed: {time}",
  },
});
