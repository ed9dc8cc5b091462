"""IIIF and OAI-PMH in `metp serve`: the manifests and collection it serves are valid Presentation 3, its
level-0 image service answers the tiles info.json promises (and refuses the rest), Content Search 1 hands
out the boxes search itself matched, `--public` opens IIIF to other sites and hides restricted documents;
OAI-PMH is harvested over HTTP by the `oaipmh` package's own client (oai_dc, from/until, resumption)."""

from __future__ import annotations

import io
import shutil
import time
import warnings
from datetime import datetime, timezone

import pytest
from PIL import Image

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

from conftest import run_cli
from metp.archive.archive import Archive
from metp.archive.iiif import presentation_errors
from metp.settings import Settings
from metp.web import oai
from metp.web.app import WebConfig, create_app


@pytest.fixture(scope="module")
def served(archive, tmp_path_factory):
    """A copy of the session archive with one document restricted, served in both modes."""
    root = tmp_path_factory.mktemp("iiif-web") / "archive"
    shutil.copytree(archive.root, root, symlinks=True)
    assert run_cli(root, "tag", archive.doc_ids["png_named.txt"], "metp.access=restricted").exit_code == 0
    with TestClient(create_app(Settings(archive_dir=root), WebConfig(public=True))) as public, \
            TestClient(create_app(Settings(archive_dir=root), WebConfig(token="t" * 20))) as staff:
        yield {"root": root, "ids": archive.doc_ids, "public": public, "staff": staff}


def test_served_manifests_and_collection_are_valid(served):
    public, ids = served["public"], served["ids"]
    collection = public.get("/iiif/collection.json").json()
    assert presentation_errors(collection) == []
    listed = {item["id"].rsplit("/", 2)[-2] for item in collection["items"]}
    assert ids["letter.png"] in listed and ids["png_named.txt"] not in listed and ids["notes.txt"] not in listed
    manifest = public.get(f"/iiif/{ids['stack.tif']}/manifest.json").json()
    assert presentation_errors(manifest) == []
    assert len(manifest["items"]) == 3
    assert [s.get("@type") or s.get("type") for s in manifest["service"]] == ["SearchService1", "SearchService2"]
    assert manifest["homepage"][0]["id"].endswith(f"/doc/{ids['stack.tif']}")
    assert public.get(f"/iiif/{ids['png_named.txt']}/manifest.json").status_code == 404  # restricted
    assert public.get(f"/iiif/{ids['notes.txt']}/manifest.json").status_code == 404      # plain text


def test_the_image_service_answers_what_info_json_promises(served):
    public, doc = served["public"], served["ids"]["letter.png"]
    info = public.get(f"/iiif/{doc}/p1/info.json").json()
    canvas = public.get(f"/iiif/{doc}/manifest.json").json()["items"][0]
    assert (info["width"], info["height"]) == (canvas["width"], canvas["height"])
    tile = public.get(f"/iiif/{doc}/p1/0,0,1024,1024/512,512/0/default.jpg")
    assert tile.status_code == 200 and tile.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(tile.content)).size == (512, 512)
    small = info["sizes"][0]
    whole = public.get(f"/iiif/{doc}/p1/full/{small['width']},{small['height']}/0/default.jpg")
    assert Image.open(io.BytesIO(whole.content)).size == (small["width"], small["height"])
    for bad in ("full/max/90/default.jpg", "full/max/0/gray.png", f"full/{info['width'] * 2},10/0/default.jpg",
                "99999,0,10,10/10,10/0/default.jpg", "pct:0,0,50,50/max/0/default.jpg"):
        assert public.get(f"/iiif/{doc}/p1/{bad}").status_code == 400, bad


def test_alto_is_served_and_iiif_is_open_to_other_sites_only_in_public(served):
    doc = served["ids"]["letter.png"]
    alto = served["public"].get(f"/iiif/{doc}/page-0001.alto.xml")
    assert alto.status_code == 200 and b"URGENT" in alto.content
    assert alto.headers["access-control-allow-origin"] == "*"
    staff = served["staff"].get(f"/iiif/{doc}/manifest.json")
    assert staff.status_code == 200 and "access-control-allow-origin" not in staff.headers
    assert staff.headers["cross-origin-resource-policy"] == "same-origin"


def test_content_search_boxes_are_the_words_search_matched(served):
    public, doc = served["public"], served["ids"]["stack.tif"]
    answer = public.get(f"/iiif/{doc}/search", params={"q": "pelican OR tunnel"}).json()
    assert answer["@type"] == "sc:AnnotationList" and answer["within"]["total"] == 2
    targets = {r["resource"]["chars"]: r["on"] for r in answer["resources"]}
    with Archive(Settings(archive_dir=served["root"])) as archive:
        expected = {}
        for n in (1, 2):
            for box in archive.hits_on_page(doc, n, "pelican OR tunnel").boxes:
                expected[box.word] = (f"{answer['@id'].split('/search')[0]}/canvas/p{n}"
                                      f"#xywh={box.left},{box.top},{box.width},{box.height}")
    assert targets == expected and sorted(targets) == ["pelican", "tunnel"]
    assert public.get(f"/iiif/{doc}/search", params={"q": "zeppelin"}).json()["resources"] == []
    second = public.get(f"/iiif/{doc}/search2", params={"q": "pelican OR tunnel"}).json()
    assert second["type"] == "AnnotationPage" and second["@context"].endswith("search/2/context.json")
    assert {a["body"]["value"]: a["target"] for a in second["items"]} == expected


def test_oai_pmh_is_harvested_by_an_oai_client(served, monkeypatch):
    from oaipmh.client import Client
    from oaipmh.metadata import MetadataRegistry, oai_dc_reader

    from browser import serve_app

    monkeypatch.setattr(oai, "BATCH", 3)  # 8 visible records: three responses, two resumption tokens
    registry = MetadataRegistry()
    registry.registerReader("oai_dc", oai_dc_reader)
    app = create_app(Settings(archive_dir=served["root"]), WebConfig(public=True))
    with serve_app(app) as base:
        client = Client(f"{base}/oai", registry)
        identify = client.identify()
        assert identify.repositoryName() == "metp archive" and identify.baseURL() == f"{base}/oai"
        assert [f[0] for f in client.listMetadataFormats()] == ["oai_dc"]
        records = list(client.listRecords(metadataPrefix="oai_dc"))
        ids = served["ids"]
        visible = set(ids.values()) - {ids["png_named.txt"]}
        assert {h.identifier() for h, _, _ in records} == {f"oai:metp:{d}" for d in visible}
        by_id = {h.identifier(): m for h, m, _ in records}
        letter = by_id[f"oai:metp:{ids['letter.png']}"]
        assert letter["identifier"] == [ids["letter.png"]] and letter["format"] == ["image/png"]
        assert letter["source"] == []  # paths on the archivist's disk are not published
        header, metadata, _ = client.getRecord(metadataPrefix="oai_dc", identifier=f"oai:metp:{ids['notes.txt']}")
        assert metadata["title"] and header.datestamp() <= datetime.now(timezone.utc).replace(tzinfo=None)

        time.sleep(1.1)  # datestamps have seconds granularity
        since = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        assert run_cli(served["root"], "tag", ids["scanned.pdf"], "dc.subject+=field reports").exit_code == 0
        changed = [h.identifier() for h in client.listIdentifiers(metadataPrefix="oai_dc", from_=since)]
        assert changed == [f"oai:metp:{ids['scanned.pdf']}"]


def test_oai_pmh_errors_are_the_protocols(served):
    public = served["public"]
    restricted = served["ids"]["png_named.txt"]
    cases = {"verb=Nonsense": "badVerb", "verb=ListRecords&metadataPrefix=marc21": "cannotDisseminateFormat",
             f"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:metp:{restricted}": "idDoesNotExist",
             "verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01": "noRecordsMatch",
             "verb=ListSets": "noSetHierarchy", "verb=ListRecords": "badArgument",
             "verb=Identify&verb=Identify": "badVerb"}
    for query, code in cases.items():
        answer = public.get(f"/oai?{query}")
        assert answer.status_code == 200 and f'code="{code}"' in answer.text, (query, answer.text[-300:])
