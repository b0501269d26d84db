"""Platform adapters: each turns its platform's events into a Message and renders the Reply."""
