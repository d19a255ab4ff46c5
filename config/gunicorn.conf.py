"""gunicorn settings for a small dyno; `Procfile` and `make run` both use them."""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# Recycle workers now and then so that a slow leak cannot grow; the jitter keeps them from all
# restarting at once.
max_requests = 1000
max_requests_jitter = 100
timeout = 30
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
# Secrets in URLs (QR sign-in, verification codes, tokens) are written as *** (config/logging_gunicorn.py);
# LOG_FORMAT=json writes one JSON object per line.
logger_class = "config.logging_gunicorn.MaskingLogger"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
