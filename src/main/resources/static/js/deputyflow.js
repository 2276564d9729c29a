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
  // the pages' policy allows no inline handlers: behaviours are named by data attributes instead
  // Enter in a search field marked data-enter-stays searches, it does not submit the form around it
  document.body.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.hasAttribute && event.target.hasAttribute('data-enter-stays')) {
      event.preventDefault();
    }
  });
  // a button marked data-removes="li" removes the closest such element, e.g. a chosen co-signer
  document.body.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-removes]') : null;
    if (button) {
      var item = button.closest(button.getAttribute('data-removes'));
      if (item) {
        item.remove();
      }
    }
  });
});
