// Joint record: keeps what is typed in this browser tab (sessionStorage) until the server has it, so an
// expired session, a lost connection or a closed login does not lose a long text written in a meeting.
// When the page comes back with an older server draft than the text typed here, the text is restored and
// the person is told so. A successful save clears the copy. Works only as an extra: the form posts without it.
(() => {
  const form = document.querySelector("form[data-record-draft]");
  if (!form || !("sessionStorage" in window)) return;
  const key = "perhekeskus.record-draft." + form.dataset.recordId;
  const serverVersion = Number(form.dataset.serverVersion || "0");
  const skip = new Set(["_csrf", "version"]);
  const fields = () => Array.from(form.elements).filter((e) => e.name && !skip.has(e.name) && e.type !== "submit");
  const values = () => {
    const out = {};
    fields().forEach((e) => { out[e.name] = e.type === "checkbox" ? e.checked : e.value; });
    return out;
  };
  const store = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify({ version: serverVersion, savedAt: Date.now(), values: values() }));
    } catch (e) { /* storage full or blocked: the form still posts */ }
  };

  if (form.dataset.saved === "true") sessionStorage.removeItem(key);
  const stored = JSON.parse(sessionStorage.getItem(key) || "null");
  if (stored && stored.version >= serverVersion) {
    const now = values();
    const differs = Object.keys(stored.values).some((name) => name in now && now[name] !== stored.values[name]);
    if (differs) {
      fields().forEach((e) => {
        if (!(e.name in stored.values)) return;
        if (e.type === "checkbox") e.checked = stored.values[e.name];
        else e.value = stored.values[e.name];
      });
      const notice = document.getElementById("record-restored");
      if (notice) notice.hidden = false;
    }
  } else if (stored) {
    sessionStorage.removeItem(key); // an older copy than what the server has now
  }
  form.addEventListener("input", store);
  form.addEventListener("change", store);
})();
