#!/usr/bin/env python3
"""Build the reader's held-out set: protocols in templates the reader was not written on, with expectations.

Run: python3 bench/readerset/build.py [OUT_DIR]   (default /tmp/readerset), then
     python3 ../shared/devset/score.py OUT_DIR
The generators use the devset's model (../shared/devset/tools), so expectations come from the same data
that renders the file.
"""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
MODULES = sorted(p.stem for p in HERE.glob("h[0-9]*_*.py"))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/readerset")
    (out / "src").mkdir(parents=True, exist_ok=True)
    expected = {"_about": "held-out reader set built by bench/readerset/build.py"}
    for name in MODULES:
        proto = importlib.import_module(name).build(out / "src")
        errs = proto.check()
        if errs:
            sys.exit(f"{proto.file}: " + "; ".join(errs))
        expected[proto.file] = proto.expected()
        print(f"built {proto.file}: {len(proto.items)} paragraphs")
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
