// Parcours — what JavaScript adds to pages that already work without it.
(function () {
  "use strict";
  // The error summary takes the focus, so that a screen reader announces it and the keyboard starts there.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("erreurs");
    if (summary) summary.focus();
    // « Copier » buttons copy the text of the field they point at.
    document.querySelectorAll("[data-copier]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var field = document.getElementById(button.getAttribute("data-copier"));
        if (!field) return;
        field.select();
        var done = function () {
          var status = document.getElementById(button.getAttribute("data-statut"));
          if (status) status.textContent = "Adresse copiée dans le presse-papiers.";
        };
        if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
        else { document.execCommand("copy"); done(); }
      });
    });
  });
})();
// An attendance line saved in place says so to screen readers, through the page's status region
// (the line itself is replaced, so it is looked up again by its id).
document.addEventListener("htmx:afterSwap", function (event) {
  var status = document.getElementById("emargement-statut");
  var swapped = event.detail && event.detail.elt;
  var line = swapped && swapped.id ? document.getElementById(swapped.id) : null;
  var said = line && line.getAttribute("data-annonce");
  if (status && said) status.textContent = said;
});
