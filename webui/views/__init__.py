"""Blueprints of the web UI, one per concern: search, paragraphs, protocols, api."""
