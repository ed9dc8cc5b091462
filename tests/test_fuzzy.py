"""OCR-tolerant search (issue 6): the Lexicon read from a real index, and the misreadings that real
OCR makes (a letter pair read as one letter, a misread first letter, stray accents, digits for
letters) found through the word as typed, while real words of their own are left alone; and badly
faded pages, which were lost before search could help."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter
from whoosh import index as whoosh_index

from conftest import cli_json, page_image, run_cli
from metp.index.fuzzy import Lexicon, expand_ocr_variants, fold
from metp.index.schema import build_schema
from metp.index.query_language import parse_query
from metp.pipeline import preprocess
from metp.pipeline.model import FileKind, PageJob
from metp.pipeline.pages import process_page
from metp.settings import OcrSettings

PAGES = {
    # word as printed on a clean page (five of each), and the one page where OCR misread it
    "government": "The govemment of Ruritania announced a harvest festival.",   # "rn" read as "m"
    "november": "The rovember ballot in Freedonia was postponed.",              # first letter misread
    "english": "The low-salaried énglish translator Wilhelmina resigned.",     # stray accent
    "oil": "Brunei, the 0il-sodden sultanate, pulled out of the treaty.",     # zero for o
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory, engine):
    """The fuzzy pages ingested, on each search engine in turn."""
    folder = tmp_path_factory.mktemp("fuzzy-inputs")
    for word, misread in PAGES.items():
        for n in range(5):
            (folder / f"{word}{n}.txt").write_text(f"Minutes {n}: the {word} question was raised by "
                                                   f"delegate {n}.\n", encoding="utf-8")
        (folder / f"misread-{word}.txt").write_text(misread + "\n", encoding="utf-8")
    for n in range(5):  # "clear" folds to "dear" ("cl" read as "d"), but it is a word of its own, not rare
        (folder / f"dear{n}.txt").write_text(f"Dear delegate {n}, thank you.\n", encoding="utf-8")
    for n in range(3):
        (folder / f"clear{n}.txt").write_text(f"The sky was clear on day {n}.\n", encoding="utf-8")
    root = tmp_path_factory.mktemp("fuzzy-archive") / "archive"
    assert run_cli(root, "ingest", "--workers", "1", str(folder)).exit_code == 0
    return root


def sources(out: dict) -> set[str]:
    return {hit["source"].rsplit("/", 1)[1] for hit in out["hits"]}


@pytest.mark.parametrize("word, printed", [("government", "govemment"), ("november", "rovember"),
                                           ("english", "énglish"), ("oil", "0il")])
def test_a_misreading_is_found_ranked_last_and_named(archive, word, printed, whoosh_reads):
    out = cli_json(archive, "search", word, "--limit", "20")
    assert sources(out) == {f"{word}{n}.txt" for n in range(5)} | {f"misread-{word}.txt"}
    assert out["hits"][-1]["source"].endswith(f"misread-{word}.txt")  # below every correct spelling
    assert out["expanded"] == {word: [printed]}
    exact = cli_json(archive, "search", word, "--exact", "--limit", "20")
    assert f"misread-{word}.txt" not in sources(exact) and exact["expanded"] == {}


def test_a_real_word_of_its_own_is_not_a_misreading(archive, whoosh_reads):
    out = cli_json(archive, "search", "dear", "--limit", "20")
    assert sources(out) == {f"dear{n}.txt" for n in range(5)}
    assert out["expanded"] == {}


def test_an_absent_word_suggests_the_frequent_spelling(archive, whoosh_reads):
    out = cli_json(archive, "search", "govenment", "--limit", "20")
    assert out["did_you_mean"] == "government"
    assert sources(out) == {f"government{n}.txt" for n in range(5)} | {"misread-government.txt"}
    assert cli_json(archive, "search", "govenment", "--exact")["total"] == 0


def test_folding_makes_ocr_confusions_equal():
    assert fold("govemment") == fold("government")
    assert fold("énglish") == "english" and fold("0il") == "oil" and fold("vvar") == "war"
    assert fold("_mercurial") == "mercurial"


def test_lexicon_counts_match_the_reader_over_several_segments(tmp_path, whoosh_reads):
    """The Lexicon reads whoosh's term files directly (speed); it must agree with whoosh's own counts,
    across segments, with a deleted page and words shared between segments."""
    ix = whoosh_index.create_in(str(tmp_path), build_schema(), indexname="pages")
    batches = [["alpha beta gamma", "beta delta", "Zürich 1963 0il"], ["beta epsilon", "gamma gamma alpha"]]
    for b, batch in enumerate(batches):
        with ix.writer() as w:
            for n, text in enumerate(batch):
                w.add_document(page_id=f"{b}-{n}", doc_id=f"d{b}{n}", page=1, title=f"Title {b}", content=text)
    with ix.writer() as w:
        w.delete_by_term("page_id", "0-1")
    with ix.reader() as reader:
        assert len(reader.leaf_readers()) >= 2
        lexicon = Lexicon.from_reader(reader)
        for field in ("content", "title"):
            expected = {t.decode(): reader.doc_frequency(field, t) for t in reader.lexicon(field)}
            assert {term: lexicon.frequency(field, term) for term in expected} == expected
        assert lexicon.frequency("content", "beta") == 3  # whoosh counts deleted pages until a merge
        assert lexicon.frequency("content", "zurich") == 0 and lexicon.frequency("content", "zürich") == 1
        assert dict(lexicon.near("oil", 0)) == {"0il": 1}


def test_short_words_keep_their_first_letter(tmp_path):
    """A rare word one edit away with another first letter is a misreading only for longer words: "ring"
    is not a misread "king", "rovember" is a misread "november" (see the archive tests)."""
    ix = whoosh_index.create_in(str(tmp_path), build_schema(), indexname="pages")
    with ix.writer() as w:
        for n, text in enumerate(["king"] * 6 + ["ring", "kiug"]):
            w.add_document(page_id=str(n), doc_id=f"d{n}", page=1, content=text)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert expand_ocr_variants(parse_query(ix.schema, "king"), reader, Lexicon.from_reader(reader)).variants == \
            {"king": ["kiug"]}


def test_expansion_leaves_phrases_and_short_words_alone(tmp_path):
    ix = _index(tmp_path, ["the tortnre of torture victims", "torture torture report", "torture ends",
                           "torture again", "torture reports", "torture inquiry"])
    with ix.searcher() as searcher:
        reader = searcher.reader()
        lexicon = Lexicon.from_reader(reader)
        widened = expand_ocr_variants(parse_query(ix.schema, "torture"), reader, lexicon)
        assert widened.variants == {"tortur": ["tortnr"]}
        phrase = expand_ocr_variants(parse_query(ix.schema, '"torture victims"'), reader, lexicon)
        assert phrase.variants == {} and phrase.query == parse_query(ix.schema, '"torture victims"')


def _faded(image: Image.Image, ink: int, darkest_paper: int, seed: int = 1) -> Image.Image:
    """A 200-dpi copy of a 300-dpi page: strokes blurred, toner faded to grey `ink`, paper darkening
    towards one corner, sensor noise (as scripts/synthetic.py degrades its pages)."""
    image = image.filter(ImageFilter.GaussianBlur(1.5))
    image = image.resize((image.width * 2 // 3, image.height * 2 // 3), Image.LANCZOS)
    page = np.asarray(image, dtype=np.float32) / 255.0
    page = ink / 255.0 + (1 - ink / 255.0) * page
    h, w = page.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    page *= 1 - (1 - darkest_paper / 255.0) * (0.5 * xx / w + 0.5 * yy / h)
    noisy = page * 255 + np.random.default_rng(seed).normal(0, 9, page.shape)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def test_badly_faded_text_is_normalised_and_read(tmp_path):
    """Text as faint at its darkest as specks and page edges can be (issue 6's known-item pages lost whole
    pages to this: no normalisation, then skew and line height measured on specks)."""
    lines = ["The amber lighthouse delegation", "visited the senator on Friday", "to present our petition."] * 4
    path = tmp_path / "faded.png"
    _faded(page_image(lines), ink=164, darkest_paper=181).save(path, dpi=(200, 200))
    page = process_page(PageJob(str(path), FileKind.png, 1, OcrSettings())).page
    assert "normalize background and contrast" in page.preprocessing.steps
    assert {"amber", "lighthouse", "delegation", "senator", "petition"} <= set(page.text.lower().replace(".", " ").split())


def test_a_blank_grey_page_is_left_alone():
    _, record, _ = preprocess.prepare(_faded(Image.new("L", (2550, 3300), 255), ink=164, darkest_paper=181), 200)
    assert "normalize background and contrast" not in record.steps


def test_only_ocr_like_differences_make_a_misreading_of_a_word_the_index_holds(tmp_path):
    """"pnison" (n for r) and "erithusiasm" (ri for n) are what OCR makes; "poison" is another word,
    however rare, and must not be matched for "prison".  A word the index lacks takes any close spelling."""
    ix = _index(tmp_path, ["prison visits and enthusiasm"] * 10 + ["pnison visits", "erithusiasm of members",
                                                                      "poison gas"])
    with ix.searcher() as searcher:
        reader = searcher.reader()
        lexicon = Lexicon.from_reader(reader)

        def variants(text):
            return expand_ocr_variants(parse_query(ix.schema, text), reader, lexicon).variants

        assert variants("prison") == {"prison": ["pnison"]}
        assert variants("enthusiasm") == {"enthusiasm": ["erithusiasm"]}
        assert variants("poixon") == {"poixon": ["poison"]}  # absent: a typing error, any close word is fair


def test_did_you_mean_shows_the_word_as_printed_even_when_no_hit_shows_it(archive):
    """"govenment festival" matches only the misread page ("govemment"), yet the suggestion must read
    "government festival", as printed on the other pages, not the stem "govern"."""
    out = cli_json(archive, "search", "govenment festival")
    assert sources(out) == {"misread-government.txt"}
    assert out["did_you_mean"] == "government festival"


def _index(folder, contents: list[str]):
    """A whoosh index with metp's schema, one page per text."""
    ix = whoosh_index.create_in(str(folder), build_schema(), indexname="pages")
    with ix.writer() as w:
        for n, content in enumerate(contents):
            w.add_document(page_id=f"d{n}:1", doc_id=f"d{n}", page=1, content=content)
    return ix
