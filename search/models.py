"""The search index: one document per searchable thing (a theme, a module, a step) and its terms.

Terms are computed in Python (search.analysis) and stored in a plain indexed column, so matching is the
same on SQLite and PostgreSQL: exact terms use the index, prefixes use an index range scan.
"""

from django.db import models


class SearchDocument(models.Model):
    """A theme, a module or one step of a module, in one language, as a search result."""

    KINDS = [("theme", "thème"), ("module", "module"), ("step", "étape"), ("page", "page")]

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=KINDS)
    step_number = models.PositiveSmallIntegerField(null=True, blank=True)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["page", "locale"])]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """One term of a document, weighted by where it appears (title > text)."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=64)
    weight = models.PositiveSmallIntegerField(default=1)

    class Meta:
        indexes = [models.Index(fields=["locale", "term"])]

    def __str__(self):
        return self.term


class SearchVariant(models.Model):
    """A term of one language with one letter left out ("souri" for "souris"), pointing at the term: what lets
    a query with one typo per word find it (search.analysis.near), by exact lookups that behave the same on
    SQLite and PostgreSQL. Shared by every document of the language; `rebuild_search_index` clears the
    variants of terms that no document uses any more."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    variant = models.CharField(max_length=64)
    term = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale", "variant", "term"], name="search_variant_unique"),
        ]

    def __str__(self):
        return f"{self.variant} → {self.term}"
