// The suggestion page's process diagram: the deployed BPMN with the steps the suggestion is at highlighted.
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('process-diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  fetch(container.getAttribute('data-diagram-url'), { headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('diagram ' + response.status);
      }
      return response.json();
    })
    .then(function (diagram) {
      var viewer = new BpmnJS({ container: container });
      return viewer.importXML(diagram.xml).then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        diagram.activeActivityIds.forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, 'highlight');
          }
        });
        container.setAttribute('data-rendered', 'true');
        container.setAttribute('data-active', diagram.activeActivityIds.join(' '));
      });
    })
    .catch(function () {
      container.setAttribute('data-rendered', 'failed');
      var fallback = document.getElementById('process-diagram-failed');
      if (fallback) {
        fallback.hidden = false;
      }
    });
});
