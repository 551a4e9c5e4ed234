// The demo careers page's own script: it shows what the quiz's result event carried.
document.addEventListener("careerquiz:result", (e) => {
  const out = document.getElementById("shared");
  out.textContent = "Top matches shared by the student: " +
    e.detail.roles.map((r) => `${r.title} (${r.fit}%)`).join(", ") +
    `; confidence ${e.detail.confidence}.`;
});
