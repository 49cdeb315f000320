"""Sesame Time (Sesame HR): connection, catalogues and attendance reports with breaks removed."""
