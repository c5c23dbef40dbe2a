"""`rasd serve`: open a database in the web reader and REST API (localhost, read-only by default)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import RasdError, StoreError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@click.command("serve")
@click.option("--db", "db", default="rasd.db", show_default=True, help="The database to open (made by rasd ingest).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this machine only; 0.0.0.0 exposes it to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--allow-save", is_flag=True,
              help="Let 'analyse a text' save into the database (creates an empty one if --db does not exist).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (searches are CPU-bound Python: one per core serves more at once).")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]), help="Server log detail.")
def command(db: str, host: str, port: int, allow_save: bool, workers: int, log_level: str) -> None:
    """Serve the web reader (search, articles, entities, events, analyse a text) and the REST API
    under /api/ (reference at /docs)."""
    path = Path(db)
    if path.is_dir():
        raise StoreError(f"--db {db} is a folder; give the database file")
    if not path.exists():
        if not allow_save:
            raise StoreError(f"no database at {db}; create one with: rasd ingest FILES --db {db} "
                             f"(or start with --allow-save to begin with an empty database)")
        from ..store.db import connect
        connect(path).close()
        click.echo(f"rasd: created an empty database {db}", err=True)
    else:
        from ..store.queries import open_db
        open_db(path).close()  # refuse a foreign/outdated file now, with the store's message

    import uvicorn

    from ..web.app import create_app

    _check_port(host, port)
    if host not in LOOPBACK:
        click.echo(f"rasd: warning: listening on {host}, reachable from other machines", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"rasd: serving {db} at http://{shown}:{port}/ ({'saving enabled' if allow_save else 'read-only'}); "
               f"Ctrl-C stops", err=True)
    # Keep-alive longer than uvicorn's 5 s: under load a client's pooled connection can sit idle
    # that long between requests, and a server closing it just as the client reuses it is an error.
    common = dict(host=host, port=port, log_level=log_level, access_log=log_level in ("info", "debug"),
                  server_header=False, timeout_keep_alive=30)
    if workers > 1:
        import os
        os.environ["RASD_WEB_DB"] = str(path.resolve())
        os.environ["RASD_WEB_ALLOW_SAVE"] = "1" if allow_save else "0"
        # One secret for the form tokens of every worker process (a form served by one worker is
        # posted to any other); made here, never written anywhere.
        import secrets
        os.environ.setdefault("RASD_WEB_SECRET", secrets.token_hex(32))
        uvicorn.run("rasd.web.app:app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(path, allow_save=allow_save, warm=True), **common)


def _check_port(host: str, port: int) -> None:
    """Fail with one clear line, before loading anything, if the address cannot be listened on."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise RasdError(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                            f"(another server on that port? choose one with --port)") from None
