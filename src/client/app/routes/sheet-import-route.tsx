import { SheetImportPage } from "../../features/sheet-import/sheet-import-page";

export default function SheetImportRoute() {
  return <SheetImportPage />;
}
