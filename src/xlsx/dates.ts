// Dates in a workbook are numbers (days since an epoch) shown through a date format. They are read as ISO 8601 wall
// clock text, with no time zone (a workbook stores none): `2024-03-15`, `2024-03-15T14:30:00`, or `14:30:00` for a
// time of day alone (a serial below 1 in the 1900 system, whose day 0 is no date). Nothing here depends on the time
// zone of the machine.
//
// 1900 date system (the default): serial 1 is 1900-01-01 and serial 60 the day 1900-02-29 that never was (a Lotus
// 1-2-3 error that Excel keeps), so from serial 61 on the epoch is 1899-12-30. 1904 date system (`date1904`, older
// Mac workbooks): serial 0 is 1904-01-01.

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, Excel's last day, in the 1900 system. */
const LAST_SERIAL = 2_958_465;

/** A serial date as ISO text; `undefined` when it is not a day Excel can show (negative, 1900-02-29, past 9999). */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return undefined;
  let base = date1904 ? EPOCH_1904 : EPOCH_1900;
  if (!date1904 && serial >= 1 && serial < 61) {
    if (Math.floor(serial) === 60) return undefined;
    base += DAY_MS;
  }
  // To the nearest millisecond: absorbs the 15-digit noise of a stored time (45367.6041666667).
  const iso = new Date(base + Math.round(serial * DAY_MS)).toISOString();
  const time = iso.slice(11, 23).replace(/\.000$/, '');
  if (serial < 1 && !date1904) return time;
  const date = iso.slice(0, 10);
  return time === '00:00:00' ? date : `${date}T${time}`;
}

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30, and the East Asian ones Excel uses). */
const BUILT_IN_DATES: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or a time: a built-in date format, or a format code with date or time parts. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Drop quoted literals, escaped characters, fill and padding characters, and [..] sections (colours, conditions,
  // locales) except the elapsed-time ones ([h], [mm], [ss]), then look at the section for positive numbers.
  let plain = '';
  for (let at = 0; at < code.length; at++) {
    const char = code[at] ?? '';
    if (char === '"') {
      const end = code.indexOf('"', at + 1);
      at = end < 0 ? code.length : end;
    } else if (char === '\\' || char === '_' || char === '*') {
      at++;
    } else if (char === '[') {
      const end = code.indexOf(']', at + 1);
      const inner = end < 0 ? '' : code.slice(at + 1, end).toLowerCase();
      if (/^(?:h+|m+|s+)$/.test(inner)) plain += 'h';
      at = end < 0 ? code.length : end;
    } else {
      plain += char;
    }
  }
  const section = (plain.split(';')[0] ?? '').toLowerCase();
  if (section === '' || section === 'general') return false;
  return /[dmyhs]/.test(section) && !/^[#0.,%e+\- ?/]*$/.test(section);
}
