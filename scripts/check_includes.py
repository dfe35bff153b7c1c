#!/usr/bin/python3
"""Checks entente's layering against src/CMakeLists.txt (run by ctest).

1. A stage includes only itself and the stages its CMake target depends on
   (entente_stage(NAME ... entente::DEP ...) and target_link_libraries of
   entente_NAME, followed transitively): `#include "entente/<stage>/..."`.
2. No public header includes a private one (PRIVATE_HEADERS of
   entente_stage): an installed header must compile without them.
3. Only the CLI includes cli/.

Usage: check_includes.py SOURCE_DIR   (exit 1 and one line per violation)
"""
import pathlib
import re
import sys


def parse_stages(cmake_text):
    """{stage: (set of direct stage deps, set of private header names)}"""
    stages = {}
    text = re.sub(r"#[^\n]*", "", cmake_text)
    for m in re.finditer(r"entente_stage\(([^)]*)\)", text):
        words = m.group(1).split()
        name, rest = words[0], words[1:]
        private, deps, mode = set(), set(), None
        for w in rest:
            if w == "PRIVATE_HEADERS":
                mode = "private"
            elif w.startswith("entente::"):
                deps.add(w[len("entente::"):])
                mode = None
            elif mode == "private" and w.endswith(".hpp"):
                private.add(w)
        stages[name] = (deps, private)
    for m in re.finditer(r"target_link_libraries\(entente_(\w+)\s+([^)]*)\)", text):
        if m.group(1) in stages:
            stages[m.group(1)][0].update(
                w[len("entente::"):] for w in m.group(2).split() if w.startswith("entente::"))
    return stages


def closure(stages, name, seen=None):
    seen = set() if seen is None else seen
    for dep in stages[name][0]:
        if dep not in seen:
            seen.add(dep)
            closure(stages, dep, seen)
    return seen


INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]entente/(\w+)/([\w/.]+)[">]', re.M)


def main(source_dir):
    src = pathlib.Path(source_dir) / "src"
    stages = parse_stages((src / "CMakeLists.txt").read_text())
    if not stages:
        print("check_includes: no entente_stage() found in src/CMakeLists.txt")
        return 1
    problems = []
    for name in sorted(stages):
        allowed = closure(stages, name) | {name}
        private = stages[name][1]
        for f in sorted((src / name).glob("*.[ch]pp")):
            is_public = f.suffix == ".hpp" and f.name not in private
            for line_no, line in enumerate(f.read_text().splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                stage, header = m.group(1), m.group(2)
                where = f"{f.relative_to(src.parent)}:{line_no}"
                if stage not in allowed:
                    problems.append(f"{where}: stage {name} includes {stage}/{header}, but "
                                    f"entente_{name} does not depend on entente::{stage}")
                elif is_public and stage in stages and header in stages[stage][1]:
                    problems.append(f"{where}: public header includes the private "
                                    f"{stage}/{header}")
    for p in problems:
        print(p)
    print(f"check_includes: {len(stages)} stages, {len(problems)} violation(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
