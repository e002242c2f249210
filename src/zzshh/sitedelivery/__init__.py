"""Delivery of the built site: nginx, the offline package, the page list."""
