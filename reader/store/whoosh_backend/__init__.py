"""The search backend: everything that knows Whoosh, its index format and its private internals.

The rest of the library sees this interface: :class:`Index` (open, check, write in batches, a searcher per
version), :func:`analyse` (an article's postings, in the import's worker processes), :func:`analyse_query` and
:func:`rank` (a query string to Whoosh queries, scored with Whoosh's BM25F over whole posting lists), masks
over the index's documents, snippets and did-you-mean. Whoosh is pinned to one version (see ``pyproject.toml``):
the writer and the scoring read and write its posting format directly.

The modules are imported one by one (nothing here imports them): writing the index needs neither numpy nor
the query parser, which a start-up that never searches should not load.

- ``schema``: the fields and analyzers, the index's file names and version.
- ``postings``: :func:`analyse` and :func:`document`, an article's postings in one pass.
- ``index``: :class:`Index` and :class:`Batch`, the segment writer and the merge policy.
- ``scoring``: :class:`Engine`, BM25F over whole posting lists; masks over documents.
- ``query``: :func:`analyse_query`, :func:`rank`, the terms a snippet marks.
- ``highlight``: snippets.
- ``suggest``: did-you-mean.
- ``vocabulary``: each segment's words of the language fields, saved beside the index for did-you-mean.
"""
