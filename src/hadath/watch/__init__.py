"""``hadath watch``: follow feeds, sitemaps and drop folders as they publish; alert on new events.

Modules: :mod:`config` (the sources file), :mod:`fetch` (polite HTTP: conditional GET, robots.txt,
per-host limits, time and size caps), :mod:`sources` (items from feeds, sitemaps and folders),
:mod:`state` (watch state in the store), :mod:`rules` and :mod:`actions` (alerts), :mod:`runner`
(the loop). Nothing is imported here: ``import hadath.watch`` does no work.
"""
