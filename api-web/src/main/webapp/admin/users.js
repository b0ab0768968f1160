// The users screen: list, invite (email + role, answered with an activation link), change role, deactivate and
// reactivate. API Token Users belong to their tokens: shown as such, never editable here.
import {post, put, queryAll} from "./api.js";
import {$, el, confirmAction, copyText, flash, formatTime} from "./ui.js";

export const ROLES = {
    ROLE_ADMIN: "App Admin",
    ROLE_ORGANIZATION_ADMIN: "Organization Admin",
    ROLE_USER_ADMIN: "User Admin",
    ROLE_USER: "User",
    ROLE_CLIENT: "Client",
    ROLE_MINDBRIDGE_SUPPORT: "MindBridge Support"
};

const state = {users: [], me: null};

export function initUsers(me) {
    state.me = me;
    const roleOptions = () => Object.entries(ROLES).map(([value, label]) => el("option", {value}, label));
    $("#invite-role").replaceChildren(...roleOptions());
    $("#invite-role").value = "ROLE_USER";
    $("#invite-form").addEventListener("submit", (event) => {
        event.preventDefault();
        invite();
    });
    $("#invite-copy").addEventListener("click", () => copyText($("#invite-link")));
}

export async function showUsers() {
    state.users = await queryAll("/api/v1/users/query", {});
    render();
}

export const knownUsers = () => state.users;

export function displayName(user) {
    const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
    return user.serviceAccount ? "(API) " + (name || user.email) : name;
}

function render() {
    const users = [...state.users].sort((a, b) => Number(a.serviceAccount) - Number(b.serviceAccount)
        || String(a.email).localeCompare(String(b.email)));
    $("#users-table tbody").replaceChildren(...users.map(row));
}

function statusOf(user) {
    if (!user.enabled) {
        return {key: "disabled", label: "Deactivated"};
    }
    return user.validated || user.serviceAccount ? {key: "active", label: "Active"} : {key: "ending", label: "Invited"};
}

function row(user) {
    const st = statusOf(user);
    const logins = [...(user.recentLogins || [])].sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    const last = logins[0];
    const self = state.me && state.me.id === user.id;
    let role;
    let actions;
    if (user.serviceAccount) {
        role = el("span", {className: "badge token-user"}, "API Token User");
        actions = el("span", {className: "hint"}, "Managed through its token");
    } else if (self) {
        role = ROLES[user.role] || user.role;
        actions = el("span", {className: "hint"}, "You");
    } else {
        const selectId = "role-" + user.id;
        const select = el("select", {id: selectId, dataset: {userId: user.id}},
            Object.entries(ROLES).map(([value, label]) => el("option", {value, selected: value === user.role}, label)));
        role = el("span", {}, el("label", {htmlFor: selectId, className: "visually-hidden"}, "Role of " + user.email), select);
        actions = el("span", {className: "row-actions"},
            el("button", {type: "button", className: "secondary small", dataset: {action: "role", userId: user.id},
                "aria-label": "Change the role of " + user.email, onclick: () => changeRole(user, select.value)}, "Change role"),
            el("button", {type: "button", className: user.enabled ? "danger small" : "secondary small",
                dataset: {action: user.enabled ? "deactivate" : "reactivate", userId: user.id},
                "aria-label": (user.enabled ? "Deactivate " : "Reactivate ") + user.email,
                onclick: () => setEnabled(user, !user.enabled)}, user.enabled ? "Deactivate" : "Reactivate"));
    }
    return el("tr", {dataset: {userId: user.id, serviceAccount: String(user.serviceAccount)}},
        el("th", {scope: "row"}, user.serviceAccount ? "—" : user.email),
        el("td", {}, displayName(user) || "—"),
        el("td", {}, role),
        el("td", {}, el("span", {className: "badge " + st.key}, st.label)),
        el("td", {}, last ? formatTime(last.timestamp) + " from " + last.ipAddress : "Never"),
        el("td", {}, actions));
}

function changeRole(user, role) {
    if (role === user.role) {
        flash(user.email + " already has the role " + (ROLES[role] || role) + ".");
        return;
    }
    confirmAction({
        title: "Change the role of " + user.email + "?",
        text: "From " + (ROLES[user.role] || user.role) + " to " + (ROLES[role] || role)
            + ". The new permissions apply from the user's next request.",
        ok: "Change role",
        action: async () => {
            await put("/api/v1/users/" + user.id, {version: user.version, role});
            flash(user.email + " is now " + (ROLES[role] || role) + ".");
            await showUsers();
        }
    });
}

function setEnabled(user, enabled) {
    confirmAction({
        title: (enabled ? "Reactivate " : "Deactivate ") + user.email + "?",
        text: enabled ? "The user can sign in again." : "The user's sign-in and current sessions are refused from the next request on.",
        ok: enabled ? "Reactivate" : "Deactivate",
        action: async () => {
            await put("/api/v1/users/" + user.id, {version: user.version, enabled});
            flash(user.email + (enabled ? " is active again." : " is deactivated."));
            await showUsers();
        }
    });
}

async function invite() {
    const email = $("#invite-email").value.trim();
    const error = $("#invite-email-error");
    error.textContent = "";
    if (!$("#invite-email").checkValidity() || !email) {
        error.textContent = "Enter a valid email address.";
        $("#invite-email").setAttribute("aria-invalid", "true");
        $("#invite-email").focus();
        return;
    }
    $("#invite-email").setAttribute("aria-invalid", "false");
    try {
        const user = await post("/api/v1/users", {email, role: $("#invite-role").value});
        $("#invite-result-email").textContent = user.email;
        $("#invite-link").value = user.activationLink;
        $("#invite-result").hidden = false;
        $("#invite-form").reset();
        $("#invite-role").value = "ROLE_USER";
        $("#invite-link").focus();
        await showUsers();
    } catch (failure) {
        error.textContent = failure.message;
        $("#invite-email").focus();
    }
}
