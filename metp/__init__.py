"""metp: turn boxes of scanned training material into a searchable, citable archive."""

__version__ = "0.1.0"
