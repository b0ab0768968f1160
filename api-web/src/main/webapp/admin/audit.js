// The audit log screen: filter by time, caller, token, route and status; page through; export the filtered
// records as CSV; check the hash chain.
import {call, get, post} from "./api.js";
import {$, el, formatTime} from "./ui.js";

const SIZE = 50;
const state = {page: 0, filter: {}, names: new Map(), tokens: new Map()};

export function initAudit() {
    $("#audit-filter").addEventListener("submit", (event) => {
        event.preventDefault();
        const filter = readFilter();
        if (filter) {
            state.filter = filter;
            state.page = 0;
            load();
        }
    });
    $("#audit-prev").addEventListener("click", () => {
        state.page = Math.max(0, state.page - 1);
        load();
    });
    $("#audit-next").addEventListener("click", () => {
        state.page += 1;
        load();
    });
    $("#audit-export").addEventListener("click", exportCsv);
    $("#audit-verify").addEventListener("click", verify);
}

/** Shows the screen with the known users and tokens as filter choices. */
export async function showAudit(users, tokens) {
    state.names = new Map(users.map((u) => [u.id, u.serviceAccount ? "(API) " + (u.firstName || u.email) : u.email]));
    state.tokens = new Map(tokens.map((t) => [t.id, t]));
    const keep = (select) => select.value;
    const caller = keep($("#audit-caller"));
    const token = keep($("#audit-token"));
    $("#audit-caller").replaceChildren(el("option", {value: ""}, "Anyone"),
        ...[...state.names].sort(([, a], [, b]) => a.localeCompare(b)).map(([id, name]) => el("option", {value: id}, name)));
    $("#audit-token").replaceChildren(el("option", {value: ""}, "Any or none"),
        ...tokens.map((t) => el("option", {value: t.id}, t.name + " (" + t.partialToken + ")")));
    $("#audit-caller").value = caller;
    $("#audit-token").value = token;
    await load();
}

function readFilter() {
    const clauses = [];
    const from = $("#audit-from").value;
    const to = $("#audit-to").value;
    if (from) {
        clauses.push({time: {"$gte": new Date(from).toISOString()}});
    }
    if (to) {
        clauses.push({time: {"$lte": new Date(to).toISOString()}});
    }
    if ($("#audit-caller").value) {
        clauses.push({userId: $("#audit-caller").value});
    }
    if ($("#audit-token").value) {
        clauses.push({tokenId: $("#audit-token").value});
    }
    const route = $("#audit-route").value.trim();
    if (route) {
        clauses.push({route: {"$isubstr": route}});
    }
    const status = $("#audit-status").value.trim().toLowerCase();
    const statusError = $("#audit-status-error");
    statusError.textContent = "";
    $("#audit-status").setAttribute("aria-invalid", "false");
    if (/^[1-5]\d\d$/.test(status)) {
        clauses.push({status: Number(status)});
    } else if (/^[1-5]xx$/.test(status)) {
        const low = Number(status[0]) * 100;
        clauses.push({status: {"$gte": low}}, {status: {"$lt": low + 100}});
    } else if (status) {
        statusError.textContent = "Enter a status such as 200, or a class such as 4xx.";
        $("#audit-status").setAttribute("aria-invalid", "true");
        $("#audit-status").focus();
        return null;
    }
    return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : {"$and": clauses};
}

async function load() {
    const answer = await post("/api/v1/audit-events/query?page=" + state.page + "&size=" + SIZE + "&sort=time,desc", state.filter);
    $("#audit-table tbody").replaceChildren(...answer.content.map(row));
    const pages = Math.max(1, answer.totalPages);
    $("#audit-page").textContent = "Page " + (state.page + 1) + " of " + pages + " (" + answer.totalElements
        + (answer.totalElements === 1 ? " record)" : " records)");
    $("#audit-prev").disabled = state.page === 0;
    $("#audit-next").disabled = answer.last || answer.content.length === 0;
}

function row(event) {
    const token = event.tokenId ? state.tokens.get(event.tokenId) : null;
    return el("tr", {dataset: {tokenId: event.tokenId || "", requestId: event.requestId || ""}},
        el("td", {}, formatTime(event.time)),
        el("td", {}, event.type),
        el("td", {}, event.userId ? state.names.get(event.userId) || event.userId : "—"),
        el("td", {}, event.partialToken ? el("code", {}, event.partialToken) : "—", token ? " " + token.name : ""),
        el("td", {}, event.method || "—"),
        el("td", {className: "route"}, event.route || "—"),
        el("td", {className: event.status >= 400 ? "warn" : ""}, event.status === null || event.status === undefined ? "—" : String(event.status)),
        el("td", {}, event.clientAddress || "—"),
        el("td", {}, event.latencyMillis === null || event.latencyMillis === undefined ? "—" : event.latencyMillis + " ms"));
}

async function exportCsv() {
    const status = $("#audit-export-status");
    const filter = readFilter();
    if (!filter) {
        return;
    }
    status.textContent = "Exporting…";
    try {
        const response = await call("POST", "/api/v1/audit-events/export", filter, {accept: "text/csv", raw: true});
        const text = await response.text();
        const records = Math.max(0, text.split("\n").filter((line) => line.trim() !== "").length - 1);
        const url = URL.createObjectURL(new Blob([text], {type: "text/csv"}));
        const link = el("a", {href: url, download: "audit-events.csv", className: "visually-hidden"}, "audit-events.csv");
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        status.dataset.records = String(records);
        status.textContent = "Exported " + records + (records === 1 ? " record" : " records") + " to audit-events.csv.";
    } catch (error) {
        status.textContent = "Export failed: " + error.message;
    }
}

async function verify() {
    const verdict = $("#audit-verdict");
    verdict.hidden = false;
    verdict.className = "verdict";
    verdict.textContent = "Checking the hash chain…";
    try {
        const answer = await get("/api/v1/audit-events/verify");
        verdict.dataset.intact = String(answer.intact);
        verdict.classList.add(answer.intact ? "ok" : "broken");
        verdict.textContent = answer.intact
            ? "The audit log is intact: " + answer.checked + " records checked, every hash and link matches."
            : "The audit log has been tampered with: the chain breaks at record " + answer.firstBrokenId
                + " (node " + answer.node + ", sequence " + answer.sequence + "): " + answer.reason + ".";
    } catch (error) {
        verdict.textContent = "The check failed: " + error.message;
    }
}
