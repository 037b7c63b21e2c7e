/**
 * Everything a template needs to lay out one note, derived from its validated front matter:
 * formatted dates, the UN-style venue line, country names, the contact and the disclaimer, and the
 * note page's words, all in the note's own language (told by its file name, see note-files.ts).
 * Templates only place these values; they compute nothing.
 */
import { compareCalendarDates, requireCalendarDate, type CalendarDate } from "./calendar-date.ts";
import { resolveCountry, type Country } from "./countries.ts";
import { noteEventKey, noteFileSlug, noteLanguage, noteUrl } from "./note-files.ts";
import type { Note, NoteType } from "./note-schema.ts";
import { publicationState } from "./publication.ts";
import { countryName } from "../languages/country-names.ts";
import { formatDate, formatDateRange } from "../languages/date-format.ts";
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGE_CODES, languageOf, type LanguageCode, type TextDirection } from "../languages/languages.ts";
import { translate, type MessageKey, type MessageParams } from "../languages/messages.ts";

/** What a note shows when it names no contact or disclaimer of its own (the site settings give them). */
export interface NoteDefaults {
  readonly contact: { readonly name: string; readonly email: string };
  readonly disclaimer: string;
}

export const NOTE_TYPE_LABELS: Record<NoteType, string> = {
  workshop: "Workshop",
  conference: "Conference",
  seminar: "Seminar",
  training: "Training",
  visit: "Country visit",
  meeting: "Meeting",
  briefing: "Briefing",
  roundtable: "Round table",
  exercise: "Exercise",
  other: "Other event",
};

/** A sentence split around one placeholder, so a template can put a link or a `<time>` in its place. */
export interface SplitSentence {
  readonly before: string;
  readonly after: string;
}

// A private-use character cannot occur in a message, so splitting on it is safe.
const SENTINEL = "\uE000";

/** `translate` with one placeholder left open: `{ before: "… contact X by e-mail at ", after: "." }`. */
export function splitMessage(language: LanguageCode, key: MessageKey, params: MessageParams, open: string): SplitSentence {
  const text = translate(language, key, { ...params, [open]: SENTINEL });
  const at = text.indexOf(SENTINEL);
  return { before: text.slice(0, at), after: text.slice(at + SENTINEL.length) };
}

/**
 * How each language separates the items of a short inline list, the stronger break between
 * organizers, and the city from the country. French puts a no-break space before its semicolon.
 */
const LIST_SEPARATORS: Record<LanguageCode, { readonly list: string; readonly semicolon: string; readonly place: string }> = {
  en: { list: ", ", semicolon: "; ", place: ", " },
  ar: { list: "، ", semicolon: "؛ ", place: "، " },
  es: { list: ", ", semicolon: "; ", place: ", " },
  fr: { list: ", ", semicolon: "\u00a0; ", place: ", " },
  ru: { list: ", ", semicolon: "; ", place: ", " },
  zh: { list: "、", semicolon: "；", place: "，" },
};

/** The words of a note page that do not depend on the note, in one language. */
export interface NotePageLabels {
  readonly informationNote: string;
  readonly footnoteLink: string;
  readonly backToLabel: string;
  readonly disclaimer: string;
  readonly previewOnly: string;
  readonly event: string;
  readonly dateAndVenue: string;
  readonly participants: string;
  readonly topics: string;
  readonly published: string;
  readonly relatedDocuments: string;
  readonly additionalComments: string;
  readonly semicolon: string;
  readonly listSeparator: string;
  readonly languageNavigation: string;
  readonly browse: {
    readonly heading: string;
    readonly country: string;
    readonly region: string;
    readonly typeOfEvent: string;
    readonly year: string;
    readonly addToCalendar: string;
    readonly relatedNotes: string;
    readonly linksLabel: string;
    readonly links: Readonly<Record<"countries" | "regions" | "organizers" | "types" | "years" | "topics" | "map" | "stats" | "calendar", string>>;
  };
}

const labelCache = new Map<LanguageCode, NotePageLabels>();

/** One shared object per language: ten thousand notes do not make ten thousand copies of the same words. */
export function notePageLabels(language: LanguageCode): NotePageLabels {
  const cached = labelCache.get(language);
  if (cached) return cached;
  const t = (key: MessageKey) => translate(language, key);
  const labels: NotePageLabels = {
    informationNote: t("note.label"),
    footnoteLink: t("note.footnoteLink"),
    backToLabel: t("note.backToLabel"),
    disclaimer: t("note.disclaimer"),
    previewOnly: t("note.previewOnly"),
    event: t("note.event"),
    dateAndVenue: t("note.dateAndVenue"),
    participants: t("note.participants"),
    topics: t("note.topics"),
    published: t("note.published"),
    relatedDocuments: t("note.relatedDocuments"),
    additionalComments: t("note.additionalComments"),
    semicolon: LIST_SEPARATORS[language].semicolon,
    listSeparator: LIST_SEPARATORS[language].list,
    languageNavigation: t("site.languageNavigation"),
    browse: {
      heading: t("browse.heading"),
      country: t("browse.country"),
      region: t("browse.region"),
      typeOfEvent: t("browse.typeOfEvent"),
      year: t("browse.year"),
      addToCalendar: t("browse.addToCalendar"),
      relatedNotes: t("browse.relatedNotes"),
      linksLabel: t("browse.linksLabel"),
      links: {
        countries: t("browse.links.countries"),
        regions: t("browse.links.regions"),
        organizers: t("browse.links.organizers"),
        types: t("browse.links.types"),
        years: t("browse.links.years"),
        topics: t("browse.links.topics"),
        map: t("browse.links.map"),
        stats: t("browse.links.stats"),
        calendar: t("browse.links.calendar"),
      },
    },
  };
  labelCache.set(language, labels);
  return labels;
}

/** One language version of an event, for the language switcher and the `hreflang` alternates. */
export interface NoteVersion {
  readonly language: LanguageCode;
  /** BCP 47 tag for `lang` and `hreflang` */
  readonly tag: string;
  readonly endonym: string;
  readonly direction: TextDirection;
  readonly url: string;
  /** The version this page shows */
  readonly current: boolean;
}

/**
 * The version of an event that stands for it where the site lists each event once (home, archive,
 * browse pages, feeds, calendars, search): the English one when there is one, otherwise the first in
 * the site's language order. `languages` are those of the event's published versions.
 */
export function listedLanguage(languages: readonly LanguageCode[]): LanguageCode | undefined {
  return LANGUAGE_CODES.find((code) => languages.includes(code));
}

export interface NoteView {
  readonly url: string;
  readonly slug: string;
  /** The language the note is written in, and what a page needs to mark it */
  readonly language: LanguageCode;
  readonly languageTag: string;
  readonly direction: TextDirection;
  readonly ogLocale: string;
  /** What the language versions of one event share (see `noteEventKey`) */
  readonly eventKey: string;
  readonly title: string;
  /** The browser's title for the note page: `{title} · {site name}`, the site named in the note's language */
  readonly pageTitle: string;
  readonly type: NoteType;
  readonly typeLabel: string;
  readonly organizers: readonly string[];
  readonly startDate: string;
  readonly endDate: string;
  readonly year: number;
  /** `29 February – 1 March 2016` */
  readonly dates: string;
  /** `Dushanbe, Tajikistan` or `Online` */
  readonly venue: string;
  /** `Dushanbe, Tajikistan`, or empty for an event held only online */
  readonly place: string;
  /** `29 February – 1 March 2016, Dushanbe, Tajikistan` */
  readonly dateAndVenue: string;
  readonly online: boolean;
  readonly city?: string;
  /** The host country; its `name` is English, as browse pages and their addresses use it */
  readonly country?: Country;
  /** The host country's UN short name in the note's language */
  readonly countryName?: string;
  /** The host country's UN M49 region and sub-region, in English (the search filters' values) */
  readonly regions: readonly string[];
  readonly summary: string;
  readonly published: string;
  readonly publishedLabel: string;
  readonly updated?: string;
  readonly updatedLabel?: string;
  /** The later of `updated` and `published` */
  readonly lastModified: string;
  readonly topics: readonly string[];
  readonly participants: {
    /** English names, as browse pages use them */
    readonly states: readonly Country[];
    readonly organizations: readonly string[];
    readonly others: readonly string[];
    readonly any: boolean;
    /** `States: …`, `Organizations: …`, `Others: …` in the note's language, for the groups it has */
    readonly statesLine?: string;
    readonly organizationsLine?: string;
    readonly othersLine?: string;
  };
  readonly links: readonly { readonly title: string; readonly url: string }[];
  readonly contact: { readonly name: string; readonly email: string };
  /** The contact sentence around the e-mail address, which the page makes a link */
  readonly contactSentence: SplitSentence;
  readonly disclaimer: string;
  readonly draft: boolean;
  /** Not yet over on the build date */
  readonly upcoming: boolean;
  /** Published after the build date: kept off the public site until then */
  readonly scheduled: boolean;
  /** The preview's banner on a draft or scheduled note */
  readonly banner?: string;
  /** `Organizer` or `Organizers`, as many as the note names */
  readonly organizersLabel: string;
  /** `Topic` or `Topics`, as many as the note names */
  readonly topicsLabel: string;
  readonly topicsText: string;
  /** `; updated ` around the updated date, when there is one */
  readonly updatedSentence?: SplitSentence;
  readonly labels: NotePageLabels;
  /** Every published language version of the event, this one included, in the site's language order */
  readonly versions: readonly NoteVersion[];
  /** The address of the version that stands for the event (`x-default`): English, or the first language */
  readonly defaultUrl: string;
  /** Whether this is the version listed where each event appears once */
  readonly listed: boolean;
}

/** The note's defaults in its language: the site's own contact name and disclaimer in English, the interface's translation otherwise. */
function defaultsIn(language: LanguageCode, defaults: NoteDefaults): NoteDefaults {
  if (language === DEFAULT_LANGUAGE) return defaults;
  return { contact: { name: translate(language, "site.contactName"), email: defaults.contact.email }, disclaimer: translate(language, "site.defaultDisclaimer") };
}

/**
 * The view of one note. `versionLanguages` are the languages of the event's published versions
 * (its own included); without them the note is taken to be the event's only version.
 */
export function buildNoteView(note: Note, file: string, defaults: NoteDefaults, buildDate: CalendarDate, versionLanguages?: readonly LanguageCode[]): NoteView {
  const language = noteLanguage(file);
  const own = languageOf(language);
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const labels = notePageLabels(language);
  const start = requireCalendarDate(note.start_date);
  const end = note.end_date ? requireCalendarDate(note.end_date) : start;
  const country = note.country ? resolveCountry(note.country) : undefined;
  const localCountryName = country ? countryName(country.code, language) : undefined;
  const online = note.online === true;
  const place = [note.city, localCountryName].filter(Boolean).join(LIST_SEPARATORS[language].place);
  const venue = online ? (place ? t("note.onlineAndPlace", { place }) : t("note.online")) : place;
  const dates = formatDateRange(start, end, language);
  const published = requireCalendarDate(note.published);
  const updated = note.updated ? requireCalendarDate(note.updated) : undefined;
  const states = (note.participants?.states ?? []).map((state) => resolveCountry(state)).filter((state): state is Country => state !== undefined);
  const organizations = note.participants?.organizations ?? [];
  const others = note.participants?.others ?? [];
  const joined = (items: readonly string[]) => items.join(labels.listSeparator);
  const { contact, disclaimer } = defaultsIn(language, defaults);
  const noteContact = note.contact ?? contact;
  const url = noteUrl(note.start_date, file);
  const scheduled = publicationState({ published: note.published }, buildDate) === "scheduled";
  const publishedLabel = formatDate(published, language);
  const draft = note.draft === true;

  const slug = noteFileSlug(file);
  const languages = LANGUAGE_CODES.filter((code) => code === language || (versionLanguages ?? []).includes(code));
  const versions = languages.map((code): NoteVersion => {
    const version = languageOf(code);
    return { language: code, tag: version.tag, endonym: version.endonym, direction: version.direction, url: code === language ? url : noteUrl(note.start_date, `${slug}${code === DEFAULT_LANGUAGE ? "" : `.${code}`}.md`), current: code === language };
  });
  const listed = listedLanguage(languages) ?? language;

  return {
    url,
    slug,
    language,
    languageTag: own.tag,
    direction: own.direction,
    ogLocale: own.openGraphLocale,
    eventKey: noteEventKey(file),
    title: note.title,
    pageTitle: t("site.pageTitle", { title: note.title, site: t("site.name") }),
    type: note.type,
    typeLabel: t(`note.types.${note.type}`),
    organizers: note.organizers,
    startDate: note.start_date,
    endDate: note.end_date ?? note.start_date,
    year: start.year,
    dates,
    venue,
    place,
    dateAndVenue: t("note.dateAndVenueLine", { dates, venue: online && !place ? t("note.onlineInSentence") : venue }),
    online,
    ...(note.city ? { city: note.city } : {}),
    ...(country ? { country } : {}),
    ...(localCountryName ? { countryName: localCountryName } : {}),
    regions: [country?.region, country?.subregion].filter((name): name is string => Boolean(name)),
    summary: note.summary,
    published: note.published,
    publishedLabel,
    ...(updated ? { updated: note.updated, updatedLabel: formatDate(updated, language), updatedSentence: splitMessage(language, "note.updated", {}, "date") } : {}),
    lastModified: note.updated ?? note.published,
    topics: note.topics ?? [],
    participants: {
      states,
      organizations,
      others,
      any: states.length + organizations.length + others.length > 0,
      ...(states.length ? { statesLine: t("note.participantStates", { list: joined(states.map((state) => countryName(state.code, language))) }) } : {}),
      ...(organizations.length ? { organizationsLine: t("note.participantOrganizations", { list: joined(organizations) }) } : {}),
      ...(others.length ? { othersLine: t("note.participantOthers", { list: joined(others) }) } : {}),
    },
    links: note.links ?? [],
    contact: noteContact,
    contactSentence: splitMessage(language, "note.contact", { name: noteContact.name }, "email"),
    disclaimer: note.disclaimer ?? disclaimer,
    draft,
    upcoming: compareCalendarDates(end, buildDate) >= 0,
    scheduled,
    ...(draft ? { banner: t("note.draft") } : scheduled ? { banner: t("note.scheduled", { date: publishedLabel }) } : {}),
    organizersLabel: t("note.organizers", { count: note.organizers.length }),
    topicsLabel: t("browse.topics", { count: (note.topics ?? []).length }),
    topicsText: joined(note.topics ?? []),
    labels,
    versions,
    defaultUrl: versions.find((version) => version.language === listed)?.url ?? url,
    listed: listed === language,
  };
}

/**
 * The `hreflang` alternates of a note page: every language version of its event, itself included,
 * and `x-default` for the version listed once per event. None when the event has one version.
 */
export function noteAlternates(note: NoteView): { hreflang: string; url: string }[] {
  if (note.versions.length < 2) return [];
  return [...note.versions.map((version) => ({ hreflang: version.tag, url: version.url })), { hreflang: "x-default", url: note.defaultUrl }];
}

/** How a list on a page in one language marks a note written in another: `(in French)`, with both languages' tags. */
export interface LanguageMarker {
  readonly text: string;
  readonly noteTag: string;
  readonly noteDirection: TextDirection;
  readonly pageTag: string;
  readonly pageDirection: TextDirection;
}

/** The marker for `note` in a list on a page in `pageLanguage` (a language code), or undefined when they are the same language. */
export function languageMarker(note: NoteView, pageLanguage: string): LanguageMarker | undefined {
  const page = isLanguageCode(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE;
  if (note.language === page) return undefined;
  return {
    text: translate(page, `note.writtenIn.${note.language}`),
    noteTag: note.languageTag,
    noteDirection: note.direction,
    pageTag: languageOf(page).tag,
    pageDirection: languageOf(page).direction,
  };
}

/** Newest first by `published`, then by event date, then by title, so lists never shuffle. */
export function byPublishedNewestFirst(a: NoteView, b: NoteView): number {
  return b.published.localeCompare(a.published) || b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title);
}

/** Newest event first. */
export function byEventNewestFirst(a: NoteView, b: NoteView): number {
  return b.startDate.localeCompare(a.startDate) || b.endDate.localeCompare(a.endDate) || a.title.localeCompare(b.title);
}

/** Soonest event first, for upcoming lists. */
export function byEventSoonestFirst(a: NoteView, b: NoteView): number {
  return -byEventNewestFirst(a, b);
}

/** Notes grouped by the year of the event, newest year first. */
export function groupByEventYear(notes: readonly NoteView[]): { year: number; notes: NoteView[] }[] {
  const groups = new Map<number, NoteView[]>();
  for (const note of [...notes].sort(byEventNewestFirst)) {
    const group = groups.get(note.year);
    if (group) group.push(note);
    else groups.set(note.year, [note]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, notes]) => ({ year, notes }));
}

/**
 * A note in the browse pages' feeds: its summary, then when and where. Plain text: those feeds
 * carry a short entry that links to the note, not the whole note (the site-wide feeds do that).
 */
export function feedEntryText(note: NoteView): string {
  return `${note.summary} — ${note.dateAndVenue}`;
}
