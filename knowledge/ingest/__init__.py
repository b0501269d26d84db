"""Ingest: readers for every supported source (`sources`), the loader that stores them
(`loader`), and the pipeline the command line and the feed poller call (`pipeline`).

Nothing is imported here: a caller that needs one part (the settings need the address
policy) does not pay for the HTTP, feed and HTML libraries of the others.
"""
