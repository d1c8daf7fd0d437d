"""``import chronique`` and ``chronique --help`` load no model, no web stack and no database driver."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "fastapi", "uvicorn", "jinja2", "psycopg", "pyarrow", "trafilatura", "ray")


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in %r)))" % (HEAVY,)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_import_chronique_loads_nothing_heavy():
    assert _loaded_after("import chronique, chronique.errors") == set()


def test_help_of_every_command_loads_nothing_heavy():
    code = ("import contextlib, io\nfrom chronique.cli.main import build_parser\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        build_parser().parse_args(['--help'])\n    except SystemExit:\n        pass")
    assert _loaded_after(code) == set()


def test_the_api_is_loaded_when_asked_for():
    assert "spacy" in _loaded_after("import chronique\nchronique.analyze")
