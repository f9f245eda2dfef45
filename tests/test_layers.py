"""The layering: the warehouse layer and the assets never import `orchestration`, which composes them."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module a Python file imports, at any depth (function-level imports included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_scanner_sees_imports_inside_functions(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from orchestration import warehouse\n    import orchestration.cli\n")
    assert {"orchestration", "orchestration.warehouse", "orchestration.cli"} <= imported_modules(probe)


def test_no_asset_module_imports_orchestration():
    offenders = {
        str(path.relative_to(ROOT)): sorted(name for name in imported_modules(path)
                                            if name == "orchestration" or name.startswith("orchestration."))
        for path in sorted((ROOT / "assets").rglob("*.py"))
    }
    offenders = {path: names for path, names in offenders.items() if names}
    assert not offenders, f"assets/ must not import orchestration (use assets.warehouse): {offenders}"
    assert len(list((ROOT / "assets").rglob("*.py"))) > 10  # the scan really covered the assets
