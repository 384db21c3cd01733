"""The command line: parse it, hand the command to the running app or start one, word the replies, export."""
