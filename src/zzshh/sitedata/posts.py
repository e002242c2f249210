"""The posts (岗位) example statements are written for (data/posts.yml)."""
from .cache import cached
from .paths import DATA
from .schemas import Post, PostsFile
from .yamlfile import load

POSTS = DATA / "posts.yml"


@cached
def posts() -> tuple[Post, ...]:
    located = load(POSTS, PostsFile)
    seen = set()
    for index, post in enumerate(located.model.posts):
        if post.id in seen:
            raise located.error(("posts", index, "id"), f"岗位 {post.id} 重复")
        seen.add(post.id)
    return tuple(located.model.posts)


def labels() -> dict[str, str]:
    return {post.id: post.label for post in posts()}
