"""Peak resident memory (VmRSS) of a command and all its descendants, sampled from /proc (Linux, no psutil).

A thread reads every process's parent from /proc/<pid>/stat about every 50 ms, finds the
command's process tree (metp, its pool workers, their tesseract children) and sums their
VmRSS.  Reported: the peak of that sum and the peak of the largest single process.  Short
spikes between two samples are missed, so the figures are a lower bound.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Peak:
    tree_kb: int = 0          # largest sum of VmRSS over the whole tree at one sample
    single_kb: int = 0        # largest VmRSS of any one process of the tree
    single_name: str = ""     # that process's name (comm)
    processes: int = 0        # most processes alive in the tree at one sample
    samples: int = 0
    by_role: dict[str, int] = field(default_factory=dict)  # largest VmRSS per role, e.g. "metp/metp/tesseract"


@dataclass
class Measured:
    returncode: int | None    # None when the command was killed for running over its timeout
    stdout: str
    stderr: str
    seconds: float
    peak: Peak


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process visible in /proc."""
    parents = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:  # exited meanwhile
            continue
        fields = stat.rpartition(b")")[2].split()  # the name, in parentheses, may hold spaces
        parents[int(entry.name)] = int(fields[1])
    return parents


def _tree(root: int) -> list[tuple[int, int | None]]:
    """(pid, parent pid) of root (parent None) and all its descendants, parents before children."""
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    tree, stack = [], [(root, None)]
    while stack:
        pid, parent = stack.pop()
        tree.append((pid, parent))
        stack.extend((child, pid) for child in children.get(pid, ()))
    return tree


def _rss_kb(pid: int) -> tuple[int, str]:
    """VmRSS in kB and the name of one process; 0 once it has exited (or is a zombie)."""
    rss, name = 0, ""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("Name:"):
                    name = line.split(None, 1)[1].strip()
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return rss, name


class TreeSampler(threading.Thread):
    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = Peak()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def sample(self) -> None:
        sizes, roles = [], {None: ""}
        for pid, parent in _tree(self.pid):
            kb, name = _rss_kb(pid)
            sizes.append((kb, name))
            roles[pid] = f"{roles[parent]}/{name}".lstrip("/")  # e.g. metp/metp/tesseract
            if kb:
                self.peak.by_role[roles[pid]] = max(self.peak.by_role.get(roles[pid], 0), kb)
        peak = self.peak
        peak.samples += 1
        peak.tree_kb = max(peak.tree_kb, sum(kb for kb, _ in sizes))
        peak.processes = max(peak.processes, sum(kb > 0 for kb, _ in sizes))
        biggest = max(sizes, default=(0, ""))
        if biggest[0] > peak.single_kb:
            peak.single_kb, peak.single_name = biggest

    def stop(self) -> Peak:
        self._stop_event.set()
        self.join()
        return self.peak


def run_measured(command: list[str], timeout: float | None = None, **popen_kwargs) -> Measured:
    """Run a command to completion, sampling its process tree's memory meanwhile."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **popen_kwargs)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        returncode = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the command's own session: it and its workers only
        stdout, stderr = proc.communicate()
        returncode = None
    seconds = time.perf_counter() - start
    return Measured(returncode, stdout, stderr, seconds, sampler.stop())


def mib(kb: int) -> float:
    return kb / 1024
