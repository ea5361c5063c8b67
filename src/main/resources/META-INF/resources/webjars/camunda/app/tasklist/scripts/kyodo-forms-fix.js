// Kyodo Flow: keep Tasklist's Complete / Start button usable on Camunda Forms
// that have dynamic lists (Camunda 7.24.0 webjar).
//
// Loaded through `customScripts` in ./config.js. The bundled Tasklist
// (camunda-tasklist-bootstrap.js) imports every custom script as an ES module
// from app/tasklist/<name>.js before AngularJS starts, and registers each
// entry of the module's default export as a plugin definition. This module has
// no plugin, so its default export is an empty list; its work is done when it
// is imported.
// Careful: if this file cannot be loaded or throws while it is evaluated,
// Tasklist does not start at all (7.24.0's loader then reads `.default` of
// undefined). Hence the try/catch around install() below, and the file must
// ship together with config.js.
//
// The problem
// - Tasklist's camunda-forms integration (directive camTasklistFormCamunda)
//   does, on every form-js "changed" event:
//     notifyFormValidated(!!Object.keys(event.errors).length)
//   so any key in the errors object disables Complete / Start.
// - form-js (Form._update) stores the errors of the field that was just edited
//   with set(errors, [fieldId, ...rowIndexes], errorsOrUndefined). For a field
//   inside a dynamic list the path has a row index, so set() creates
//   errors[fieldId] = [] and then only deletes the row entry. A valid list
//   field therefore leaves an entry with no error in it ({Field_x: []}) and the
//   button stays disabled although the form is valid.
//
// The hook
// - The integration keeps its form-js instance and the Form class in closures
//   and exposes neither (notifyFormValidated only receives a boolean), so an
//   AngularJS decorator cannot tell empty entries from real errors.
// - Instead this module takes the Form class of the bundled form-js from the
//   webpack module registry that lib/runtime.js keeps for lib/deps.js, and
//   wraps Form.prototype.importSchema (called once per form by Tasklist, right
//   before it registers its own "changed" listener). For each form it adds one
//   "changed" listener with a priority above the default (1000) used by both
//   the form-js renderer and Tasklist. form-js passes one event object to all
//   listeners in priority order, so this listener replaces event.errors with a
//   copy without the entries that hold no error. The form's own state is not
//   changed, entries with a real error are kept as they are (row positions
//   included), and Tasklist's check on completion (form.submit(), which runs
//   a full validation and never produces empty entries) is not affected:
//   required fields left empty still refuse completion, and a field whose
//   error is shown still disables the button.
// - If the registry or the Form class is not found (another Camunda build),
//   nothing is patched and a warning is written to the browser console; the
//   in-form submit buttons of the forms keep working in that case.
//
// The lost click
// - "A click on 完了 right after typing sometimes sent nothing": form-js
//   (Textfield, Textarea, Numberfield: its useFlushDebounce hook) passes what
//   is typed to the form state only after 300 ms without a keystroke, or when
//   the field fires "blur". Tasklist's 完了 calls form.submit(), which reads
//   the form state as it is and does not flush pending input. A click that
//   moves the focus first (a mouse click on a desktop Chrome) blurs the field
//   and flushes it; a click that does not (a tap on a tablet's button, which
//   does not take the focus in Safari; assistive technology that activates
//   the button directly; Enter in a field of a form with an in-form submit
//   button) completes the task with the state of up to 300 ms earlier: the
//   last characters, or the whole last value, are missing, and a required
//   field still counts as empty, so nothing is sent. The wrapper below
//   therefore turns the debounce off for each form (noInputDebounce).
//
// If Camunda is upgraded, check that camunda-tasklist-bootstrap.js still uses
// Object.keys(e.errors) in its "changed" listener and that this module still
// reports "installed" in the browser console.

const LOG_PREFIX = '[kyodo-forms-fix]';

// Webpack module id of @bpmn-io/form-js in lib/deps.js of the 7.24.0 webjar
// (the module camunda-tasklist-bootstrap.js reads `.Form` from).
const FORM_JS_MODULE_ID = 57661;

// Above the default priority (1000) of the form-js renderer's and Tasklist's
// "changed" listeners, so this one runs first.
const CHANGED_LISTENER_PRIORITY = 1500;

const CHUNK_REGISTRY = 'webpackChunkcamunda_bpm_webapp';

// True if an errors value holds at least one error. Error messages are strings
// in arrays, nested by row index for fields inside lists; null, undefined and
// holes left by deleted rows are no error. Any other value counts as an error.
function holdsError(value) {
  if (value === null || value === undefined) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.some(holdsError);
  }
  if (typeof value === 'object') {
    return Object.keys(value).some((key) => holdsError(value[key]));
  }
  return true;
}

// The errors object without its entries that hold no error; the same object
// if there is nothing to drop.
function withoutEmptyEntries(errors) {
  const keys = Object.keys(errors);
  const kept = keys.filter((key) => holdsError(errors[key]));
  if (kept.length === keys.length) {
    return errors;
  }
  const result = {};
  kept.forEach((key) => {
    result[key] = errors[key];
  });
  return result;
}

function isFormClass(Form) {
  return (
    typeof Form === 'function' &&
    !!Form.prototype &&
    typeof Form.prototype.importSchema === 'function' &&
    typeof Form.prototype.submit === 'function' &&
    typeof Form.prototype.validate === 'function'
  );
}

// webpack's require function of the Camunda webapp bundle: a chunk pushed to
// the registry with a runtime callback gets it as argument (webpack 5 JSONP
// chunk format, handled synchronously by lib/runtime.js).
function webpackRequire() {
  const registry = window[CHUNK_REGISTRY];
  if (!registry || typeof registry.push !== 'function') {
    return null;
  }
  let found = null;
  registry.push([
    ['kyodo-forms-fix'],
    {},
    (require) => {
      found = require;
    }
  ]);
  return typeof found === 'function' ? found : null;
}

function findFormClass(require) {
  try {
    const exports = require(FORM_JS_MODULE_ID);
    if (exports && isFormClass(exports.Form)) {
      return exports.Form;
    }
  } catch (e) {
    // not this build; search below
  }
  // Another build: the module that defines the form-js viewer's Form class.
  const modules = require.m || {};
  for (const id of Object.keys(modules)) {
    const source = Function.prototype.toString.call(modules[id]);
    if (
      source.indexOf('importSchema(') !== -1 &&
      source.indexOf('_getSubmitData(') !== -1 &&
      source.indexOf('validateFieldInstance(') !== -1
    ) {
      try {
        const exports = require(id);
        if (exports && isFormClass(exports.Form)) {
          return exports.Form;
        }
      } catch (e) {
        // keep searching
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Japanese for what form-js shows in English
//
// The form-js of Tasklist 7.24.0 has no translation hook: its validation
// messages, placeholders, button texts and aria-labels are English literals,
// and its date picker (flatpickr) uses flatpickr's English default locale.
// For a Japanese UI (the same choice as config.js: the browser's first
// language) this module
// - wraps each form's validator so that its messages are Japanese where they
//   are made (what the field shows and what Tasklist counts are the same);
// - gives flatpickr Japanese month and weekday names (flatpickr.localize,
//   before any date field is rendered);
// - translates the remaining fixed texts and attributes inside form-js
//   containers with a MutationObserver (exact texts only, so nothing typed by
//   a user or written in a form is ever changed).
// A text missing here stays English; check the lists after an upgrade.

const JAPANESE = (() => {
  const nav = window.navigator;
  const lang =
    (Array.isArray(nav.languages) && nav.languages.length
      ? nav.languages[0]
      : nav.language || '') || '';
  return lang.split('-')[0].toLowerCase() === 'ja';
})();

// form-js validation messages (Validator of @bpmn-io/form-js-viewer).
const MESSAGES = [
  [/^Field is required\.$/, () => 'この項目は必須です。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `${m[1]}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `${m[1]}以下の値を入力してください。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `${m[1]}文字以上で入力してください。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `${m[1]}文字以内で入力してください。`],
  [/^Field must match pattern .*\.$/s, () => '入力の形式が正しくありません。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '電話番号を国際形式で入力してください（例：+81312345678）。'],
  [/^Field must be a valid email\.$/, () => 'メールアドレスの形式で入力してください。'],
  [/^Value is not a number\.$/, () => '数値を入力してください。'],
  [/^Value is expected to be an integer\.$/, () => '整数を入力してください。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `小数点以下は${m[1]}桁までで入力してください。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `有効な値を入力してください（近い値：${m[1]} または ${m[2]}）。`],
  [/^Date and time must both be entered\.$/, () => '日付と時刻の両方を入力してください。']
];

// Fixed texts of form-js's fields (text nodes and the attributes below).
const TEXTS = [
  [/^Select$/, () => '選択してください'],
  [/^Search$/, () => '検索'],
  [/^No results$/, () => '該当するものがありません'],
  [/^All values selected$/, () => 'すべて選択済みです'],
  [/^Add new$/, () => '行を追加'],
  [/^Collapse$/, () => '折りたたむ'],
  [/^Expand all \((\d+)\)$/, (m) => `すべて表示（${m[1]}件）`],
  [/^Remove list item (\d+)$/, (m) => `${m[1]}行目を削除`],
  [/^Remove tag$/, () => '選択を解除'],
  [/^Increment$/, () => '増やす'],
  [/^Decrement$/, () => '減らす'],
  [/^Date$/, () => '日付'],
  [/^Time$/, () => '時刻'],
  [/^Nothing to show\.$/, () => '表示するものがありません。'],
  [/^No content to show\.$/, () => '表示する内容がありません。'],
  [/^Previous page$/, () => '前のページ'],
  [/^Next page$/, () => '次のページ'],
  [/^Click to remove sorting$/, () => 'クリックで並べ替えを解除'],
  [/^This is an image placeholder$/, () => '画像'],
  [/^Powered by bpmn\.io$/, () => 'bpmn.io のフォーム'],
  [/^Scroll to increment$/, () => 'スクロールで増減'],
  [/^Click to toggle$/, () => 'クリックで切り替え'],
  [/^Year$/, () => '年'],
  [/^Month$/, () => '月'],
  [/^Hour$/, () => '時'],
  [/^Minute$/, () => '分']
];

const TRANSLATED_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

function translated(text, table) {
  if (typeof text !== 'string') {
    return null;
  }
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  for (const [pattern, make] of table) {
    const m = trimmed.match(pattern);
    if (m) {
      return text.replace(trimmed, make(m));
    }
  }
  return null;
}

function japaneseMessage(message) {
  return translated(message, MESSAGES) || message;
}

function japaneseValidationMessages(form) {
  try {
    const validator = typeof form.get === 'function' && form.get('validator', false);
    if (!validator || validator.kyodoJapanese) {
      return;
    }
    ['validateField', 'validateFieldInstance'].forEach((name) => {
      const original = validator[name];
      if (typeof original === 'function') {
        validator[name] = function (...args) {
          const errors = original.apply(this, args);
          return Array.isArray(errors) ? errors.map(japaneseMessage) : errors;
        };
      }
    });
    validator.kyodoJapanese = true;
  } catch (e) {
    console.warn(LOG_PREFIX, 'validation messages left in English', e);
  }
}

// flatpickr's own Japanese locale (flatpickr/dist/l10n/ja), plus its aria texts.
const FLATPICKR_JA = {
  weekdays: {
    shorthand: ['日', '月', '火', '水', '木', '金', '土'],
    longhand: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']
  },
  firstDayOfWeek: 0,
  ordinal: () => '',
  rangeSeparator: ' から ',
  weekAbbreviation: '週',
  scrollTitle: 'スクロールで増減',
  toggleTitle: 'クリックで切り替え',
  amPM: ['午前', '午後'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '時',
  minuteAriaLabel: '分',
  time_24hr: true
};

// Webpack module id of flatpickr in lib/deps.js of the 7.24.0 webjar (the one
// form-js's date field imports).
const FLATPICKR_MODULE_ID = 11731;

function isFlatpickr(f) {
  return typeof f === 'function' && typeof f.localize === 'function' && !!f.l10ns;
}

function findFlatpickr(require) {
  try {
    const f = require(FLATPICKR_MODULE_ID);
    if (isFlatpickr(f)) {
      return f;
    }
  } catch (e) {
    // another build: search below
  }
  const modules = require.m || {};
  for (const id of Object.keys(modules)) {
    const source = Function.prototype.toString.call(modules[id]);
    if (source.indexOf('.l10ns=') !== -1 && source.indexOf('.localize=') !== -1 && source.indexOf('flatpickr') !== -1) {
      try {
        const f = require(id);
        if (isFlatpickr(f)) {
          return f;
        }
      } catch (e) {
        // keep searching
      }
    }
  }
  return null;
}

function japaneseDatePicker(require) {
  const flatpickr = findFlatpickr(require);
  if (!flatpickr) {
    console.warn(LOG_PREFIX, 'flatpickr not found; the date picker stays in English');
    return;
  }
  flatpickr.localize(FLATPICKR_JA);
  // the days' aria-labels (a config option, not part of a locale)
  flatpickr.setDefaults({ ariaDateFormat: 'Y年n月j日' });
}

function translateElement(element) {
  TRANSLATED_ATTRIBUTES.forEach((name) => {
    if (element.hasAttribute(name)) {
      const value = element.getAttribute(name);
      const ja = translated(value, TEXTS) || translated(value, MESSAGES);
      if (ja && ja !== value) {
        element.setAttribute(name, ja);
      }
    }
  });
}

function translateTextNode(node) {
  const ja = translated(node.data, TEXTS) || translated(node.data, MESSAGES);
  if (ja && ja !== node.data) {
    node.data = ja;
  }
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateElement(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateTextNode(node);
    } else {
      translateElement(node);
    }
  }
}

function japaneseFormTexts() {
  const observer = new MutationObserver((mutations) => {
    mutations.forEach((mutation) => {
      if (!insideForm(mutation.target)) {
        // a form container added as a whole
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE && (node.matches('.fjs-container') || node.querySelector('.fjs-container'))) {
            node.querySelectorAll('.fjs-container').forEach(translateTree);
            if (node.matches('.fjs-container')) {
              translateTree(node);
            }
          }
        });
        return;
      }
      if (mutation.type === 'characterData') {
        translateTextNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateElement(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateTree);
      }
    });
  });
  const start = () =>
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: TRANSLATED_ATTRIBUTES
    });
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

// ---------------------------------------------------------------------------
// 「タスクを作成」 only for those who may create tasks
//
// Tasklist's navbar offers 「タスクを作成」 (a standalone task, outside any case)
// to everybody, and config.js has no option for it; excluding the plugin
// (cam-exclude-plugins on <base>) would hide it from everybody, administrators
// included, and is read before anyone signs in. In Kyodo Flow every task comes
// from a case's process; creating a task needs the CREATE permission on the
// Task resource, which only camunda-admin has, so for everybody else the
// dialog could only end in an authorization error. The link is hidden by a
// style rule until the engine says (authorization/check for the user signed in)
// that this user may create tasks; granting CREATE on Task in Admin shows it.

const MAY_CREATE_TASK_CLASS = 'kyodo-may-create-task';

function engineApi() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  return `${root}/api/engine/engine/default`;
}

function checkCreateTask() {
  const url = `${engineApi()}/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7`;
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { authorized: false }))
    .then((answer) => !!(answer && answer.authorized === true))
    .catch(() => false);
}

function createTaskOnlyWhenAllowed() {
  const style = document.createElement('style');
  style.textContent = `body:not(.${MAY_CREATE_TASK_CLASS}) .create-task-action { display: none !important; }`;
  document.head.appendChild(style);
  let shown = null;
  const update = () => {
    const link = document.querySelector('.create-task-action');
    if (!link || link === shown) {
      return;
    }
    shown = link;
    document.body.classList.remove(MAY_CREATE_TASK_CLASS);
    checkCreateTask().then((allowed) => {
      if (shown === link) {
        document.body.classList.toggle(MAY_CREATE_TASK_CLASS, allowed);
      }
    });
  };
  const start = () => {
    new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
    update();
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

// The lost click (see the header): form-js's text, text area and number fields
// hand a typed value to the form only 300 ms after the last keystroke, or when
// the field loses focus; Tasklist's 完了 reads the form's state at once. The
// field components read the debounce from the form's "config" service on every
// render, and `false` turns it off, so every keystroke reaches the form state
// before anything can read it. Set before the schema is imported, that is
// before any field is rendered.
function noInputDebounce(form) {
  try {
    const config = typeof form.get === 'function' && form.get('config', false);
    if (config && typeof config === 'object') {
      config.debounce = false;
    }
  } catch (e) {
    console.warn(LOG_PREFIX, 'input debounce left on', e);
  }
}

function install() {
  const require = webpackRequire();
  if (JAPANESE) {
    if (require) {
      japaneseDatePicker(require);
    }
    japaneseFormTexts();
  }
  const Form = require && findFormClass(require);
  if (!Form) {
    console.warn(
      LOG_PREFIX,
      'form-js Form class not found; Tasklist Complete/Start may stay disabled after editing list fields'
    );
    return;
  }
  if (Form.prototype.importSchema.kyodoFormsFix) {
    return;
  }

  const withListener = new WeakSet();
  const originalImportSchema = Form.prototype.importSchema;

  function importSchema(...args) {
    noInputDebounce(this);
    if (JAPANESE) {
      japaneseValidationMessages(this);
    }
    if (!withListener.has(this) && typeof this.on === 'function') {
      withListener.add(this);
      this.on('changed', CHANGED_LISTENER_PRIORITY, (event) => {
        if (event && event.errors && typeof event.errors === 'object') {
          event.errors = withoutEmptyEntries(event.errors);
        }
        // no return value: a returned value would stop the event
      });
    }
    return originalImportSchema.apply(this, args);
  }
  importSchema.kyodoFormsFix = true;
  Form.prototype.importSchema = importSchema;
  console.info(LOG_PREFIX, 'installed');
}

try {
  install();
} catch (e) {
  console.warn(LOG_PREFIX, 'not installed', e);
}

try {
  createTaskOnlyWhenAllowed();
} catch (e) {
  console.warn(LOG_PREFIX, '「タスクを作成」 left as it is', e);
}

// No plugins: Tasklist registers each entry of the default export as a plugin.
export default [];
