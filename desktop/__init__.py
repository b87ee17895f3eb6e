"""MILMA Desktop: offline-first application for the MILMA labour-integration programme."""

__version__ = "0.1.0"
