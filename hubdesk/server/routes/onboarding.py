"""The pages for people (HTML, outside the API): ``/onboarding/<token>`` (an invited
company sets itself up) and ``/welcome/<token>`` (a person added to an organisation
chooses a first password).

Every outcome is a page for people: the form (again, with a message beside each field
that is not right), the finished account, or why the link leads nowhere (unknown, used,
expired, cancelled) — never an error trace.
"""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from hubdesk.server import i18n, onboarding, welcome
from hubdesk.server.deps import DatabaseDep, SettingsDep
from hubdesk.server.i18n import N_

router = APIRouter(tags=["onboarding"], include_in_schema=False)


@functools.cache
def templates(language: str) -> Environment:
    """The page's templates speaking ``language`` (one environment per language)."""
    env = Environment(
        loader=PackageLoader("hubdesk.server", "templates"),
        autoescape=select_autoescape(default=True),
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


# A page without scripts, frames or foreign content.
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# Why a link leads nowhere: a title, a sentence ({hub}: who invited) and the HTTP status.
GONE = {
    "unknown": (
        N_("Link not found"),
        N_("This link is not valid. Check that it was copied whole."),
        404,
    ),
    "used": (
        N_("Already set up"),
        N_(
            "This invitation has been used: the account is set up. "
            "Sign in with the hubdesk console."
        ),
        410,
    ),
    "expired": (
        N_("Link expired"),
        N_("This invitation has expired. Ask {hub} to send you a new one."),
        410,
    ),
    "closed": (
        N_("Link no longer valid"),
        N_(
            "This link no longer works: a newer invitation was sent, or the invitation was "
            "withdrawn. Ask {hub} if in doubt."
        ),
        410,
    ),
}


def _page(language: str, status: int = 200, **values: Any) -> HTMLResponse:
    template = templates(language).get_template("onboarding.html")
    html = template.render(lang=language, **values)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _language(request: Request, link: onboarding.Link) -> str:
    return i18n.negotiate(request.headers.get("accept-language"), link.hub_locale)


def _gone_page(language: str, why: tuple[str, str, int], hub_name: str) -> HTMLResponse:
    """Why a link leads nowhere (``why``: a title, a sentence and the HTTP status)."""
    _ = i18n.translations(language).gettext
    title, message, status = why
    hub = hub_name or _("the organisation that invited you")
    return _page(language, status, page="gone", title=_(title), message=_(message).format(hub=hub))


def _gone(request: Request, link: onboarding.Link) -> HTMLResponse:
    return _gone_page(_language(request, link), GONE[link.state], link.hub_name)


def _form_page(
    request: Request, link: onboarding.Link, form: dict[str, Any], errors: dict[str, str]
) -> HTMLResponse:
    language = _language(request, link)
    _ = i18n.translations(language).gettext
    return _page(
        language,
        422 if errors else 200,
        page="form",
        title=_("Set up your account"),
        invite=link.invite,
        hub_name=link.hub_name,
        form=form,
        errors={name: onboarding.say(message, language) for name, message in errors.items()},
    )


@router.get("/onboarding/{token}", response_class=HTMLResponse)
async def show(token: str, request: Request, db: DatabaseDep) -> HTMLResponse:
    link = await run_in_threadpool(onboarding.open_link, db, token[:200])
    if link.state != "open" or link.invite is None:
        return _gone(request, link)
    invite = link.invite
    sub_defaults = {"company_name": invite.company_name, "contact_name": invite.contact_name}
    return _form_page(request, link, sub_defaults, {})


@router.post("/onboarding/{token}", response_class=HTMLResponse)
async def finish(
    token: str, request: Request, db: DatabaseDep, settings: SettingsDep
) -> HTMLResponse:
    token = token[:200]
    raw = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    link = await run_in_threadpool(onboarding.open_link, db, token)
    if link.state != "open" or link.invite is None:
        return _gone(request, link)
    form, errors = onboarding.check(raw, new_person=not link.existing_person)
    if form is None:
        shown: dict[str, Any] = {k: v for k, v in raw.items() if not k.startswith("password")}
        shown["accept_terms"] = "accept_terms" not in errors and bool(raw.get("accept_terms"))
        return _form_page(request, link, shown, errors)
    done, person = await run_in_threadpool(onboarding.complete, db, token, form)
    if person is None:
        return _gone(request, done)
    server_url = (settings.public_url or str(request.base_url)).rstrip("/")
    language = _language(request, link)
    return _page(
        language,
        page="done",
        title=i18n.translations(language).gettext("Account ready"),
        company=form.company_name,
        email=person.email,
        server_url=server_url,
        existing=link.existing_person,
    )


# -- welcome links: a person added to an organisation chooses a first password ----------------

WELCOME_GONE = {
    "unknown": GONE["unknown"],
    "used": (
        N_("Password already chosen"),
        N_("Your password is set. Sign in with the hubdesk console."),
        410,
    ),
    "expired": (
        N_("Link expired"),
        N_("This link has expired. Ask {hub} to add you again."),
        410,
    ),
    "closed": (
        N_("Link no longer valid"),
        N_("This link no longer works: a newer one was sent. Use the newest mail."),
        410,
    ),
}


def _welcome_language(request: Request, link: welcome.Link) -> str:
    return i18n.negotiate(request.headers.get("accept-language"), link.locale)


def _welcome_gone(request: Request, link: welcome.Link) -> HTMLResponse:
    return _gone_page(_welcome_language(request, link), WELCOME_GONE[link.state], link.org_name)


def _welcome_form(request: Request, link: welcome.Link, errors: dict[str, str]) -> HTMLResponse:
    language = _welcome_language(request, link)
    _ = i18n.translations(language).gettext
    return _page(
        language,
        422 if errors else 200,
        page="welcome",
        title=_("Choose your password"),
        link=link,
        errors={name: onboarding.say(message, language) for name, message in errors.items()},
    )


@router.get("/welcome/{token}", response_class=HTMLResponse)
async def welcome_page(token: str, request: Request, db: DatabaseDep) -> HTMLResponse:
    link = await run_in_threadpool(welcome.open_link, db, token[:200])
    if link.state != "open":
        return _welcome_gone(request, link)
    return _welcome_form(request, link, {})


@router.post("/welcome/{token}", response_class=HTMLResponse)
async def welcome_done(
    token: str, request: Request, db: DatabaseDep, settings: SettingsDep
) -> HTMLResponse:
    token = token[:200]
    raw = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
    link = await run_in_threadpool(welcome.open_link, db, token)
    if link.state != "open":
        return _welcome_gone(request, link)
    password = raw.get("password", "")[:200]
    errors = welcome.check(password, raw.get("password_again", "")[:200])
    if errors:
        return _welcome_form(request, link, errors)
    done = await run_in_threadpool(welcome.complete, db, token, password)
    if done.state != "open":
        return _welcome_gone(request, done)
    language = _welcome_language(request, link)
    return _page(
        language,
        page="welcomed",
        title=i18n.translations(language).gettext("Account ready"),
        org=link.org_name,
        email=link.email,
        server_url=(settings.public_url or str(request.base_url)).rstrip("/"),
    )
