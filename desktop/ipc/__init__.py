"""Single instance and local control: the lock, the control socket, its protocol and its client."""
