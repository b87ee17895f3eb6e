"""Pure-Python domain: value types, enums, validation rules. No Qt, no SQL."""
