"""Same images, same C API, same language model: Debian's libtesseract against the tesserocr wheel's.

    python scripts/compare_libtesseract.py [--rounds N] IMAGE...

Why: `--ocr-engine tesserocr` is faster than the default engine, and the question is how much of
that is metp keeping the model in memory and how much is the newer tesseract the wheel carries.
Each library is loaded with ctypes in a process of its own (each brings its own leptonica), the model
is loaded once, and only the recognition of the pages is timed (CPU seconds of the process), so the
two runs differ by the library's version alone.  Rounds alternate between the libraries; the least
CPU of each is printed, with the characters read (the two should read nearly the same text).
Needs the Debian packages libtesseract5 and liblept5 and `pip install 'metp[tesserocr]'`.
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

DEBIAN = ("/usr/lib/x86_64-linux-gnu/liblept.so.5", "/usr/lib/x86_64-linux-gnu/libtesseract.so.5")
TESSDATA = "/usr/share/tesseract-ocr/5/tessdata"


def _wheel_libraries() -> tuple[str, str]:
    import tesserocr  # only to find the wheel's folder of libraries

    libs = Path(tesserocr.__file__).resolve().parent.parent / "tesserocr.libs"
    for dependency in ("libjpeg", "libpng16", "libtiff", "libwebp-", "libwebpmux", "libjbig"):
        for path in sorted(libs.glob(dependency + "*")):
            ctypes.CDLL(str(path), mode=ctypes.RTLD_GLOBAL)
    return str(next(libs.glob("libleptonica*"))), str(next(libs.glob("libtesseract*")))


def read_pages(which: str, images: list[str]) -> dict:
    """Recognise every image with one library; CPU seconds of the recognition alone."""
    lept_path, tess_path = DEBIAN if which == "debian" else _wheel_libraries()
    lept = ctypes.CDLL(lept_path, mode=ctypes.RTLD_GLOBAL)
    tess = ctypes.CDLL(tess_path)
    tess.TessVersion.restype = ctypes.c_char_p
    tess.TessBaseAPICreate.restype = ctypes.c_void_p
    tess.TessBaseAPIInit3.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    tess.TessBaseAPISetImage2.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    tess.TessBaseAPISetSourceResolution.argtypes = [ctypes.c_void_p, ctypes.c_int]
    tess.TessBaseAPIGetUTF8Text.argtypes = [ctypes.c_void_p]
    tess.TessBaseAPIGetUTF8Text.restype = ctypes.c_void_p
    tess.TessDeleteText.argtypes = [ctypes.c_void_p]
    lept.pixRead.restype = ctypes.c_void_p
    lept.pixRead.argtypes = [ctypes.c_char_p]
    api = tess.TessBaseAPICreate()
    if tess.TessBaseAPIInit3(api, TESSDATA.encode(), b"eng") != 0:
        raise SystemExit(f"{which}: cannot load the eng model from {TESSDATA}")
    pixes = [lept.pixRead(path.encode()) for path in images]
    before = resource.getrusage(resource.RUSAGE_SELF)
    chars = 0
    for pix in pixes:
        tess.TessBaseAPISetImage2(api, pix)
        tess.TessBaseAPISetSourceResolution(api, 300)
        text = tess.TessBaseAPIGetUTF8Text(api)
        chars += len(ctypes.string_at(text))
        tess.TessDeleteText(text)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"version": tess.TessVersion().decode(), "cpu": cpu, "chars": chars}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("images", nargs="+")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--one", choices=("debian", "wheel"), help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args()
    if args.one:
        print(json.dumps(read_pages(args.one, args.images)))
        return
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for which in ("debian", "wheel"):
            done = subprocess.run([sys.executable, __file__, "--one", which, *args.images], env=env,
                                  capture_output=True, text=True, check=True)
            result = json.loads(done.stdout.splitlines()[-1])
            if which not in best or result["cpu"] < best[which]["cpu"]:
                best[which] = result
    debian, wheel = best["debian"], best["wheel"]
    print(f"{len(args.images)} pages, least CPU of {args.rounds} rounds (recognition only, model loaded once)")
    for name, result in (("Debian", debian), ("tesserocr wheel", wheel)):
        print(f"  {name:16s} tesseract {result['version']:8s} {result['cpu']:6.2f} s  {result['chars']} characters")
    print(f"  wheel / Debian CPU: {wheel['cpu'] / debian['cpu']:.2f}")


if __name__ == "__main__":
    main()
