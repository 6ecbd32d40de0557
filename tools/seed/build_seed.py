#!/usr/bin/env python3
"""Builds the portal's seed data set (src/main/resources/seed/*.csv).

Usage: tools/seed/build_seed.py [DATA_DIR]

DATA_DIR is the sourced facts dataset (frameworks, programmes, countries, events and
contributions CSV files); it defaults to <repo>/../shared/data. The French seed documents
that `seed:<file>` sources name are looked for in DATA_DIR/../seeds.

Hand-written texts live in texts.csv beside this script, one text per row:
table,key,field,text where
  frameworks / programmes   key = code    field = description_fr
  countries                 key = iso3    field = summary_en, summary_fr, status_note_fr
  memberships               key = iso3|code or iso3|code|start    field = note (English)
  participations            key = iso3|code or iso3|code|start    field = note (English)
  notes                     key = a whole English note of memberships.csv / participations.csv
                            field = note_fr (its French translation, written to the note_fr column)
  operations                key = an English operation name of contributions.csv
                            field = operation_fr (NATO's French name, written to the operation_fr column)
  events                    key = iso3|date|title_en    field = description_en, description_fr
                            (facts of the French seed documents that the titles do not carry)
A hand-written note is combined with the notes the derivation rules write. An entry that
matches no row is an error, so texts cannot silently go stale.

Memberships and participations are derived from the events that record them; the rules
are documented in derive_memberships() and derive_participations(). Every derived row
keeps the source of the fact its start date came from.

The script checks its own invariants and stops with an error if any fails. Python 3
standard library only.
"""

import csv
import datetime
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO.parent / "shared" / "data"
OUT_DIR = REPO / "src" / "main" / "resources" / "seed"
TEXTS_FILE = Path(__file__).resolve().with_name("texts.csv")

EXPECTED_ROWS = {
    "frameworks.csv": 11,
    "programmes.csv": 19,
    "countries.csv": 54,
    "events.csv": 455,
    "contributions.csv": 57,
}

INPUT_HEADERS = {
    "frameworks.csv": ["code", "name_en", "name_fr", "established_year", "description_en", "source_url"],
    "programmes.csv": ["code", "name_en", "name_fr", "launched_year", "description_en", "source_url"],
    "countries.csv": ["iso3", "name_en", "name_fr", "region", "frameworks", "partner_since_year", "status",
                      "source_url"],
    "events.csv": ["iso3", "date", "kind", "title_en", "title_fr", "framework_or_programme_code", "source_url"],
    "contributions.csv": ["iso3", "operation", "start", "end", "peak_troops", "source_url"],
}

OUTPUT_HEADERS = {
    "frameworks.csv": ["code", "name_en", "name_fr", "established_year", "description_en", "description_fr",
                       "source"],
    "programmes.csv": ["code", "name_en", "name_fr", "launched_year", "description_en", "description_fr",
                       "source"],
    "countries.csv": ["iso3", "slug", "name_en", "name_fr", "region", "status", "status_year", "status_note_en",
                      "status_note_fr", "partner_since", "summary_en", "summary_fr", "source"],
    "memberships.csv": ["iso3", "framework_code", "start", "end", "note", "note_fr", "source"],
    "participations.csv": ["iso3", "programme_code", "start", "end", "note", "note_fr", "source"],
    "events.csv": ["iso3", "date", "kind", "title_en", "title_fr", "description_en", "description_fr",
                   "framework_code", "programme_code", "source"],
    "contributions.csv": ["iso3", "operation", "operation_fr", "start", "end", "peak_personnel", "source"],
}

EVENT_KINDS = {"joined_framework", "programme", "operation_contribution", "agreement", "milestone"}
STATUSES = {"active", "suspended", "ally", "former"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# An Ally's participation in these programmes ends at its accession: the partner-only
# programmes, SPS, TF, DCB, BI and DEEP too (an Ally is no longer a partner), and MAP (whose
# aim is accession). A programme of an Ally outside this set stops the build.
ENDS_AT_ACCESSION = {"IPP", "IPAP", "PARP", "PAP-DIB", "IPCP", "ITPP", "EOP", "PII", "OCC", "ICP",
                     "SPS", "TF", "DCB", "BI", "DEEP", "MAP"}

ACCESSION_NOTE = "Ended on accession to NATO"


class DataError(Exception):
    pass


def check(condition, message):
    if not condition:
        raise DataError(message)


# --------------------------------------------------------------------------- reading

def read_csv(path, header):
    check(path.is_file(), f"missing input file {path}")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        rows = list(reader)
    check(rows and rows[0] == header, f"{path.name}: header is {rows[0] if rows else None}, expected {header}")
    out = []
    for n, values in enumerate(rows[1:], start=2):
        check(len(values) == len(header), f"{path.name} line {n}: {len(values)} cells, expected {len(header)}")
        out.append(dict(zip(header, values)))
    return out


class Texts:
    """The hand-written texts of texts.csv: (table, key, field) -> text. Every entry must be used."""

    HEADER = ["table", "key", "field", "text"]

    def __init__(self, path):
        self.values = {}
        for row in read_csv(path, self.HEADER):
            k = (row["table"], row["key"], row["field"])
            check(k not in self.values, f"texts.csv: duplicate entry {k}")
            check(row["text"].strip() == row["text"] and row["text"], f"texts.csv: empty or padded text for {k}")
            self.values[k] = row["text"]
        self.used = set()

    def get(self, table, key, field, required=True):
        k = (table, key, field)
        if k in self.values:
            self.used.add(k)
            return self.values[k]
        check(not required, f"texts.csv: missing {table} / {key} / {field}")
        return ""

    def check_all_used(self):
        unused = sorted(set(self.values) - self.used)
        check(not unused, "texts.csv: entries that match no row: " + "; ".join(" / ".join(u) for u in unused))


# --------------------------------------------------------------------------- helpers

def valid_date(value):
    if not DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def year(value):
    return value[:4]


def slugify(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def earliest(events):
    """The earliest dated event; among several of the same year, the most precise one
    (then the earliest of those). Undated events are ignored."""
    dated = [e for e in events if e["date"]]
    if not dated:
        return None
    first_year = min(year(e["date"]) for e in dated)
    same_year = [e for e in dated if year(e["date"]) == first_year]
    return sorted(same_year, key=lambda e: (-len(e["date"]), e["date"]))[0]


def join_notes(*notes):
    """Joins note fragments into one note: 'A; b; c' (a fragment after the first starts in
    lower case unless its first word is a name such as NATO, PfP or Allies)."""
    parts = [n for n in notes if n]
    for i in range(1, len(parts)):
        first_word = parts[i].split(" ", 1)[0]
        if re.fullmatch(r"[A-Z][a-z]+", first_word) and first_word not in ("Allies",):
            parts[i] = parts[i][0].lower() + parts[i][1:]
    return "; ".join(parts)


def parse_status(raw):
    """'active', 'active (remark)', 'suspended (remark with year)', 'became member YYYY'."""
    m = re.fullmatch(r"became member (\d{4})", raw)
    if m:
        return "ally", m.group(1), ""
    m = re.fullmatch(r"suspended \((.+)\)", raw)
    if m:
        years = set(re.findall(r"\b(?:19|20)\d{2}\b", m.group(1)))
        check(len(years) == 1, f"status '{raw}': expected exactly one year in the remark")
        return "suspended", years.pop(), m.group(1)
    m = re.fullmatch(r"active(?: \((.+)\))?", raw)
    if m:
        return "active", "", m.group(1) or ""
    raise DataError(f"unrecognised status '{raw}'")


def region_code(region):
    return slugify(region)


# --------------------------------------------------------------------------- derivations

def accession_dates(countries, events_by_country):
    """For each Ally, the date of its 'becomes a NATO member' milestone (full precision)."""
    out = {}
    for c in countries:
        if c["_status"] != "ally":
            continue
        hits = [e for e in events_by_country[c["iso3"]]
                if e["kind"] == "milestone" and re.search(r"becomes a NATO member$", e["title_en"])]
        check(len(hits) == 1, f"{c['iso3']}: expected one 'becomes a NATO member' milestone, found {len(hits)}")
        e = hits[0]
        check(year(e["date"]) == c["_status_year"],
              f"{c['iso3']}: accession event {e['date']} does not match status year {c['_status_year']}")
        out[c["iso3"]] = e
    return out


def derive_memberships(countries, frameworks, events_by_country, accession, texts):
    """One row per period a country belonged to a framework or country-specific body.

    start: the country's joined_framework event for the code (the earliest; the more
    precise one within the same year); else its agreement event for the code; else, for
    the EAPC of a former NACC member, 1997 (the EAPC replaced NACC); else partner_since.
    Hand-made exceptions (Malta's suspended PfP, the NUC's founding charter, the EAPC of
    partners that joined PfP before the EAPC existed) are spelt out below.
    """
    fw_by_code = {f["code"]: f for f in frameworks}
    eapc = fw_by_code["EAPC"]
    rows = []

    def add(iso3, code, start_event_or_date, source, end="", notes=()):
        if isinstance(start_event_or_date, dict):
            start, source = start_event_or_date["date"], start_event_or_date["source_url"]
        else:
            start = start_event_or_date
        rows.append({"iso3": iso3, "framework_code": code, "start": start, "end": end,
                     "note": join_notes(*notes), "source": source})

    for c in countries:
        iso3 = c["iso3"]
        evs = events_by_country[iso3]
        codes = c["_frameworks"]
        status, acc = c["_status"], accession.get(iso3)
        suspended_note = ""
        if status == "suspended":
            suspended_note = c["_status_note"][0].upper() + c["_status_note"][1:]

        def events_for(code, kind):
            return [e for e in evs if e["kind"] == kind and e["framework_or_programme_code"] == code]

        # joined_framework events for codes not in the frameworks column are included too
        extra = sorted({e["framework_or_programme_code"] for e in evs
                        if e["kind"] == "joined_framework" and e["framework_or_programme_code"] not in codes})
        for code in codes + extra:
            key = f"{iso3}|{code}"
            hand = texts.get("memberships", key, "note", required=False)
            joined = events_for(code, "joined_framework")
            agreed = events_for(code, "agreement")

            if iso3 == "MLT" and code == "PFP":
                # NOTES.md: joined 1995, participation suspended October 1996, reactivated 2008.
                first = earliest(joined)
                suspension = [e for e in events_for("PFP", "milestone") if "suspends" in e["title_en"]]
                reactivation = [e for e in joined if e["date"] == "2008-04-03"]
                check(first and len(suspension) == 1 and len(reactivation) == 1, "MLT: PfP events changed")
                add(iso3, code, first, None, end=suspension[0]["date"],
                    notes=["PfP participation suspended October 1996"])
                add(iso3, code, reactivation[0], None,
                    notes=[texts.get("memberships", "MLT|PFP|2008-04-03", "note")])
                continue
            if iso3 == "MLT" and code == "EAPC":
                # The only EAPC fact for Malta is the 2008 re-accession (recorded on the PfP
                # reactivation event); the EAPC was created in 1997, after Malta's PfP suspension.
                e = [e for e in joined + events_for("PFP", "joined_framework") if "EAPC" in e["title_en"]]
                check(len(e) == 1, "MLT: EAPC re-accession event changed")
                add(iso3, code, e[0], None, notes=[hand])
                continue
            if iso3 == "UKR" and code == "NUC":
                # Two agreement events: the Charter initialled at Sintra (1997-05-29) and signed in
                # Madrid (1997-07-09); the signature established the Commission.
                est = [e for e in agreed if "establishing the NATO-Ukraine Commission" in e["title_en"]]
                check(len(est) == 1, "UKR: NUC founding event changed")
                start_ev = est[0]
            elif iso3 == "IRL" and code == "EAPC" and not joined and not agreed:
                # Ireland joined the EAPC when it signed the PfP Framework Document (same event).
                e = [e for e in events_for("PFP", "joined_framework") if "joins the EAPC" in e["title_en"]]
                check(len(e) == 1, "IRL: PfP/EAPC event changed")
                start_ev = e[0]
            else:
                start_ev = earliest(joined) or earliest(agreed)

            notes = []  # why the start is what it is, then the hand note, then why it ended
            if start_ev:
                start, source = start_ev["date"], start_ev["source_url"]
            elif code == "EAPC" and "NACC" in codes:
                start, source = "1997", eapc["source_url"]
                notes.append("Member since the EAPC replaced NACC in 1997")
            elif code == "EAPC" and int(c["partner_since_year"]) < int(eapc["established_year"]):
                # Partner (PfP) before the EAPC existed: member from the EAPC's founding year,
                # not from partner_since, which would predate the body.
                start, source = eapc["established_year"], eapc["source_url"]
                notes.append(f"Partner since {c['partner_since_year']}; member from the EAPC's creation in 1997")
            else:
                start, source = c["partner_since_year"], c["source_url"]
                notes.append("No dated joining event in the data; start is the partner-since year")

            if code == "PATG" and year(start) < fw_by_code["PATG"]["established_year"]:
                notes.append("Cooperation predates the 2008 'partners across the globe' label")
            notes.append(hand)

            end = ""
            if code == "NACC":
                end = "1997"
                notes.append("Ended when NACC was replaced by the EAPC")
            elif code == "PJC":
                nrc = earliest(events_for("NRC", "joined_framework"))
                end = nrc["date"] if nrc else "2002"
                notes.append("Ended when the NATO-Russia Council replaced the PJC")
            elif code == "NUC":
                nuco = earliest(events_for("NUCO", "joined_framework"))
                end = nuco["date"] if nuco else "2023"
                notes.append("Ended when the NATO-Ukraine Council replaced the Commission")
            elif status == "ally" and code in ("EAPC", "PFP"):
                end = acc["date"]
                notes.append(ACCESSION_NOTE)
            elif suspended_note and "suspended" not in hand:
                notes.append(suspended_note)
            if code in extra:
                notes.append("Joining event in the data; not listed in the country's frameworks")
            add(iso3, code, start, source, end=end, notes=notes)

    rows.sort(key=lambda r: (r["iso3"], r["start"], r["framework_code"]))
    return rows


def derive_participations(countries, programmes, events, accession, texts):
    """One row per country x programme found in events.csv.

    start: the earliest dated event for the pair (same tie rule as memberships). A pair
    with undated events only is left out and reported (there is none in the current data).
    end: open, except Mongolia's first DEEP phase
    (completed 2017), an IPCP superseded by the country's ITPP (end = ITPP start), and
    every programme of an Ally (end = accession date).
    """
    prog_codes = {p["code"] for p in programmes}
    by_pair = defaultdict(list)
    for e in events:
        if e["iso3"] and e["framework_or_programme_code"] in prog_codes:
            by_pair[(e["iso3"], e["framework_or_programme_code"])].append(e)
    country = {c["iso3"]: c for c in countries}
    rows, left_out = [], []

    def hand(key):
        return texts.get("participations", key, "note", required=False)

    for (iso3, code), evs in sorted(by_pair.items()):
        first = earliest(evs)
        if first is None:
            left_out.append((iso3, code))
            continue
        periods = []
        if (iso3, code) == ("MNG", "DEEP"):
            # NOTES.md: two phases, 2013-2017 completed; a second one (NCO strand) from 2019.
            done = [e for e in evs if e["date"] == "2017" and "completed" in e["title_en"]]
            nco = [e for e in evs if e["date"] == "2019" and "non-commissioned" in e["title_en"]]
            check(first["date"] == "2013" and len(done) == 1 and len(nco) == 1, "MNG: DEEP events changed")
            periods.append((first, "2017"))
            periods.append((nco[0], ""))
        else:
            end = ""
            if code == "IPCP":
                itpp = earliest(by_pair.get((iso3, "ITPP"), []))
                if itpp:
                    end = itpp["date"]
            periods.append((first, end))
        for start_ev, end in periods:
            start = start_ev["date"]
            notes = [hand(f"{iso3}|{code}|{start}") or hand(f"{iso3}|{code}")]
            if code == "IPCP" and end:
                notes.append(f"Superseded by the ITPP ({end})")
            if country[iso3]["_status"] == "suspended":
                note = country[iso3]["_status_note"]
                notes.append(note[0].upper() + note[1:])
            if country[iso3]["_status"] == "ally":
                acc = accession[iso3]["date"]
                check(code in ENDS_AT_ACCESSION, f"{iso3}: no accession rule for programme {code}")
                check(start <= acc, f"{iso3} {code}: starts after accession")
                if not end or end > acc:
                    end = acc
                    notes.append(ACCESSION_NOTE)
            rows.append({"iso3": iso3, "programme_code": code, "start": start, "end": end,
                         "note": join_notes(*notes), "source": start_ev["source_url"]})
    rows.sort(key=lambda r: (r["iso3"], r["start"], r["programme_code"]))
    return rows, left_out


# --------------------------------------------------------------------------- building

def build(data_dir):
    data = {name: read_csv(data_dir / name, header) for name, header in INPUT_HEADERS.items()}
    for name, n in EXPECTED_ROWS.items():
        check(len(data[name]) == n, f"{name}: {len(data[name])} rows, expected {n}")
    texts = Texts(TEXTS_FILE)

    frameworks, programmes = data["frameworks.csv"], data["programmes.csv"]
    countries, events, contributions = data["countries.csv"], data["events.csv"], data["contributions.csv"]
    fw_codes = [f["code"] for f in frameworks]
    pg_codes = [p["code"] for p in programmes]
    check(len(set(fw_codes)) == len(fw_codes) and len(set(pg_codes)) == len(pg_codes), "duplicate codes")
    check(not set(fw_codes) & set(pg_codes), "a code is both a framework and a programme")
    iso3s = [c["iso3"] for c in countries]
    check(len(set(iso3s)) == len(iso3s), "duplicate iso3")

    out = {}

    # frameworks, programmes
    out["frameworks.csv"] = [
        {"code": f["code"], "name_en": f["name_en"], "name_fr": f["name_fr"],
         "established_year": f["established_year"], "description_en": f["description_en"],
         "description_fr": texts.get("frameworks", f["code"], "description_fr"), "source": f["source_url"]}
        for f in frameworks]
    out["programmes.csv"] = [
        {"code": p["code"], "name_en": p["name_en"], "name_fr": p["name_fr"],
         "launched_year": p["launched_year"], "description_en": p["description_en"],
         "description_fr": texts.get("programmes", p["code"], "description_fr"), "source": p["source_url"]}
        for p in programmes]

    # countries
    for c in countries:
        c["_status"], c["_status_year"], c["_status_note"] = parse_status(c["status"])
        c["_frameworks"] = c["frameworks"].split(";")
        for code in c["_frameworks"]:
            check(code in fw_codes, f"{c['iso3']}: unknown framework {code}")
    out["countries.csv"] = []
    for c in countries:
        note_en = c["_status_note"]
        out["countries.csv"].append({
            "iso3": c["iso3"], "slug": slugify(c["name_en"]), "name_en": c["name_en"], "name_fr": c["name_fr"],
            "region": region_code(c["region"]), "status": c["_status"], "status_year": c["_status_year"],
            "status_note_en": note_en,
            "status_note_fr": texts.get("countries", c["iso3"], "status_note_fr") if note_en else "",
            "partner_since": c["partner_since_year"],
            "summary_en": texts.get("countries", c["iso3"], "summary_en"),
            "summary_fr": texts.get("countries", c["iso3"], "summary_fr"),
            "source": c["source_url"]})

    # events
    events_by_country = defaultdict(list)
    for e in events:
        events_by_country[e["iso3"]].append(e)
    out["events.csv"] = []
    for e in events:
        code = e["framework_or_programme_code"]
        check(not code or code in fw_codes or code in pg_codes, f"event with unknown code {code}")
        key = f"{e['iso3']}|{e['date']}|{e['title_en']}"
        out["events.csv"].append({
            "iso3": e["iso3"], "date": e["date"], "kind": e["kind"], "title_en": e["title_en"],
            "title_fr": e["title_fr"],
            "description_en": texts.get("events", key, "description_en", required=False),
            "description_fr": texts.get("events", key, "description_fr", required=False),
            "framework_code": code if code in fw_codes else "",
            "programme_code": code if code in pg_codes else "",
            "source": e["source_url"]})

    accession = accession_dates(countries, events_by_country)
    out["memberships.csv"] = derive_memberships(countries, frameworks, events_by_country, accession, texts)
    out["participations.csv"], left_out = derive_participations(countries, programmes, events, accession, texts)
    # The French note translates the whole derived English note (keyed by it), so a changed
    # English note without a translation stops the build.
    for name in ("memberships.csv", "participations.csv"):
        out[name] = [translate_note(r, texts) for r in out[name]]

    out["contributions.csv"] = [
        {"iso3": r["iso3"], "operation": r["operation"],
         "operation_fr": texts.get("operations", r["operation"], "operation_fr"), "start": r["start"], "end": r["end"],
         "peak_personnel": r["peak_troops"], "source": r["source_url"]}
        for r in contributions]

    texts.check_all_used()
    # every code of a country's frameworks column has at least one membership row
    members = {(r["iso3"], r["framework_code"]) for r in out["memberships.csv"]}
    for c in countries:
        for code in c["_frameworks"]:
            check((c["iso3"], code) in members, f"{c['iso3']}: no membership row for {code}")
    check_seed_sources(out, data_dir.parent / "seeds")
    validate(out, fw_codes, pg_codes)
    return out, left_out


def translate_note(row, texts):
    """The row with its note_fr column, placed after the English note."""
    out = {}
    for k, v in row.items():
        out[k] = v
        if k == "note":
            out["note_fr"] = texts.get("notes", v, "note_fr") if v else ""
    return out


# --------------------------------------------------------------------------- invariants

def check_seed_sources(out, seeds_dir):
    """Every `seed:<file>` source names a seed document that exists (when the folder is there)."""
    if not seeds_dir.is_dir():
        return
    names = {p.name for p in seeds_dir.iterdir()}
    for table, rows in out.items():
        for r in rows:
            for part in r.get("source", "").split(" | "):
                if part.startswith("seed:"):
                    check(part[len("seed:"):] in names, f"{table}: unknown seed document in source {part}")


def validate(out, fw_codes, pg_codes):
    for name, header in OUTPUT_HEADERS.items():
        for i, row in enumerate(out[name], start=2):
            check(list(row) == header, f"{name} row {i}: columns {list(row)}")
    for name, n in EXPECTED_ROWS.items():
        check(len(out[name]) == n, f"{name}: wrote {len(out[name])} rows, expected {n}")

    countries = out["countries.csv"]
    iso3s = {c["iso3"] for c in countries}
    slugs = [c["slug"] for c in countries]
    check(len(set(slugs)) == len(slugs), "duplicate slugs")
    for c in countries:
        check(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c["slug"]), f"bad slug {c['slug']}")
        check(re.fullmatch(r"[a-z]+(-[a-z]+)*", c["region"]), f"bad region code {c['region']}")
        check(c["status"] in STATUSES, f"{c['iso3']}: bad status {c['status']}")
        check(bool(c["status_year"]) == (c["status"] in ("ally", "suspended", "former")),
              f"{c['iso3']}: status_year {c['status_year']!r} for status {c['status']}")
        check(bool(c["status_note_en"]) == bool(c["status_note_fr"]), f"{c['iso3']}: status note not translated")
        check(re.fullmatch(r"\d{4}", c["partner_since"]), f"{c['iso3']}: bad partner_since")
        for field in ("summary_en", "summary_fr"):
            text = c[field]
            check(len(text) <= 300, f"{c['iso3']} {field}: {len(text)} characters (max 300)")
            sentences = re.findall(r"[.!?](?:\s|$)", text)
            check(len(sentences) == 2, f"{c['iso3']} {field}: {len(sentences)} sentences, expected 2")

    # column limits of the database schema (V1__schema.sql)
    limits = {"source": 1000, "name_en": 200, "name_fr": 200, "operation": 200, "region": 40, "slug": 80,
              "status_note_en": 300, "status_note_fr": 300}
    for name, rows in out.items():
        for r in rows:
            for column, limit in limits.items():
                check(len(r.get(column, "")) <= limit, f"{name}: {column} longer than {limit} in {r}")

    for name in ("frameworks.csv", "programmes.csv"):
        for r in out[name]:
            check(r["description_fr"], f"{name} {r['code']}: no French description")
            y = r.get("established_year") or r.get("launched_year")
            check(re.fullmatch(r"\d{4}", y), f"{name} {r['code']}: bad year {y}")

    def check_dates(name, row, *fields, required=()):
        for f in fields:
            v = row[f]
            if not v:
                check(f not in required, f"{name}: empty {f} in {row}")
                continue
            check(valid_date(v), f"{name}: invalid date {f}={v!r} in {row}")
        if row.get("start") and row.get("end"):
            check(row["end"] >= row["start"], f"{name}: end before start in {row}")

    for name, code_field, codes in (("memberships.csv", "framework_code", fw_codes),
                                    ("participations.csv", "programme_code", pg_codes)):
        seen = set()
        for r in out[name]:
            check(r["iso3"] in iso3s, f"{name}: unknown country {r['iso3']}")
            check(r[code_field] in codes, f"{name}: unknown code {r[code_field]}")
            check_dates(name, r, "start", "end", required=("start",))
            check(r["source"].strip(), f"{name}: no source in {r}")
            check(bool(r["note"]) == bool(r["note_fr"]), f"{name}: note not bilingual in {r}")
            k = (r["iso3"], r[code_field], r["start"])
            check(k not in seen, f"{name}: duplicate row {k}")
            seen.add(k)
        rows = out[name]
        check(rows == sorted(rows, key=lambda r: (r["iso3"], r["start"], r[code_field])), f"{name}: not sorted")
    # periods of the same pair must not overlap
    for name, code_field in (("memberships.csv", "framework_code"), ("participations.csv", "programme_code")):
        pairs = defaultdict(list)
        for r in out[name]:
            pairs[(r["iso3"], r[code_field])].append(r)
        for k, rs in pairs.items():
            for a, b in zip(rs, rs[1:]):
                check(a["end"] and a["end"] <= b["start"], f"{name}: overlapping periods for {k}")

    for e in out["events.csv"]:
        check(e["kind"] in EVENT_KINDS, f"events.csv: bad kind {e['kind']}")
        check(not e["iso3"] or e["iso3"] in iso3s, f"events.csv: unknown country {e['iso3']}")
        check(not e["framework_code"] or e["framework_code"] in fw_codes, "events.csv: bad framework")
        check(not e["programme_code"] or e["programme_code"] in pg_codes, "events.csv: bad programme")
        check(not (e["framework_code"] and e["programme_code"]), "events.csv: both codes set")
        check_dates("events.csv", e, "date")
        check(e["source"].strip(), f"events.csv: no source in {e}")
        check(e["title_en"] and e["title_fr"], f"events.csv: missing title in {e}")
        check(bool(e["description_en"]) == bool(e["description_fr"]), f"events.csv: description not bilingual {e}")
    for r in out["contributions.csv"]:
        check(r["iso3"] in iso3s, f"contributions.csv: unknown country {r['iso3']}")
        check_dates("contributions.csv", r, "start", "end")
        check(not r["peak_personnel"] or re.fullmatch(r"\d+", r["peak_personnel"]), f"bad peak in {r}")
        check(r["source"].strip(), f"contributions.csv: no source in {r}")


# --------------------------------------------------------------------------- writing

def write(out, out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, header in OUTPUT_HEADERS.items():
        path = out_dir / name
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            for row in out[name]:
                w.writerow([row[h] for h in header])
        # read back: same content through the csv module
        with path.open(encoding="utf-8", newline="") as f:
            back = list(csv.reader(f))
        check(back[0] == header and back[1:] == [[row[h] for h in header] for row in out[name]],
              f"{name}: read-back differs")


def main(argv):
    if len(argv) == 2 and argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if len(argv) > 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    data_dir = Path(argv[1]).resolve() if len(argv) == 2 else DEFAULT_DATA_DIR
    try:
        out, left_out = build(data_dir)
        write(out, OUT_DIR)
    except DataError as ex:
        print(f"build_seed: ERROR: {ex}", file=sys.stderr)
        return 1
    for name in OUTPUT_HEADERS:
        print(f"{OUT_DIR.relative_to(REPO) / name}: {len(out[name])} rows")
    if left_out:
        print("left out of participations (no dated event): " + ", ".join(f"{a} {b}" for a, b in left_out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
