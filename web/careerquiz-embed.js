// careerquiz-embed.js puts the career quiz on another site's page, in a frame that sizes
// itself to the quiz. A page includes it with one tag, where the quiz should appear:
//
//   <script src="https://QUIZ-ADDRESS/web/careerquiz-embed.js" data-heading="Find your career"
//     data-accent="#0b6e4f" data-roles="data-scientist,software-engineer" async></script>
//
// Options, each a data- attribute (all optional; the quiz checks them and ignores an invalid
// one with a console warning):
//   data-accent        the accent colour, #rgb or #rrggbb, used where it keeps 4.5:1 contrast
//   data-heading       the line above the quiz, up to 80 characters, shown as plain text
//   data-roles         role ids separated by commas: the quiz considers only these (two or more)
//   data-results       "frame" (the default) shows the results in the frame; "full" opens them
//                      in the full quiz in a new tab
//   data-result-event  "true": offer the student to share their top matches with this page.
//                      Only if they press "Share my top matches with this page" does the
//                      frame's element fire a "careerquiz:result" event, which bubbles, with
//                      detail {roles: [{id, title, fit}], confidence}: fit is the percentage
//                      shown, confidence "low", "medium" or "high". Nothing else is sent.
//
// The frame posts its height to this page's origin only, and this script accepts messages
// only from the frame it made, at the quiz's origin. Written for the project, no library.
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !script.src) {
    console.warn("career quiz: load careerquiz-embed.js with a classic <script src> tag, not as a module");
    return;
  }
  const options = ["accent", "heading", "roles", "results", "result-event"];
  const src = new URL("../embed", script.src);
  const quizOrigin = src.origin;
  for (const attr of Array.from(script.attributes)) {
    if (!attr.name.startsWith("data-")) continue;
    const name = attr.name.slice(5);
    if (options.includes(name)) {
      src.searchParams.set(name, attr.value);
    } else {
      console.warn(`career quiz: unknown option data-${name} ignored (known: ${options.map((o) => "data-" + o).join(", ")})`);
    }
  }
  const wantsResult = ["", "true", "1", "yes", "on"].includes((script.getAttribute("data-result-event") ?? "false").toLowerCase());
  src.searchParams.set("host", location.origin);

  const frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = "Career quiz";
  frame.className = "careerquiz-frame";
  // What the quiz needs: scripts and its own storage, forms, the full quiz in a new tab
  // (not sandboxed itself), printing and downloading the results, and copying a link.
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups " +
    "allow-popups-to-escape-sandbox allow-modals allow-downloads");
  frame.setAttribute("allow", "clipboard-write");
  // Set through the DOM, so a page whose policy forbids inline styles still sizes the frame.
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.height = "40rem"; // until the quiz says how tall it is
  script.after(frame);

  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || event.origin !== quizOrigin) return;
    const data = event.data;
    if (!data || typeof data !== "object") return;
    if (data.type === "careerquiz:height") {
      const h = Number(data.height);
      if (!Number.isFinite(h) || h <= 0 || h > 100000) return;
      frame.style.height = Math.ceil(h) + "px";
      event.source.postMessage({ type: "careerquiz:sized" }, quizOrigin);
    } else if (data.type === "careerquiz:result" && wantsResult && Array.isArray(data.roles)) {
      const roles = data.roles.slice(0, 10).filter((r) => r && typeof r.id === "string" &&
        typeof r.title === "string" && Number.isFinite(r.fit)).map((r) => ({ id: r.id, title: r.title, fit: r.fit }));
      const confidence = ["low", "medium", "high"].includes(data.confidence) ? data.confidence : "low";
      frame.dispatchEvent(new CustomEvent("careerquiz:result", { bubbles: true, detail: { roles, confidence } }));
    }
  });
})();
