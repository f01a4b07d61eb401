// Date fields typed day/month/year whatever the browser's language, with a calendar to pick
// from. The server reads what is typed by the same rule (kernel.Dates) and says next to the
// field why a text is not a date; this script only tidies a date it reads (15062024 →
// 15/06/2024) and never turns a text it cannot read into another day.
(function () {
  'use strict';
  var fields = document.querySelectorAll('input.date-input[data-date-picker]');
  if (fields.length === 0) {
    return;
  }
  var language = document.documentElement.lang || 'vi';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function lengthOf(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  function day(year, month, date) {
    if (year < 1900 || month < 1 || month > 12 || date < 1 || date > lengthOf(year, month)) {
      return null;
    }
    return { year: year, month: month, day: date };
  }

  // What kernel.Dates.parse reads: d/m/yyyy with / . or -, ddmmyyyy, yyyy-mm-dd; null otherwise.
  function parse(text) {
    var around = '[ \\t\\u00a0\\u2007\\u2009\\u202f\\n\\u000b\\f\\r\\ufeff\\u200b]+';
    var input = (text || '').replace(new RegExp('^' + around + '|' + around + '$', 'g'), '');
    var m = /^(\d{1,2}) *([\/.\-]) *(\d{1,2}) *\2 *(\d{4})$/.exec(input);
    if (m) {
      return day(+m[4], +m[3], +m[1]);
    }
    m = /^(\d{2})(\d{2})(\d{4})$/.exec(input);
    if (m) {
      return day(+m[3], +m[2], +m[1]);
    }
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
    if (m) {
      return day(+m[1], +m[2], +m[3]);
    }
    return null;
  }

  function print(d) {
    return pad(d.day) + '/' + pad(d.month) + '/' + d.year;
  }

  function same(a, b) {
    return a && b && a.year === b.year && a.month === b.month && a.day === b.day;
  }

  function shifted(d, days) {
    var t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }

  function shiftedMonths(d, months) {
    var index = d.year * 12 + (d.month - 1) + months;
    var year = Math.floor(index / 12);
    var month = index % 12 + 1;
    return { year: year, month: month, day: Math.min(d.day, lengthOf(year, month)) };
  }

  var monthTitle = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  var weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  var longDay = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  // A calendar drawn in the button's text colour: no image to fetch, no font to rely on.
  function calendarIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M4 0h2v2h4V0h2v2h2a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h2V0zM2 6v8h12V6H2zm2 2h2v2H4V8zm3 0h2v2H7V8zm3 0h2v2h-2V8zm-6 3h2v2H4v-2zm3 0h2v2H7v-2z');
    svg.appendChild(path);
    return svg;
  }

  function today() {
    var now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }

  function enhance(input, index) {
    var control = element('span', 'date-control');
    input.parentNode.insertBefore(control, input);
    control.appendChild(input);
    var open = element('button', 'date-picker-button');
    open.type = 'button';
    open.setAttribute('aria-label', input.getAttribute('data-date-picker'));
    open.setAttribute('title', input.getAttribute('data-date-picker'));
    open.setAttribute('aria-haspopup', 'dialog');
    open.setAttribute('aria-expanded', 'false');
    open.disabled = input.disabled;
    open.appendChild(calendarIcon());
    control.appendChild(open);

    var popup = element('div', 'date-picker');
    popup.id = 'date-picker-' + index;
    popup.hidden = true;
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-modal', 'false');
    open.setAttribute('aria-controls', popup.id);
    var head = element('div', 'date-picker-head');
    var previous = element('button', 'date-picker-previous', '\u2039');
    previous.type = 'button';
    previous.setAttribute('aria-label', input.getAttribute('data-date-previous'));
    var title = element('h2', 'date-picker-title');
    title.id = popup.id + '-title';
    title.setAttribute('aria-live', 'polite');
    popup.setAttribute('aria-labelledby', title.id);
    var next = element('button', 'date-picker-next', '\u203a');
    next.type = 'button';
    next.setAttribute('aria-label', input.getAttribute('data-date-next'));
    var close = element('button', 'date-picker-close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', input.getAttribute('data-date-close'));
    head.appendChild(previous);
    head.appendChild(title);
    head.appendChild(next);
    head.appendChild(close);
    popup.appendChild(head);
    var grid = element('table', 'date-picker-grid');
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-labelledby', title.id);
    popup.appendChild(grid);
    control.appendChild(popup);

    var shown = null;
    var focused = null;

    function render() {
      title.textContent = monthTitle.format(new Date(Date.UTC(shown.year, shown.month - 1, 1)));
      grid.textContent = '';
      var header = element('tr');
      for (var w = 0; w < 7; w++) {
        // 5 January 1970 was a Monday: the week starts on Monday, as in Vietnam.
        var th = element('th', null, weekday.format(new Date(Date.UTC(1970, 0, 5 + w))));
        th.scope = 'col';
        header.appendChild(th);
      }
      var thead = element('thead');
      thead.appendChild(header);
      grid.appendChild(thead);
      var body = element('tbody');
      var first = { year: shown.year, month: shown.month, day: 1 };
      var offset = (new Date(Date.UTC(first.year, first.month - 1, 1)).getUTCDay() + 6) % 7;
      var cursor = shifted(first, -offset);
      var chosen = parse(input.value);
      var now = today();
      for (var week = 0; week < 6; week++) {
        var row = element('tr');
        for (var d = 0; d < 7; d++) {
          var cell = element('td');
          var button = element('button', 'date-picker-day', String(cursor.day));
          button.type = 'button';
          button.setAttribute('data-day', print(cursor));
          button.setAttribute('aria-label', longDay.format(new Date(Date.UTC(cursor.year, cursor.month - 1, cursor.day))));
          button.tabIndex = same(cursor, focused) ? 0 : -1;
          if (cursor.month !== shown.month) {
            button.classList.add('other-month');
          }
          if (same(cursor, now)) {
            button.classList.add('today');
            button.setAttribute('aria-current', 'date');
          }
          if (same(cursor, chosen)) {
            button.classList.add('chosen');
            button.setAttribute('aria-pressed', 'true');
          }
          cell.appendChild(button);
          row.appendChild(cell);
          cursor = shifted(cursor, 1);
        }
        body.appendChild(row);
      }
      grid.appendChild(body);
    }

    function focusDay() {
      var target = grid.querySelector('button[data-day="' + print(focused) + '"]');
      if (target) {
        target.focus();
      }
    }

    function moveTo(d) {
      focused = d;
      if (d.year !== shown.year || d.month !== shown.month) {
        shown = { year: d.year, month: d.month, day: 1 };
      }
      render();
      focusDay();
    }

    function show() {
      focused = parse(input.value) || today();
      shown = { year: focused.year, month: focused.month, day: 1 };
      render();
      popup.hidden = false;
      open.setAttribute('aria-expanded', 'true');
      focusDay();
    }

    function hide(returnFocus) {
      if (popup.hidden) {
        return;
      }
      popup.hidden = true;
      open.setAttribute('aria-expanded', 'false');
      if (returnFocus) {
        open.focus();
      }
    }

    function choose(text) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      hide(false);
      input.focus();
    }

    open.addEventListener('click', function () {
      if (popup.hidden) {
        show();
      } else {
        hide(true);
      }
    });
    previous.addEventListener('click', function () {
      moveTo(shiftedMonths(focused, -1));
    });
    next.addEventListener('click', function () {
      moveTo(shiftedMonths(focused, 1));
    });
    close.addEventListener('click', function () {
      hide(true);
    });
    grid.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-day]');
      if (button) {
        choose(button.getAttribute('data-day'));
      }
    });
    popup.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        hide(true);
        return;
      }
      if (!event.target.matches('button[data-day]')) {
        return;
      }
      var moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
      if (moves[event.key] !== undefined) {
        event.preventDefault();
        moveTo(shifted(focused, moves[event.key]));
      } else if (event.key === 'PageUp' || event.key === 'PageDown') {
        event.preventDefault();
        moveTo(shiftedMonths(focused, event.key === 'PageUp' ? -1 : 1));
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        var weekdayIndex = (new Date(Date.UTC(focused.year, focused.month - 1, focused.day)).getUTCDay() + 6) % 7;
        moveTo(shifted(focused, event.key === 'Home' ? -weekdayIndex : 6 - weekdayIndex));
      }
    });
    document.addEventListener('click', function (event) {
      if (!control.contains(event.target)) {
        hide(false);
      }
    });
    // A date it reads is written back as the server prints it; anything else stays as typed,
    // for the server to explain.
    input.addEventListener('change', function () {
      var read = parse(input.value);
      if (read && input.value !== print(read)) {
        input.value = print(read);
      }
    });
  }

  Array.prototype.forEach.call(fields, enhance);
  window.programTrackerDates = { parse: function (text) {
    var d = parse(text);
    return d ? print(d) : null;
  } };
}());
