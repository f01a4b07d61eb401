// On a phone the tables of figures reflow into one card a row (app.css, "Phones"): each
// cell then says which column it is. This script writes the column's heading beside each
// cell (data-label), from the table's own header rows, spans included; without it the
// cards still show every figure, only without the column names.
(function () {
  'use strict';

  function text(cell) {
    var copy = cell.cloneNode(true);
    copy.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach(function (hidden) {
      if (!hidden.classList.contains('visually-hidden')) {
        hidden.remove();
      }
    });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  // The heading of each column: the texts of the header cells above it, top to bottom.
  function columnLabels(table) {
    var labels = [];
    var taken = [];
    var head = table.tHead;
    if (!head) {
      return labels;
    }
    Array.prototype.forEach.call(head.rows, function (row, r) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        while (taken[r] && taken[r][column]) {
          column++;
        }
        var label = text(cell);
        for (var c = column; c < column + cell.colSpan; c++) {
          for (var rr = r; rr < r + cell.rowSpan; rr++) {
            taken[rr] = taken[rr] || [];
            taken[rr][c] = true;
          }
          if (label && (labels[c] || []).indexOf(label) < 0) {
            labels[c] = (labels[c] || []).concat([label]);
          }
        }
        column += cell.colSpan;
      });
    });
    return labels.map(function (parts) {
      return (parts || []).join(' · ');
    });
  }

  document.querySelectorAll('table.figures, table.doc-table').forEach(function (table) {
    if (table.closest('td, th')) {
      return;
    }
    var labels = columnLabels(table);
    table.classList.add('reflows');
    var bodies = Array.prototype.slice.call(table.tBodies);
    if (table.tFoot) {
      bodies.push(table.tFoot);
    }
    bodies.forEach(function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          var label = labels[column];
          if (cell.colSpan === 1 && label && !cell.hasAttribute('data-label')
              && !(cell.tagName === 'TH' && cell.scope === 'row')) {
            cell.setAttribute('data-label', label);
          }
          column += cell.colSpan;
        });
      });
    });
  });
}());
