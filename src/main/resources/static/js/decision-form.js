// The decision form offers only the components of the program chosen: the page comes with the other programs'
// groups of components hidden (the server's list), and changing the program shows its own group instead, without
// a reload. A component of another program is let go when the program changes; one that came back with its
// message after a refused save stays shown until then, so that what was typed is seen beside its message.
(function () {
  'use strict';
  var program = document.getElementById('program');
  var component = document.getElementById('component');
  if (!program || !component) {
    return;
  }

  function offerTheProgramsComponents() {
    Array.prototype.forEach.call(component.querySelectorAll('optgroup[data-program]'), function (group) {
      var other = group.getAttribute('data-program') !== program.value;
      group.hidden = other;
      group.disabled = other;
    });
    var chosen = component.options[component.selectedIndex];
    if (chosen && chosen.parentNode.disabled) {
      component.value = '';
    }
  }

  program.addEventListener('change', offerTheProgramsComponents);
}());
