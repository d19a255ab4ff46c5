"""gunicorn's logger with secrets masked in the access log (request line, path, query, Referer) and, with
`LOG_FORMAT=json`, JSON lines for both its access and error logs. Named in config/gunicorn.conf.py."""

import json
from datetime import UTC, datetime

from gunicorn.glogging import Logger

from config.logging_setup import JsonFormatter, log_format, mask


class MaskingLogger(Logger):
    """gunicorn's Logger, masking every URL it writes (config.logging_setup.mask)."""

    def setup(self, cfg):
        super().setup(cfg)
        if log_format() == "json":
            for handler in self.error_log.handlers:
                handler.setFormatter(JsonFormatter())

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {name: mask(value) if isinstance(value, str) else value for name, value in atoms.items()}

    def access(self, resp, req, environ, request_time):
        if log_format() != "json":
            return super().access(resp, req, environ, request_time)
        if not self.access_log_enabled:
            return None
        atoms = self.atoms(resp, req, environ, request_time)
        query = atoms.get("q") or ""
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "remote": atoms["h"],
            "method": atoms["m"],
            "path": atoms["U"] + (f"?{query}" if query else ""),
            "status": int(atoms["s"]) if str(atoms["s"]).isdigit() else atoms["s"],
            "bytes": atoms["B"],
            "duration_ms": atoms["M"],
            "referer": atoms["f"],
            "user_agent": atoms["a"],
        }
        self.access_log.info("%s", json.dumps(entry, ensure_ascii=False))
        return None
