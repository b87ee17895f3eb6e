"""USB exchange: bundle format, keys, signing and encryption, the merge engine."""
