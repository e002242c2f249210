"""Outside addresses (data/addresses.yml) and the study-material list
(data/study-materials.yml) that draws on them."""
from dataclasses import dataclass

from .cache import cached
from .errors import DataError
from .paths import DATA, rel
from .schemas import Address, AddressesFile, MaterialsFile
from .yamlfile import load

ADDRESSES = DATA / "addresses.yml"
MATERIALS = DATA / "study-materials.yml"


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


@cached
def addresses() -> dict[str, Address]:
    located = load(ADDRESSES, AddressesFile)
    found: dict[str, Address] = {}
    for index, address in enumerate(located.model.addresses):
        if address.id in found:
            raise located.error(("addresses", index, "id"), f"地址编号 {address.id} 重复")
        found[address.id] = address
    return found


@cached
def materials() -> tuple[Material, ...]:
    located = load(MATERIALS, MaterialsFile)
    known = addresses()
    found = []
    for index, item in enumerate(located.model.materials):
        if item.address and item.address not in known:
            raise located.error(("materials", index, "address"),
                                f"address {item.address} 不在 {rel(ADDRESSES)} 中")
        found.append(Material(item.id, item.title, item.issuer, item.date or "", item.docno or "",
                              known.get(item.address) if item.address else None, item.note,
                              tuple(item.topics), item.formal_title))
    return tuple(found)


def for_topic(topic: str) -> list[Material]:
    chosen = [m for m in materials() if topic in m.topics]
    if not chosen:
        raise DataError(rel(MATERIALS), 1, f"没有标注主题 {topic} 的学习资料")
    return chosen


def allowed_urls() -> set[str]:
    return {a.url for a in addresses().values()}
