"""Writes a reproducible zip of a folder: sorted entries, fixed timestamps, fixed permissions.

Usage: python3 scripts/zipdir.py SRC_DIR OUT.zip
"""
import os
import sys
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def main(src: str, out: str) -> None:
    paths = []
    for folder, _dirs, files in os.walk(src):
        for name in files:
            full = os.path.join(folder, name)
            paths.append(os.path.relpath(full, src).replace(os.sep, "/"))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for rel in sorted(paths):
            info = zipfile.ZipInfo(rel, FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(src, rel), "rb") as handle:
                archive.writestr(info, handle.read(), compresslevel=9)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: zipdir.py SRC_DIR OUT.zip")
    main(sys.argv[1], sys.argv[2])
