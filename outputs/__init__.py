"""Outputs: exports of events and the interactive timeline page."""
