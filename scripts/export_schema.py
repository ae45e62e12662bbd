#!/usr/bin/env python3
"""Write docs/schema.json, the JSON Schema of khabar's output, from khabar.schema.

    python scripts/export_schema.py          # rewrite docs/schema.json
    python scripts/export_schema.py --check  # exit 1 when docs/schema.json has drifted
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.schema import ArticleRecord

TARGET = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def generate() -> str:
    schema = ArticleRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/khabar/khabar/docs/schema.json"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text("utf-8") != text:
            print(f"{TARGET} is out of date: run python scripts/export_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
