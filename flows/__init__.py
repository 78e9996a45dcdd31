"""Prefect flows: thin wrappers that schedule the plain-Python core in tasks."""
