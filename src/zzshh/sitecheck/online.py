"""Opt-in check that every registered outside address answers (`--online`).
Needs internet access, so it is never part of CI."""
from concurrent.futures import ThreadPoolExecutor
from urllib.error import HTTPError, URLError
from urllib.request import Request, urlopen

WORKERS = 4
TIMEOUT = 10  # seconds per address


def probe(url: str) -> str:
    request = Request(url, method="GET", headers={"User-Agent": "zzshh-link-check"})
    try:
        with urlopen(request, timeout=TIMEOUT) as response:
            return str(response.status)
    except HTTPError as err:
        return str(err.code)
    except (URLError, TimeoutError, OSError) as err:
        return f"无法访问（{getattr(err, 'reason', err)}）"


def check(addresses) -> int:
    addresses = list(addresses)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda a: probe(a.url), addresses))
    width = max(len(a.id) for a in addresses)
    failed = 0
    for address, result in zip(addresses, results):
        ok = result.isdigit() and int(result) < 400
        failed += not ok
        print(f"{'正常' if ok else '失败'}  {address.id:<{width}}  {result:<6}  {address.url}")
    print(f"共 {len(addresses)} 个站外地址，{len(addresses) - failed} 个正常，{failed} 个失败。")
    return 1 if failed else 0
