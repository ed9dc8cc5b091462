"""Pure processing: a file (or one page of it) in, a typed result out.

Nothing here touches the catalog, the object store or the search index; every
function takes frozen, picklable values, so any executor (in-process or a pool
of worker processes) can run it.
"""
