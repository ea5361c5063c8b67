// The proposal form's live figures: income and expense totals, their difference, the most the city
// may pay for the chosen project year, and the 令和 date beside each date. The server computes the
// same figures on every render, so the page works without this script.
(function () {
  'use strict';
  var form = document.getElementById('proposal-form');
  if (!form) { return; }
  var rates = (form.getAttribute('data-rates') || '').split(',').filter(function (r) { return r !== ''; }).map(Number);
  var capText = form.getAttribute('data-cap');
  var cap = capText === null || capText === '' ? null : Number(capText);
  var yenFormat = new Intl.NumberFormat('ja-JP');
  var wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

  function amount(input) {
    var text = (input.value || '').replace(/[０-９]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0xFEE0); })
      .replace(/[,，円\s]/g, '');
    return /^\d+$/.test(text) ? Number(text) : 0;
  }
  function yen(n) { return yenFormat.format(n) + '円'; }
  function sum(selector) {
    var total = 0;
    form.querySelectorAll(selector).forEach(function (i) { total += amount(i); });
    return total;
  }
  function set(id, text) {
    var el = document.getElementById(id);
    if (el && el.textContent !== text) { el.textContent = text; }
  }
  function figures() {
    var income = sum('input.income');
    var expenses = sum('input.expense-amount');
    set('income-total', yen(income));
    set('expense-total', yen(expenses));
    set('difference', yen(income - expenses));
    var yearSelect = document.getElementById('projectYear');
    var year = yearSelect ? Number(yearSelect.value) : 0;
    var out = document.getElementById('max-city-share');
    if (!out) { return; }
    if (!year || year > rates.length) {
      set('max-city-share', out.getAttribute('data-choose') || '事業の年次を選ぶと表示します');
      return;
    }
    var rate = rates[year - 1];
    var byRate = Math.floor(expenses / 100) * rate + Math.floor((expenses % 100) * rate / 100);
    var max = cap === null ? byRate : Math.min(cap, byRate);
    set('max-city-share', yen(max) + '（支出合計の' + rate + '%、' + (cap === null ? '上限なし' : '上限 ' + yen(cap)) + '）');
  }
  function dates() {
    form.querySelectorAll('input[type=date]').forEach(function (input) {
      var out = document.getElementById(input.id + '-wareki');
      if (!out) { return; }
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
      var text = m ? wareki.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))) : '';
      if (out.textContent !== text) { out.textContent = text; }
    });
  }
  var out = document.getElementById('max-city-share');
  if (out && !document.getElementById('projectYear').value) { out.setAttribute('data-choose', out.textContent); }
  form.addEventListener('input', function () { figures(); dates(); });
  form.addEventListener('change', function () { figures(); dates(); });
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
