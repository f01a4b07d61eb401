// The disbursement grid at the speed of an accountant: a cell that does not read says why
// beside it at once, by the server's own rule (kernel.Amounts); cumulative, % of plan and
// totals follow what is typed, valid cells only, formatted as the server formats them
// (kernel.Formats, kernel.PercentOfPlan), every amount of the table with the decimals the
// most precise of them needs (Formats.decimalsFor), picked again as it is typed; a
// cumulative above plan is flagged as it is typed;
// a column or block copied from a spreadsheet pastes into consecutive cells; Enter moves to
// the next cell; leaving with unsaved typing asks first. The server's figures are the ones
// saved and shown after saving. BrowserArithmeticTests runs these functions in Chromium and
// compares them with the Java ones.
(function () {
  'use strict';

  // The spaces spreadsheets write between digits, and what may stand around a value: the same
  // lists as kernel.Amounts (SPACES, AROUND).
  var SPACES = ' \\t\\u00a0\\u2007\\u2009\\u202f';
  var AROUND = new RegExp('^[' + SPACES + '\\n\\u000b\\f\\r\\ufeff\\u200b]+|[' + SPACES + '\\n\\u000b\\f\\r\\ufeff\\u200b]+$', 'g');
  var ANY_SPACE = new RegExp('[' + SPACES + ']', 'g');
  var MILLION = BigInt(1000000);
  var styles = {};

  function esc(c) {
    return '\\' + c;
  }

  // How a language writes numbers, as kernel.Amounts.Style.
  function styleOf(language) {
    var english = language === 'en';
    var key = english ? 'en' : 'vi';
    if (!styles[key]) {
      var group = english ? ',' : '.';
      var decimal = english ? '.' : ',';
      var g = esc(group);
      var d = esc(decimal);
      styles[key] = {
        group: group,
        decimal: decimal,
        number: new RegExp('^(\\d{1,3}(?:' + g + '\\d{3})+|\\d+)(?:' + d + '(\\d+))?$'),
        ambiguous: new RegExp('^[1-9]\\d{0,2}' + d + '\\d{3}$'),
        foreignDecimal: new RegExp('^(?:\\d+' + g + '\\d{1,2}|\\d+' + g + '\\d{4,})$'),
        spaceGrouped: new RegExp('^(-|\\u2212)?(\\d{1,3}(?:[' + SPACES + ']\\d{3})+)(' + d + '\\d+)?$')
      };
    }
    return styles[key];
  }

  // Million đồng as typed → { dong: BigInt } ; { dong: null } when blank; { error: key, args }
  // when it does not read, with the key and arguments of kernel.Amounts.parseMillions.
  function read(text, language) {
    var typed = (text || '').replace(AROUND, '');
    if (typed === '') {
      return { dong: null };
    }
    var style = styleOf(language);
    var grouped = style.spaceGrouped.exec(typed);
    var input = grouped ? (grouped[1] || '') + grouped[2].replace(ANY_SPACE, style.group) + (grouped[3] || '') : typed;
    var negative = input.charAt(0) === '-' || input.charAt(0) === '\u2212';
    var unsigned = negative ? input.substring(1) : input;
    var match = style.number.exec(unsigned);
    if (!match) {
      return { error: style.foreignDecimal.test(unsigned) ? 'decimalSeparator' : 'malformed', args: [] };
    }
    var whole = match[1].split(style.group).join('');
    var decimals = match[2] || '';
    if (style.ambiguous.test(unsigned)) {
      return { error: 'ambiguous', args: [input, (negative ? '-' : '') + whole + style.group + decimals, input + '0'] };
    }
    if (whole.replace(/^0+(?=\d)/, '').length > 12) {
      return { error: 'tooLarge', args: [] };
    }
    if (decimals.length > 6 && /[1-9]/.test(decimals.substring(6))) {
      return { error: 'tooPrecise', args: [] };
    }
    var dong = BigInt(whole) * MILLION + BigInt((decimals + '000000').substring(0, 6));
    return { dong: negative ? -dong : dong };
  }

  function grouped(digits, style) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  }

  // Half-up (away from zero) division of BigInts, as java.math.RoundingMode.HALF_UP.
  function divideHalfUp(a, b) {
    var negative = (a < 0) !== (b < 0);
    var x = a < 0 ? -a : a;
    var y = b < 0 ? -b : b;
    var q = (x * BigInt(2) + y) / (y * BigInt(2));
    return negative ? -q : q;
  }

  // The decimals an amount needs in million đồng, at most three: those of its thousandths of
  // a million rounded half-up, trailing zeros left out (Formats.decimalsFor).
  function decimalsOf(dong) {
    var thousandths = divideHalfUp(dong, BigInt(1000));
    var decimals = 3;
    while (decimals > 0 && thousandths % BigInt(10) === BigInt(0)) {
      thousandths /= BigInt(10);
      decimals--;
    }
    return decimals;
  }

  // The decimals of a table: the most any of its amounts needs (Formats.decimalsFor).
  function decimalsFor(amounts) {
    return amounts.reduce(function (most, dong) {
      return Math.max(most, decimalsOf(dong));
    }, 0);
  }

  // "2.487,0" beside "0,5": đồng as million đồng with exactly the table's decimals, rounded
  // half-up (Formats.millions(amount, decimals)).
  function millions(dong, decimals, language) {
    var style = styleOf(language);
    var units = divideHalfUp(dong, BigInt(10) ** BigInt(6 - decimals));
    var negative = units < 0;
    var digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
    var whole = digits.substring(0, digits.length - decimals);
    return (negative ? '-' : '') + grouped(whole, style) + (decimals > 0 ? style.decimal + digits.substring(whole.length) : '');
  }

  // The state of PercentOfPlan.of(cumulative, plan).
  function status(cumulative, plan) {
    if (plan <= 0) {
      return 'NOT_ALLOCATED';
    }
    if (cumulative === BigInt(0)) {
      return 'NOT_STARTED';
    }
    return cumulative === plan ? 'COMPLETED' : (cumulative > plan ? 'OVER_PLAN' : 'IN_PROGRESS');
  }

  // "31,4%", as PercentOfPlan and Formats.percent; empty without a plan.
  function percent(cumulative, plan, language) {
    if (plan <= 0) {
      return '';
    }
    var style = styleOf(language);
    var tenths = divideHalfUp(cumulative * BigInt(1000), plan);
    var negative = tenths < 0;
    var digits = (negative ? -tenths : tenths).toString().padStart(2, '0');
    return (negative ? '-' : '') + grouped(digits.substring(0, digits.length - 1), style) + style.decimal
      + digits.substring(digits.length - 1) + '%';
  }

  // For BrowserArithmeticTests: the functions above over text, đồng as decimal strings.
  window.programTrackerGrid = {
    read: function (text, language) {
      var result = read(text, language);
      return result.error ? { error: 'amount.' + result.error, args: result.args }
        : { dong: result.dong === null ? null : result.dong.toString() };
    },
    // Without decimals, those the amount needs itself (Formats.millions(amount)).
    millions: function (dong, language, decimals) {
      var amount = BigInt(dong);
      return millions(amount, decimals === undefined ? decimalsOf(amount) : decimals, language);
    },
    decimalsFor: function (amounts) {
      return decimalsFor(amounts.map(function (dong) {
        return BigInt(dong);
      }));
    },
    percent: function (cumulative, plan, language) {
      return percent(BigInt(cumulative), BigInt(plan), language);
    },
    status: function (cumulative, plan) {
      return status(BigInt(cumulative), BigInt(plan));
    }
  };

  var form = document.getElementById('grid-form');
  if (!form) {
    return;
  }
  var language = form.getAttribute('data-locale');
  var columns = ['plan', 'earlier', 'amount', 'advance', 'recovered'];
  var unsaved = form.getAttribute('data-unsaved') === 'true';
  var submitting = false;
  var liveStatus = document.getElementById('grid-live-status');
  var lastPaste = '';

  function message(key, args) {
    var text = form.getAttribute('data-msg-' + key) || '';
    (args || []).forEach(function (arg, i) {
      text = text.split('{' + i + '}').join(arg);
    });
    return text;
  }

  // The message beside a cell that does not read; gone once it reads.
  function explain(input, result, atLoad) {
    var cell = input.closest('td');
    var live = cell.querySelector('.live-error');
    var server = cell.querySelector('.field-error:not(.live-error)');
    // What the server said was about the text it was sent; this is new text.
    if (server && !atLoad) {
      server.remove();
      server = null;
    }
    if (result.error) {
      if (!live) {
        live = document.createElement('p');
        live.className = 'field-error live-error';
        live.id = input.id + '-live-error';
        live.setAttribute('role', 'alert');
        cell.appendChild(live);
      }
      live.textContent = message(result.error, result.args);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', live.id);
      cell.classList.add('has-error');
    } else {
      if (live) {
        live.remove();
      }
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      cell.classList.remove('has-error');
    }
  }

  function zero() {
    var result = { excluded: {} };
    columns.forEach(function (column) {
      result[column] = BigInt(0);
      result.excluded[column] = 0;
    });
    result.excluded.cumulative = 0;
    return result;
  }

  // A row's figures from what is typed; a cell that does not read counts for nothing and is
  // counted as left out.
  function rowFigures(row) {
    var figures = zero();
    columns.forEach(function (column) {
      var input = row.querySelector('input[data-cell="' + column + '"]');
      if (!input) {
        figures[column] = BigInt(row.getAttribute('data-' + column) || '0');
        return;
      }
      var result = read(input.value, language);
      if (result.error) {
        figures.excluded[column] = 1;
      } else if (result.dong !== null) {
        figures[column] = result.dong;
      }
    });
    figures.excluded.cumulative = figures.excluded.amount;
    return figures;
  }

  function show(row, figures, isLine, decimals) {
    columns.forEach(function (column) {
      var cell = row.querySelector('[data-out="' + column + '"]');
      if (cell) {
        cell.textContent = millions(figures[column], decimals, language);
        cell.classList.toggle('partial', figures.excluded[column] > 0);
      }
    });
    var cumulative = figures.earlier + figures.amount;
    var cumulativeCell = row.querySelector('[data-out="cumulative"]');
    var percentCell = row.querySelector('[data-out="percent"]');
    var unknown = isLine && figures.excluded.amount > 0;
    cumulativeCell.textContent = unknown ? '…' : millions(cumulative, decimals, language);
    cumulativeCell.classList.toggle('partial', !isLine && figures.excluded.amount > 0);
    percentCell.textContent = unknown ? '…' : percent(cumulative, figures.plan, language);
    percentCell.classList.toggle('partial', !isLine && figures.excluded.amount > 0);
    var over = !unknown && status(cumulative, figures.plan) === 'OVER_PLAN';
    row.classList.toggle('over-plan', over);
    if (over) {
      var flag = document.createElement('span');
      flag.className = 'over-plan-flag';
      flag.textContent = message('overPlan');
      percentCell.appendChild(flag);
    }
    return over;
  }

  function add(sum, figures) {
    var result = zero();
    columns.forEach(function (column) {
      result[column] = sum[column] + figures[column];
      result.excluded[column] = sum.excluded[column] + figures.excluded[column];
    });
    return result;
  }

  // The lines' figures from what is typed, their subtotals and totals; then all of them shown
  // with the decimals of the table's amounts, those of the lines (Grid.amounts): a sum needs
  // no more decimals than its parts.
  function update() {
    var totals = { year: zero(), carried: zero(), all: zero() };
    var shown = [];
    var amounts = [];
    var excluded = 0;
    var over = 0;
    form.querySelectorAll('tbody[data-group]').forEach(function (body) {
      var sum = zero();
      body.querySelectorAll('tr.line-row').forEach(function (row) {
        var figures = rowFigures(row);
        shown.push({ row: row, figures: figures, isLine: true });
        columns.forEach(function (column) {
          amounts.push(figures[column]);
        });
        amounts.push(figures.earlier + figures.amount);
        excluded += figures.excluded.amount + figures.excluded.advance + figures.excluded.recovered;
        sum = add(sum, figures);
      });
      shown.push({ row: body.querySelector('tr[data-total="group"]'), figures: sum, isLine: false });
      var kind = body.getAttribute('data-group').indexOf('c-') === 0 ? 'carried' : 'year';
      totals[kind] = add(totals[kind], sum);
      totals.all = add(totals.all, sum);
    });
    Object.keys(totals).forEach(function (kind) {
      var row = form.querySelector('tr[data-total="' + kind + '"]');
      if (row) {
        shown.push({ row: row, figures: totals[kind], isLine: false });
      }
    });
    var decimals = decimalsFor(amounts);
    shown.forEach(function (each) {
      if (show(each.row, each.figures, each.isLine, decimals) && each.isLine) {
        over++;
      }
    });
    if (liveStatus) {
      var parts = [];
      if (excluded > 0) {
        parts.push(message('excluded', [String(excluded)]));
      }
      if (over > 0) {
        parts.push(message('overPlanRows', [String(over)]));
      }
      if (lastPaste) {
        parts.push(lastPaste);
      }
      liveStatus.textContent = parts.join(' ');
    }
  }

  function isDirty() {
    if (unsaved) {
      return true;
    }
    return Array.prototype.some.call(form.querySelectorAll('input[data-cell]'), function (input) {
      return input.value !== input.defaultValue;
    });
  }

  form.addEventListener('input', function (event) {
    if (event.target.matches('input[data-cell]')) {
      if (event.target.getAttribute('data-cell') !== 'note') {
        explain(event.target, read(event.target.value, language));
      }
      lastPaste = '';
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

  // A cell that takes the focus is scrolled above the save bar that sticks to the bottom.
  var bar = form.querySelector('.actions');
  form.addEventListener('focusin', function (event) {
    if (!bar || !event.target.matches('input[data-cell]')) {
      return;
    }
    var cell = event.target.getBoundingClientRect();
    var barTop = bar.getBoundingClientRect().top;
    var margin = 12;
    if (cell.bottom + margin > barTop) {
      window.scrollBy(0, cell.bottom + margin - barTop);
    }
  });

  // A cell, a column or a block copied from a spreadsheet (cells split by tabs, rows ended
  // by line ends) fills the cells from the one pasted into, rightwards and downwards,
  // replacing what they held; text without either is pasted as the browser pastes it.
  form.addEventListener('paste', function (event) {
    var target = event.target;
    if (!target.matches('input[data-cell]') || !event.clipboardData) {
      return;
    }
    var text = event.clipboardData.getData('text/plain');
    if (!/[\t\r\n]/.test(text)) {
      return;
    }
    event.preventDefault();
    var values = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').map(function (line) {
      return line.split('\t');
    });
    var rows = Array.prototype.filter.call(form.querySelectorAll('tr.line-row'), function (row) {
      return row.querySelector('input[data-cell]');
    });
    var startRow = rows.indexOf(target.closest('tr'));
    var startColumn = Array.prototype.indexOf.call(target.closest('tr').querySelectorAll('input[data-cell]'), target);
    var pasted = 0;
    var left = 0;
    values.forEach(function (line, r) {
      var row = rows[startRow + r];
      var cells = row ? row.querySelectorAll('input[data-cell]') : [];
      line.forEach(function (value, c) {
        var cell = cells[startColumn + c];
        if (!cell) {
          left++;
          return;
        }
        cell.value = value.replace(AROUND, '');
        if (cell.getAttribute('data-cell') !== 'note') {
          explain(cell, read(cell.value, language));
        }
        pasted++;
      });
    });
    lastPaste = message('pasted', [String(pasted)]) + (left > 0 ? ' ' + message('pasteLeft', [String(left)]) : '');
    update();
  });

  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (!submitting && isDirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // After a save the server refused, what is shown follows what was kept, not the figures
  // saved; a cell the server explained keeps the server's words.
  form.querySelectorAll('input[data-cell]').forEach(function (input) {
    var explained = input.closest('td').querySelector('.field-error');
    if (!explained && input.getAttribute('data-cell') !== 'note' && read(input.value, language).error) {
      explain(input, read(input.value, language), true);
    }
  });
  update();
}());
