"""Outside addresses (data/addresses.yml) and the study-material list
(data/study-materials.yml) that draws on them."""
from dataclasses import dataclass
from functools import lru_cache

from .errors import DataError
from .paths import DATA, rel
from .yamlfile import read_yaml, require

ADDRESSES = DATA / "addresses.yml"
MATERIALS = DATA / "study-materials.yml"


@dataclass(frozen=True)
class Address:
    id: str
    url: str
    label: str


@dataclass(frozen=True)
class Material:
    id: str
    title: str
    issuer: str
    date: str
    docno: str
    address: Address | None
    note: str
    topics: tuple[str, ...]
    formal_title: bool  # a document's real title, shown in 书名号

    @property
    def display_title(self) -> str:
        return f"《{self.title}》" if self.formal_title else self.title


@lru_cache(maxsize=None)
def addresses() -> dict[str, Address]:
    where = rel(ADDRESSES)
    found: dict[str, Address] = {}
    for item in read_yaml(ADDRESSES).get("addresses") or []:
        require(item, ("id", "url", "label"), f"{where} ({item.get('id', '?')})")
        if not str(item["url"]).startswith(("http://", "https://")):
            raise DataError(where, f"{item['id']}: 地址必须以 http:// 或 https:// 开头")
        found[item["id"]] = Address(item["id"], item["url"], item["label"])
    return found


@lru_cache(maxsize=None)
def materials() -> tuple[Material, ...]:
    where = rel(MATERIALS)
    known = addresses()
    found = []
    for item in read_yaml(MATERIALS).get("materials") or []:
        item_where = f"{where} ({item.get('id', '?')})"
        require(item, ("id", "title", "issuer", "topics"), item_where)
        address_id = item.get("address")
        if address_id and address_id not in known:
            raise DataError(item_where, f"address {address_id} 不在 {rel(ADDRESSES)} 中")
        found.append(Material(
            id=item["id"], title=item["title"], issuer=item["issuer"],
            date=str(item.get("date") or ""), docno=item.get("docno") or "",
            address=known.get(address_id) if address_id else None,
            note=item.get("note") or "", topics=tuple(item["topics"]),
            formal_title=item.get("formal_title", True),
        ))
    return tuple(found)


def for_topic(topic: str) -> list[Material]:
    chosen = [m for m in materials() if topic in m.topics]
    if not chosen:
        raise DataError(rel(MATERIALS), f"没有标注主题 {topic} 的学习资料")
    return chosen


def allowed_urls() -> set[str]:
    return {a.url for a in addresses().values()}
