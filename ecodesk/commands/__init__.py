"""Command groups of the ``ecodesk`` command line; each has ``register(subparsers)``."""
