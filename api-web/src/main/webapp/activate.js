// The one-time secret is in the URL fragment (never sent to a server); POST it with the chosen password.
document.getElementById("activate").addEventListener("submit", async (event) => {
    event.preventDefault();
    const token = new URLSearchParams(window.location.hash.substring(1)).get("token");
    const password = document.getElementById("password").value;
    const result = document.getElementById("result");
    const response = await fetch("/auth/activate", {
        method: "POST",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify({token, password})
    });
    if (response.ok) {
        result.textContent = "Your password is set. You can now sign in.";
    } else {
        const problem = await response.json().catch(() => ({}));
        const reasons = (problem.problems || []).map((p) => p.reason).join("; ");
        result.textContent = "Activation failed: " + (reasons || response.statusText);
    }
});
