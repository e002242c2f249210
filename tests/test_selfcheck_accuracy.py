"""How scripts/measure_self_check.py counts: a planted error that only a hint
finds counts for recall, and is reported apart, since a hint claims nothing."""
import json

from zzshh.selfcheck.accuracy import score


def write_draft(folder, name: str, text: str, errors: list[dict]) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    key = {"clean": not errors, "errors": errors}
    (folder / f"{name}.key.json").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")


def test_errors_found_only_by_hints_are_counted_apart(tmp_path):
    write_draft(tmp_path, "a", "工作太拼，身体透支。\n我们认真学习了的的文件。", [
        {"line": 1, "text": "工作太拼", "kind": "praise-as-criticism", "fix": "写真实存在的不足"},
        {"line": 2, "text": "的的", "kind": "duplicate", "fix": "的"}])
    result = score(tmp_path)
    assert (result.found, result.found_by_hints_only) == (2, 1)
    assert result.claims == result.true_claims == 1  # the hints on line 1 claim nothing


def test_a_claim_that_answers_nothing_lowers_precision(tmp_path):
    write_draft(tmp_path, "a", "我们认真学习了的的文件。", [])
    result = score(tmp_path)
    assert (result.claims, result.true_claims, result.clean_claims) == (1, 0, 1)
