// The API client of the page: the JWT lives in sessionStorage (this tab only) and goes out as a bearer credential.
const KEY = "assay.apiPage.jwt";

export class ApiError extends Error {
    constructor(status, problem) {
        super(describe(status, problem));
        this.status = status;
        this.problem = problem || {};
    }

    /** The problems of a problem-JSON answer: [{identifier, reason}]. */
    get problems() {
        return Array.isArray(this.problem.problems) ? this.problem.problems : [];
    }
}

function describe(status, problem) {
    const reasons = (problem && Array.isArray(problem.problems) ? problem.problems : [])
        .map((p) => (p.identifier ? p.identifier + ": " : "") + (p.reason || ""))
        .filter((text) => text.trim() !== "");
    const title = problem && problem.title ? problem.title : "Request failed (" + status + ")";
    return reasons.length ? title + " — " + reasons.join("; ") : title;
}

export const session = {
    get token() {
        return sessionStorage.getItem(KEY);
    },
    set token(value) {
        if (value) {
            sessionStorage.setItem(KEY, value);
        } else {
            sessionStorage.removeItem(KEY);
        }
    }
};

let onUnauthorized = () => {};

/** Called when a call answers 401: the session ended (expired JWT, deactivated user). */
export function whenUnauthorized(handler) {
    onUnauthorized = handler;
}

export async function call(method, path, body, {accept = "application/json", raw = false} = {}) {
    const headers = {"Accept": accept};
    if (session.token) {
        headers["Authorization"] = "Bearer " + session.token;
    }
    if (body !== undefined) {
        headers["Content-Type"] = "application/json";
    }
    const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
        cache: "no-store"
    });
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status === 401 && path.startsWith("/api/")) {
            onUnauthorized();
        }
        throw new ApiError(response.status, problem);
    }
    if (raw) {
        return response;
    }
    return response.status === 204 ? null : response.json();
}

export const get = (path) => call("GET", path);
export const post = (path, body) => call("POST", path, body === undefined ? {} : body);
export const put = (path, body) => call("PUT", path, body);
export const del = (path) => call("DELETE", path);

/** Every row of a query, page after page (100 a page, the API's limit). */
export async function queryAll(path, filter) {
    const rows = [];
    for (let page = 0; ; page++) {
        const answer = await post(path + "?page=" + page + "&size=100", filter || {});
        rows.push(...answer.content);
        if (answer.last || answer.content.length === 0) {
            return rows;
        }
    }
}

export async function signIn(email, password) {
    return call("POST", "/auth/token", {email, password});
}
