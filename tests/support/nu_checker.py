"""The Nu HTML Checker (vnu.jar, from npm) over answers a test fetched, and style sheets."""

import json
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_problems(tmp_path, answers, style_sheets=()):
    """Errors and warnings of the checker, as "file:line: message", for `answers`
    ({name: response}) and the style sheets (paths from the repository's root)."""
    from tests.conftest import require_tool

    java = shutil.which("java")
    require_tool(java and VNU.exists(), "Java and the vnu-jar npm package (make test installs it)")
    files = []
    for name, response in answers.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    files += [str(Path(settings.BASE_DIR) / sheet) for sheet in style_sheets]
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--also-check-css",
                             *files], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
            for m in messages if m["type"] == "error" or m.get("subType") == "warning"]
