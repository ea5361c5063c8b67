// The hearing console's running weighted total: Σ weight × score as the member taps; the server computes the
// same on every render, so the page works without this script.
(function () {
  var form = document.getElementById('score-form');
  var out = document.getElementById('running-total');
  if (!form || !out) {
    return;
  }
  function total() {
    var sum = 0;
    form.querySelectorAll('fieldset.criterion').forEach(function (set) {
      var checked = set.querySelector('input[type=radio]:checked');
      if (checked) {
        sum += parseInt(set.getAttribute('data-weight'), 10) * parseInt(checked.value, 10);
      }
    });
    out.textContent = String(sum);
  }
  form.addEventListener('change', total);
  total();
})();
