import { create } from "zustand";
import { persist } from "zustand/middleware";
import { isLang, type Lang } from "../../domain/i18n";

type LangState = { lang: Lang; setLang: (lang: Lang) => void };

/** The chosen language, remembered across visits. `?lang=` in a link overrides it (see LangSync). */
const useLangStore = create<LangState>()(
  persist((set) => ({ lang: "zh", setLang: (lang) => set({ lang }) }), { name: "kp-lang" }),
);

export const useLang = () => useLangStore((s) => s.lang);
export const useSetLang = () => useLangStore((s) => s.setLang);

export { isLang };

/** For code outside React (the API client's headers). */
export const currentLang = (): Lang => useLangStore.getState().lang;
