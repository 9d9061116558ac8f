"""The search page (/): query box, ranked hits with snippets, facets, chips, sort and pages."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from werkzeug.datastructures import MultiDict

from indexer.export import EXPORT_MAX
from indexer.search import run_search

from .. import get_searcher
from .archive import home_data
from ..params import (appeal_toggle, chips, describe, follow_links, problems, facet_views, pages, sort_links, state_from, to_request,
                      url_for_state)

bp = Blueprint("search", __name__)


@bp.get("/")
def index():
    """Render the search page for the query and filters in the URL."""
    state = state_from(request.args)
    wrong = problems(request.args)
    searching = bool(state) or bool(wrong)  # a parameter that could not be used is said, not silently dropped
    result = run_search(get_searcher(), to_request(state)) if searching else None
    return render_template(
        "search/index.html",
        home=None if searching else home_data(),
        state=state,
        result=result,
        facets=facet_views(result, state) if result else [],
        chips=chips(state),
        pages=pages(result, state) if result else None,
        sorts=sort_links(state),
        clear_url=url_for_state(MultiDict({"q": state["q"]} if state.get("q") else {})),
        suggestion_url=url_for_state(state, q=result.suggestion) if result and result.suggestion else None,
        as_typed_url=url_for_state(state, as_typed="1") if result and result.searched else None,
        year_from=state.get("year_from", ""),
        year_to=state.get("year_to", ""),
        appeal=appeal_toggle(state),
        problems=wrong,
        follow=follow_links(state),
        feed_title=describe(state),
        export_max=EXPORT_MAX,
    )
