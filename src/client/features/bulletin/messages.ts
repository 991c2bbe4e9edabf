import { defineMessages } from "../../i18n/messages";

export const bulletinMessages = defineMessages({
  zh: {
    heading: "评议通报（草稿）",
    intro:
      "依据当前评议结果起草，数字与“评议结果”页一致。下载 Word 文件后可在 Word 或 WPS 中修改再印发。",
    download: "下载 Word（.docx）",
    print: "打印（A4）",
    back: "返回评议结果",
    backToAgenda: "返回调度会议程",
    dispatchIntro:
      "依据本旬调度会议程起草，数字与议程页一致。下载 Word 文件后可在 Word 或 WPS 中修改再印发。",
    needSignIn: "评议通报仅供工作人员与领导查看，请先登录。",
    signIn: "登录",
    noEvent: "尚无观摩会，无法起草通报。",
  },
  en: {
    heading: "Bulletin (draft)",
    intro:
      "Drafted from the current results, with the same figures as the Results page. Download the Word file to edit it in Word or WPS before it goes out.",
    download: "Download Word (.docx)",
    print: "Print (A4)",
    back: "Back to results",
    backToAgenda: "Back to the agenda",
    dispatchIntro:
      "Drafted from this period's dispatch agenda, with the same figures as the agenda page. Download the Word file to edit it in Word or WPS before it goes out.",
    needSignIn: "The bulletin is for staff and leaders; please sign in.",
    signIn: "Sign in",
    noEvent: "There is no inspection yet to draft a bulletin from.",
  },
});
