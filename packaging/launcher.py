"""The frozen application's entry point (build.spec): one program that is `milma-desktop`, the
window, or `milma`, the command line, by the name it is started under. On Linux `milma` is a
link to `milma-desktop`; on Windows they are two executables (milma.exe opens a console)."""

import os
import sys


def main() -> int:
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0].lower()
    if name == "milma":
        from desktop.cli import main as cli

        return cli()
    from desktop.app import main as app

    return app()


if __name__ == "__main__":
    sys.exit(main())
