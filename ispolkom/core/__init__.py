"""Foundation: what every page of a committee site stands on. Site identity, the base pages
(home, standard, HTML site map), navigation, dates, languages (languages.py), the public rule
(public.py), absolute URLs, every error handler (errors.py), freshness (freshness.py: content
generations and the memo of derived values) and the extension points features plug into
(features.py). Below it: content_safety, and ispolkom/framework.py (the private framework
APIs we lean on). It imports nothing else of ispolkom (docs/architecture.md)."""
