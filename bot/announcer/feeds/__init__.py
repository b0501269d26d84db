"""Followed feeds: which are due, polling them, and their health."""
