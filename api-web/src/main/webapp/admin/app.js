// The API page: sign-in (embedded issuer or an identity provider's JWT), the App Admin check, and the screens.
import {get, session, signIn, whenUnauthorized} from "./api.js";
import {$, flash, wireDialogs} from "./ui.js";
import {initTokens, showTokens, knownTokens} from "./tokens.js";
import {initUsers, showUsers, knownUsers} from "./users.js";
import {initAudit, showAudit} from "./audit.js";

const VIEWS = ["signin", "denied", "tokens", "users", "audit"];
const SCREENS = {
    tokens: showTokens,
    users: showUsers,
    audit: async () => {
        await Promise.all([showUsers(), showTokens()]);
        await showAudit(knownUsers(), knownTokens());
    }
};
let me = null;
let initialised = false;

function show(view) {
    for (const name of VIEWS) {
        $("#view-" + name).hidden = name !== view;
    }
    const signedIn = view !== "signin";
    $("#who").hidden = !signedIn;
    $("#nav").hidden = !(view in SCREENS);
    document.querySelectorAll("#nav a[href^='#']").forEach((link) => {
        if (link.getAttribute("href") === "#" + view) {
            link.setAttribute("aria-current", "page");
        } else {
            link.removeAttribute("aria-current");
        }
    });
    const heading = $("#view-" + view + " h1");
    heading.tabIndex = -1;
    heading.focus();
}

async function route() {
    if (!session.token) {
        show("signin");
        return;
    }
    if (!me) {
        try {
            me = await get("/api/v1/users/current");
        } catch (error) {
            session.token = null;
            show("signin");
            $("#signin-error").textContent = error.status === 401 ? "Your session has ended. Sign in again." : error.message;
            return;
        }
    }
    $("#who-email").textContent = me.email;
    if (me.role !== "ROLE_ADMIN" || me.serviceAccount) {
        $("#denied-who").textContent = me.email || "this account";
        show("denied");
        return;
    }
    if (!initialised) {
        initTokens();
        initUsers(me);
        initAudit();
        initialised = true;
    }
    const view = (location.hash || "#tokens").substring(1);
    const screen = view in SCREENS ? view : "tokens";
    show(screen);
    try {
        await SCREENS[screen]();
    } catch (error) {
        if (error.status === 403) {
            show("denied");
        } else {
            flash(error.message);
        }
    }
}

function signOut() {
    session.token = null;
    me = null;
    flash("");
    $("#signin-form").reset();
    show("signin");
}

async function submitSignIn(event) {
    event.preventDefault();
    const error = $("#signin-error");
    error.textContent = "";
    const email = $("#signin-email").value.trim();
    const password = $("#signin-password").value;
    if (!email || !password) {
        error.textContent = "Enter your email and password.";
        (email ? $("#signin-password") : $("#signin-email")).focus();
        return;
    }
    $("#signin-submit").disabled = true;
    try {
        const answer = await signIn(email, password);
        session.token = answer.access_token;
        $("#signin-password").value = "";
        me = null;
        await route();
    } catch (failure) {
        error.textContent = failure.status === 401 ? "Sign-in refused: wrong email or password, or the account is deactivated."
            : failure.message;
        $("#signin-password").focus();
    } finally {
        $("#signin-submit").disabled = false;
    }
}

async function submitJwt(event) {
    event.preventDefault();
    const value = $("#jwt-value").value.trim();
    if (value.split(".").length !== 3) {
        $("#jwt-error").textContent = "A JWT has three parts separated by dots.";
        return;
    }
    session.token = value;
    me = null;
    $("#jwt-value").value = "";
    await route();
}

document.addEventListener("DOMContentLoaded", () => {
    wireDialogs();
    whenUnauthorized(() => {
        session.token = null;
        me = null;
        show("signin");
        $("#signin-error").textContent = "Your session has ended or your account was deactivated. Sign in again.";
    });
    $("#signin-form").addEventListener("submit", submitSignIn);
    $("#jwt-form").addEventListener("submit", submitJwt);
    $("#sign-out").addEventListener("click", signOut);
    $("#denied-sign-out").addEventListener("click", signOut);
    window.addEventListener("hashchange", () => {
        flash("");
        route();
    });
    route();
});
