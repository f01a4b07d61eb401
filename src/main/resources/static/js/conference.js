// The conference view: one slide on the screen at a time; the arrow keys, Page Up/Down, the
// space bar, Home and End move between them, Esc goes back to the dashboard. The slide shown
// is kept in the address (#slide-3), so a reload stays on it.
(function () {
  'use strict';
  var view = document.querySelector('.conference');
  if (!view) {
    return;
  }
  var slides = Array.prototype.slice.call(view.querySelectorAll('.slide'));
  var previous = view.querySelector('.slide-previous');
  var next = view.querySelector('.slide-next');
  var position = view.querySelector('.slide-position');
  var current = 0;
  var match = /^#slide-(\d+)$/.exec(window.location.hash);
  if (match) {
    current = Math.min(Math.max(Number(match[1]) - 1, 0), slides.length - 1);
  }
  view.classList.add('one-at-a-time');

  function show(index, moveFocus) {
    current = Math.min(Math.max(index, 0), slides.length - 1);
    slides.forEach(function (slide, i) {
      slide.hidden = i !== current;
    });
    previous.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    position.textContent = (position.getAttribute('data-template') || '{0} / {1}')
      .replace('{0}', String(current + 1)).replace('{1}', String(slides.length));
    window.history.replaceState(null, '', '#slide-' + (current + 1));
    if (moveFocus) {
      var heading = slides[current].querySelector('h1');
      if (heading) {
        heading.focus({ preventScroll: true });
      }
    }
  }

  previous.addEventListener('click', function () {
    show(current - 1, false);
  });
  next.addEventListener('click', function () {
    show(current + 1, false);
  });
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var keys = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
    if (keys[event.key] !== undefined && !(event.key === ' ' && event.target.matches('button'))) {
      event.preventDefault();
      show(current + keys[event.key], true);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      show(event.key === 'Home' ? 0 : slides.length - 1, true);
    } else if (event.key === 'Escape' && view.getAttribute('data-exit')) {
      window.location.href = view.getAttribute('data-exit');
    }
  });
  show(current, false);
}());
