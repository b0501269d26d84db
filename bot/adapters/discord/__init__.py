"""Discord adapter (discord.py): events to Messages, Replies to embeds and buttons, pushes."""
