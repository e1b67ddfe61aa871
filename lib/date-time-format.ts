// Intl.DateTimeFormat is costly to build (about 0.15 ms) and cheap to use, and pages format
// many dates: one formatter per locale and options (time zone included), kept for the process.
// The keys are few: two locales, a handful of option sets, the users' zones.

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
