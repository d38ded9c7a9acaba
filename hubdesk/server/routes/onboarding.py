"""The onboarding page (HTML, outside the API): ``/onboarding/<token>``.

Every outcome is a page for people: the form (again, with a message beside each field
that is not right), the finished account, or why the link leads nowhere (unknown, used,
expired, cancelled) — never an error trace.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from hubdesk.server import onboarding
from hubdesk.server.deps import DatabaseDep, SettingsDep

router = APIRouter(tags=["onboarding"], include_in_schema=False)
TEMPLATES = Environment(
    loader=PackageLoader("hubdesk.server", "templates"),
    autoescape=select_autoescape(default=True),
)
# A page without scripts, frames or foreign content.
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
GONE = {
    "unknown": ("Link not found", "This link is not valid. Check that it was copied whole.", 404),
    "used": (
        "Already set up",
        "This invitation has been used: the account is set up. Sign in with the hubdesk console.",
        410,
    ),
    "expired": (
        "Link expired",
        "This invitation has expired. Ask {hub} to send you a new one.",
        410,
    ),
    "closed": (
        "Link no longer valid",
        "This link no longer works: a newer invitation was sent, or the invitation was "
        "withdrawn. Ask {hub} if in doubt.",
        410,
    ),
}


def _page(status: int = 200, **values: Any) -> HTMLResponse:
    html = TEMPLATES.get_template("onboarding.html").render(**values)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _gone(link: onboarding.Link) -> HTMLResponse:
    title, message, status = GONE[link.state]
    hub = link.hub_name or "the organisation that invited you"
    return _page(status, page="gone", title=title, message=message.format(hub=hub))


def _form_page(link: onboarding.Link, form: dict[str, Any], errors: dict[str, str]) -> HTMLResponse:
    return _page(
        422 if errors else 200,
        page="form",
        title="Set up your account",
        invite=link.invite,
        hub_name=link.hub_name,
        form=form,
        errors=errors,
    )


@router.get("/onboarding/{token}", response_class=HTMLResponse)
async def show(token: str, db: DatabaseDep) -> HTMLResponse:
    link = await run_in_threadpool(onboarding.open_link, db, token[:200])
    if link.state != "open" or link.invite is None:
        return _gone(link)
    invite = link.invite
    sub_defaults = {"company_name": invite.company_name, "contact_name": invite.contact_name}
    return _form_page(link, sub_defaults, {})


@router.post("/onboarding/{token}", response_class=HTMLResponse)
async def finish(
    token: str, request: Request, db: DatabaseDep, settings: SettingsDep
) -> HTMLResponse:
    token = token[:200]
    raw = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    link = await run_in_threadpool(onboarding.open_link, db, token)
    if link.state != "open" or link.invite is None:
        return _gone(link)
    form, errors = onboarding.check(raw, new_person=not link.existing_person)
    if form is None:
        shown: dict[str, Any] = {k: v for k, v in raw.items() if not k.startswith("password")}
        shown["accept_terms"] = "accept_terms" not in errors and bool(raw.get("accept_terms"))
        return _form_page(link, shown, errors)
    done, person = await run_in_threadpool(onboarding.complete, db, token, form)
    if person is None:
        return _gone(done)
    server_url = (settings.public_url or str(request.base_url)).rstrip("/")
    return _page(
        page="done",
        title="Account ready",
        company=form.company_name,
        email=person.email,
        server_url=server_url,
        existing=link.existing_person,
    )
