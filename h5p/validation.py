"""Reading an uploaded H5P package (a zip) without trusting it, then extracting it to storage.

One validator for the admin upload and `manage.py import_h5p`. Nothing is written anywhere until every
entry has been read and checked: names (no absolute path, no `..`, no backslash, no symlink), counts and
sizes from the zip's headers, then again while decompressing (a header that lies about a size is caught
when the bytes exceed it), compression ratio, and an extension allow-list per folder. Like H5P core, files at
the package's root other than `h5p.json` are ignored (exports carry e.g. `H5P_CONTENT_HERE.txt`): their names
are checked like any other, they are never decompressed nor stored. While decompressing, each library
folder's content is hashed (SHA-256 over its sorted files and their SHA-256), from the bytes themselves, so
that the site can tell a library it knows from other code under the same name and version. Files are then
streamed to Django's storage (local disk or S3-like alike) in chunks; if anything fails on the way, what
was written is removed. Messages are in French: editors read them.
"""

import contextlib
import hashlib
import json
import os
import posixpath
import re
import stat
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field

from django.core.files.base import File
from django.core.files.storage import default_storage

MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries bigger than RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
MAX_JSON_BYTES = 2 * 1024 * 1024
CHUNK = 64 * 1024
STORAGE_ROOT = "h5p"

CONTENT_EXTENSIONS = {
    # pictures, sound, video, captions, fonts, data
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff",
    "mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "weba",
    "mp4", "webm", "ogv", "m4v",
    "vtt", "json", "txt", "csv",
    "woff", "woff2", "ttf", "otf", "eot",
}  # fmt: skip
LIBRARY_EXTENSIONS = {
    "js", "css", "json",
    "png", "jpg", "jpeg", "gif", "webp", "svg",
    "woff", "woff2", "ttf", "otf", "eot",
    "mp3", "ogg", "oga", "wav",
    "txt", "md",
}  # fmt: skip
LIBRARY_FOLDER = re.compile(r"^[A-Za-z0-9._-]+-\d+\.\d+$")


class H5PPackageError(ValueError):
    """The package is refused; the message says why, in French."""


@dataclass
class Library:
    machine_name: str
    major: int
    minor: int
    patch: int
    folder: str
    content_hash: str = ""  # see library_hash(); filled while decompressing

    @property
    def version(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def key(self):
        return (self.machine_name, self.major, self.minor, self.patch)

    def __str__(self):
        return f"{self.machine_name} {self.version}"


@dataclass
class PackageInfo:
    title: str
    main_library: str
    language: str
    files: int
    size: int
    libraries: list = field(default_factory=list)
    ignored: list = field(default_factory=list)  # stray files at the root, neither read nor stored


def library_hash(files):
    """The content hash of one library folder: SHA-256 over its files, sorted by their path inside the folder,
    each line "path<TAB>sha256 of its bytes". Names cannot contain control characters (see _check_name)."""
    digest = hashlib.sha256()
    for path, file_digest in sorted(files):
        digest.update(f"{path}\t{file_digest}\n".encode())
    return digest.hexdigest()


def is_stray(name):
    """A file at the package's root other than h5p.json: H5P core ignores it, and so do we."""
    return "/" not in name and name != "h5p.json"


def _is_symlink(info):
    return stat.S_ISLNK(info.external_attr >> 16)


def _check_name(name):
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise H5PPackageError(f"Le paquet contient un chemin absolu (« {name[:80]} ») : il est refusé.")
    if "\\" in name:
        raise H5PPackageError(f"Le paquet contient un nom de fichier avec une barre oblique inverse (« {name[:80]} »).")
    if ".." in name.split("/"):
        raise H5PPackageError(f"Le paquet essaie d'écrire hors de son dossier (« {name[:80]} ») : il est refusé.")
    if "\0" in name or any(ord(char) < 32 for char in name):
        raise H5PPackageError("Le paquet contient un nom de fichier invalide.")


def _extension(name):
    return posixpath.splitext(name)[1].lower().lstrip(".")


def _check_kind(name):
    top = name.split("/", 1)[0]
    if "/" not in name:
        return  # h5p.json, or a stray file that is ignored
    extension = _extension(name)
    if top == "content":
        if extension not in CONTENT_EXTENSIONS:
            raise H5PPackageError(
                f"Type de fichier interdit dans content/ : « {name[:80]} ». Le contenu ne peut contenir que des "
                "images, des sons, des vidéos, des sous-titres, des polices et des données (pas de HTML, SVG ou JS)."
            )
    elif LIBRARY_FOLDER.match(top):
        if extension not in LIBRARY_EXTENSIONS:
            raise H5PPackageError(f"Type de fichier interdit dans la bibliothèque : « {name[:80]} ».")
    else:
        raise H5PPackageError(f"Dossier inattendu dans le paquet : « {top[:80]} ».")


def _read_json(archive, info, label):
    if info.file_size > MAX_JSON_BYTES:
        raise H5PPackageError(f"Le fichier {label} est trop gros.")
    data = _read_limited(archive, info, MAX_JSON_BYTES)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise H5PPackageError(f"Le fichier {label} n'est pas un JSON valide.") from None


def _read_limited(archive, info, limit):
    chunks, total = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK):
            total += len(chunk)
            if total > min(limit, info.file_size):
                raise H5PPackageError(_lying(info))
            chunks.append(chunk)
    return b"".join(chunks)


def _lying(info):
    return f"Le fichier « {info.filename[:80]} » est plus gros que ce que le paquet annonce : paquet refusé."


def _drain(archive, info, budget):
    """Decompress one entry without keeping it, stopping as soon as it exceeds what it declared; returns its
    size and the SHA-256 of its bytes."""
    total, digest = 0, hashlib.sha256()
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > info.file_size or total > budget:
                    raise H5PPackageError(_lying(info))
                digest.update(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error) as error:
        raise H5PPackageError(f"Le fichier « {info.filename[:80]} » est abîmé dans le paquet ({error}).") from None
    return total, digest.hexdigest()


def _open(fileobj):
    try:
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError):
        raise H5PPackageError("Ce fichier n'est pas un paquet H5P (une archive .h5p, au format zip).") from None


def validate(fileobj):
    """Check a package completely, writing nothing; returns PackageInfo or raises H5PPackageError."""
    archive = _open(fileobj)
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise H5PPackageError(f"Le paquet contient trop de fichiers ({len(entries)} ; maximum {MAX_ENTRIES}).")
        files = [info for info in entries if not info.is_dir() and not is_stray(info.filename)]
        ignored = [info.filename for info in entries if not info.is_dir() and is_stray(info.filename)]
        declared = 0
        for info in entries:
            _check_name(info.filename)
            if _is_symlink(info):
                raise H5PPackageError(f"Le paquet contient un lien symbolique (« {info.filename[:80]} ») : refusé.")
            if info.is_dir():
                continue
            _check_kind(info.filename)
            if info.flag_bits & 0x1:
                raise H5PPackageError("Le paquet contient des fichiers chiffrés : il ne peut pas être lu.")
            if info.file_size > MAX_FILE_BYTES:
                raise H5PPackageError(
                    f"Le fichier « {info.filename[:80]} » est trop gros ({info.file_size // 1_000_000} Mo ; "
                    f"maximum {MAX_FILE_BYTES // 1_000_000} Mo)."
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise H5PPackageError(
                    f"Le fichier « {info.filename[:80]} » est anormalement compressé (plus de {MAX_RATIO} fois) : "
                    "c'est peut-être une « bombe zip ». Paquet refusé."
                )
            declared += info.file_size
            if declared > MAX_TOTAL_BYTES:
                raise H5PPackageError(
                    f"Le paquet décompressé dépasserait {MAX_TOTAL_BYTES // 1_000_000} Mo : il est trop gros."
                )
        names = {info.filename: info for info in files}
        if "h5p.json" not in names:
            raise H5PPackageError("Le fichier h5p.json manque : ce n'est pas un paquet H5P.")
        manifest = _read_json(archive, names["h5p.json"], "h5p.json")
        if (
            not isinstance(manifest, dict)
            or not isinstance(manifest.get("title"), str)
            or not isinstance(manifest.get("mainLibrary"), str)
            or not isinstance(manifest.get("preloadedDependencies"), list)
        ):
            raise H5PPackageError(
                "Le fichier h5p.json est incomplet : il faut title, mainLibrary et preloadedDependencies."
            )
        if "content/content.json" not in names:
            raise H5PPackageError("Le fichier content/content.json manque : le paquet n'a pas de contenu.")
        _read_json(archive, names["content/content.json"], "content/content.json")
        libraries = []
        for folder in sorted({name.split("/", 1)[0] for name in names if LIBRARY_FOLDER.match(name.split("/", 1)[0])}):
            library_json = names.get(f"{folder}/library.json")
            if library_json is None:
                raise H5PPackageError(f"La bibliothèque « {folder} » n'a pas de library.json.")
            data = _read_json(archive, library_json, f"{folder}/library.json")
            try:
                libraries.append(
                    Library(
                        machine_name=str(data["machineName"]),
                        major=int(data["majorVersion"]),
                        minor=int(data["minorVersion"]),
                        patch=int(data.get("patchVersion", 0)),
                        folder=folder,
                    )
                )
            except (KeyError, TypeError, ValueError):
                raise H5PPackageError(f"Le fichier {folder}/library.json est incomplet.") from None
            library = libraries[-1]
            if folder != f"{library.machine_name}-{library.major}.{library.minor}":
                # As in H5P core: the folder says which library it is, and one folder per library.
                raise H5PPackageError(
                    f"Le dossier « {folder} » ne correspond pas à sa bibliothèque ({library}) : il devrait "
                    f"s'appeler « {library.machine_name}-{library.major}.{library.minor} »."
                )
        # Decompress everything once, without writing: sizes that lie are caught here, and each library
        # folder's content is hashed from the bytes themselves.
        total, library_files = 0, {library.folder: [] for library in libraries}
        for info in files:
            size, digest = _drain(archive, info, MAX_TOTAL_BYTES - total)
            total += size
            top, _slash, path = info.filename.partition("/")
            if top in library_files:
                library_files[top].append((path, digest))
        for library in libraries:
            library.content_hash = library_hash(library_files[library.folder])
        return PackageInfo(
            title=manifest["title"].strip()[:255] or "Activité H5P",
            main_library=manifest["mainLibrary"][:120],
            language=str(manifest.get("language", ""))[:16],
            files=len(files),
            size=total,
            libraries=libraries,
            ignored=ignored,
        )


def extract(fileobj, storage=None, info=None):
    """Validate (unless `info` says it was just done), then stream every file to storage under
    h5p/<uuid>/; returns (folder, PackageInfo). On any failure, what was written is deleted and the error
    is raised again.
    """
    storage = storage or default_storage
    if info is None:
        info = validate(fileobj)
    fileobj.seek(0)
    folder = f"{STORAGE_ROOT}/{uuid.uuid4().hex}"
    written = []
    try:
        with _open(fileobj) as archive:
            for entry in archive.infolist():
                if entry.is_dir() or is_stray(entry.filename):
                    continue
                with archive.open(entry) as handle:
                    name = storage.save(
                        f"{folder}/{entry.filename}", File(_Bounded(handle, entry), name=entry.filename)
                    )
                written.append(name)
    except BaseException:
        # The whole folder, not only the files finished: the one being written when the disk filled is there too
        # on a storage that does not write under a temporary name first.
        delete_folder(folder, storage, written)
        raise
    return folder, info


class _Bounded:
    """A file-like view of a zip entry that refuses to give more bytes than the entry declared."""

    def __init__(self, handle, entry):
        self.handle, self.entry, self.read_bytes = handle, entry, 0
        self.size = entry.file_size

    def read(self, size=-1):
        chunk = self.handle.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        self.read_bytes += len(chunk)
        if self.read_bytes > self.entry.file_size:
            raise H5PPackageError(_lying(self.entry))
        return chunk

    def seek(self, *args):
        return 0

    def tell(self):
        return self.read_bytes


def delete_folder(folder, storage=None, names=None):
    """Remove an extracted package from storage: `names`, and whatever else the folder holds."""
    storage = storage or default_storage
    names = set(names or [])
    with contextlib.suppress(NotImplementedError):  # a storage that cannot list
        names.update(_walk(storage, folder))
    for name in sorted(names):
        storage.delete(name)
    try:
        root = storage.path(folder)
    except NotImplementedError:  # object storage has no folders to leave behind
        return
    for directory, _subdirectories, _files in os.walk(root, topdown=False):
        with contextlib.suppress(OSError):  # not empty: something else is there
            os.rmdir(directory)


def _walk(storage, folder):
    try:
        directories, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for directory in directories:
        yield from _walk(storage, f"{folder}/{directory}")
