"""Compares two builds' packages byte for byte: dist/chrome, dist/firefox and the two store zips.

Prints every file that is in one build and not the other, or differs (with both sizes, both
SHA-256 digests and the first differing byte; for a zip, each entry that differs), and exits 1 if
anything does. Used by scripts/check-reproducible.

Usage: python3 scripts/compare-dist.py FIRST_DIST SECOND_DIST
"""
import hashlib
import os
import sys
import zipfile

FOLDERS = ("chrome", "firefox")
ZIPS = ("invite-watch-chrome.zip", "invite-watch-firefox.zip")


def files_under(folder: str) -> set[str]:
    found = set()
    for parent, _dirs, names in os.walk(folder):
        for name in names:
            found.add(os.path.relpath(os.path.join(parent, name), folder).replace(os.sep, "/"))
    return found


def describe(a: bytes, b: bytes) -> str:
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return (
        f"{len(a)} B sha256 {hashlib.sha256(a).hexdigest()[:16]} vs "
        f"{len(b)} B sha256 {hashlib.sha256(b).hexdigest()[:16]}, first difference at byte {first}"
    )


def read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def compare_zip(a_path: str, b_path: str) -> list[str]:
    """The entries (names, order, attributes, contents) in which two zips differ."""
    problems = []
    with zipfile.ZipFile(a_path) as a, zipfile.ZipFile(b_path) as b:
        a_names, b_names = a.namelist(), b.namelist()
        for name in sorted(set(a_names) ^ set(b_names)):
            problems.append(f"  entry {name}: only in the {'first' if name in a_names else 'second'}")
        if a_names != b_names and set(a_names) == set(b_names):
            problems.append("  the entries are in another order")
        for name in sorted(set(a_names) & set(b_names)):
            ia, ib = a.getinfo(name), b.getinfo(name)
            if (ia.date_time, ia.external_attr, ia.compress_type) != (ib.date_time, ib.external_attr, ib.compress_type):
                problems.append(f"  entry {name}: time, attributes or compression differ")
            da, db = a.read(name), b.read(name)
            if da != db:
                problems.append(f"  entry {name}: {describe(da, db)}")
    return problems


def main(first: str, second: str) -> int:
    differ = []
    compared = 0
    for folder in FOLDERS:
        a_dir, b_dir = os.path.join(first, folder), os.path.join(second, folder)
        a_files, b_files = files_under(a_dir), files_under(b_dir)
        if not a_files:
            differ.append(f"{folder}/: missing or empty in the first build ({a_dir})")
        if not b_files:
            differ.append(f"{folder}/: missing or empty in the second build ({b_dir})")
        for name in sorted(a_files ^ b_files):
            differ.append(f"{folder}/{name}: only in the {'first' if name in a_files else 'second'} build")
        for name in sorted(a_files & b_files):
            compared += 1
            a, b = read(os.path.join(a_dir, name)), read(os.path.join(b_dir, name))
            if a != b:
                differ.append(f"{folder}/{name}: {describe(a, b)}")
    for name in ZIPS:
        a_path, b_path = os.path.join(first, name), os.path.join(second, name)
        if not (os.path.isfile(a_path) and os.path.isfile(b_path)):
            differ.append(f"{name}: missing in the {'first' if not os.path.isfile(a_path) else 'second'} build")
            continue
        compared += 1
        a, b = read(a_path), read(b_path)
        if a != b:
            differ.append(f"{name}: {describe(a, b)}")
            differ.extend(compare_zip(a_path, b_path))
    if differ:
        print(f"check-reproducible: the two builds differ ({len(differ)} finding(s)):")
        for line in differ:
            print(f"  {line}")
        return 1
    print(f"check-reproducible: {compared} files identical in both builds (dist/chrome, dist/firefox and both zips)")
    for name in ZIPS:
        print(f"  {name}: sha256 {hashlib.sha256(read(os.path.join(first, name))).hexdigest()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compare-dist.py FIRST_DIST SECOND_DIST")
    sys.exit(main(sys.argv[1], sys.argv[2]))
