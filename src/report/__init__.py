"""Headless reports: the dashboard's charts as images, an overview, and an HTML/PDF report."""
