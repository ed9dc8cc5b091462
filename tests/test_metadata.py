"""Metadata (issue 5): automatic Dublin Core values with provenance, archivists' values that win and stick,
accession CSVs, exports, and the tagged fields as search filters and facets."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import bagit
import pytest

from conftest import cli_json, run_cli, search_hits, write_page, write_text_pdf

AGENDA = ["1986 Southern Regional Training", "AGENDA", "Saturday, April 12, 1986",
          "9:00 Welcome and introductions", "9:30 Letter writing for prisoners of conscience",
          "10:30 Urgent actions and the death penalty", "12:00 Lunch", "1:00 Lobbying your legislator"]
MEMO = [["MEMORANDUM", "To: Local group coordinators", "From: Refugee Coordination Office",
         "Date: 3 November 1994", "Subject: Refugee casework training",
         "Please send two members of your group to the refugee casework training.",
         "The training covers asylum interviews and letters to the immigration office for refugees."]]


@pytest.fixture(scope="module")
def tagged(tmp_path_factory):
    folder = tmp_path_factory.mktemp("box")
    write_page(folder / "agenda.png", AGENDA)
    write_text_pdf(folder / "memo.pdf", MEMO)
    accession = folder / "accession.csv"
    with open(accession, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["filename", "dc.creator", "dc.subject", "dc.subject", "dc.rights"])
        out.writerow(["objects/memo.pdf", "Refugee Coordination Office", "refugees", "asylum casework",
                      "Internal use"])
        out.writerow(["objects/missing.pdf", "Nobody", "", "", ""])
    root = tmp_path_factory.mktemp("tagged") / "archive"
    result = run_cli(root, "ingest", "--json", "--workers", "2", "--metadata", str(accession),
                     str(folder / "agenda.png"), str(folder / "memo.pdf"))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    ids = {e["path"].rsplit("/", 1)[1]: e["doc_id"] for e in report["documents"]}
    return root, ids, report, folder


def _values(root, doc_id) -> dict[str, list[str]]:
    meta = cli_json(root, "show", doc_id)["metadata"]
    return {field: [v["value"] for v in values] for field, values in meta.items()}


def test_automatic_values_carry_their_rule_and_confidence(tagged):
    root, ids, _, _ = tagged
    meta = cli_json(root, "show", ids["agenda.png"])["metadata"]
    [date] = meta["dc.date"]
    assert date["value"] == "1986-04-12" and date["provenance"] == "auto"
    assert date["rule"] and 0 < date["confidence"] <= 1
    assert meta["dc.type"][0]["value"] == "agenda"
    subjects = {v["value"] for v in meta["dc.subject"]}
    assert {"letter writing", "death penalty", "prisoners of conscience"} <= subjects


def test_accession_csv_values_are_archivist_values_with_their_source(tagged):
    root, ids, report, _ = tagged
    meta = cli_json(root, "show", ids["memo.pdf"])["metadata"]
    assert [v["value"] for v in meta["dc.creator"]] == ["Refugee Coordination Office"]
    assert {v["value"] for v in meta["dc.subject"]} == {"refugees", "asylum casework"}  # set: replaces auto
    assert all(v["provenance"] == "archivist" and v["source"] == "csv accession.csv" for v in meta["dc.subject"])
    assert report["metadata"]["unmatched"] == ["objects/missing.pdf"]


def test_archivist_edits_win_and_survive_retag_and_reingest(tagged, tmp_path):
    root, ids, _, folder = tagged
    doc = ids["agenda.png"]
    result = run_cli(root, "tag", doc, "dc.date=1986-04", 'dc.subject+=group organizing',
                     "dc.subject-=death penalty", "dc.title=Southern Regional Training agenda")
    assert result.exit_code == 0, result.stderr
    for _ in range(2):
        values = _values(root, doc)
        assert values["dc.date"] == ["1986-04"]
        assert "group organizing" in values["dc.subject"] and "death penalty" not in values["dc.subject"]
        assert "letter writing" in values["dc.subject"]  # automatic values not edited are kept
        assert cli_json(root, "show", doc)["title"] == "Southern Regional Training agenda"
        assert run_cli(root, "retag").exit_code == 0
        assert run_cli(root, "ingest", "--workers", "1", str(folder / "agenda.png")).exit_code == 0
    hits = search_hits(root, "title:southern")
    assert [h["doc_id"] for h in hits] == [doc]


def test_bad_edits_are_usage_errors(tagged):
    root, ids, _, _ = tagged
    for args in (["dc.nonsense=1"], ["no-equals-sign"], []):
        result = run_cli(root, "tag", ids["agenda.png"], *args)
        assert result.exit_code == 2 and result.stderr.startswith("metp: error:")


def test_tagged_fields_filter_and_facet_search(tagged):
    root, ids, _, _ = tagged
    every = cli_json(root, "search", "training")
    assert every["total"] == 2
    assert every["facets"]["type"] == {"agenda": 1, "memo": 1}
    assert every["facets"]["decade"] == {"1980s": 1, "1990s": 1}
    assert {h["doc_id"] for h in cli_json(root, "search", "training", "--type", "memo")["hits"]} == {ids["memo.pdf"]}
    assert {h["doc_id"] for h in cli_json(root, "search", "training", "--decade", "1980s")["hits"]} == {ids["agenda.png"]}
    assert {h["doc_id"] for h in cli_json(root, "search", "training", "--from", "1990")["hits"]} == {ids["memo.pdf"]}
    assert {h["doc_id"] for h in cli_json(root, "search", "training date:1980..1989")["hits"]} == {ids["agenda.png"]}
    assert {h["doc_id"] for h in cli_json(root, "search", 'subject:"asylum casework"')["hits"]} == {ids["memo.pdf"]}
    [hit] = cli_json(root, "search", "training", "--type", "memo")["hits"]
    assert hit["doc_type"] == "memo" and hit["date"] == "1994-11-03"


def test_a_vocabulary_extension_adds_subjects_on_retag(tagged, tmp_path):
    root, ids, _, _ = tagged
    extra = tmp_path / "local.toml"
    extra.write_text('[[term]]\npreferred = "legislative advocacy"\nfacet = "skill"\n'
                     'synonyms = ["lobbying your legislator"]\n', encoding="utf-8")
    assert run_cli(root, "retag", "--vocabulary", str(extra)).exit_code == 0
    assert "legislative advocacy" in _values(root, ids["agenda.png"])["dc.subject"]


def test_exports_are_readable_by_their_tools(tagged, tmp_path):
    root, ids, _, _ = tagged
    for fmt in ("csv", "jsonl", "dc-xml", "bagit"):
        assert run_cli(root, "export", "--format", fmt, str(tmp_path / f"out.{fmt}")).exit_code == 0
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "filename" and len(rows) == 3
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {r["dc.identifier"][0] for r in records} == set(ids.values())
    assert all("provenance" in r and r["metp.sha256"] for r in records)
    tree = ET.parse(tmp_path / "out.dc-xml")
    dcs = tree.getroot().findall("{http://www.openarchives.org/OAI/2.0/oai_dc/}dc")
    assert len(dcs) == 2
    assert {e.text for d in dcs for e in d.findall("{http://purl.org/dc/elements/1.1/}identifier")} == set(ids.values())
    bag = bagit.Bag(str(tmp_path / "out.bagit"))
    assert bag.is_valid()
    assert any(name.endswith("memo.pdf") for name in bag.payload_files())
    # the exported CSV can be edited and applied back
    assert run_cli(root, "tag", "--from-csv", str(tmp_path / "out.csv")).exit_code == 0
