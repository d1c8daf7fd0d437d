"""The ``chronique`` command line: one module per command, listed in ``main.COMMANDS``."""
