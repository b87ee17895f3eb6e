"""Printable documents (reportlab): participant itineraries."""
