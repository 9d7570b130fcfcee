"""The materials library's models (docs/architecture.md):

- pages.py: MaterialsIndexPage (filters, packs, every material) and MaterialPage with its files;
- taxonomy.py: the terms materials are tagged with (audience, school stage, topic, format);
- documents.py: CampaignDocument, a PDF with its page count and thumbnail, and the download counts;
- packs.py: MaterialPack, the ZIP of each school stage's printable materials;
- printables.py: printable layouts (the fields of MaterialPage), their helplines and the PDFs made of them;
- requests.py: SchoolRequestPage, the form schools use to ask for printed copies or a class.
"""

from materials.models.documents import CampaignDocument, DownloadCount
from materials.models.packs import MaterialPack
from materials.models.pages import MaterialFile, MaterialPage, MaterialsIndexPage
from materials.models.printables import LAYOUTS, PrintEdition, PrintHelpline
from materials.models.requests import SchoolRequestField, SchoolRequestPage
from materials.models.taxonomy import Audience, MaterialFormat, SchoolStage, TaxonomyTerm, Topic, published_terms

__all__ = [
    "LAYOUTS",
    "Audience",
    "CampaignDocument",
    "DownloadCount",
    "MaterialFile",
    "MaterialFormat",
    "MaterialPack",
    "MaterialPage",
    "MaterialsIndexPage",
    "PrintEdition",
    "PrintHelpline",
    "SchoolRequestField",
    "SchoolRequestPage",
    "SchoolStage",
    "TaxonomyTerm",
    "Topic",
    "published_terms",
]
