// The decision form offers only the components of the program chosen: the other programs'
// groups of components are hidden, and a component of another program is let go.
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
  offerTheProgramsComponents();
}());
