"""Unclench: a tray companion that breaks the stress → muscle-guarding → back-spasm loop."""

__version__ = "0.1.0"
APP_NAME = "Unclench"
APP_ID = "unclench"
