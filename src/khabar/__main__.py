"""``python -m khabar``: the command line."""

from khabar.cli import main

main()
