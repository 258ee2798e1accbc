/* Wagtail's picker marks the chosen day only when the browser's Date can read the field, which
   it cannot for 16.02.2023. Mark the day of a publication date typed that way, so the picker
   shows the article's own day. */
(function ($) {
  'use strict';
  if (!$) {
    return;
  }
  var DAY = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(\s|$)/;
  $(document).on('generate.xdsoft', '.xdsoft_datetimepicker', function () {
    var input = $(this).data('input');
    var day = input && input.is('[name="date"]') && DAY.exec(input.val());
    if (!day) {
      return;
    }
    $(this).find('.xdsoft_date')
      .filter('[data-date="' + Number(day[1]) + '"][data-month="' + (Number(day[2]) - 1) + '"]')
      .filter('[data-year="' + day[3] + '"]')
      .addClass('xdsoft_current');
  });
}(window.jQuery));
