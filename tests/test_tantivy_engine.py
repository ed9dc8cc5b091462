"""The tantivy engine as an archive uses it: choosing it, converting to and from it, its writer discipline,
and its failures as metp's one-line errors.  (The search behaviour itself is tested on both engines by
test_search*, test_fuzzy, test_boundaries and test_web.)"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import cli_json, ingest_texts, run_cli
from metp.index import tantivy_store
from metp.index.engines import engine_of
from metp.index.page_index import PageIndex
from metp.index.records import PageRecord

TEXTS = {
    "a.txt": "Date: 1984\nAgenda of the prison visits workshop on torture prevention in prisons.\n",
    "b.txt": "Date: 1993\nTrainer guide: letter writing for prisoners of conscience.\n\fPage two on urgent actions.\n",
    "c.txt": "Minutes of the fundraising committee, 2001.\n",
}


def _answers(root) -> dict:
    """What a researcher sees, engine aside: documents, pages and totals of a few searches."""
    out = {}
    for search in (["prison"], ["letter writing"], ['"urgent actions"'], ["type:agenda OR fundraising"],
                   ["prison*"], ["prisonr~"], ["pri?on*"],
                   ["date:1980..1999"], ["prison OR fundraising", "--from", "1990"], ["prison", "--to", "1990"],
                   ["prison OR minutes", "--lang", "en", "--sort", "date"]):
        result = cli_json(root, "search", *search, "--limit", "20")
        out[" ".join(search)] = (result["total"], result["facets"]["decade"],
                                 sorted((h["doc_id"], h["page"], tuple(h["other_pages"])) for h in result["hits"]))
        scores = [h["score"] for h in result["hits"]]
        if len(set(scores)) == len(scores):  # ranked without ties: the order is the engine's, compare it too
            out[" ".join(search) + " (order)"] = [h["doc_id"] for h in result["hits"]]
    return out


def test_an_archive_keeps_its_engine_and_reindex_converts_it_both_ways(tmp_path, monkeypatch):
    monkeypatch.delenv("METP_ENGINE", raising=False)
    root, _ = ingest_texts(tmp_path, TEXTS)
    assert engine_of(root / "index") == "whoosh"
    before = _answers(root)
    assert before["prison"][0] == 2 and before["date:1980..1999"][0] == 2
    assert before["prison OR fundraising --from 1990"][0] == 2 and before["prison --to 1990"][0] == 1
    assert before["prison*"][0] == before["prisonr~"][0] == 2 and "prison* (order)" in before

    converted = run_cli(root, "reindex", "--engine", "tantivy")
    assert converted.exit_code == 0 and converted.stdout.strip() == "reindexed 4 pages with tantivy"
    assert engine_of(root / "index") == "tantivy"
    assert _answers(root) == before
    assert cli_json(root, "verify")["problems"] == []
    assert cli_json(root, "stats")["index_pages"] == 4

    more = tmp_path / "more"
    more.mkdir()
    (more / "d.txt").write_text("A handout on prison conditions.\n", encoding="utf-8")
    assert run_cli(root, "ingest", "--workers", "1", str(more)).exit_code == 0  # keeps tantivy
    assert engine_of(root / "index") == "tantivy" and cli_json(root, "search", "prison")["total"] == 3

    refused = run_cli(root, "ingest", "--workers", "1", "--engine", "whoosh", str(more))
    assert refused.exit_code == 2 and "metp reindex --engine whoosh" in refused.stderr

    assert run_cli(root, "reindex", "--engine", "whoosh").exit_code == 0
    assert engine_of(root / "index") == "whoosh" and cli_json(root, "search", "prison")["total"] == 3


def test_a_new_archive_takes_its_engine_from_the_option_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("METP_ENGINE", "tantivy")
    root, _ = ingest_texts(tmp_path, TEXTS)
    assert (root / "index" / "metp-engine").read_text().split() == ["tantivy", str(tantivy_store.FORMAT_VERSION)]
    bad = run_cli(tmp_path / "other", "ingest", "--engine", "lucene", str(tmp_path))
    assert bad.exit_code == 2 and "lucene" in bad.stderr and not (tmp_path / "other" / "index").exists()


def test_repeated_commits_leave_no_orphaned_segment_files(tmp_path):
    """paperless-ngx's tantivy index grew to 18 GiB when writers left unused segments behind (#13679)."""
    folder = tmp_path / "index"
    index = PageIndex(folder, create=True, engine="tantivy")

    def version(n: int) -> list[PageRecord]:
        return [PageRecord(doc_id="d1", page=p, title="Agenda", content=f"prison visits version {n} " * 50,
                           source="d1.txt") for p in (1, 2)]

    for n in range(40):
        assert index.replace_documents(version(n), ["d1"]) == 2
    assert index.page_count() == 2 and index.search("prison").total == 1
    segment_files = [f for f in folder.iterdir() if f.suffix in (".idx", ".store", ".term", ".pos", ".fast")]
    segments = len(json.loads((folder / "meta.json").read_text())["segments"])
    assert segments <= 8 and len({f.stem for f in segment_files}) == segments


def test_a_damaged_tantivy_index_is_one_line_exit_6_and_reindex_repairs_it(tmp_path, monkeypatch):
    monkeypatch.setenv("METP_ENGINE", "tantivy")
    root, _ = ingest_texts(tmp_path, TEXTS)
    (root / "index" / "meta.json").write_text("{not json")
    broken = run_cli(root, "search", "prison")
    assert broken.exit_code == 6 and broken.stderr.startswith("metp: error: ") and "metp reindex" in broken.stderr
    assert "Traceback" not in broken.stderr
    assert run_cli(root, "reindex").exit_code == 0
    assert cli_json(root, "search", "prison")["total"] == 2


def test_another_process_writing_makes_a_write_wait_or_fail_with_one_line(tmp_path):
    """tantivy's own writer lock, held by another process, is metp's 'archive busy' (exit 4)."""
    from metp.errors import ArchiveBusyError

    folder = tmp_path / "index"
    index = PageIndex(folder, create=True, engine="tantivy")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, tantivy; ix = tantivy.Index.open(sys.argv[1]); w = ix.writer(15_000_000, 1); "
        "print('held', flush=True); time.sleep(30)"), str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(ArchiveBusyError, match="locked by another process"):
            index.replace_documents([PageRecord(doc_id="d", page=1, title="", content="x", source="")], [])
    finally:
        holder.kill()
        holder.wait()


def test_the_counted_path_for_huge_results_ranks_as_the_exact_one_and_says_it_estimates(tmp_path, monkeypatch):
    """Past EXACT_MATCHES pages, documents are counted inside tantivy: the same documents, pages, other
    pages and scores must come out, in both orders and on every results page; only the counts may be
    estimates (HyperLogLog is exact at this size) and `estimated` says so."""
    from metp.index import tantivy_searcher

    monkeypatch.setenv("METP_ENGINE", "tantivy")
    texts = {f"d{n:02d}.txt": f"Date: {1970 + n}\nPrison visits, part {n}.\n" + "\fMore on prison letters.\n" * (n % 3)
             for n in range(30)}
    texts["other.txt"] = "Fundraising notes.\n"
    root, _ = ingest_texts(tmp_path, texts)
    searches = [["prison"], ["prison", "--sort", "date"], ["prison", "--offset", "10", "--limit", "7"],
                ["prison letters", "--sort", "date", "--offset", "3"], ["prison", "--decade", "1980s"]]
    exact = [cli_json(root, "search", *s) for s in searches]
    monkeypatch.setattr(tantivy_searcher, "EXACT_MATCHES", 5)
    counted = [cli_json(root, "search", *s) for s in searches]
    for search, one, other in zip(searches, exact, counted):
        assert one["estimated"] is False and other["estimated"] is True, search
        assert other["hits"] == one["hits"], search
        assert other["total"] == one["total"] and other["facets"] == one["facets"], search
    assert exact[0]["total"] == 30 and exact[4]["total"] == 10
    text = run_cli(root, "search", "prison").stdout
    assert text.startswith("about 30 documents match")


def test_a_full_disk_while_writing_is_one_line_exit_7_and_the_index_keeps_what_it_had(tmp_path):
    """tantivy reports a full disk as a killed writer (a ValueError): metp's 'cannot write', never a
    traceback, and the last commit stays whole (a real 2 MiB tmpfs; root only, as CI runs)."""
    from metp.errors import CannotWriteError

    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.decode().strip()}); CI runs as root")
    try:
        index = PageIndex(mount / "index", create=True, engine="tantivy")
        index.replace_documents([PageRecord(doc_id="kept", page=1, title="", content="prison visits", source="")], [])
        words = " ".join(f"w{n}" for n in range(2000))
        too_much = [PageRecord(doc_id=f"d{n}", page=1, title="", content=f"{n} {words}", source="")
                    for n in range(400)]
        with pytest.raises(CannotWriteError, match="check the path and free space"):
            index.replace_documents(too_much, [])
        reopened = PageIndex(mount / "index", create=False)
        assert reopened.page_count() == 1 and reopened.search("prison").total == 1
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
