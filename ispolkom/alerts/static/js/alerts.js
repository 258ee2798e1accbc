/* Hides a banner without reloading the page. The form works without this script: the
   server sets the same cookie and sends the visitor back to the page. */
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches(".alert__hide")) { return; }
  event.preventDefault();
  fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                       redirect: "manual" })
    .then(function () {
      var banner = form.closest(".alert");
      if (banner) { banner.remove(); }
      var main = document.getElementById("content");
      if (main) { main.focus(); }
    })
    .catch(function () { form.submit(); });
});
