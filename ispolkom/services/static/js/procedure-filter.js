/* The catalogue's filter as the visitor types. Without this script the form is an ordinary
   GET form (?q=), and Enter still submits it: a number such as 1.1.5 opens the procedure.
   The rules are the server's (services.models.query_words): case and ё folded, each word cut
   to its stem by the endings the template gives, every stem found in "number title".
   Every visible word comes from the template's data attributes. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-live-filter]');
  var list = document.querySelector('.procedure-list');
  var count = form && form.querySelector('[data-live-count]');
  if (!form || !list || !count) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var endings = (form.getAttribute('data-stem-endings') || '').split(' ').filter(Boolean);
  var minStem = Number(form.getAttribute('data-min-stem')) || 3;
  var limit = Number(input.getAttribute('maxlength')) || 200;
  var found = document.querySelector('.procedures__found');
  var items = Array.prototype.map.call(list.querySelectorAll('li'), function (item) {
    return {element: item, text: fold(item.textContent)};
  });
  var announcing = null;

  function fold(text) {
    return text.toLowerCase().replace(/ё/g, 'е');
  }

  function stem(word) {
    for (var i = 0; i < endings.length; i += 1) {
      var ending = endings[i];
      if (word.slice(-ending.length) === ending && word.length - ending.length >= minStem) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }

  function filter() {
    var words = fold(input.value.slice(0, limit)).split(/\s+/).filter(Boolean).map(stem);
    var shown = 0;
    items.forEach(function (item) {
      var matches = words.every(function (word) { return item.text.indexOf(word) !== -1; });
      item.element.hidden = !matches;
      shown += matches ? 1 : 0;
    });
    if (found) {
      found.hidden = true;  // the server's count was for the submitted words
    }
    // Announced once the visitor pauses, not at every key.
    window.clearTimeout(announcing);
    announcing = window.setTimeout(function () {
      count.textContent = words.length
        ? count.getAttribute('data-text').replace('%(count)s', String(shown)) : '';
    }, 400);
  }

  input.addEventListener('input', filter);
}());
