"""Local bookkeeping of USB exchanges (never synced as records): this store's keys, the laptops a
coordinator enrolled, revocations, past exports and imports, acknowledgements and the sequence
ranges received from each device.

Secret keys stay in this database: a laptop's own signing and age keys in clear (the database is
the laptop's data anyway), the coordinator's age identity only encrypted with its passphrase.
"""

from __future__ import annotations

from sqlmodel import Field

from desktop.storage.models import Model


class ExchangeKey(Model, table=True):
    """One key of this store by role: "device_signing" (Ed25519), "device_age" (age X25519),
    "coordinator" (age X25519, secret passphrase-encrypted), "trusted_coordinator" (public only)."""

    __tablename__ = "exchange_key"
    role: str = Field(primary_key=True)
    public_key: str
    secret_key: str | None = None
    protected: bool = False
    created_ms: int


class ExchangeDevice(Model, table=True):
    """A laptop enrolled by this coordinator, by the fingerprint of its signing key. The device
    id, age recipient and site are learnt at enrolment (key file) or from its first signed
    bundle; from then on the site is the laptop's, whatever a bundle says (its changes are
    applied within that site, desktop.exchange.rights)."""

    __tablename__ = "exchange_device"
    fingerprint: str = Field(primary_key=True)
    signing_public_key: str
    device_id: str | None = Field(default=None, index=True)
    age_public_key: str | None = None
    site: str | None = None
    enrolled_ms: int
    last_import_ms: int | None = None


class ExchangeRevocation(Model, table=True):
    """A revoked laptop key. Made by the coordinator, carried to laptops with reference data."""

    __tablename__ = "exchange_revocation"
    fingerprint: str = Field(primary_key=True)
    device_id: str | None = None
    revoked_ms: int


class ExchangeHistory(Model, table=True):
    """One export written or one import applied."""

    __tablename__ = "exchange_history"
    id: int | None = Field(default=None, primary_key=True)
    bundle_id: str = Field(index=True)
    direction: str  # "export" or "import"
    bundle_type: str  # "changes" or "reference"
    device_id: str  # the device that made the bundle
    since_seq: int
    last_seq: int
    clock: int
    at_ms: int = Field(index=True)
    file_name: str
    body_hash: str
    summary: str = "{}"  # JSON: counts per kind (and the merge report for imports)


class ExchangeAck(Model, table=True):
    """Acknowledged sequence per device: on a coordinator, every change of that laptop up to
    ``seq`` is merged; on a laptop (its own row, from reference data) the same, as told."""

    __tablename__ = "exchange_ack"
    device_id: str = Field(primary_key=True)
    seq: int
    updated_ms: int


class ExchangeSeqRange(Model, table=True):
    """A range (since_seq, last_seq] of a device's change journal received in a bundle."""

    __tablename__ = "exchange_seq_range"
    device_id: str = Field(primary_key=True)
    since_seq: int = Field(primary_key=True)
    last_seq: int = Field(primary_key=True)
    bundle_id: str
