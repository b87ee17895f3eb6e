"""Check the house's rules on the source tree: ``python scripts/check_architecture.py [ROOT]``.

ROOT is the repository (default: this script's parent folder); the package is ROOT/desktop.
Every ``.py`` file is parsed with :mod:`ast` (nothing is imported), lazy imports inside functions
and ``if TYPE_CHECKING:`` blocks included. A *layer* is the first folder under desktop/
(``desktop/storage/store.py`` is in ``storage``) or the module's own name for a file directly in
desktop/ (``app``, ``logs``, ``paths``, ``atomic``; ``desktop/__init__.py`` is ``root``).

Rules (each breach is printed as ``path:line: [rule] what``):

``qt``
    PySide6 and shiboken6 are imported only in ``ui`` and ``app`` (the entry point that builds the
    QApplication). ``i18n`` (Qt translators, collation, the Qt locale) and ``cli`` (the
    QCoreApplication that holds the translators) may import ``PySide6.QtCore`` and nothing else
    of Qt. Every other layer imports no Qt at all: a text raised below the UI is marked with
    ``desktop.domain.messages.QT_TRANSLATE_NOOP``, which needs no Qt.

``layers``
    Arrows point down only (ARCHITECTURE.md: ui -> services -> storage/exchange/reports ->
    domain). A layer imports from desktop only the layers listed for it in ``ALLOWED``: domain
    nothing; storage only domain; exchange storage and domain; reports and i18n domain (reports
    also i18n); services all of these; the CLI everything but ui and app; ui everything but cli
    and app. The leaf modules ``paths``, ``atomic``, ``licences`` and ``root``
    (``__version__``) may be imported by any layer and import only each other. A new folder or
    module in desktop/ is in no layer until it is given its place in ``ALLOWED``.
    ``importlib.import_module("desktop....")`` with a literal name counts as an import.

``synced-write``
    No INSERT, UPDATE or DELETE on a synced record table (a model deriving from
    ``storage.models.Record``, or any table reached through ``RECORD_MODELS``) outside
    ``desktop/storage/journal.py``. Writes are found as SQL text (string literals and f-strings:
    ``INSERT [OR ...] INTO t``, ``REPLACE INTO t``, ``UPDATE t SET``, ``DELETE FROM t``), as
    SQLAlchemy ``insert(T)``, ``update(T)``, ``delete(T)`` (imported from sqlalchemy or
    sqlmodel), as ``T.insert()``, ``T.update()``, ``T.delete()`` on a table, and as ORM
    ``session.add(Model(...))`` / ``add_all``. T is followed through ``Model.__table__``, names
    assigned in the module and the module's own functions returning a table. Alembic migrations
    (``desktop/storage/migrations/``) are not checked.

``bookkeeping``
    Each local bookkeeping table is written by one module, its owner in ``OWNERS`` (the merge
    engine's conflicts, quarantine and pending values: ``desktop/storage/bookkeeping.py``, which
    the merge engine, the review services and Tx call). A write to a table that is neither a
    synced record nor in ``OWNERS`` is a breach too (a new table needs an owner), and so is a
    write whose table cannot be told outside journal.py.

A breach listed in ``KNOWN_BREACHES`` is printed as known and does not fail the check; a listed
breach that is no longer found fails it, so the list can only shrink. Exit status: 0 when there
is no new breach, 1 otherwise.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "desktop"
JOURNAL = "desktop/storage/journal.py"
BOOKKEEPING = "desktop/storage/bookkeeping.py"
MIGRATIONS = "desktop/storage/migrations/"

QT_MODULES = ("PySide6", "shiboken6")
QT_ANYTHING = {"ui", "app"}
QT_CORE_ONLY = {"i18n", "cli"}

LEAVES = {"paths", "atomic", "licences", "root"}
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "storage": {"domain"},
    "exchange": {"storage", "domain"},
    "reports": {"i18n", "domain"},
    "i18n": {"domain"},
    "logs": {"storage"},
    "services": {"exchange", "storage", "reports", "i18n", "domain"},
    "cli": {"services", "exchange", "storage", "reports", "i18n", "domain", "logs"},
    "ui": {"services", "exchange", "storage", "reports", "i18n", "domain", "logs"},
    "app": {"ui", "cli", "services", "exchange", "storage", "reports", "i18n", "domain", "logs"},
    "paths": set(),
    "atomic": set(),
    "licences": set(),
    "root": set(),
}

# Local tables, never synced as records: each has one writer. The merge engine's bookkeeping
# belongs to storage, not to exchange/: Tx removes it with an erased record, and storage cannot
# call up into exchange/ or services/. It has its own module, storage/bookkeeping.py, rather
# than the journal (which would grow by its functions), and Tx calls it.
OWNERS: dict[str, str] = {
    "tombstone": JOURNAL,
    "sync_device": "desktop/storage/stamps.py",  # the devices records' stamps name
    "merge_conflict": BOOKKEEPING,
    "merge_pending": BOOKKEEPING,
    "merge_quarantine": BOOKKEEPING,
    "audit_entry": "desktop/storage/audit.py",  # the audit log's hash chains
    "erasure": "desktop/storage/erasure.py",  # the register of erased participants
    "retention_keep": "desktop/storage/erasure.py",  # decisions of the retention review
    "account": "desktop/services/accounts.py",  # who may log in on this laptop, and their roles
    "meta": "desktop/storage/store.py",
    "exchange_key": "desktop/exchange/keys.py",
    "exchange_device": "desktop/exchange/keys.py",
    "exchange_revocation": "desktop/exchange/keys.py",
    "exchange_history": "desktop/services/exchange/ledger.py",
    "exchange_ack": "desktop/services/exchange/ledger.py",
    "exchange_seq_range": "desktop/services/exchange/ledger.py",
}

# Breaches found on the day the check was written (issue 18), to be fixed, not added to:
# (rule, path, table or module). All fixed.
KNOWN_BREACHES: set[tuple[str, str, str]] = set()

RECORD = "<synced record>"  # a table reached through RECORD_MODELS: any synced kind
UNKNOWN = "<unknown table>"
WRITE_FUNCS = {"insert", "update", "delete"}
SQL_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|DELETE\s+FROM)\s+[\"`\[]?(\{\}|\w+)"
    r"|\bUPDATE\s+(?:OR\s+\w+\s+)?[\"`\[]?(\{\}|\w+)[\"`\]]?\s+SET\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Breach:
    rule: str
    path: str
    line: int
    subject: str  # the table, or the module imported
    text: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.path, self.subject)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.rule}] {self.text}"


@dataclass(frozen=True)
class Model:
    table: str
    synced: bool


def _sources(root: Path) -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        out.append((rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)))
    return out


def layer_of(rel: str) -> str:
    parts = rel.split("/")[1:]
    if len(parts) > 1:
        return parts[0]
    return "root" if parts[0] == "__init__.py" else parts[0].removesuffix(".py")


def _imports(rel: str, tree: ast.Module):
    """(line, absolute module name, whether it is surely a module) for every import in the file;
    ``from m import n`` gives ``m`` and ``m.n`` (a module, or a name defined in m)."""
    package = rel.removesuffix(".py").split("/")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, True
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield node.lineno, module, True
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}", False
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value, True


def _target_layer(root: Path, module: str, is_module: bool) -> str | None:
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    if len(parts) == 1:
        return "root"
    name = parts[1]
    if is_module or len(parts) > 2:
        return name
    if (root / PACKAGE / name).is_dir() or (root / PACKAGE / f"{name}.py").exists():
        return name
    return "root"  # a name defined in desktop/__init__.py, such as __version__


def check_imports(root: Path, rel: str, tree: ast.Module) -> list[Breach]:
    layer = layer_of(rel)
    allowed = (ALLOWED[layer] | LEAVES | {layer}) if layer in ALLOWED else {layer}
    out: list[Breach] = []
    seen: set[tuple[int, str]] = set()
    for line, module, is_module in _imports(rel, tree):
        top = module.split(".")[0]
        if top in QT_MODULES and layer not in QT_ANYTHING:
            core = module == "PySide6.QtCore" or module.startswith("PySide6.QtCore.")
            if layer not in QT_CORE_ONLY or not core:
                if module == "PySide6":
                    continue  # ``from PySide6 import X`` is judged by its ``PySide6.X``
                what = "only PySide6.QtCore" if layer in QT_CORE_ONLY else "no Qt"
                if (line, top) not in seen:
                    seen.add((line, top))
                    out.append(
                        Breach(
                            "qt",
                            rel,
                            line,
                            module,
                            f"{module} imported in {layer}/, which may import {what}",
                        )
                    )
        target = _target_layer(root, module, is_module)
        if target is not None and target not in allowed and (line, target) not in seen:
            seen.add((line, target))
            out.append(
                Breach(
                    "layers",
                    rel,
                    line,
                    target,
                    (
                        f"{layer} imports {module}: {layer} may not import {target}"
                        if target in ALLOWED and layer in ALLOWED
                        else (
                            f"{layer} imports {module}:"
                            f" desktop/{target if target not in ALLOWED else layer} is in no layer"
                            " yet: give it its place in ALLOWED (scripts/check_architecture.py)"
                        )
                    ),
                )
            )
    return out


def find_models(sources: list[tuple[str, ast.Module]]) -> dict[str, Model]:
    """Table classes of desktop/storage by class name, synced when they derive from Record."""
    bases: dict[str, list[str]] = {}
    tables: dict[str, str] = {}
    for rel, tree in sources:
        if not rel.startswith(f"{PACKAGE}/storage/") or rel.startswith(MIGRATIONS):
            continue
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and any(
                        isinstance(t, ast.Name) and t.id == "__tablename__" for t in stmt.targets
                    )
                    and isinstance(stmt.value, ast.Constant)
                ):
                    tables[node.name] = stmt.value.value

    def synced(name: str, depth: int = 0) -> bool:
        if name == "Record":
            return True
        return depth < 20 and any(synced(b, depth + 1) for b in bases.get(name, ()))

    return {name: Model(table, synced(name)) for name, table in tables.items()}


class _Module:
    """What one file binds, enough to follow a table expression to its table."""

    def __init__(self, tree: ast.Module, models: dict[str, Model]):
        self.models = models
        self.imported: dict[str, str] = {}
        self.assigned: dict[str, list[ast.expr]] = {}
        self.returns: dict[str, list[ast.expr]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    self.imported[a.asname or a.name] = f"{node.module}.{a.name}"
            elif isinstance(node, ast.Import):
                for a in node.names:
                    self.imported[a.asname or a.name.split(".")[0]] = a.name
            elif isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        self.assigned.setdefault(t.id, []).append(node.value)
            elif (
                isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value
            ):
                self.assigned.setdefault(node.target.id, []).append(node.value)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                rets = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value]
                self.returns.setdefault(node.name, []).extend(rets)

    def is_sql_write(self, func: ast.expr) -> bool:
        """``insert``/``update``/``delete`` from sqlalchemy or sqlmodel (or ``sa.insert``)."""
        if isinstance(func, ast.Name) and func.id in self.imported:
            origin = self.imported[func.id]
            return (
                origin.split(".")[0] in ("sqlalchemy", "sqlmodel")
                and origin.rsplit(".", 1)[-1] in WRITE_FUNCS
            )
        if (
            isinstance(func, ast.Attribute)
            and func.attr in WRITE_FUNCS
            and isinstance(func.value, ast.Name)
        ):
            return self.imported.get(func.value.id, "").split(".")[0] in ("sqlalchemy", "sqlmodel")
        return False

    def tables(self, expr: ast.expr, depth: int = 0) -> set[str]:
        if depth > 8:
            return {UNKNOWN}
        if any(isinstance(n, ast.Name) and n.id == "RECORD_MODELS" for n in ast.walk(expr)):
            return {RECORD}
        if isinstance(expr, ast.Attribute) and expr.attr == "__table__":
            return self.tables(expr.value, depth + 1)
        if isinstance(expr, ast.Name):
            if expr.id in self.models:
                return {self.models[expr.id].table}
            if expr.id in self.assigned:
                found: set[str] = set()
                for value in self.assigned[expr.id]:
                    found |= self.tables(value, depth + 1)
                return found
            return {UNKNOWN}
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Name)
            and expr.func.id in self.returns
        ):
            found = set()
            for value in self.returns[expr.func.id]:
                found |= self.tables(value, depth + 1)
            return found or {UNKNOWN}
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr
            in (
                "where",
                "values",
                "returning",
                "prefix_with",
                "filter",
                "filter_by",
            )
        ):
            return self.tables(expr.func.value, depth + 1)
        return {UNKNOWN}

    def model_of_call(self, expr: ast.expr) -> set[str]:
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Name)
            and expr.func.id in self.models
        ):
            return {self.models[expr.func.id].table}
        return set()


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _sql_texts(tree: ast.Module):
    """(line, text) of every string literal but docstrings; an f-string's fields become ``{}``."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                skip.add(id(part))
            text = "".join(p.value if isinstance(p, ast.Constant) else "{}" for p in node.values)
            yield node.lineno, text
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        ):
            yield node.lineno, node.value


def _writes(tree: ast.Module, models: dict[str, Model]):
    """(line, tables, how) for every write found in the file."""
    mod = _Module(tree, models)
    by_table = {m.table: m for m in models.values()}
    for line, text in _sql_texts(tree):
        for match in SQL_WRITE.finditer(text):
            name = match.group(1) or match.group(2)
            table = UNKNOWN if name == "{}" else name
            if table == UNKNOWN or table in by_table or table in OWNERS:
                yield line, {table}, "SQL text"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if mod.is_sql_write(node.func) and node.args:
            yield node.lineno, mod.tables(node.args[0]), f"{ast.unparse(node.func)}()"
        elif (
            isinstance(node.func, ast.Attribute) and node.func.attr in WRITE_FUNCS and not node.args
        ):
            found = mod.tables(node.func.value) - {UNKNOWN}
            if found:
                yield node.lineno, found, f".{node.func.attr}()"
        elif isinstance(node.func, ast.Attribute) and node.func.attr in ("add", "add_all", "merge"):
            found: set[str] = set()
            for arg in node.args:
                items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
                for item in items:
                    found |= mod.model_of_call(item)
            if found:
                yield node.lineno, found, f"session.{node.func.attr}()"


def check_writes(rel: str, tree: ast.Module, models: dict[str, Model]) -> list[Breach]:
    if rel.startswith(MIGRATIONS):
        return []
    synced = {m.table for m in models.values() if m.synced} | {RECORD}
    out = []
    for line, tables, how in _writes(tree, models):
        for table in sorted(tables):
            if table in synced:
                if rel != JOURNAL:
                    out.append(
                        Breach(
                            "synced-write",
                            rel,
                            line,
                            table,
                            f"{how} writes {table} outside {JOURNAL}: go through journal.Tx",
                        )
                    )
            elif table in OWNERS:
                if rel != OWNERS[table]:
                    out.append(
                        Breach(
                            "bookkeeping",
                            rel,
                            line,
                            table,
                            f"{how} writes {table}, which only {OWNERS[table]} writes",
                        )
                    )
            elif rel != JOURNAL:
                what = (
                    "a table that cannot be told"
                    if table == UNKNOWN
                    else f"{table}, which has no owner in OWNERS"
                )
                out.append(Breach("bookkeeping", rel, line, table, f"{how} writes {what}"))
    return out


def check(root: Path) -> list[Breach]:
    """Every breach of the rules in the tree under ``root/desktop``, known ones included."""
    sources = _sources(root)
    models = find_models(sources)
    breaches: list[Breach] = []
    for rel, tree in sources:
        breaches += check_imports(root, rel, tree)
        breaches += check_writes(rel, tree, models)
    return breaches


def judge(breaches: list[Breach], known: set[tuple[str, str, str]] = KNOWN_BREACHES):
    """(new breaches, known ones still there, known keys no longer found)."""
    new = [b for b in breaches if b.key not in known]
    still = [b for b in breaches if b.key in known]
    gone = sorted(known - {b.key for b in breaches})
    return new, still, gone


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    new, still, gone = judge(check(root))
    for b in still:
        print(f"known (issue 18, to fix): {b}")
    for rule, path, subject in gone:
        print(
            f"{path}: [{rule}] {subject} is listed in KNOWN_BREACHES but no longer found: remove it"
        )
    for b in new:
        print(b)
    if new or gone:
        print(f"architecture check: {len(new)} breach(es), {len(gone)} stale known entr(y/ies)")
        return 1
    print(f"architecture check: no new breach ({len(still)} known)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
