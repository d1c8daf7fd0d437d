"""Entry point: ``chronique COMMAND ...``.

Every command is a module with ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; adding a command is one module plus one line in ``COMMANDS``.
Exit status: 0 success, 1 some input failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..errors import ChroniqueError, UsageError

COMMANDS = [
    "analyze",
    "serve",
    "evaluate",
    "bench",
    "ingest", "watch", "search", "entities", "entity", "quotes", "stories", "timeline", "export", "merge", "split",
    "story", "relink", "corrections",
]

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors; keep its message short
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _version() -> str:
    from .. import __version__

    return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chronique", description="Read French news at scale.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and debug details")
    parser.add_argument("--version", action="version", version=f"chronique {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f".{name}", __package__)
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args._run(args)
    except UsageError as err:
        print(f"chronique {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except ChroniqueError as err:
        print(f"chronique {args.command}: error: {err}", file=sys.stderr)
        return EXIT_INPUT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
