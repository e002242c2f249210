"""Chinese numerals as Word's automatic numbering writes them (一 … 九十九)."""
DIGITS = "一二三四五六七八九"


def cn_format(number: int) -> str:
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens - 1] + "十")
    return head + (DIGITS[ones - 1] if ones else "")
