"""`pip install .` into a fresh virtual environment carries the curated graph with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv

import pytest
from helpers import PROJECT


@pytest.mark.slow
def test_installed_package_answers_from_any_folder(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(PROJECT)],
        check=True, capture_output=True, text=True, timeout=900,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("KGRAPH_", "VIRTUAL_ENV", "PYTHONPATH"))
    }
    environment["HOME"] = str(tmp_path / "home")
    environment["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    kgraph = env_dir / "bin" / "kgraph"
    result = subprocess.run(
        [str(kgraph), "neighbors", "Kast", "--relation", "endorsed", "--format", "json"],
        cwd=elsewhere, env=environment, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["neighbor"] for r in rows} == {
        "Johannes Kaiser", "Evelyn Matthei", "Partido Nacional Libertario",
    }
    # The store went to the user's cache, not into the installed package.
    assert list((tmp_path / "cache" / "kgraph").glob("*/output/store"))
    assert not list(elsewhere.iterdir())
    # The installed code is the copy in the venv, not this checkout.
    where = subprocess.run(
        [str(python), "-c", "import graph; print(graph.__file__)"],
        cwd=elsewhere, env=environment, capture_output=True, text=True, check=True,
    ).stdout
    assert str(env_dir) in where
    version = subprocess.run(
        [str(kgraph), "--version"], cwd=elsewhere, env=environment, capture_output=True,
        text=True, check=True,
    ).stdout
    assert version.startswith("kgraph, version")
    assert sys.version_info >= (3, 11)
