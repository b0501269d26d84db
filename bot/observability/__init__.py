"""What an operator watches: logs, metrics and health, kept apart from the parts they watch."""
