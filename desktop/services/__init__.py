"""Qt-side application services: the reminder engine and its one timer, settings, prompts, water,
content, statistics, routine and breathing sessions, translations. Widgets never reach storage; these do."""
