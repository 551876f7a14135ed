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
