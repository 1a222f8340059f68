// Moves focus to a form's error summary so keyboard and screen-reader users hear what to fix.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});
