"""USB exchange use cases: keys and trust, export, import (preview, then apply), history.

A store is a *laptop*, or a *coordinator* once it has a coordinator identity. A laptop exports
its changes (encrypted to the coordinator it trusts, signed with its own key) and imports
reference data; a coordinator imports laptops' bundles and exports reference data to them.
Every import is applied in one transaction, or refused whole and nothing is written.

Callers import everything from here; each part has its module:

- ``identity``: this store's keys, the coordinator identity, the trusted coordinator, the
  laptops enrolled and revoked;
- ``exporting``: a laptop's changes or the coordinator's reference data written to a drive;
- ``importing``: a bundle opened and authenticated, previewed, applied;
- ``ledger``: the exchange's bookkeeping (history, sequence ranges, acknowledged positions),
  the only module that writes it.
"""

from desktop.exchange.errors import BundleRejected
from desktop.services.exchange.exporting import (
    ExportResult,
    Progress,
    export,
    export_changes,
    export_reference,
)
from desktop.services.exchange.identity import (
    TRUSTED_NAME,
    ExchangeError,
    backup_identity,
    device_keys,
    devices,
    enrol_device,
    init_coordinator,
    is_coordinator,
    key_info,
    key_summary,
    needs_passphrase,
    read_enrolment,
    restore_identity,
    revoke_device,
    trust_coordinator,
    unlock,
)
from desktop.services.exchange.importing import apply_import, open_bundle, preview_import
from desktop.services.exchange.ledger import (
    AUDIT_ACKED,
    acknowledged,
    history,
    keep_acknowledged,
    laptop_names,
)

__all__ = [
    "AUDIT_ACKED",
    "TRUSTED_NAME",
    "BundleRejected",
    "ExchangeError",
    "ExportResult",
    "Progress",
    "acknowledged",
    "apply_import",
    "backup_identity",
    "device_keys",
    "devices",
    "enrol_device",
    "export",
    "export_changes",
    "export_reference",
    "history",
    "init_coordinator",
    "is_coordinator",
    "keep_acknowledged",
    "key_info",
    "key_summary",
    "laptop_names",
    "needs_passphrase",
    "open_bundle",
    "preview_import",
    "read_enrolment",
    "restore_identity",
    "revoke_device",
    "trust_coordinator",
    "unlock",
]
