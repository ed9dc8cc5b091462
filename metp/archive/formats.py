"""Names of output formats, kept apart from the modules that write them so the CLI can list them in its
options (and `metp --help`) without importing the writers (bagit, XML, the archive)."""

EXPORT_FORMATS = ("csv", "jsonl", "dc-xml", "bagit", "alto", "iiif")
FOLDER_FORMATS = ("bagit", "alto", "iiif")  # written as a new folder, renamed into place when complete
PACK_FORMATS = ("md", "html")
