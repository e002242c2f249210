"""MkDocs hook: after the pages are built, writes downloads/NAME.docx and
NAME.txt for every template of data/templates.yml into the site. A failure
stops the build with the template's file and a rule ID, not a traceback."""
from pathlib import Path

from mkdocs.exceptions import PluginError


from zzshh.docx_export import export


def on_post_build(config, **_):
    try:
        export.export_all(Path(config.site_dir))
    except export.ExportError as err:
        raise PluginError(f"{err.where}:{err.line}: DOWNLOAD-BUILD {err}") from None
