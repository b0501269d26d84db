"""Announcement pushes: feeds polled, stories made and matched to subscriptions, each sent once."""
