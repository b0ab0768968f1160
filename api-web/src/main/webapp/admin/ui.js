// Small DOM helpers shared by the screens: element building, dialogs (focus in, Escape, focus back), messages.

export const $ = (selector, root = document) => root.querySelector(selector);

/** Builds an element: el("td", {className: "x"}, "text", child, ...). */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key === "dataset") {
            Object.assign(node.dataset, value);
        } else if (key.startsWith("on")) {
            node.addEventListener(key.substring(2), value);
        } else if (key in node && key !== "list") {
            node[key] = value;
        } else {
            node.setAttribute(key, value === true ? "" : value);
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            node.append(child instanceof Node ? child : String(child));
        }
    }
    return node;
}

const openers = new Map();

/** Opens a modal dialog, focusing its first field; closing it (button, Escape) returns focus to the opener. */
export function openDialog(dialog, focus) {
    openers.set(dialog, document.activeElement);
    dialog.querySelectorAll(".error").forEach((node) => { node.textContent = ""; });
    dialog.showModal();
    const target = focus || dialog.querySelector("input:not([readonly]), select, textarea, button");
    if (target) {
        target.focus();
    }
}

export function closeDialog(dialog) {
    if (dialog.open) {
        dialog.close();
    }
}

/** Wires every dialog once: [data-close] buttons close it; closing restores focus. */
export function wireDialogs() {
    document.querySelectorAll("dialog").forEach((dialog) => {
        dialog.querySelectorAll("[data-close]").forEach((button) => button.addEventListener("click", () => closeDialog(dialog)));
        dialog.addEventListener("close", () => {
            const opener = openers.get(dialog);
            openers.delete(dialog);
            if (opener && document.contains(opener) && typeof opener.focus === "function") {
                opener.focus();
            } else {
                $("#main").focus();
            }
        });
    });
}

/** Asks for confirmation; runs action on OK and closes on success, showing its error inline otherwise. */
export function confirmAction({title, text, ok, action}) {
    const dialog = $("#confirm-dialog");
    $("#confirm-title").textContent = title;
    $("#confirm-text").textContent = text;
    const button = $("#confirm-ok");
    button.textContent = ok;
    button.disabled = false;
    button.onclick = async () => {
        button.disabled = true;
        try {
            await action();
            closeDialog(dialog);
        } catch (error) {
            $("#confirm-error").textContent = error.message;
            button.disabled = false;
        }
    };
    openDialog(dialog, $("#confirm-cancel"));
}

export function flash(text) {
    const node = $("#flash");
    node.textContent = text;
    node.hidden = !text;
}

/** Copies text to the clipboard, falling back to selecting the field and execCommand where the API is missing. */
export async function copyText(input) {
    try {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(input.value);
            return true;
        }
    } catch (ignored) {
        // Permission refused: fall back below.
    }
    input.focus();
    input.select();
    try {
        return document.execCommand("copy");
    } catch (ignored) {
        return false;
    }
}

export function formatTime(iso) {
    if (!iso) {
        return "—";
    }
    const date = new Date(iso);
    return date.toLocaleString(undefined, {year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit"});
}

export function isoDate(date) {
    const pad = (n) => String(n).padStart(2, "0");
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
}

/** The end of the given local day (yyyy-mm-dd) as an ISO instant with offset. */
export function endOfDay(value) {
    const [y, m, d] = value.split("-").map(Number);
    return new Date(y, m - 1, d, 23, 59, 0).toISOString();
}
