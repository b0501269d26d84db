"""Loopback fakes of the chat platforms and feeds that the end-to-end tests talk to."""
