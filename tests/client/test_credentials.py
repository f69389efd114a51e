"""Clause CLIENT-3: where credentials come from, and the credentials file's mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from charter.client import Client, CredentialsError
from charter.client.credentials import (
    Credentials,
    default_path,
    from_values,
    read_file,
    resolve,
    write_file,
)

pytestmark = pytest.mark.usefixtures("no_credentials")

KEY = "chk_test_" + "Zr4" * 12
OTHER_KEY = "chk_test_" + "Mp8" * 12
SECRET = "cs_" + "Xy3" * 14


def _file(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text)
    path.chmod(mode)
    return path


@pytest.mark.clause("CLIENT-3")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o620])
def test_a_credentials_file_others_can_access_is_refused(tmp_path: Path, mode: int) -> None:
    path = _file(tmp_path / "credentials", f"api_key = {KEY}\n", mode)
    with pytest.raises(CredentialsError) as refused:
        read_file(path)
    message = str(refused.value)
    assert f"mode {mode:o}" in message and f"chmod 600 {path}" in message
    assert KEY not in message
    with pytest.raises(CredentialsError):
        Client("https://api.example.com", credentials_file=path)


@pytest.mark.clause("CLIENT-3")
@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_a_private_credentials_file_is_read(tmp_path: Path, mode: int) -> None:
    path = _file(tmp_path / "credentials",
                 f"# comment\n\nclient_id = cli_123\nclient_secret = {SECRET}\n", mode)
    credentials = read_file(path)
    assert credentials.kind == "client_credentials"
    assert credentials.client_id == "cli_123"
    assert credentials.client_secret is not None
    assert credentials.client_secret.reveal() == SECRET
    assert SECRET not in repr(credentials) and SECRET not in str(credentials)


@pytest.mark.clause("CLIENT-3")
def test_file_errors_name_lines_not_values(tmp_path: Path) -> None:
    pasted = _file(tmp_path / "pasted", f"{KEY}\n")
    with pytest.raises(CredentialsError, match="line 1") as bare:
        read_file(pasted)
    assert KEY not in str(bare.value)
    as_name = _file(tmp_path / "as-name", f"{KEY} = x\n")
    with pytest.raises(CredentialsError, match="unknown name") as named:
        read_file(as_name)
    assert KEY not in str(named.value)
    twice = _file(tmp_path / "twice", f"api_key = {KEY}\napi_key = {OTHER_KEY}\n")
    with pytest.raises(CredentialsError, match="twice"):
        read_file(twice)
    both = _file(tmp_path / "both", f"api_key = {KEY}\nclient_id = a\nclient_secret = b\n")
    with pytest.raises(CredentialsError, match="keep one"):
        read_file(both)
    with pytest.raises(CredentialsError, match="does not exist"):
        read_file(tmp_path / "nothing")
    directory = tmp_path / "dir"
    directory.mkdir(mode=0o700)
    with pytest.raises(CredentialsError, match="not a regular file"):
        read_file(directory)


@pytest.mark.clause("CLIENT-3")
def test_credentials_are_validated_without_being_echoed() -> None:
    with pytest.raises(CredentialsError, match="without a client secret"):
        from_values(None, "cli_1", None, "the arguments")
    with pytest.raises(CredentialsError, match="malformed") as malformed:
        from_values("not-a-charter-key-Abc123Def456", None, None, "the environment")
    assert "Abc123Def456" not in str(malformed.value)
    with pytest.raises(CredentialsError, match="malformed"):
        from_values("chk_test_with space", None, None, "the arguments")


@pytest.mark.clause("CLIENT-3")
def test_sources_in_order_and_never_mixed(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    named = _file(tmp_path / "named", f"api_key = {KEY}\n")
    env_file = _file(tmp_path / "env-file", "client_id = from-env-file\n"
                                            f"client_secret = {SECRET}\n")
    default = default_path()
    default.parent.mkdir(parents=True)
    _file(default, f"api_key = {OTHER_KEY}\n")
    assert resolve().source == f"credentials file {default}"
    monkeypatch.setenv("CHARTER_CREDENTIALS", str(env_file))
    assert resolve().client_id == "from-env-file"
    monkeypatch.setenv("CHARTER_CLIENT_ID", "from-env")
    monkeypatch.setenv("CHARTER_CLIENT_SECRET", SECRET)
    assert resolve().client_id == "from-env"
    assert resolve(credentials_file=named).kind == "api_key"
    assert resolve(api_key=OTHER_KEY).source == "the arguments"
    # The environment is one source: an id there and a secret in a file do not combine.
    monkeypatch.delenv("CHARTER_CLIENT_SECRET")
    with pytest.raises(CredentialsError, match="without a client secret"):
        resolve()
    with pytest.raises(CredentialsError, match="not both"):
        resolve(api_key=KEY, credentials_file=named)


@pytest.mark.clause("CLIENT-3")
def test_credentials_files_are_written_private(tmp_path: Path) -> None:
    old = os.umask(0)  # the most permissive umask: the file must still be 0600
    try:
        path = tmp_path / "new-dir" / "credentials"
        write_file(path, from_values(KEY, None, None, "the test"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert read_file(path).api_key is not None
    with pytest.raises(CredentialsError, match="exists"):
        write_file(path, from_values(OTHER_KEY, None, None, "the test"))
    write_file(path, from_values(OTHER_KEY, None, None, "the test"), replace=True)
    key = read_file(path).api_key
    assert key is not None and key.reveal() == OTHER_KEY
    assert [p.name for p in path.parent.iterdir()] == ["credentials"]  # no leftovers
    with pytest.raises(CredentialsError):
        write_file(tmp_path / "empty", Credentials())
