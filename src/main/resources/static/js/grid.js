// The disbursement grid: cumulative, % of plan and totals follow what is typed, formatted
// as the server formats them; Enter moves to the next cell. The server's figures are the
// ones saved and shown after saving.
(function () {
  'use strict';
  var form = document.getElementById('grid-form');
  if (!form) {
    return;
  }
  var english = form.getAttribute('data-locale') === 'en';
  var group = english ? ',' : '.';
  var decimal = english ? '.' : ',';
  var esc = function (c) { return '\\' + c; };
  var number = new RegExp('^(\\d{1,3}(?:' + esc(group) + '\\d{3})+|\\d+)(?:' + esc(decimal) + '(\\d+))?$');
  var ambiguous = new RegExp('^[1-9]\\d{0,2}' + esc(decimal) + '\\d{3}$');
  var MILLION = BigInt(1000000);

  // Million đồng as typed → BigInt đồng; null when blank, undefined when not an amount.
  function parse(text) {
    var input = (text || '').trim();
    if (input === '') {
      return null;
    }
    var negative = input.charAt(0) === '-' || input.charAt(0) === '\u2212';
    var unsigned = negative ? input.substring(1) : input;
    var match = number.exec(unsigned);
    if (!match || ambiguous.test(unsigned)) {
      return undefined;
    }
    var whole = match[1].split(group).join('');
    var decimals = (match[2] || '').replace(/0+$/, '');
    if (whole.replace(/^0+/, '').length > 12 || decimals.length > 6) {
      return undefined;
    }
    var dong = BigInt(whole) * MILLION + BigInt((decimals + '000000').substring(0, 6));
    return negative ? -dong : dong;
  }

  function grouped(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }

  // Half-up (away from zero) division of BigInts, as java.math.RoundingMode.HALF_UP.
  function divideHalfUp(a, b) {
    var negative = (a < 0) !== (b < 0);
    var x = a < 0 ? -a : a;
    var y = b < 0 ? -b : b;
    var q = (x * BigInt(2) + y) / (y * BigInt(2));
    return negative ? -q : q;
  }

  // "2.487", "1.234,5": đồng as million đồng with up to three decimals.
  function millions(dong) {
    var thousandths = divideHalfUp(dong, BigInt(1000));
    var negative = thousandths < 0;
    var digits = (negative ? -thousandths : thousandths).toString().padStart(4, '0');
    var whole = digits.substring(0, digits.length - 3);
    var fraction = digits.substring(digits.length - 3).replace(/0+$/, '');
    return (negative && thousandths !== BigInt(0) ? '-' : '') + grouped(whole) + (fraction ? decimal + fraction : '');
  }

  // "31,4%", as PercentOfPlan and Formats.percent; empty without a plan.
  function percent(cumulative, plan) {
    if (plan <= 0) {
      return '';
    }
    var tenths = divideHalfUp(cumulative * BigInt(1000), plan);
    var negative = tenths < 0;
    var digits = (negative ? -tenths : tenths).toString().padStart(2, '0');
    return (negative ? '-' : '') + grouped(digits.substring(0, digits.length - 1)) + decimal
      + digits.substring(digits.length - 1) + '%';
  }

  var columns = ['plan', 'earlier', 'amount', 'advance', 'recovered'];

  function rowFigures(row) {
    var figures = {};
    var valid = true;
    columns.forEach(function (column) {
      var input = row.querySelector('input[data-cell="' + column + '"]');
      var value = input ? parse(input.value) : BigInt(row.getAttribute('data-' + column) || '0');
      if (value === undefined) {
        valid = false;
        value = BigInt(0);
      }
      figures[column] = value === null ? BigInt(0) : value;
    });
    figures.valid = valid;
    return figures;
  }

  function show(row, figures) {
    var cumulative = figures.earlier + figures.amount;
    columns.forEach(function (column) {
      var cell = row.querySelector('[data-out="' + column + '"]');
      if (cell) {
        cell.textContent = figures.valid ? millions(figures[column]) : '…';
      }
    });
    row.querySelector('[data-out="cumulative"]').textContent = figures.valid ? millions(cumulative) : '…';
    row.querySelector('[data-out="percent"]').textContent = figures.valid ? percent(cumulative, figures.plan) : '…';
  }

  function add(sum, figures) {
    var result = { valid: sum.valid && figures.valid };
    columns.forEach(function (column) {
      result[column] = sum[column] + figures[column];
    });
    return result;
  }

  function zero() {
    var result = { valid: true };
    columns.forEach(function (column) {
      result[column] = BigInt(0);
    });
    return result;
  }

  function update() {
    var totals = { year: zero(), carried: zero(), all: zero() };
    form.querySelectorAll('tbody[data-group]').forEach(function (body) {
      var sum = zero();
      body.querySelectorAll('tr.line-row').forEach(function (row) {
        var figures = rowFigures(row);
        show(row, figures);
        sum = add(sum, figures);
      });
      show(body.querySelector('tr[data-total="group"]'), sum);
      var kind = body.getAttribute('data-group').indexOf('c-') === 0 ? 'carried' : 'year';
      totals[kind] = add(totals[kind], sum);
      totals.all = add(totals.all, sum);
    });
    Object.keys(totals).forEach(function (kind) {
      var row = form.querySelector('tr[data-total="' + kind + '"]');
      if (row) {
        show(row, totals[kind]);
      }
    });
  }

  form.addEventListener('input', function (event) {
    if (event.target.matches('input[data-cell]')) {
      update();
    }
  });

  // Enter moves to the next cell instead of submitting; on the last cell it saves.
  form.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target.matches('input[data-cell]')) {
      return;
    }
    var cells = Array.prototype.slice.call(form.querySelectorAll('input[data-cell]'));
    var next = cells[cells.indexOf(event.target) + (event.shiftKey ? -1 : 1)];
    if (next) {
      event.preventDefault();
      next.focus();
      next.select();
    }
  });
}());
