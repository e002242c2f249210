"""The knowledge base's code: data loaders (sitedata), the checks MkDocs runs
(sitecheck), the draft self-check (selfcheck), Word and text downloads
(docx_export), and delivery helpers for tests and benchmarks."""
