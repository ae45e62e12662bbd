"""The ``khabar`` command line: one click group, one module per family of subcommands.

Every error the command line prints has one form, ``khabar: error: MESSAGE`` on standard
error: the readers' per-input errors and click's own (a bad option, an archive that cannot
be opened), which click would print as ``Error: MESSAGE``. A usage error still shows the
usage line and the ``--help`` hint above it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..options import STEP_NAMES

__all__ = ["ERROR_PREFIX", "EXIT_BAD_INPUT", "EXIT_KHABAR_FAILED", "disable_option", "main"]

ERROR_PREFIX = "khabar: error: "

#: Exit statuses: 0 done; 1 a bad input (or an archive, a gold folder that cannot be used),
#: said in one ``khabar: error:`` line; 2 a usage error; 3 khabar itself failed (a bug).
EXIT_BAD_INPUT = 1
EXIT_KHABAR_FAILED = 3

F = TypeVar("F", bound=Callable[..., Any])


def disable_option(func: F) -> F:
    """``--disable STEP`` (repeatable), the option of every command that runs the pipeline."""
    return click.option("--disable", multiple=True, type=click.Choice(STEP_NAMES[2:]),
                        help="Switch a pipeline step off (repeatable).")(func)


def show_error(exc: click.ClickException) -> None:
    """Print ``exc`` as click would, with the house prefix instead of click's ``Error: ``."""
    if type(exc).show not in (click.ClickException.show, click.UsageError.show):
        exc.show()  # a subclass with its own rendering (click's help-on-no-arguments)
        return
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        help_names = ctx.command.get_help_option_names(ctx) if ctx.command.get_help_option(ctx) else []
        hint = f"Try '{ctx.command_path} {max(help_names, key=len)}' for help.\n" if help_names else ""
        click.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    click.echo(ERROR_PREFIX + exc.format_message(), err=True)


class KhabarGroup(click.Group):
    """click's group, printing errors in the house form (:func:`show_error`)."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            # Not standalone: click returns the exit code of ctx.exit (0 on success, --help,
            # --version) and raises its exceptions instead of printing them.
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            show_error(exc)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        except Exception as exc:
            # khabar failed, not the input (its errors are KhabarError, shown above as one
            # line, exit 1): the traceback for the report, then exit 3, so that a script
            # can tell the two apart (qa-20a; a traceback was exit 1 too)
            import traceback

            traceback.print_exc()
            reason = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:300]
            click.echo(f"{ERROR_PREFIX}khabar failed ({reason}); this is a bug: please report it with the "
                       "traceback above", err=True)
            sys.exit(EXIT_KHABAR_FAILED)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=KhabarGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: Arabic news into sourced, structured records.

    Example:

        khabar analyze --demo --format text
    """


# Each module adds its commands to ``main`` when imported.
for _module in ("analyze", "eval", "eval_gold", "eval_ner", "eval_events", "train", "archive"):
    importlib.import_module(f"{__name__}.{_module}")
