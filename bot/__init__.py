"""Roadie: answers music-news questions in chat and pushes new announcements."""
