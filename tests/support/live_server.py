"""Starting a real server for tests that need one (browser tests, raw-HTTP fuzzing)."""

import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the site server exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (loopback only)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the site server did not answer at {url}")


@contextmanager
def running_server(command, env, log_path, ready_url):
    """Runs the server `command` until the block ends, once `ready_url` answers; yields the
    process. Its output goes to `log_path`."""
    log = open(log_path, "w")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(ready_url, server)
        yield server
    finally:
        stop_process(server)
        log.close()


def stop_process(process):
    """Ask a process to end; kill it if it has not within 20 seconds."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
