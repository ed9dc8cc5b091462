"""A one-shot search close to the engine's floor (issue 16): the per-segment caches on disk are keyed so a
changed segment is never read stale, written atomically, safe with two processes, optional when the
archive cannot be written; and the CLI imports only what a command runs.  Real whoosh on tmp_path."""

from __future__ import annotations

import multiprocessing
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import ingest_texts
from metp.index import writer
from metp.index.columns import Columns, Segment
from metp.index.fuzzy import Lexicon
from metp.index.records import Filters, PageRecord
from metp.index.searcher import PageSearcher
from metp.index.segment_cache import CACHE_FOLDER, SegmentCache

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("torture prevention workshop campaign letter amnesty prisoner writing agenda trainer guide evaluation "
         "members rights human freedom prison visit report urgent action tortnre arnnesty").split()
QUERIES = ["torture", "amnesty prisoner", '"urgent action"', "letter OR report", "tortur~", "prisoner -visit"]


def _records(doc_ids, rng: random.Random) -> list[PageRecord]:
    return [PageRecord(doc_id=f"{d:016x}", page=p, title=" ".join(rng.sample(WORDS, 3)).capitalize(),
                       content=" ".join(rng.choices(WORDS, k=rng.randint(5, 80))), source=f"d{d}.txt",
                       method="text", confidence=100.0,
                       fields={"type": (rng.choice(("letter", "agenda", "report")),),
                               "date": (f"{rng.randint(1970, 1999)}-0{rng.randint(1, 9)}",),
                               "subject": tuple(rng.sample(("torture", "prisons", "letter writing", "media"), 2)),
                               "language": ("en",)})
            for d in doc_ids for p in range(1, rng.randint(1, 3) + 1)]


def _index(folder: Path, batches=((0, 30), (30, 60)), seed: int = 3):
    rng = random.Random(seed)
    ix = writer.open_index(folder)
    for first, last in batches:
        writer.replace_documents(ix, _records(range(first, last), rng), [])
    return ix


def _answers(folder: Path) -> list:
    """What searches return (totals, hits, facets, expansions), through a fresh PageSearcher."""
    ix = writer.open_index(folder, create=False)
    pages = PageSearcher(ix)
    try:
        out = []
        for query in QUERIES:
            for filters in (Filters(), Filters.of(type="letter")):
                results = pages.search(query, limit=5, filters=filters)
                out.append((results.total, [(h.doc_id, h.page, h.score, h.other_pages) for h in results.hits],
                            results.facets, results.expanded, results.did_you_mean))
        out.append(pages.browse(limit=5, filters=Filters(year_from=1980)).total)
        out.append(pages.page_counts())
        return out
    finally:
        pages.close()
        ix.close()


def _cache_files(folder: Path) -> list[str]:
    cache = folder / CACHE_FOLDER
    return sorted(p.name for p in cache.iterdir()) if cache.is_dir() else []


@pytest.mark.usefixtures("whoosh_reads")
def test_answers_are_the_same_from_the_index_and_from_the_cache(tmp_path):
    _index(tmp_path / "index")
    first = _answers(tmp_path / "index")  # reads the segments, writes the cache
    files = _cache_files(tmp_path / "index")
    assert len(files) == 5 and all(f.endswith(".arrays") for f in files)  # 2 x (columns, words) + joined
    assert _answers(tmp_path / "index") == first  # from the cache
    for name in files:  # damaged entries are ignored, not believed
        (tmp_path / "index" / CACHE_FOLDER / name).write_bytes(b"metp-segment-cache 1\n" + os.urandom(64))
    assert _answers(tmp_path / "index") == first


def test_cached_columns_and_words_equal_those_read_from_whoosh(tmp_path):
    ix = _index(tmp_path / "index", batches=((0, 20), (20, 40), (40, 60)))
    writer.replace_documents(ix, _records(range(5, 10), random.Random(9)), [f"{d:016x}" for d in range(5, 10)])
    cache = SegmentCache(tmp_path / "index")
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        assert len(leaves) >= 2 and reader.has_deletions()
        direct = Columns.join([Segment.read(leaf) for leaf in leaves])
        Columns.join([Segment.read(leaf, cache) for leaf in leaves])  # fills the cache
        assert Columns.cached(leaves, cache) is None
        direct.save(leaves, cache)
        assert Columns.cached(leaves[1:], cache) is None  # another list of segments
        for cached in (Columns.join([Segment.read(leaf, cache) for leaf in leaves]), Columns.cached(leaves, cache)):
            for name in ("doc_code", "pages", "years", "date_rank", "live", "restricted"):
                np.testing.assert_array_equal(getattr(cached, name), getattr(direct, name), err_msg=name)
            assert list(cached.doc_names) == list(direct.doc_names)
            assert all(cached.doc_names.index(name) == i for i, name in enumerate(direct.doc_names))
            for key, facet in direct.facets.items():
                assert cached.facets[key].values == facet.values
                np.testing.assert_array_equal(cached.facets[key].codes, facet.codes)
                np.testing.assert_array_equal(cached.facets[key].rows, facet.rows)
            for field, lengths in direct.lengths.items():
                np.testing.assert_array_equal(cached.lengths[field], lengths)
        plain, stored = Lexicon.from_reader(reader), Lexicon.from_reader(reader, cache)
        stored = Lexicon.from_reader(reader, cache)  # now from the files
        for term in set(WORDS) | {"tortur", "amnesti", "absent"}:
            for field in ("content", "title"):
                assert stored.frequency(field, term) == plain.frequency(field, term) == \
                    reader.doc_frequency(field, term)
            assert sorted(stored.near(term, 2)) == sorted(plain.near(term, 2))


def test_a_changed_index_is_never_answered_from_a_stale_cache(tmp_path):
    folder = tmp_path / "index"
    ix = _index(folder)
    before = _answers(folder)
    writer.replace_documents(ix, _records(range(0, 10), random.Random(11)), [f"{d:016x}" for d in range(0, 10)])
    writer.replace_documents(ix, _records(range(60, 80), random.Random(12)), [])
    after = _answers(folder)
    assert after != before
    for child in (folder / CACHE_FOLDER).iterdir():
        child.unlink()
    assert _answers(folder) == after  # the same as read afresh from the index
    ix.writer().commit(optimize=True)  # one segment (scores move: whoosh counts deleted pages until a merge)
    optimized = _answers(folder)
    assert [a[0] for a in optimized[:-2]] == [a[0] for a in after[:-2]] and optimized[-1] == after[-1]
    with writer.open_index(folder, False).reader() as reader:
        live = {leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()}
    writer.replace_documents(writer.open_index(folder, False), [], [])  # a commit drops merged segments' entries
    assert {name.split(".")[0] for name in _cache_files(folder)} == live


def test_the_fingerprint_changes_with_a_segment_s_files(tmp_path):
    (tmp_path / "pages_abc.seg").write_bytes(b"x" * 10)
    (tmp_path / "pages_other.seg").write_bytes(b"y")
    cache = SegmentCache(tmp_path)
    first = cache.fingerprint("pages_abc", 5)
    assert cache.fingerprint("pages_abc", 6) != first
    (tmp_path / "pages_abc.seg").write_bytes(b"x" * 11)
    cache.refresh()
    assert cache.fingerprint("pages_abc", 5) != first
    cache.save("pages_abc", "columns", first, {"a": np.arange(3)})
    assert cache.load("pages_abc", "columns", first)["a"].tolist() == [0, 1, 2]
    assert cache.load("pages_abc", "columns", cache.fingerprint("pages_abc", 5)) is None
    assert [p.name for p in (tmp_path / CACHE_FOLDER).iterdir()] == ["pages_abc.columns.arrays"]  # no temporaries


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path):
    """As on a read-only archive (`metp serve --public`): here the cache folder's name is taken by a file."""
    folder = tmp_path / "index"
    _index(folder)
    (folder / CACHE_FOLDER).write_text("not a folder")
    first = _answers(folder)
    assert _answers(folder) == first
    assert (folder / CACHE_FOLDER).read_text() == "not a folder"


def _search_in_process(folder: str, queue) -> None:
    queue.put(_answers(Path(folder)))


def test_two_processes_opening_a_new_index_at_once_agree(tmp_path):
    folder = tmp_path / "index"
    _index(folder)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_search_in_process, args=(str(folder), queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert results[0] == results[1] == _answers(folder)
    assert all(name.endswith(".arrays") for name in _cache_files(folder))


# index build: analysed in one pass, built by two processes -------------------------------------------------
ODD_TEXTS = ["İstanbul ÉCOLE naïve a I x_y foo*bar 3.5 the The THE ß straße ﬁnance Ⅻ ½ 12th don't", "", "a an the",
             "Ωmega ΣΊΣΥΦΟΣ résumé \u0130\u0307x ǅungla", "tortnre arnnesty govemment's", "The the of prisoners."]


def test_the_writer_s_terms_are_the_analyzer_s():
    """`index_terms` (what the writer hands whoosh) equals the schema's analyzer, which parses queries."""
    from metp.index.schema import analyzer, index_terms

    rng = random.Random(5)
    texts = ODD_TEXTS + [" ".join(rng.choices(WORDS + ["the", "of", "a", "x", "I"], k=60)) for _ in range(50)]
    texts += ["".join(rng.choice("aAbB İıéE_*1 .\u0307\u00df'-") for _ in range(80)) for _ in range(300)]
    for text in texts:
        tokens = [(t.text, t.pos) for t in analyzer()(text, positions=True)]
        assert [t for t, _ in tokens] == index_terms(text), text
        assert [p - tokens[0][1] for _, p in tokens] == list(range(len(tokens))), text  # consecutive


def _whoosh_analysed_index(folder: Path, records) -> None:
    """The index as whoosh's own analyzer makes it (the writer before issue 16)."""
    from metp.fields import INDEXED, IndexAs

    ix = writer.open_index(folder)
    with ix.writer() as w:
        for r in records:
            fields = dict(page_id=r.page_id, doc_id=r.doc_id, page=r.page, title=r.title, content=r.content,
                          source=r.source, method=r.method, confidence=r.confidence, decade=r.decade, year=r.year)
            for f in INDEXED:
                values = r.fields.get(f.key, ())
                fields[f.key] = ",".join(values) if f.index is IndexAs.keyword else (values[0] if values else "")
            w.add_document(**{k: v for k, v in fields.items() if v not in ("", None)})


@pytest.mark.usefixtures("whoosh_reads")
def test_indexes_built_by_two_processes_or_by_whoosh_s_analyzer_answer_alike(tmp_path):
    records = _records(range(0, 400), random.Random(21))
    records += [PageRecord(doc_id=f"{900 + i:016x}", page=1, title=text[:20], content=text, source="x.txt",
                           method="text", confidence=100.0, fields={"type": ("letter",), "date": ("1985-01",),
                                                                    "subject": ("torture",), "language": ("en",)})
                for i, text in enumerate(ODD_TEXTS) if text]
    writer.build_fresh(tmp_path / "two", iter(records), procs=2)
    writer.build_fresh(tmp_path / "one", iter(records), procs=1)
    _whoosh_analysed_index(tmp_path / "whoosh", records)
    with writer.open_index(tmp_path / "two", False).reader() as reader:
        # a segment per process that got a batch, not merged (on a loaded machine one process may take
        # both batches before the other has started)
        assert len(reader.leaf_readers()) in (1, 2)
    answers = {name: _answers(tmp_path / name) for name in ("two", "one", "whoosh")}
    assert answers["one"] == answers["whoosh"]

    def layout_free(found):
        """Ties are ranked by position in the index, and which process indexes which pages (so the
        positions) depends on timing: equal scores may be listed in another order, and of documents
        tied at the last place shown, another may be shown.  Everything else must be the same."""
        out = []
        for a in found:
            if not isinstance(a, tuple):
                out.append(a)
                continue
            total, hits, *rest = a
            last = min((h[2] for h in hits), default=None)
            out.append((total, sorted(h[2] for h in hits), sorted(h for h in hits if h[2] != last), rest))
        return out

    assert layout_free(answers["two"]) == layout_free(answers["one"])


@pytest.mark.parametrize("limit_mb", [256, 0.05])  # postings kept in memory, or spilled to runs and merged
def test_the_build_s_worker_writer_writes_what_whoosh_s_writes(tmp_path, limit_mb):
    """Its faster positions, postings pool and field lengths (build_writer.py) change no byte of any file
    inside the segment (only the segment's random name differs)."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.multiproc import MpWriter

    from metp.index.build_writer import BuildWriter

    records = _records(range(0, 150), random.Random(8))
    parts = {}
    for name, writer_class in (("whoosh", MpWriter), ("metp", BuildWriter)):
        ix = writer.open_index(tmp_path / name)
        with writer_class(ix, procs=1, multisegment=True, batchsize=32, limitmb=limit_mb) as w:
            for record in records:
                writer._add(w, record)
        (segment,) = (tmp_path / name).glob("*.seg")
        compound = CompoundStorage(ix.storage.open_file(segment.name), use_mmap=False)
        prefix = segment.name.split(".")[0]
        parts[name] = {n.replace(prefix, ""): compound.open_file(n).read() for n in compound.list()}
        compound.close()
        ix.close()
    assert len(parts["metp"]) > 5 and parts["metp"] == parts["whoosh"]


# the command line imports what a command runs ---------------------------------------------------------
HEAVY = ("whoosh", "numpy", "PIL", "pdfplumber", "pypdfium2", "pycountry", "py3langid", "dateutil", "rapidfuzz",
         "bagit", "sqlite3", "metp.archive.archive", "metp.pipeline.tagging", "metp.archive.views")
TAGGING_AND_IMAGES = ("PIL", "pdfplumber", "pypdfium2", "pycountry", "py3langid", "dateutil",
                      "metp.pipeline.tagging", "metp.pipeline.pages", "bagit", "pytesseract")


def _modules_after(*args: str) -> set[str]:
    code = ("import atexit, sys\n"
            "out = sys.argv[1]\n"
            "atexit.register(lambda: print('\\n'.join(sys.modules), file=open(out, 'w')))\n"
            "sys.argv = ['metp', *sys.argv[2:]]\n"
            "from metp.archive.cli import main\nmain()\n")
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"metp-modules-{os.getpid()}-{random.random()}.txt"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", code, str(out), *args], env=env, capture_output=True, check=False)
    try:
        return set(out.read_text().split())
    finally:
        out.unlink(missing_ok=True)


def test_help_imports_click_and_nothing_heavy():
    loaded = _modules_after("--help")
    assert "click" in loaded and "metp.archive.cli" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY}


def test_search_imports_the_search_engine_but_not_tagging_pdf_or_images(tmp_path):
    root, _ = ingest_texts(tmp_path, {"a.txt": "urgent action on torture", "b.txt": "letter writing workshop"})
    loaded = _modules_after("--archive", str(root), "search", "torture", "--json")
    assert {"whoosh.index", "numpy", "metp.index.searcher"} <= loaded
    assert not loaded & {"metp.archive.views", "metp.pipeline.model", "metp.archive.lock", "importlib.metadata",
                         "metp.index.build_writer", "multiprocessing"}
    assert not {m for m in loaded if m.split(".")[0] in TAGGING_AND_IMAGES or
                any(m == t or m.startswith(t + ".") for t in TAGGING_AND_IMAGES)}
