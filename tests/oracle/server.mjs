// Test-only oracle: answers questions about OSM opening_hours values with
// opening_hours.js (installed from package-lock.json by `npm ci`), so that the
// Python tests can compare charter's answers with it. It is run, never copied.
//
// Protocol: one JSON object per line on stdin, one JSON object per line on
// stdout, in order. Every instant in a request carries an explicit offset
// ("Z" or "+02:00"); every instant in an answer is UTC (toISOString()).
//
//   {"value": V, "op": "state", "at": T}
//       -> {"ok": true, "open": bool, "unknown": bool}
//   {"value": V, "op": "next_change", "at": T, "limit": T}
//       -> {"ok": true, "next": T | null}
//   {"value": V, "op": "intervals", "from": T, "to": T}
//       -> {"ok": true, "intervals": [[T, T, unknown, comment | null], ...]}
//   {"value": V, "op": "warnings"}
//       -> {"ok": true, "warnings": [message, ...]}   (getWarnings(); [] when none)
//   anything that fails (a value that does not parse, a bad request)
//       -> {"ok": false, "error": message}
//
// Must run with TZ=Europe/Brussels: opening_hours.js reads local time.

import readline from 'node:readline';
import opening_hours from 'opening_hours';

// Nothing but answers may reach stdout: route any library logging to stderr.
for (const name of ['log', 'info', 'warn', 'debug']) {
  console[name] = (...args) => console.error(...args);
}

const ZONE = 'Europe/Brussels';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (zone !== ZONE) {
  console.error(`oracle: local time zone is ${zone}, not ${ZONE}: start node with TZ=${ZONE}`);
  process.exit(2);
}

// A nominatim-like answer for Brussels, so that PH means Belgian public holidays.
const NOMINATIM = {
  lat: 50.85,
  lon: 4.35,
  address: { country_code: 'be', state: 'Brussels-Capital' },
};

// Parsed values, and the messages of values that did not parse; oldest dropped first.
const CACHE_SIZE = 4096;
const cache = new Map();

function message(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

function parse(value) {
  if (typeof value !== 'string') throw new Error('"value" must be a string');
  let entry = cache.get(value);
  if (entry === undefined) {
    try {
      entry = { oh: new opening_hours(value, NOMINATIM) };
    } catch (error) {
      entry = { error: message(error) };
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value);
    cache.set(value, entry);
  }
  if (entry.error !== undefined) throw new Error(entry.error);
  return entry.oh;
}

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

function instant(request, key) {
  const text = request[key];
  if (typeof text !== 'string' || !INSTANT.test(text)) {
    throw new Error(`"${key}" must be an ISO instant with an offset, got ${JSON.stringify(text)}`);
  }
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`"${key}" is not a valid instant: ${text}`);
  return date;
}

function answer(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new Error('a request must be a JSON object');
  }
  const oh = parse(request.value);
  switch (request.op) {
    case 'state': {
      const at = instant(request, 'at');
      return { ok: true, open: oh.getState(at), unknown: oh.getUnknown(at) };
    }
    case 'next_change': {
      const at = instant(request, 'at');
      const limit = request.limit == null ? undefined : instant(request, 'limit');
      const next = oh.getNextChange(at, limit);
      return { ok: true, next: next === undefined ? null : next.toISOString() };
    }
    case 'intervals': {
      const intervals = oh.getOpenIntervals(instant(request, 'from'), instant(request, 'to'));
      return {
        ok: true,
        intervals: intervals.map(([start, end, unknown, comment]) => [
          start.toISOString(),
          end.toISOString(),
          Boolean(unknown),
          comment ?? null,
        ]),
      };
    }
    case 'warnings': {
      return { ok: true, warnings: oh.getWarnings().map(String) };
    }
    default:
      throw new Error(`unknown op ${JSON.stringify(request.op)}`);
  }
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let reply;
  try {
    reply = answer(JSON.parse(line));
  } catch (error) {
    reply = { ok: false, error: message(error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
