"""rasd search QUERY: ranked full-text search of a database, with filters."""
from __future__ import annotations

import json
import sys

import click

from ..errors import QueryError


@click.command("search", context_settings={"ignore_unknown_options": True})
# nargs=-1 and unknown options ignored: `rasd search -داعش` and `rasd search روسيا -أوكرانيا` are
# queries (exclusions), not options; the words are joined with spaces.
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--db", default="rasd.db", show_default=True, help="database file")
@click.option("--entity", help="documents mentioning this entity (name, any spelling, or actor code)")
@click.option("--type", "type_", help="documents with an event of this PLOVER type")
@click.option("--speaker", help="documents quoting this speaker")
@click.option("--source", help="outlet (e.g. aawsat)")
@click.option("--since", help="published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
@click.option("--until", help="published on or before (YYYY, YYYY-MM or YYYY-MM-DD)")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="how many documents to show (1-1000)")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="skip this many documents first (the next page: --offset 10 with -n 10)")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(query, db, entity, type_, speaker, source, since, until, limit, offset, fmt):
    """Search QUERY (words ANDed, "phrase", OR, -word, prefix*), ignoring diacritics, hamza,
    alef maqsura, ta marbuta and attached clitics. Without QUERY, lists filtered documents.

    \b
    rasd search 'وزير الخارجية' --since 2015-07
    rasd search روسيا -أوكرانيا          (documents with روسيا and without أوكرانيا)
    rasd search -- -داعش                  (-- is optional: a word after - is never an option)
    """
    from ..isodate import check_bound
    from ..store import queries as Q

    for w in query:
        if w.startswith("--"):
            raise click.UsageError(f"no such option: {w.split('=')[0]}")
    query = " ".join(query)
    since, until = check_bound(since, "--since"), check_bound(until, "--until")
    if since and until and since > until + "~":
        raise QueryError(f"--since {since} is after --until {until}: no date is in both")
    filters = Q.Filters(entity=entity, type=type_, speaker=speaker, source=source, since=since, until=until)
    color = fmt == "text" and sys.stdout.isatty()
    mark = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
    res = Q.search(db, query, filters, limit=limit, offset=offset, mark=mark)
    if fmt == "json":
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        return
    click.echo(f"{res['total']} documents" + (f" (showing {offset + 1}-{offset + len(res['hits'])})"
                                              if res["hits"] else ""))
    for i, h in enumerate(res["hits"], offset + 1):
        head = " · ".join(x for x in (h["published"], h["source"], h["id"]) if x)
        click.echo(f"\n{i}. {h['title'] or '(no title)'}\n   {head}" + (f"\n   {h['url']}" if h["url"] else ""))
        click.echo(f"   {h['snippet']}")
