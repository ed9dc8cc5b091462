"""`ingest --executor dask`: a real Dask cluster over TCP on 127.0.0.1, real tesseract, real archives.

One two-worker LocalCluster (one thread each, dashboard off) serves the module; tests reach it by
its tcp:// address, as `--scheduler` does.  Its scheduler gives up on a task after two worker
deaths (`allowed-failures` 1), so that a page that kills workers costs seconds, not minutes.
Nothing here sleeps for a fixed time: tests poll with a deadline.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import cloudpickle  # a dependency of distributed
import dask
import distributed  # the `test` extra installs the `dask` one: `make test` runs these tests
import pytest
from PIL import Image, ImageDraw, ImageFont

from conftest import cli_json, run_cli, write_text_pdf
from metp.archive import ingest as ingest_module
from metp.errors import ClusterError, ExitCode, MissingDependencyError
from metp.pipeline import dask_executor
from metp.pipeline.dask_executor import DaskExecutor
from metp.pipeline.document import run_job
from metp.pipeline.executor import IterFeed
from metp.pipeline.model import FileKind, PageJob
from metp.settings import OcrSettings

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module

REPO = Path(__file__).resolve().parents[1]
DEADLINE_S = 60


@pytest.fixture(scope="module")
def cluster():
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                         dashboard_address=None, env={"OMP_THREAD_LIMIT": "1"},
                                         scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                                         silence_logs=50)
    try:
        yield local
    finally:
        local.close()


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster.scheduler_address, timeout=20) as c:
        c.wait_for_workers(2, timeout=30)
        yield c


def poll(condition, what: str, timeout: float = DEADLINE_S, every: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def small_page(lines: list[str]) -> Image.Image:
    """A small scan (a slip of paper): OCR costs a fraction of a full page's."""
    img = Image.new("L", (1100, 140 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 90 * i), line, fill=0, font=ImageFont.load_default(size=48))
    return img


def write_slip(path: Path, lines: list[str], fmt: str = "PNG") -> Path:
    small_page(lines).save(path, fmt, dpi=(300, 300))
    return path


def inputs(folder: Path) -> Path:
    """A scan, a two-page text PDF, a two-frame TIFF, a text file and a damaged file."""
    folder.mkdir()
    write_slip(folder / "a-letter.png", ["URGENT ACTION", "The quartz lantern harbour"])
    write_text_pdf(folder / "c-manual.pdf", [["TRAINING MANUAL", "The meadow violin chapter."],
                                             ["SECOND PAGE", "Letters for student groups."]])
    first, second = small_page(["FIRST SHEET", "The cobalt pelican"]), small_page(["SECOND SHEET", "The amber walrus"])
    first.save(folder / "d-sheets.tif", "TIFF", save_all=True, append_images=[second], dpi=(300, 300))
    (folder / "e-handout.txt").write_text("Handout\n\nregional workshop agenda\fpage two\n", encoding="utf-8")
    (folder / "f-broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    return folder


def outcome_of(root: Path, report: dict) -> dict:
    """What a batch made: per file its status and doc id, its pages' rows (text, method, confidence, flags,
    preprocessing...) and its automatic metadata."""
    files = {}
    with sqlite3.connect(root / "catalog.sqlite") as db:
        for doc in report["documents"]:
            pages, tags = [], []
            if doc["doc_id"]:
                pages = list(db.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY page_no", (doc["doc_id"],)))
                tags = list(db.execute("SELECT field, value, rule, confidence FROM metadata WHERE doc_id = ? "
                                       "ORDER BY id", (doc["doc_id"],)))
            files[Path(doc["path"]).name] = (doc["status"], doc["doc_id"], doc["pages"], pages, tags)
    return files


def ingest(root: Path, folder: Path, *options: str, exit_code: int = 0) -> dict:
    return cli_json(root, "ingest", "--no-progress", *options, str(folder), exit_code=exit_code)


def test_the_same_pages_give_the_same_outcomes_as_the_local_executor_shared_or_shipped(tmp_path, cluster, client):
    folder = inputs(tmp_path / "in")
    local = ingest(tmp_path / "local", folder, "--workers", "2", exit_code=1)
    expected = outcome_of(tmp_path / "local", local)
    assert expected["f-broken.png"][0] == "failed" and expected["c-manual.pdf"][2] == 2
    for mode in ("auto", "ship"):
        root = tmp_path / mode
        report = ingest(root, folder, "--scheduler", cluster.scheduler_address, "--inputs", mode, exit_code=1)
        assert outcome_of(root, report) == expected, mode
        assert report["errors"] == local["errors"]
        assert cli_json(root, "verify")["ok"]
    # shipped files live in each worker's own directory, a few at most, named by their SHA-256
    kept = client.run(lambda dask_worker: sorted(os.listdir(Path(dask_worker.local_directory) / "metp-inputs")))
    assert all(len(names) <= dask_executor.WORKER_FILES for names in kept.values())
    assert any(names for names in kept.values())
    assert all(len(name) == 64 for names in kept.values() for name in names)
    assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0  # nothing left behind


def _jobs(folder: Path, count: int) -> list[PageJob]:
    folder.mkdir()
    paths = [folder / f"p{n}.txt" for n in range(count)]
    for n, path in enumerate(paths):
        path.write_text(f"page {n} of the kettle lantern meeting", encoding="utf-8")
    return [PageJob(str(path), FileKind.text, 1, OcrSettings()) for path in paths]


def _one_page(path: str) -> tuple[str, int, int]:
    return dask_executor.file_sha256(path), os.path.getsize(path), 1


def test_the_window_stays_bounded_and_follows_the_threads(tmp_path, cluster):
    jobs = _jobs(tmp_path / "in", 9)
    executor = DaskExecutor(scheduler=cluster.scheduler_address, inputs="ship", file_info=_one_page)
    try:
        outcomes = list(executor.run(run_job, IterFeed(jobs)))
    finally:
        executor.close()
    assert sorted(o.job.path for o in outcomes) == sorted(j.path for j in jobs)
    assert [o.page.text for o in sorted(outcomes, key=lambda o: o.job.path)] == \
        [Path(j.path).read_text() for j in sorted(jobs, key=lambda j: j.path)]
    assert executor.stats.max_in_flight == 4  # two tasks per worker thread, never the whole batch
    assert executor.stats.submitted == 9 and executor.stats.scattered == 0  # one-page files: bytes in the task


def _kill_a_busy_worker(address: str, killed: dict) -> None:
    """In a thread: once a worker is running a page, kill -9 it (its pid from client.run(os.getpid))."""
    try:
        with distributed.Client(address, timeout=20) as c:
            pids = c.run(os.getpid)
            busy = poll(lambda: [w for w, tasks in c.processing().items() if tasks], "a busy worker")
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.update(worker=busy[0], pid=pids[busy[0]])

            def back() -> bool:  # the nanny restarts it: two workers again, one with a new pid
                try:
                    return len(c.nthreads()) == 2 and set(c.run(os.getpid).values()) != set(pids.values())
                except OSError:  # a broadcast that met the dying worker
                    return False

            poll(back, "the killed worker to come back")
    except BaseException as exc:
        killed["error"] = exc


def test_a_worker_killed_mid_batch_and_the_batch_completes_with_verify_clean(tmp_path, cluster, client):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        write_slip(folder / f"scan-{n}.png", [f"SCAN {n}", "The copper falcon bridge"])
    write_text_pdf(folder / "manual.pdf", [["MANUAL", f"chapter {n} of the kettle"] for n in range(3)])
    killed: dict = {}
    killer = threading.Thread(target=_kill_a_busy_worker, args=(cluster.scheduler_address, killed))
    killer.start()
    try:
        report = ingest(tmp_path / "arc", folder, "--scheduler", cluster.scheduler_address, "--inputs", "ship")
    finally:
        killer.join(DEADLINE_S)
    assert "pid" in killed and "error" not in killed, killed
    assert report["ingested"] == 7 and report["failed"] == 0 and report["pages"] == 9
    assert cli_json(tmp_path / "arc", "verify")["ok"]
    assert cli_json(tmp_path / "arc", "search", "falcon")["total"] == 6


def kill_on_killer_pages(job):
    """Stands in for a page that crashes its worker (a segfault in a C library, the OOM killer)."""
    if isinstance(job, PageJob) and "killer" in os.path.basename(job.path):
        os._exit(1)
    return run_job(job)


def test_a_page_that_kills_every_worker_is_a_failed_page_not_a_failed_batch(tmp_path, cluster, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        write_slip(folder / f"a-scan-{n}.png", [f"SCAN {n}", "The walnut glacier"])
    write_slip(folder / "z-killer.png", ["A PAGE THAT KILLS"])  # last, so that few pages sit beside it
    monkeypatch.setattr(ingest_module, "run_job", kill_on_killer_pages)
    report = ingest(tmp_path / "arc", folder, "--scheduler", cluster.scheduler_address, exit_code=1)
    by_name = {Path(d["path"]).name: d for d in report["documents"]}
    assert [n for n, d in by_name.items() if d["status"] == "ingested"] == [f"a-scan-{n}.png" for n in range(3)]
    assert by_name["z-killer.png"]["status"] == "failed"
    (error,) = report["errors"]
    assert "page 1 made 2 Dask workers die, running alone" in error["error"]
    assert cli_json(tmp_path / "arc", "verify")["ok"]


def kill_on_page_two_of_a_tiff(job):
    if isinstance(job, PageJob) and job.kind is FileKind.tiff and job.page_no == 2:
        os._exit(1)
    return run_job(job)


def test_a_killer_page_of_a_shipped_file_fails_alone(tmp_path):
    """Page 2 of a three-page TIFF kills its worker, the only one, which holds the file's only scattered
    copy and the other pages queued beside it: the bytes are scattered again, then travel inside the
    tasks; Dask fails the pages queued beside page 2 too, and metp tries each alone: only page 2 fails."""
    path = tmp_path / "three.tif"
    frames = [small_page([f"SHEET {n}", "The cobalt pelican"]) for n in (1, 2, 3)]
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    jobs = [PageJob(str(path), FileKind.tiff, n, OcrSettings()) for n in (1, 2, 3)]
    info = (dask_executor.file_sha256(str(path)), path.stat().st_size, 3)
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        executor = DaskExecutor(1, inputs="ship", file_info=lambda p: info, cluster_options={"silence_logs": 50})
    try:
        outcomes = {o.job.page_no: o for o in executor.run(kill_on_page_two_of_a_tiff, IterFeed(jobs))}
    finally:
        executor.close()
    assert "SHEET 1" in outcomes[1].page.text and "SHEET 3" in outcomes[3].page.text
    assert outcomes[2].page is None and "page 2 made 2 Dask workers die, running alone" in outcomes[2].error
    assert outcomes[1].job == jobs[0] and outcomes[2].job == jobs[1]  # the coordinator's paths, not the workers'
    # page 2 met KilledWorker twice (beside others, then alone); a page that sat queued beside it on the
    # dying workers may have met it once, and then came through alone
    assert executor.stats.scattered >= 1 and executor.stats.killed >= 2


def test_the_versions_are_checked_at_connect_and_by_every_task(tmp_path, cluster, monkeypatch):
    real = dask_executor.software_facts

    def other_tesseract(lang):
        facts = dict(real(lang))
        facts["tesseract"] = "4.1.1"
        return facts

    monkeypatch.setattr(dask_executor, "software_facts", other_tesseract)  # this machine, not the workers
    with pytest.raises(ClusterError, match=r"differs from this machine: .*has tesseract 5\.[\d.]+ \(here 4\.1\.1\)"):
        DaskExecutor(scheduler=cluster.scheduler_address)
    result = run_cli(tmp_path / "arc", "ingest", "--scheduler", cluster.scheduler_address, str(tmp_path))
    assert result.exit_code == ExitCode.cluster == 8
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("metp: error: the Dask cluster differs")
    monkeypatch.setattr(dask_executor, "software_facts", real)

    with pytest.raises(MissingDependencyError, match=r"lacks tesseract language data for xyz; .*tesseract-ocr-xyz"):
        DaskExecutor(scheduler=cluster.scheduler_address, lang="eng+xyz")

    executor = DaskExecutor(scheduler=cluster.scheduler_address)  # a worker that joins later: its first task
    executor.expected = "0" * 16
    try:
        with pytest.raises(ClusterError, match="the Dask worker tcp://127.0.0.1:\\d+ differs"):
            list(executor.run(run_job, IterFeed(_jobs(tmp_path / "in", 1))))
    finally:
        executor.close()


def test_without_the_extra_the_message_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(MissingDependencyError, match=r"pip install 'metp\[dask\]'"):
        DaskExecutor()


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ClusterError, match=f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"):
        DaskExecutor(scheduler=f"tcp://127.0.0.1:{port}", connect_timeout_s=1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _metp(*args: str) -> list[str]:
    return [sys.executable, "-m", "metp.archive.cli", *args]


def test_the_scheduler_going_away_is_exit_8_and_a_rerun_resumes(tmp_path):
    """A real subprocess run against `dask scheduler` and `dask worker` processes."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        write_slip(folder / f"scan-{n}.png", [f"SCAN {n}", "The velvet tractor museum"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    address = f"tcp://127.0.0.1:{_free_port()}"
    dask_cli = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen([*dask_cli, "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], env=env, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1",
                               "--no-dashboard"], env=env, stderr=subprocess.DEVNULL)
    root = tmp_path / "arc"
    try:
        run = subprocess.Popen(_metp("--archive", str(root), "ingest", "--no-progress", "--json",
                                     "--scheduler", address, str(folder)),
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)

        def stored() -> int:
            try:
                with sqlite3.connect(f"file:{root / 'catalog.sqlite'}?mode=ro", uri=True) as db:
                    return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                return 0

        poll(stored, "a first stored document")
        scheduler.kill()
        out, err = run.communicate(timeout=DEADLINE_S)
    finally:
        for process in (worker, scheduler):
            process.kill()
            process.wait(DEADLINE_S)
    assert run.returncode == ExitCode.cluster, err
    assert err.count("\n") == 1 and "the Dask scheduler at" in err and "went away" in err
    assert "run the same command to resume" in err
    done = stored()
    assert 0 < done < 8

    # the re-run (a local cluster this time) resumes: what was stored is skipped, the rest ingested
    again = subprocess.run(_metp("--archive", str(root), "ingest", "--no-progress", "--json", "--executor", "dask",
                                 "--workers", "2", str(folder)),
                           env=env, capture_output=True, text=True, cwd=tmp_path, timeout=DEADLINE_S * 2)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["skipped"] == done and report["ingested"] == 8 - done
    assert cli_json(root, "verify")["ok"]
