"""Run pipeline jobs on a Dask cluster, with the interface of the process pool (`run(fn, feed)`).

Only jobs go to the cluster; the coordinator (the process that holds the archive's writer lock)
keeps the catalog and the index.  What this adds to the pool's loop:

- **A bounded window.**  About two tasks per worker thread are in flight (`as_completed(...).add`),
  never `client.map` over a batch: the coordinator and the scheduler hold a window's worth of
  tasks however many pages a batch has.  The window follows the cluster's threads as workers come
  and go.
- **Inputs.**  A page job names a file on the coordinator.  A worker either reads the same path (a
  shared file system) or gets the bytes: a one-page file's bytes travel inside its one task, a
  multi-page file's bytes are scattered once (`client.scatter`) and every page task of that file
  depends on them.  A worker writes shipped bytes once to a file in its local directory, named by
  their SHA-256 (pdf.py keeps the last PDF open per process, keyed by path and mtime, so the pages
  of one PDF reuse it), keeps the last few such files and lets Dask remove its directory.  In
  `auto` mode every page task first checks that the path on the worker holds the very bytes the
  coordinator hashed (SHA-256, cached per worker process); when it does not, the file (and later
  files of its folder) are shipped instead.  `shared` and `ship` force one way.
- **Failures.**  A worker that dies mid-task: Dask reruns its tasks elsewhere.  A page that kills
  every worker it lands on: Dask gives up on it (`KilledWorker`, after the scheduler's
  `allowed-failures` + 1 deaths).  Dask counts a death against every task the dying worker held,
  also one merely queued there beside the culprit, so metp lets the window drain and runs such a
  task again alone: only then is `KilledWorker` its own doing, and it becomes a failed page with a
  reason, never a failed batch.  Scattered bytes whose only holder died are scattered again; a
  file whose bytes are lost twice travels inside its tasks from then on, which Dask can rerun
  without them.  The scheduler going away: `ClusterError` (exit 8), one line; a re-run resumes.
- **Checks at connect.**  metp's version and the hash of its code, Python's version, Dask's
  packages, the libraries a page passes through, tesseract's version and the data of the batch's
  languages must be the same on every worker as here.  (Dask's own `get_versions(check=True)`
  only warns in this release, so metp compares and refuses.)  A worker that joins later is checked
  by its first task: each task carries the expected fingerprint.
- **Environment.**  `OMP_THREAD_LIMIT=1` in every worker's environment (the local cluster's nanny
  sets it, which survives restarts; every task sets it too, for workers started by hand).

Dask is an optional dependency (`pip install 'metp[dask]'`); this module imports it at call time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from metp.errors import ClusterError, MissingDependencyError
from metp.pipeline.model import FileKind, PageJob, PageOutcome

INSTALL_HINT = "install it with: pip install 'metp[dask]' (on this machine and every worker)"
INPUT_MODES = ("auto", "shared", "ship")
LOSS_LIMIT = 2         # a file's scattered bytes lost this often: its tasks carry the bytes from then on
CANCEL_LIMIT = 3       # a task cancelled by the cluster this often (not by metp): the page fails
WORKER_FILES = 8       # shipped files a worker process keeps on disk (the most recently used)
NO_WORKERS_TIMEOUT_S = 300.0
_REFRESH_S = 2.0       # how often the window is resized to the cluster's threads
_PACKAGES = ("dask", "distributed", "cloudpickle", "msgpack", "tornado", "toolz",   # Dask's required set
             "numpy", "Pillow", "pdfplumber", "pdfminer.six", "pypdfium2", "pytesseract")  # a page's path


def import_distributed():
    """`distributed`, or a one-line error saying how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise MissingDependencyError(f"--executor dask needs Dask's distributed scheduler, which is not "
                                     f"installed ({exc}); {INSTALL_HINT}") from exc
    return distributed


# ---------------------------------------------------------------------------------------------
# What a worker runs.  Module-level functions and frozen values: they pickle by reference.

@dataclass(frozen=True)
class InputRef:
    """The file a page job names, as the coordinator hashed it; `shared`: read the path itself."""

    path: str
    sha256: str
    size: int
    shared: bool


@dataclass(frozen=True)
class NotVisible:
    """A worker's answer in `auto` mode: the path does not hold the coordinator's bytes here."""

    worker: str
    reason: str


@dataclass(frozen=True)
class Mismatch:
    """A worker's answer when its software differs from the coordinator's."""

    worker: str
    facts: dict


def worker_call(fn: Callable, job: Any, ref: InputRef | None, data: bytes | None, lang: str,
                expected: str) -> Any:
    """The task: check this worker, put the page's file where the job can open it, run `fn(job)`."""
    os.environ["OMP_THREAD_LIMIT"] = "1"  # workers started by hand may lack it; tesseract inherits it
    _tune_malloc()
    facts = software_facts(lang)
    if fingerprint(facts) != expected:
        return Mismatch(_worker_name(), facts)
    original, local = job, None
    if isinstance(job, PageJob) and ref is not None:
        if data is not None:
            local = _materialize(ref.sha256, data)
        else:
            reason = _shared_problem(ref)
            if reason:
                return NotVisible(_worker_name(), reason)
            local = ref.path  # absolute: a worker started elsewhere has another working directory
        job = replace(job, path=local)
    with _PDF_LOCK if isinstance(job, PageJob) and job.kind is FileKind.pdf else contextlib.nullcontext():
        outcome = fn(job)  # pdf.py keeps one open PDF per process: one PDF page at a time per process
    if local is not None and isinstance(outcome, PageOutcome):
        error = outcome.error.replace(local, original.path) if outcome.error and local != original.path \
            else outcome.error
        outcome = replace(outcome, job=original, error=error)
    return outcome


@lru_cache(maxsize=1)
def _tune_malloc() -> None:
    """Undo, in this worker process, what Dask's nanny sets for every worker: MALLOC_TRIM_THRESHOLD_=65536.
    Setting it turns off glibc's sliding mmap threshold, so every page-sized array (a 300-dpi page is
    8 MB) is mmapped, zeroed and unmapped afresh: measured here, that made a page's Python work (decode,
    preprocess) take 2.4x the CPU it takes in the process pool.  With these two values it is the same."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD: give memory back when 256 MB lie free at the top
        libc.mallopt(-3, 32 << 20)   # M_MMAP_THRESHOLD: allocations under 32 MB come from the heap, reused
    except (OSError, AttributeError):  # not glibc: nothing to undo
        pass


_PDF_LOCK = threading.Lock()
_FILES_LOCK = threading.Lock()
_FILES: OrderedDict[str, str] = OrderedDict()  # sha256 -> local path, most recently used last
_HASHES: dict[tuple, str] = {}                 # (path, size, mtime_ns, inode) -> sha256, per worker process


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return f"pid {os.getpid()}"


def _local_folder() -> Path:
    """The worker's own scratch directory (Dask removes it, also after a SIGKILL, on the next start)."""
    try:
        from distributed import get_worker

        base = Path(get_worker().local_directory)
    except (ImportError, ValueError):
        import tempfile

        base = Path(tempfile.gettempdir()) / f"metp-worker-{os.getpid()}"
    folder = base / "metp-inputs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _materialize(sha256: str, data: bytes) -> str:
    """The shipped bytes as a local file, written once per file and process; the oldest are removed."""
    with _FILES_LOCK:
        path = _FILES.get(sha256)
        if path is not None and os.path.exists(path):
            _FILES.move_to_end(sha256)
            return path
        folder = _local_folder()
        path = str(folder / sha256)
        partial = f"{path}.part"
        with open(partial, "wb") as fh:
            fh.write(data)
        os.replace(partial, path)
        _FILES[sha256] = path
        while len(_FILES) > WORKER_FILES:
            _, old = _FILES.popitem(last=False)
            with contextlib.suppress(OSError):  # an open PDF keeps reading its unlinked file
                os.unlink(old)
        return path


def _shared_problem(ref: InputRef) -> str | None:
    """None when `ref.path` on this worker holds the coordinator's bytes; otherwise why not."""
    try:
        info = os.stat(ref.path)
    except OSError as exc:
        return f"cannot read {ref.path} ({exc.strerror or exc})"
    if info.st_size != ref.size:
        return f"{ref.path} has {info.st_size} bytes here, {ref.size} on the coordinator"
    key = (ref.path, info.st_size, info.st_mtime_ns, info.st_ino)
    sha = _HASHES.get(key)
    if sha is None:
        try:
            sha = file_sha256(ref.path)
        except OSError as exc:
            return f"cannot read {ref.path} ({exc.strerror or exc})"
        if len(_HASHES) > 1024:
            _HASHES.clear()
        _HASHES[key] = sha
    return None if sha == ref.sha256 else f"{ref.path} holds other bytes here than on the coordinator"


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=8)
def software_facts(lang: str) -> dict:
    """What must be the same on every machine for a page to come out the same (cached per process);
    `lang`: the tesseract languages to check, joined by '+'."""
    from importlib.metadata import PackageNotFoundError, version

    import metp

    packages = {}
    for name in _PACKAGES:
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = "missing"
    tesseract, tessdata, installed = _tesseract_facts()
    wanted = [code for code in lang.split("+") if code]
    languages = {}
    for code in wanted:
        data = Path(tessdata) / f"{code}.traineddata" if tessdata else None
        if code not in installed or data is None or not data.is_file():
            languages[code] = "missing"
        else:
            languages[code] = file_sha256(str(data))[:16]
    return {"metp": metp.__version__, "metp code": _code_hash(), "python": "%d.%d" % sys.version_info[:2],
            "tesseract": tesseract, "languages": languages, "packages": packages}


def fingerprint(facts: dict) -> str:
    return hashlib.sha256(repr(sorted(_flat(facts).items())).encode()).hexdigest()[:16]


def _flat(facts: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for key, value in facts.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key} "))
        else:
            out[f"{prefix}{key}"] = str(value)
    return out


def _tesseract_facts() -> tuple[str, str | None, set[str]]:
    """tesseract's version, its tessdata folder and installed languages, from its own output."""
    try:
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "missing", None, set()
    first = (version.stdout or version.stderr).splitlines()
    lines = (langs.stdout or langs.stderr).splitlines()
    folder = lines[0].split('"')[1] if lines and lines[0].count('"') >= 2 else None
    return (first[0].split()[-1] if first else "unknown"), folder, {line.strip() for line in lines[1:]}


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """A hash of metp's own Python files: two installs of the same version with different code differ."""
    import metp

    root = Path(metp.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def worker_facts(lang: str) -> dict:
    """`client.run` target: this worker's facts."""
    return software_facts(lang)


# ---------------------------------------------------------------------------------------------
# The coordinator's side.

@dataclass
class _File:
    """A file whose pages are being shipped."""

    ref: InputRef
    pages: int | None = None       # known when the caller says (one page: its bytes ride in its task)
    future: Any = None             # the scattered bytes
    generation: int = 0            # bumped when the bytes are scattered again
    losses: int = 0
    inline: bool = False           # the bytes travel inside each task
    users: int = 0                 # tasks in flight that depend on `future`


@dataclass
class _Task:
    job: Any
    file: _File | None = None
    generation: int = 0            # of the file's scattered bytes this task depends on
    uses_scatter: bool = False
    solo: bool = False             # run with nothing else in flight: it met KilledWorker beside other tasks
    cancels: int = 0


@dataclass
class _Stats:
    submitted: int = 0
    max_in_flight: int = 0
    reruns: int = 0
    shipped_files: int = 0
    scattered: int = 0
    killed: int = 0
    extra: dict = field(default_factory=dict)


class DaskExecutor:
    """Jobs on a Dask cluster: the scheduler at `scheduler`, or a local cluster of `workers` processes."""

    def __init__(self, workers: int = 2, scheduler: str | None = None, inputs: str = "auto", lang: str = "eng",
                 file_info: Callable[[str], tuple[str, int, int | None]] | None = None,
                 in_flight_per_thread: int = 2, connect_timeout_s: float = 20.0,
                 no_workers_timeout_s: float = NO_WORKERS_TIMEOUT_S, quiet: bool = True,
                 cluster_options: dict | None = None):
        if inputs not in INPUT_MODES:
            raise ValueError(f"inputs must be one of {INPUT_MODES}")
        distributed = import_distributed()
        self._distributed = distributed
        self.address = scheduler
        self._inputs = inputs
        self._lang = lang  # the languages to check: the batch's, and osd (preprocessing's) when here has it
        if "osd" not in lang.split("+") and software_facts("osd")["languages"]["osd"] != "missing":
            self._lang = f"{lang}+osd"
        self._file_info = file_info
        self._per_thread = in_flight_per_thread
        self._no_workers_timeout = no_workers_timeout_s
        self._files: dict[str, _File] = {}
        self._folders: dict[str, bool] = {}   # folder -> its files are visible to the workers (auto mode)
        self._current: str | None = None      # the file whose pages the feed is giving now
        self._running: dict[Any, _Task] = {}
        self._ready: deque = deque()          # outcomes decided without a task (a file changed since hashing)
        self._suspects: deque[_Task] = deque()  # met KilledWorker among other tasks: to be tried alone
        self._limit = 2 * in_flight_per_thread
        self._checked_at = 0.0
        self._no_workers_since: float | None = None
        self.stats = _Stats()
        self._quiet = _Quiet() if quiet else contextlib.nullcontext()
        self._quiet.__enter__()
        self.cluster = None
        self.client = None
        try:
            self._connect(workers, scheduler, connect_timeout_s, cluster_options or {})
            self.expected = fingerprint(self.check_workers())
        except BaseException:
            self.close()
            raise

    # connecting ------------------------------------------------------------------------------
    def _connect(self, workers: int, scheduler: str | None, timeout_s: float, cluster_options: dict) -> None:
        distributed = self._distributed
        if scheduler is None:
            options = dict(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, env={"OMP_THREAD_LIMIT": "1"},
                           # no dashboard; its HTTP server (health, metrics) on a free port of 127.0.0.1
                           scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                           silence_logs=logging.CRITICAL if isinstance(self._quiet, _Quiet) else logging.WARNING)
            options.update(cluster_options)
            import dask

            # Dask's statistical profiler samples every worker thread's stack every 10 ms: a few % of the
            # CPU that OCR needs, for a dashboard that is off.  (Workers started by hand: see the README.)
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = distributed.LocalCluster(**options)
            self.address = self.cluster.scheduler_address
            self.client = distributed.Client(self.cluster, timeout=timeout_s)
        else:
            try:
                self.client = distributed.Client(scheduler, timeout=timeout_s)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({_one_line(exc)}); start it "
                                   "with `dask scheduler` and check the address, or leave out --scheduler to "
                                   "run a local cluster") from exc
        try:
            self.client.wait_for_workers(1, timeout=timeout_s)
        except (TimeoutError, OSError) as exc:
            raise ClusterError(f"no Dask worker connected to the scheduler at {self.address} within "
                               f"{timeout_s:g} s; start workers with `dask worker {self.address} --nthreads 1`"
                               ) from exc
        self._refresh(force=True)

    def check_workers(self) -> dict:
        """The coordinator's facts, after checking every worker has the same (raises ClusterError)."""
        here = software_facts(self._lang)
        try:
            versions = self.client.get_versions(check=False)
            theirs = self.client.run(worker_facts, self._lang)
        except (OSError, TimeoutError) as exc:  # a worker that advertised an address nobody can reach
            raise ClusterError(f"cannot reach the Dask workers of {self.address} ({_one_line(exc)}); start "
                               "each worker with an address this machine can connect to (`dask worker "
                               "--host`), and check firewalls") from exc
        except Exception as exc:  # a worker that cannot import metp, or unpickle its functions
            raise ClusterError(f"cannot run metp on the Dask workers of {self.address} ({_one_line(exc)}); "
                               "install the same metp on every worker (pip install 'metp[dask]')") from exc
        problems = []
        scheduler_packages = versions.get("scheduler", {}).get("packages", {})
        for name in ("python", "dask", "distributed", "cloudpickle", "msgpack", "tornado", "toolz"):
            mine = versions["client"]["packages"].get(name)
            theirs_s = scheduler_packages.get(name)
            if name == "python":
                mine, theirs_s = _minor(mine), _minor(theirs_s)
            if theirs_s is not None and mine != theirs_s:
                problems.append(f"the scheduler has {name} {theirs_s} (here {mine})")
        for worker, facts in sorted(theirs.items()):
            missing = [code for code, digest in facts["languages"].items() if digest == "missing"]
            if missing:
                packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
                raise MissingDependencyError(f"the Dask worker {worker} lacks tesseract language data for "
                                             f"{'+'.join(missing)}; install it there with: sudo apt-get "
                                             f"install {packages}")
            mine, other = _flat(here), _flat(facts)
            for key in sorted(set(mine) | set(other)):
                if mine.get(key) != other.get(key):
                    problems.append(f"{worker} has {key} {other.get(key, 'missing')} (here {mine.get(key, 'missing')})")
        if problems:
            more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
            raise ClusterError(f"the Dask cluster differs from this machine: {'; '.join(problems[:3])}{more}; "
                               "install the same metp, Python, Dask and tesseract (with the same language data) "
                               "everywhere")
        return here

    # running ---------------------------------------------------------------------------------
    def run(self, fn: Callable, feed) -> Iterator[Any]:
        distributed = self._distributed
        done = distributed.as_completed()
        try:
            while True:
                self._refresh()
                alone = any(t.solo for t in self._running.values())
                if not self._suspects and not alone:
                    while len(self._running) < self._limit and (job := feed.take()) is not None:
                        self._submit(fn, _Task(job), done, fresh=True)
                elif not self._running:  # drained: the suspect runs alone, so only its own deaths count
                    task = self._suspects.popleft()
                    task.solo = True
                    self._submit(fn, task, done)
                while self._ready:
                    yield self._ready.popleft()
                if not self._running:
                    if self._ready or self._suspects:
                        continue
                    return
                future = self._next(done)
                task = self._running.pop(future)
                outcome = self._settle(fn, future, task, done)
                future.release()
                self._release_files()
                if outcome is not None:
                    yield outcome
        finally:
            self._cancel_all()

    def imap_unordered(self, fn: Callable, jobs) -> Iterator[Any]:
        from metp.pipeline.executor import IterFeed

        return self.run(fn, IterFeed(jobs))

    def _submit(self, fn: Callable, task: _Task, done, fresh: bool = False) -> None:
        job, data, ref = task.job, None, None
        task.uses_scatter = False
        if isinstance(job, PageJob):
            if task.file is None:
                task.file = self._file(job.path)
            file = task.file
            self._files.setdefault(job.path, file)
            if fresh:
                self._current = job.path
            ref = file.ref
            if not ref.shared:
                try:
                    if file.inline or file.pages == 1 or task.solo:  # bytes in the task survive its worker
                        data = _read_bytes(ref)
                    else:
                        if file.future is None:
                            file.future = self.client.scatter(_read_bytes(ref), hash=False)
                            self.stats.scattered += 1
                        data = file.future
                        file.users += 1
                        task.generation, task.uses_scatter = file.generation, True
                except OSError as exc:
                    self._ready.append(_failed_outcome(job, _read_problem(ref, exc)))
                    return
        key = f"metp-{type(job).__name__.lower()}-{self.stats.submitted}"
        future = self.client.submit(worker_call, fn, job, ref, data, self._lang, self.expected, key=key, pure=False)
        self.stats.submitted += 1
        self._running[future] = task
        self.stats.max_in_flight = max(self.stats.max_in_flight, len(self._running))
        done.add(future)

    def _file(self, path: str) -> _File:
        file = self._files.get(path)
        if file is None:
            sha256, size, pages = self._file_info(path) if self._file_info else (file_sha256(path), os.path.getsize(path), None)
            folder = os.path.dirname(os.path.abspath(path))
            shared = {"shared": True, "ship": False}.get(self._inputs, self._folders.get(folder, True))
            file = self._files[path] = _File(InputRef(os.path.abspath(path), sha256, size, shared), pages)
            if not shared:
                self.stats.shipped_files += 1
        return file

    def _settle(self, fn: Callable, future, task: _Task, done) -> Any:
        """The outcome to hand back, or None when the task was submitted again."""
        distributed = self._distributed
        if task.uses_scatter and task.generation == task.file.generation:
            task.file.users -= 1
        try:
            result = future.result()
        except distributed.KilledWorker as exc:
            self.stats.killed += 1
            if task.solo:  # it ran alone, so it is the one that kills workers
                return _killed_outcome(task.job, exc)
            self._suspects.append(task)  # or it only sat queued on workers that another task killed
            return None
        except distributed.client.FutureCancelledError as exc:
            if exc.reason == "scheduler-connection-lost" or self.client.status != "running":
                raise self._lost(exc) from exc
            file = task.file
            if task.uses_scatter:
                if task.generation == file.generation:  # the bytes' only holder died: ship them again
                    file.losses += 1
                    if file.future is not None:
                        file.future.release()
                    file.future, file.users, file.generation = None, 0, file.generation + 1
                    if file.losses >= LOSS_LIMIT:  # from now on inside the tasks, which Dask can rerun
                        file.inline = True
                return self._again(fn, task, done)
            task.cancels += 1
            if task.cancels < CANCEL_LIMIT:
                return self._again(fn, task, done)
            return _failed_outcome(task.job, f"the Dask cluster cancelled it {task.cancels} times "
                                             f"({exc.reason}); run the same command again")
        except (OSError, TimeoutError) as exc:
            raise self._lost(exc) from exc
        except ImportError as exc:  # a worker that joined without metp (or with another one)
            raise ClusterError(f"a Dask worker of {self.address} cannot run metp ({_one_line(exc)}); install the "
                               "same metp on every worker (pip install 'metp[dask]')") from exc
        if isinstance(result, Mismatch):
            here = _flat(software_facts(self._lang))
            diff = [f"{k} {v} (here {here.get(k, 'missing')})" for k, v in sorted(_flat(result.facts).items())
                    if here.get(k) != v][:3]
            raise ClusterError(f"the Dask worker {result.worker} differs from this machine: {'; '.join(diff)}; "
                               "install the same metp, Python, Dask and tesseract everywhere")
        if isinstance(result, NotVisible):
            if self._inputs == "shared":
                return _failed_outcome(task.job, f"the Dask worker {result.worker} cannot use the file: "
                                                 f"{result.reason}; give every worker the same path (a shared "
                                                 "file system) or use --inputs ship")
            file = task.file
            if file.ref.shared:  # switch the file, and later files of its folder, to shipping
                file.ref = replace(file.ref, shared=False)
                self._folders[os.path.dirname(os.path.abspath(file.ref.path))] = False
                self.stats.shipped_files += 1
            return self._again(fn, task, done)
        return result

    def _again(self, fn: Callable, task: _Task, done) -> None:
        self.stats.reruns += 1
        self._submit(fn, task, done)
        return None

    def _next(self, done):
        """The next finished future; meanwhile watch that the cluster is still there."""
        while not done.has_ready():
            condition = getattr(done, "thread_condition", None)
            if condition is not None:
                with condition:
                    condition.wait(timeout=0.1)
            else:
                time.sleep(0.05)
            if self.client.status != "running":
                raise self._lost(None)
            self._refresh()
        return next(done)

    def _refresh(self, force: bool = False) -> None:
        """Resize the window to the cluster's threads; give up after a long time without workers."""
        now = time.monotonic()
        if not force and now - self._checked_at < _REFRESH_S:
            return
        self._checked_at = now
        if self.client.status != "running":
            raise self._lost(None)
        try:
            threads = sum(self.client.nthreads().values())
        except Exception as exc:  # the scheduler is gone
            raise self._lost(exc) from exc
        self._limit = max(self._per_thread, self._per_thread * threads)
        if threads:
            self._no_workers_since = None
        elif self._no_workers_since is None:
            self._no_workers_since = now
        elif now - self._no_workers_since > self._no_workers_timeout:
            raise ClusterError(f"no Dask worker has been connected to {self.address} for "
                               f"{self._no_workers_timeout:g} s; start workers and run the same command again "
                               "to resume")

    def _lost(self, exc: BaseException | None) -> ClusterError:
        detail = f" ({_one_line(exc)})" if exc is not None and str(exc) else ""
        return ClusterError(f"the Dask scheduler at {self.address} went away{detail}; what was stored is kept: "
                            "start the scheduler and workers again and run the same command to resume")

    def _release_files(self) -> None:
        """Drop scattered bytes no task needs any more (the feed has moved past their file)."""
        for path in [p for p, f in self._files.items() if p != self._current and f.users <= 0]:
            file = self._files.pop(path)
            if file.future is not None:
                file.future.release()
                file.future, file.generation = None, file.generation + 1

    def _cancel_all(self) -> None:
        futures = list(self._running)
        self._running.clear()
        if futures and self.client is not None and self.client.status == "running":
            with contextlib.suppress(Exception):
                self.client.cancel(futures)
        for future in futures:
            with contextlib.suppress(Exception):
                future.release()
        for file in self._files.values():
            if file.future is not None:
                with contextlib.suppress(Exception):
                    file.future.release()
        self._files.clear()

    def close(self) -> None:
        self._cancel_all()
        try:
            if self.client is not None:
                with contextlib.suppress(Exception):
                    self.client.close(timeout=5)
            if self.cluster is not None:
                with contextlib.suppress(Exception):
                    self.cluster.close(timeout=10)
        finally:
            self.client = self.cluster = None
            self._quiet.__exit__(None, None, None)


def _read_bytes(ref: InputRef) -> bytes:
    with open(ref.path, "rb") as fh:
        data = fh.read()
    if hashlib.sha256(data).hexdigest() != ref.sha256:
        raise _Changed(ref.path)
    return data


class _Changed(OSError):
    """The file changed on the coordinator after it was hashed."""


def _read_problem(ref: InputRef, exc: OSError) -> str:
    if isinstance(exc, _Changed):
        return "the file changed while the batch ran; run the same command again"
    return f"cannot read the file to send it to the Dask workers ({exc.strerror or exc}); check it exists"


def _failed_outcome(job: Any, reason: str) -> Any:
    if isinstance(job, PageJob):
        return PageOutcome(job, error=reason, error_kind="InputFileError")
    from metp.pipeline.document import TagOutcome
    from metp.pipeline.tagging import Tags

    return TagOutcome(job.key, Tags((), (f"tagging failed ({reason}); the document was ingested without "
                                         "automatic metadata",)))


def _killed_outcome(job: Any, exc: BaseException) -> Any:
    what = f"page {job.page_no}" if isinstance(job, PageJob) else "its tagging"
    deaths = getattr(exc, "allowed_failures", 3) + 1
    return _failed_outcome(job, f"{what} made {deaths} Dask workers die, running alone (a crash or running out of "
                                "memory in a library); it was not read; check or re-export the file")


def _minor(version: str | None) -> str | None:
    return ".".join(version.split(".")[:2]) if version else version


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


class _Quiet:
    """Dask logs every worker restart and lost connection on stderr; metp says what matters in one line."""

    def __enter__(self):
        names = [name for name in list(logging.root.manager.loggerDict)
                 if name.split(".")[0] in ("distributed", "tornado")]  # Dask sets levels on some children
        self._loggers = [logging.getLogger(name) for name in {"distributed", "tornado", *names}]
        self._levels = [logger.level for logger in self._loggers]
        for logger in self._loggers:
            logger.setLevel(logging.CRITICAL)
        return self

    def __exit__(self, *exc_info):
        for logger, level in zip(self._loggers, self._levels):
            logger.setLevel(level)
