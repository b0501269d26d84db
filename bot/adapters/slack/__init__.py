"""Slack adapter (Bolt): events and commands to Messages, Replies to Block Kit, pushes."""
