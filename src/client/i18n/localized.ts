export { localized } from "../../domain/i18n";
