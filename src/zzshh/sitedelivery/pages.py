"""The pages of a built site, as URLs relative to its root."""
from pathlib import Path

NOT_A_PAGE = {"404.html"}


def page_urls(site_dir: Path, directory_urls: bool = True) -> list[str]:
    """Every HTML page except the 404 page, sorted; "" is the home page.
    With directory URLs, guide/index.html is "guide/"; without (the offline
    build), every URL names its file."""
    urls = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir).as_posix()
        if relative in NOT_A_PAGE:
            continue
        if directory_urls and path.name == "index.html":
            relative = relative[: -len("index.html")]
        urls.append(relative)
    return urls
