"""Writes tests/labelled/drafts_{en,es}.jsonl from the held-out and development sources."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from drafts_dev import DEV
from drafts_heldout import HELDOUT
from drafts_heldout2 import HELDOUT2
from drafts_heldout3 import HELDOUT3

OUT = Path(__file__).resolve().parents[1]

for lang in ("en", "es"):
    rows = []
    for split, items in (
        ("heldout", HELDOUT),
        ("heldout2", HELDOUT2),
        ("heldout3", HELDOUT3),
        ("dev", DEV),
    ):
        for n, (_language, subject, body, recipient, flags) in enumerate(
            i for i in items if i[0] == lang
        ):
            rows.append(
                {
                    "id": f"{lang}-{split}-{n:02d}",
                    "split": split,
                    "subject": subject,
                    "body": body,
                    "recipient": recipient,
                    "flags": sorted(flags),
                }
            )
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    (OUT / f"drafts_{lang}.jsonl").write_text(text, encoding="utf-8")
    print(lang, len(rows))
