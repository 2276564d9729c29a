// Small behaviours shared by every page; each works without JavaScript too.
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests that change state carry the CSRF token of the page
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers[header.content] = token.content;
    });
  }
  // forms marked data-confirm ask before a destructive action
  document.body.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);
});
