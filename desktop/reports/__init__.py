"""Printable documents (reportlab): participant itineraries."""

from reportlab import rl_config

# Binary (Flate only) streams: valid PDF, smaller files, and no pure-Python ASCII85 encoding of
# every page, font and image, which made up a third of the time of a batch of itineraries.
rl_config.useA85 = 0
