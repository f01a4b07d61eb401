/*
 * Draws the dashboard's charts from the tables that stand beside them: labels are read as
 * text (never as HTML), values from data-value attributes, numbers formatted in the page's
 * language. A chart is only a picture of its table, which stays available to everyone: the
 * server computed every figure, this script computes none.
 *
 * Colours come from the page's CSS variables, one meaning each on every chart: a bar has the
 * colour of its status (data-state), a program's line the same colour on every chart, the
 * expected pace the dashed grey line.
 */
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  var language = document.documentElement.lang || 'vi';
  var percent = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var styles = getComputedStyle(document.documentElement);
  function cssColour(name) {
    return styles.getPropertyValue(name).trim();
  }
  var seriesColours = [1, 2, 3, 4, 5, 6].map(function (n) { return cssColour('--series-' + n); });
  var totalColour = cssColour('--series-total');
  var paceColour = cssColour('--pace');
  function stateColour(state) {
    return cssColour('--state-' + (state || 'NOT_ALLOCATED').toLowerCase().replace(/_/g, '-'));
  }
  var pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];
  var presenting = document.querySelector('.dashboard.present') !== null;

  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.font.size = presenting ? 18 : 13;
  Chart.defaults.color = '#1b2430';

  function text(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function value(cell) {
    var raw = cell ? cell.getAttribute('data-value') : null;
    return (raw === null || raw === '') ? null : Number(raw);
  }

  function state(cell) {
    return cell ? cell.getAttribute('data-state') : null;
  }

  /* Each body row is a series; the column headings after the first are the labels. */
  function seriesInRows(table) {
    var labels = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(text);
    var series = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return {
        label: text(row.cells[0]),
        data: Array.prototype.slice.call(row.cells, 1).map(value),
        states: []
      };
    });
    // Each column heading may carry the expected pace at its quarter's end.
    var pace = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (heading) {
      var raw = heading.getAttribute('data-pace');
      return raw === null ? null : Number(raw);
    });
    return { labels: labels, series: series, pace: pace };
  }

  /* Each column heading marked data-series is a series; the row headings are the labels. */
  function seriesInColumns(table) {
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var series = [];
    headings.forEach(function (heading, column) {
      if (heading.hasAttribute('data-series')) {
        series.push({
          label: text(heading),
          data: rows.map(function (row) { return value(row.cells[column]); }),
          states: rows.map(function (row) { return state(row.cells[column]); })
        });
      }
    });
    return { labels: rows.map(function (row) { return text(row.cells[0]); }), series: series };
  }

  // A label as lines of at most about perLine characters, broken between words.
  function wrapped(label, perLine) {
    var lines = [];
    label.split(' ').forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + ' ' + word).length <= perLine) {
        lines[last] += ' ' + word;
      } else {
        lines.push(word);
      }
    });
    return lines.length > 1 ? lines : label;
  }

  // Each bar's percentage written at its end, so that the figure reads without the table.
  var valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw: function (chart) {
      var context = chart.ctx;
      var horizontal = chart.options.indexAxis === 'y';
      context.save();
      context.fillStyle = '#1b2430';
      context.font = (presenting ? 'bold 16px ' : 'bold 12px ') + Chart.defaults.font.family;
      chart.data.datasets.forEach(function (dataset, index) {
        if (dataset.pace || !chart.isDatasetVisible(index)) {
          return;
        }
        chart.getDatasetMeta(index).data.forEach(function (bar, i) {
          var raw = dataset.data[i];
          if ((raw === null || raw === undefined) && !horizontal && chart.options.emptyLabel) {
            // No plan: the words of the table ("not allocated") stand where the bar would.
            context.textAlign = 'center';
            context.textBaseline = 'bottom';
            // Where the words are wider than the bar's room (a phone), a dash says it; the table has the words.
            var room = chart.scales.x.width / Math.max(1, chart.data.labels.length) - 4;
            var words = context.measureText(chart.options.emptyLabel).width <= room ? chart.options.emptyLabel : '—';
            context.fillText(words, chart.scales.x.getPixelForValue(i), chart.scales.y.getPixelForValue(0) - 3);
            return;
          }
          if (raw === null || raw === undefined) {
            return;
          }
          context.textAlign = horizontal ? 'left' : 'center';
          context.textBaseline = horizontal ? 'middle' : 'bottom';
          context.fillText(percent.format(raw) + '%', horizontal ? bar.x + 4 : bar.x, horizontal ? bar.y : bar.y - 3);
        });
      });
      context.restore();
    }
  };

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table) {
      return;
    }
    var type = canvas.getAttribute('data-chart-type') || 'bar';
    var horizontal = canvas.getAttribute('data-index-axis') === 'y';
    var emptyLabel = canvas.getAttribute('data-empty-label') || '';
    var read = canvas.getAttribute('data-series-in') === 'rows' ? seriesInRows(table) : seriesInColumns(table);
    if (horizontal && canvas.parentNode.clientWidth < 520) {
      // On a phone the names beside horizontal bars wrap onto lines instead of running off the chart.
      var perLine = 14;
      read.labels = read.labels.map(function (label) {
        return wrapped(label, perLine);
      });
    }
    if (!horizontal && type === 'bar') {
      // A total's long name beneath its bar wraps onto lines rather than lying slanted across the others.
      read.labels = read.labels.map(function (label) {
        return wrapped(label, 16);
      });
    }
    var lastIndex = read.series.length - 1;
    var datasets = read.series.map(function (series, index) {
      var total = type === 'line' && index === lastIndex && read.series.length > 1;
      var colour = total ? totalColour : seriesColours[index % seriesColours.length];
      var byState = type === 'bar' && series.states.some(function (s) { return s; });
      return {
        label: series.label,
        data: series.data,
        borderColor: byState ? series.states.map(stateColour) : colour,
        backgroundColor: byState ? series.states.map(stateColour) : colour,
        borderDash: total ? [6, 4] : [],
        borderWidth: type === 'line' ? 3 : 1,
        pointStyle: pointStyles[index % pointStyles.length],
        pointRadius: type === 'line' ? (presenting ? 7 : 5) : undefined,
        spanGaps: false
      };
    });
    // The expected pace, the share of the year gone by at the period's end (at each quarter's end on a line chart).
    var charts = canvas.closest('.charts');
    var pace = charts ? Math.min(100, Number(charts.getAttribute('data-pace'))) : 0;
    var paceData = read.pace ? read.pace : read.labels.map(function () { return pace; });
    if (pace > 0 || read.pace) {
      datasets.push({
        type: 'line',
        label: charts.getAttribute('data-pace-label'),
        data: paceData,
        borderColor: paceColour,
        backgroundColor: paceColour,
        borderDash: [3, 3],
        borderWidth: 2,
        pointRadius: 0,
        pointStyle: 'line',
        pace: true
      });
    }
    var valueAxis = {
      beginAtZero: true,
      suggestedMax: 100,
      ticks: { callback: function (tick) { return percent.format(tick) + '%'; } }
    };
    new Chart(canvas, {
      type: type,
      plugins: type === 'bar' ? [valueLabels] : [],
      data: { labels: read.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        emptyLabel: emptyLabel,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: { ticks: { autoSkip: false } } } : { y: valueAxis },
        plugins: {
          // A bar chart's colours are the statuses of the legend beneath the charts.
          legend: { display: type === 'line', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (context) {
                var raw = context.raw;
                return context.dataset.label + ': ' + (raw === null ? emptyLabel : percent.format(raw) + '%');
              }
            }
          }
        }
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-table]'), draw);
}());
