// The dashboard's bar charts, drawn from the figures in the table's rows (data-* attributes):
// the charts and the table can never disagree, and the page needs no inline script.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#dashboard-table tbody tr'));
  var names = rows.map(function (row) { return row.getAttribute('data-department'); });
  function value(row, key) {
    var text = row.dataset[key];
    return text === undefined || text === '' ? null : Number(text);
  }
  var charts = [];
  document.querySelectorAll('.chart[data-series]').forEach(function (element) {
    var percent = element.getAttribute('data-percent') === 'true';
    var keys = element.getAttribute('data-series').split(' ');
    element.style.height = Math.max(240, names.length * 28 * keys.length + 80) + 'px';
    var chart = echarts.init(element);
    chart.setOption({
      // drawn on the canvas: an HTML tooltip would need inline styles, which the page's policy refuses
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'value', max: percent ? 100 : null,
               axisLabel: { formatter: percent ? '{value}%' : '{value}' } },
      yAxis: { type: 'category', data: names, inverse: true },
      series: keys.map(function (key, i) {
        return { name: element.getAttribute('data-name-' + i), type: 'bar',
                 data: rows.map(function (row) { return value(row, key); }),
                 label: { show: true, position: 'right', formatter: percent ? '{c}%' : '{c}' } };
      })
    });
    element.setAttribute('data-rendered', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
