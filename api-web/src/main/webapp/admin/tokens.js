// The API tokens screen: list (sort, filter), create with the permission matrix, the one-time secret, renew,
// disable, delete and the compromised-token runbook.
import {get, post, del, queryAll} from "./api.js";
import {$, el, openDialog, closeDialog, confirmAction, copyText, flash, formatTime, isoDate, endOfDay} from "./ui.js";
import {PERMISSIONS, parse, summary} from "./permissions.js";

const WARN_DAYS = 14;
const DAY = 24 * 3600 * 1000;
const state = {tokens: [], users: new Map(), limits: null, sort: {key: "name", dir: 1}};

export function initTokens() {
    $("#token-create").addEventListener("click", openCreate);
    $("#create-form").addEventListener("submit", (event) => {
        event.preventDefault();
        createToken();
    });
    $("#create-addresses").addEventListener("input", () => checkAddresses());
    $("#secret-copy").addEventListener("click", async () => {
        const copied = await copyText($("#secret-value"));
        $("#secret-copied").textContent = copied ? "Copied to the clipboard." : "Select the text and copy it by hand.";
    });
    $("#secret-dialog").addEventListener("close", () => {
        $("#secret-value").value = "";
        $("#secret-copied").textContent = "";
    });
    $("#renew-form").addEventListener("submit", (event) => {
        event.preventDefault();
        renew();
    });
    $("#runbook-run").addEventListener("click", runRunbook);
    $("#tokens-search").addEventListener("input", render);
    $("#tokens-status").addEventListener("change", render);
    $("#tokens-filter").addEventListener("submit", (event) => event.preventDefault());
    document.querySelectorAll("#tokens-table th[data-sort] button").forEach((button) => {
        button.addEventListener("click", () => {
            const key = button.parentElement.dataset.sort;
            state.sort = {key, dir: state.sort.key === key ? -state.sort.dir : 1};
            render();
        });
    });
    buildMatrix();
}

export async function showTokens() {
    const [tokens, users] = await Promise.all([
        queryAll("/api/v1/api-tokens/query", {}),
        queryAll("/api/v1/users/query", {serviceAccount: true})
    ]);
    state.tokens = tokens;
    state.users = new Map(users.map((user) => [user.id, user]));
    render();
}

/** Tokens for the audit screen's filter. */
export const knownTokens = () => state.tokens;

function status(token, now = Date.now()) {
    const expiry = Date.parse(token.expiry);
    const ends = token.endsAt ? Date.parse(token.endsAt) : Infinity;
    if (token.disabledAt) {
        return {key: "disabled", label: "Disabled"};
    }
    if (Math.min(expiry, ends) <= now) {
        return {key: "expired", label: token.renewedToId ? "Ended (renewed)" : "Expired"};
    }
    if (ends !== Infinity) {
        return {key: "ending", label: "Ending " + formatTime(token.endsAt)};
    }
    return {key: "active", label: "Active"};
}

function lastUse(token) {
    const user = state.users.get(token.userId);
    const logins = user && user.recentLogins ? [...user.recentLogins] : [];
    logins.sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    return logins[0] || null;
}

function sortValue(token, key) {
    switch (key) {
        case "expiry": return Date.parse(token.expiry);
        case "lastUsed": return lastUse(token) ? Date.parse(lastUse(token).timestamp) : 0;
        case "status": return status(token).key;
        default: return String(token[key] || "").toLowerCase();
    }
}

function render() {
    const search = $("#tokens-search").value.trim().toLowerCase();
    const wanted = $("#tokens-status").value;
    const {key, dir} = state.sort;
    const rows = state.tokens
        .filter((t) => !search || t.name.toLowerCase().includes(search) || t.partialToken.toLowerCase().includes(search))
        .filter((t) => !wanted || status(t).key === wanted)
        .sort((a, b) => {
            const x = sortValue(a, key);
            const y = sortValue(b, key);
            return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
    document.querySelectorAll("#tokens-table th[data-sort]").forEach((th) => {
        if (th.dataset.sort === key) {
            th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        } else {
            th.removeAttribute("aria-sort");
        }
    });
    const byId = new Map(state.tokens.map((t) => [t.id, t]));
    $("#tokens-table tbody").replaceChildren(...rows.map((t) => row(t, byId)));
    $("#tokens-empty").hidden = rows.length > 0;
    const soon = state.tokens.filter((t) => status(t).key === "active" && Date.parse(t.expiry) - Date.now() < WARN_DAYS * DAY);
    $("#tokens-expiring").hidden = soon.length === 0;
    $("#tokens-expiring").textContent = soon.length === 0 ? "" : soon.length + (soon.length === 1 ? " token expires" : " tokens expire")
        + " within " + WARN_DAYS + " days: " + soon.map((t) => t.name).join(", ") + ". Renew them before they stop working.";
}

function row(token, byId) {
    const st = status(token);
    const daysLeft = Math.ceil((Date.parse(token.expiry) - Date.now()) / DAY);
    const warn = st.key === "active" && daysLeft <= WARN_DAYS;
    const used = lastUse(token);
    const from = token.renewedFromId ? byId.get(token.renewedFromId) : null;
    const name = token.name;
    const action = (kind, text, cls) => el("button", {
        type: "button", className: cls || "secondary small", dataset: {action: kind, tokenId: token.id},
        "aria-label": text + " " + name, onclick: () => ACTIONS[kind](token)
    }, text);
    const live = st.key === "active" || st.key === "ending";
    return el("tr", {dataset: {tokenId: token.id, status: st.key}},
        el("th", {scope: "row"}, name),
        el("td", {}, el("code", {}, token.partialToken)),
        el("td", {title: token.permissions.join(", ")}, summary(token.permissions)),
        el("td", {className: warn ? "warn" : ""}, formatTime(token.expiry),
            warn ? el("span", {className: "badge warn"}, daysLeft <= 0 ? "today" : "in " + daysLeft + (daysLeft === 1 ? " day" : " days")) : null),
        el("td", {}, token.allowedAddresses.length ? token.allowedAddresses.join(", ") : "Any"),
        el("td", {}, used ? formatTime(used.timestamp) + " from " + used.ipAddress : "Never"),
        el("td", {}, el("span", {className: "badge " + st.key}, st.label)),
        el("td", {}, token.renewedFromId ? (from ? from.name + " " + from.partialToken : token.renewedFromId) : "—"),
        el("td", {}, el("div", {className: "row-actions"},
            !token.renewedToId ? action("renew", "Renew") : null,
            live ? action("disable", "Disable") : null,
            live && !token.renewedToId ? action("compromised", "Compromised…", "danger small") : null,
            action("delete", "Delete", "danger small")))
    );
}

const ACTIONS = {
    renew: openRenew,
    disable: (token) => confirmAction({
        title: "Disable token " + token.name + "?",
        text: "Its secret is refused from the next request on. The token stays listed; you can renew it later.",
        ok: "Disable",
        action: async () => {
            await post("/api/v1/api-tokens/" + token.id + "/disable", {});
            flash("Token " + token.name + " is disabled.");
            await showTokens();
        }
    }),
    delete: (token) => confirmAction({
        title: "Delete token " + token.name + "?",
        text: "Deleting is immediate and final: its secret is refused from now on. The audit log keeps its id and partial token.",
        ok: "Delete",
        action: async () => {
            await del("/api/v1/api-tokens/" + token.id);
            flash("Token " + token.name + " is deleted.");
            await showTokens();
        }
    }),
    compromised: (token) => {
        state.runbook = token;
        $("#runbook-name").textContent = token.name;
        openDialog($("#runbook-dialog"), $("#runbook-run"));
    }
};

async function limits() {
    state.limits = await get("/api/v1/api-tokens/limits");
    return state.limits;
}

function buildMatrix() {
    const resources = new Map();
    for (const permission of PERMISSIONS) {
        const {resource, action} = parse(permission);
        resources.set(resource, {...(resources.get(resource) || {}), [action]: permission});
    }
    const box = (permission, action) => permission
        ? el("label", {className: "check"}, el("input", {type: "checkbox", name: "permission", value: permission}),
            el("span", {className: "visually-hidden"}, permission), el("span", {"aria-hidden": "true"}, action === "read" || action === "write" || action === "delete" ? "" : action))
        : "";
    const rows = [...resources].sort(([a], [b]) => a.localeCompare(b)).map(([resource, actions]) => {
        const other = Object.keys(actions).find((a) => !["read", "write", "delete"].includes(a));
        return el("tr", {},
            el("th", {scope: "row"}, resource),
            el("td", {}, box(actions.read, "read")),
            el("td", {}, box(actions.write, "write")),
            el("td", {}, box(actions.delete, "delete")),
            el("td", {}, other ? box(actions[other], other) : ""));
    });
    $("#permission-matrix tbody").replaceChildren(...rows);
}

async function openCreate() {
    const form = $("#create-form");
    form.reset();
    $("#create-error").textContent = "";
    const bounds = await limits().catch((error) => {
        flash(error.message);
        return null;
    });
    if (!bounds) {
        return;
    }
    const tomorrow = new Date(Date.now() + DAY);
    const latest = new Date(bounds.latestExpiry);
    const expiry = $("#create-expiry");
    expiry.min = isoDate(tomorrow);
    expiry.max = isoDate(latest);
    const preset = new Date(Math.min(Date.now() + 90 * DAY, latest.getTime()));
    expiry.value = isoDate(preset);
    $("#create-expiry-hint").textContent = "Between " + expiry.min + " and " + expiry.max + " (the maximum lifetime).";
    openDialog($("#create-dialog"), $("#create-name"));
}

/** An ISO instant for the chosen day, never after the server's latest allowed expiry. */
function expiryInstant(value, latestIso) {
    const end = endOfDay(value);
    if (!latestIso) {
        return end;
    }
    const latest = Date.parse(latestIso) - 60 * 1000;
    return Date.parse(end) > latest ? new Date(latest).toISOString() : end;
}

export function addressProblem(address) {
    const [host, prefix, extra] = address.split("/");
    if (extra !== undefined) {
        return "has more than one '/'";
    }
    const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(host);
    let ipv6 = false;
    if (!ipv4 && host.includes(":") && /^[0-9a-fA-F:.]+$/.test(host)) {
        try {
            new URL("http://[" + host + "]/");
            ipv6 = true;
        } catch (ignored) {
            ipv6 = false;
        }
    }
    if (!ipv4 && !ipv6) {
        return "is not an IPv4 or IPv6 address";
    }
    if (prefix !== undefined) {
        const bits = Number(prefix);
        if (!/^\d{1,3}$/.test(prefix) || bits > (ipv4 ? 32 : 128)) {
            return "has a prefix length outside 0–" + (ipv4 ? 32 : 128);
        }
    }
    return null;
}

function addresses() {
    return $("#create-addresses").value.split(/[\s,]+/).map((a) => a.trim()).filter((a) => a !== "");
}

function checkAddresses() {
    const problems = addresses().map((a) => [a, addressProblem(a)]).filter(([, p]) => p);
    const text = problems.map(([a, p]) => a + " " + p).join("; ");
    $("#create-addresses-error").textContent = text;
    $("#create-addresses").setAttribute("aria-invalid", problems.length ? "true" : "false");
    return problems.length === 0;
}

const FIELD_ERRORS = {name: "#create-name-error", expiry: "#create-expiry-error", permissions: "#create-permissions-error",
    allowedAddresses: "#create-addresses-error"};

function showProblems(error, fields, fallback) {
    let shown = false;
    for (const problem of error.problems) {
        const key = Object.keys(fields).find((field) => (problem.identifier || "").startsWith(field));
        if (key) {
            $(fields[key]).textContent = problem.reason || error.message;
            shown = true;
        }
    }
    $(fallback).textContent = shown ? "" : error.message;
}

async function createToken() {
    document.querySelectorAll("#create-form .error").forEach((node) => { node.textContent = ""; });
    const name = $("#create-name").value.trim();
    const expiry = $("#create-expiry").value;
    const permissions = [...document.querySelectorAll("#permission-matrix input:checked")].map((box) => box.value);
    let valid = checkAddresses();
    if (!name) {
        $("#create-name-error").textContent = "Give the token a name.";
        valid = false;
    }
    if (!expiry || expiry < $("#create-expiry").min || expiry > $("#create-expiry").max) {
        $("#create-expiry-error").textContent = "Choose a day between " + $("#create-expiry").min + " and " + $("#create-expiry").max + ".";
        valid = false;
    }
    if (permissions.length === 0) {
        $("#create-permissions-error").textContent = "Choose at least one permission.";
        valid = false;
    }
    if (!valid) {
        const first = [...document.querySelectorAll("#create-form .error")].find((node) => node.textContent);
        const field = first && first.id === "create-permissions-error" ? $("#permission-matrix input")
            : first ? $("#" + first.id.replace("-error", "")) : null;
        if (field) {
            field.focus();
        }
        return;
    }
    const submit = $("#create-submit");
    submit.disabled = true;
    try {
        const created = await post("/api/v1/api-tokens", {
            name, expiry: expiryInstant(expiry, state.limits && state.limits.latestExpiry), permissions,
            allowedAddresses: addresses()
        });
        closeDialog($("#create-dialog"));
        showSecret(created);
        await showTokens();
    } catch (error) {
        showProblems(error, FIELD_ERRORS, "#create-error");
    } finally {
        submit.disabled = false;
    }
}

function showSecret(token) {
    $("#secret-name").textContent = token.name;
    $("#secret-value").value = token.token;
    openDialog($("#secret-dialog"), $("#secret-copy"));
}

async function openRenew(token) {
    state.renewing = token;
    $("#renew-form").reset();
    $("#renew-name").textContent = token.name;
    $("#renew-error").textContent = "";
    const bounds = await limits().catch(() => null);
    const expiry = $("#renew-expiry");
    expiry.min = isoDate(new Date(Date.now() + DAY));
    if (bounds) {
        expiry.max = isoDate(new Date(bounds.latestExpiry));
        const graceSeconds = parseDuration(bounds.maxGracePeriod);
        document.querySelectorAll("#renew-grace option").forEach((option) => {
            option.disabled = Number(option.value) > graceSeconds;
        });
    }
    openDialog($("#renew-dialog"), expiry);
}

/** Seconds of an ISO-8601 duration such as "PT168H" or "P7D". */
function parseDuration(text) {
    const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(text || "");
    if (!match) {
        return Infinity;
    }
    const [, d, h, m, s] = match.map((part) => Number(part || 0));
    return ((d * 24 + h) * 60 + m) * 60 + s;
}

async function renew() {
    const token = state.renewing;
    const body = {};
    const expiry = $("#renew-expiry").value;
    if (expiry) {
        body.expiry = expiryInstant(expiry, state.limits && state.limits.latestExpiry);
    }
    const grace = Number($("#renew-grace").value);
    if (grace > 0) {
        body.oldTokenEndsAt = new Date(Date.now() + grace * 1000).toISOString();
    }
    const submit = $("#renew-submit");
    submit.disabled = true;
    try {
        const renewed = await post("/api/v1/api-tokens/" + token.id + "/renew", body);
        closeDialog($("#renew-dialog"));
        flash("Token " + token.name + " is renewed; " + (grace > 0 ? "the old secret works until "
            + formatTime(body.oldTokenEndsAt) + "." : "the old secret no longer works."));
        showSecret(renewed);
        await showTokens();
    } catch (error) {
        showProblems(error, {expiry: "#renew-expiry-error"}, "#renew-error");
    } finally {
        submit.disabled = false;
    }
}

async function runRunbook() {
    const token = state.runbook;
    const button = $("#runbook-run");
    button.disabled = true;
    try {
        if (!token.disabledAt) {
            await post("/api/v1/api-tokens/" + token.id + "/disable", {});
        }
        const successor = await post("/api/v1/api-tokens/" + token.id + "/renew", {});
        closeDialog($("#runbook-dialog"));
        flash("Token " + token.name + " (" + token.partialToken + ") is disabled and re-issued as " + successor.partialToken + ".");
        showSecret(successor);
        await showTokens();
    } catch (error) {
        $("#runbook-error").textContent = error.message;
        await showTokens().catch(() => {});
    } finally {
        button.disabled = false;
    }
}
