"""Accessibility rules the app's outputs are held to: WCAG 2.2 colour contrast (no Qt here)."""
