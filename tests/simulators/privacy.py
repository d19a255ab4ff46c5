"""Search every table of the database for a string: what a learner typed must be in none of them."""

from django.apps import apps
from django.db import connection

TEXT_TYPES = {"CharField", "TextField", "JSONField", "SlugField", "EmailField", "URLField"}


def tables_containing(marker):
    """Every "table.column" (text, JSON) that contains `marker` anywhere in the database."""
    found = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if not model._meta.managed or model._meta.proxy:  # views and proxies: not tables of their own
                continue
            table = model._meta.db_table
            for field in model._meta.local_concrete_fields:  # inherited fields live in the parent table
                if field.get_internal_type() not in TEXT_TYPES:
                    continue
                # Names of our own tables and columns, quoted; the marker goes in as a parameter.
                sql = f"SELECT COUNT(*) FROM {quote(table)} WHERE CAST({quote(field.column)} AS TEXT) LIKE %s"  # noqa: S608
                cursor.execute(sql, [f"%{marker}%"])
                if cursor.fetchone()[0]:
                    found.append(f"{table}.{field.column}")
    return found
