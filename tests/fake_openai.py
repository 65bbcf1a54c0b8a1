"""A tiny OpenAI-compatible server on 127.0.0.1 for the LLM writer's tests.

``POST /v1/chat/completions`` checks the request's shape (model, messages,
response_format), then answers with the next reply of the test's script.
Every request is kept, so a test can count them and read the prompts.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ROLES = {"system", "user", "assistant"}


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering: a slow server
    tokens: tuple[int, int] = (1000, 400)  # usage: prompt, completion
    finish_reason: str = "stop"


class FakeOpenAI:
    def __init__(self, formats: tuple[str, ...] = ("json_schema", "json_object")):
        self.formats = formats  # response_format types this server accepts
        self.script: list[Reply] = []
        self.requests: list[dict[str, Any]] = []  # bodies of shape-valid requests
        self.errors: list[str] = []  # shape problems: a test asserts there are none
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def queue(self, *replies: Reply | str) -> None:
        self.script += [r if isinstance(r, Reply) else Reply(r) for r in replies]

    def answer(self, body: dict[str, Any]) -> Reply:
        problem = shape_problem(body)
        if problem:
            self.errors.append(problem)
            return Reply(json.dumps({"error": {"message": problem}}), status=400)
        kind = (body.get("response_format") or {}).get("type", "text")
        if kind != "text" and kind not in self.formats:
            return Reply(json.dumps({"error": {"message": f"response_format {kind} is not "
                                                          "supported by this server"}}), status=400)
        self.requests.append(body)
        if not self.script:
            self.errors.append("the script has no reply left")
            return Reply(json.dumps({"error": {"message": "script exhausted"}}), status=500)
        return self.script.pop(0)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path != "/v1/chat/completions":
                    self._send(Reply(json.dumps({"error": {"message": "no such path"}}), 404), {})
                    return
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                reply = fake.answer(body)
                time.sleep(reply.delay)
                self._send(reply, body)

            def _send(self, reply: Reply, body: dict[str, Any]) -> None:
                data = (completion(body.get("model", ""), reply) if reply.status == 200
                        else reply.content).encode()
                try:
                    self.send_response(reply.status)
                    for name, value in {"Content-Type": "application/json", **reply.headers}.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting: the timeout test

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


def shape_problem(body: dict[str, Any]) -> str | None:
    """What is wrong with a chat completion request, or None."""
    if not isinstance(body.get("model"), str) or not body["model"]:
        return "model must be a non-empty string"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages must be a non-empty list"
    for m in messages:
        if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            return f"bad message: {m!r:.80}"
    fmt = body.get("response_format")
    if fmt is not None:
        if fmt.get("type") not in ("json_schema", "json_object", "text"):
            return f"bad response_format type {fmt.get('type')!r}"
        if fmt["type"] == "json_schema" and "schema" not in fmt.get("json_schema", {}):
            return "response_format json_schema needs json_schema.schema"
    return None


def completion(model: str, reply: Reply) -> str:
    prompt, answer = reply.tokens
    return json.dumps({
        "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                     "message": {"role": "assistant", "content": reply.content}}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": answer,
                  "total_tokens": prompt + answer},
    })
