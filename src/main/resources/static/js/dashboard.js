/*
 * Draws the dashboard's charts from the tables that stand beside them: labels are read as
 * text (never as HTML), values from data-value attributes, numbers formatted in the page's
 * language. A chart is only a picture of its table, which stays available to everyone.
 */
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  var language = document.documentElement.lang || 'vi';
  var percent = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var colours = ['#0b5394', '#d08a00', '#17623a', '#a1161b', '#6b3fa0', '#3f4a57'];
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

  /* Each body row is a series; the column headings after the first are the labels. */
  function seriesInRows(table) {
    var labels = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(text);
    var series = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return {
        label: text(row.cells[0]),
        data: Array.prototype.slice.call(row.cells, 1).map(value)
      };
    });
    return { labels: labels, series: series };
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
          data: rows.map(function (row) { return value(row.cells[column]); })
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
    var lastIndex = read.series.length - 1;
    var datasets = read.series.map(function (series, index) {
      var colour = colours[index % colours.length];
      var total = type === 'line' && index === lastIndex && read.series.length > 1;
      return {
        label: series.label,
        data: series.data,
        borderColor: total ? '#1b2430' : colour,
        backgroundColor: total ? '#1b2430' : colour,
        borderDash: total ? [6, 4] : [],
        borderWidth: type === 'line' ? 3 : 1,
        pointStyle: pointStyles[index % pointStyles.length],
        pointRadius: type === 'line' ? (presenting ? 7 : 5) : undefined,
        spanGaps: true
      };
    });
    // The expected pace, the share of the year gone by at each quarter's end, beside the figures.
    var charts = canvas.closest('.charts');
    var pace = charts ? Math.min(100, Number(charts.getAttribute('data-pace'))) : 0;
    if (pace > 0) {
      datasets.push({
        type: 'line',
        label: charts.getAttribute('data-pace-label'),
        data: read.labels.map(function (label, index) {
          return type === 'line' ? Math.min(100, (index + 1) * 25) : pace;
        }),
        borderColor: '#6b7785',
        backgroundColor: '#6b7785',
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
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: { ticks: { autoSkip: false } } } : { y: valueAxis },
        plugins: {
          legend: { display: datasets.length > 1, labels: { usePointStyle: true } },
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
