// The audit page's chart of failed sign-ins per day, drawn from the rows of the table beside it.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('chart-failed-sign-ins');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#failed-sign-ins tbody tr'));
  if (typeof echarts === 'undefined' || element === null || rows.length === 0) {
    return;
  }
  element.style.height = '240px';
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 16, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'category', data: rows.map(function (row) { return row.getAttribute('data-day'); }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: element.getAttribute('data-name'), type: 'bar',
               data: rows.map(function (row) { return Number(row.getAttribute('data-count')); }) }]
  });
  element.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
