from django.db import models


class MaterialPack(models.Model):
    """A ZIP of the current printable PDFs for one school stage (or for PTAs), in one language.
    Rebuilt when materials are published or unpublished (materials/packs.py), never on a request."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField(max_length=60)
    file = models.FileField(upload_to="packs/")
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    item_count = models.PositiveIntegerField(default=0)
    built_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "key"], name="unique_pack_per_locale")]

    def __str__(self):
        return f"{self.locale_id}/{self.key}"

    @property
    def etag(self):
        return f'"{self.sha256[:32]}"'
