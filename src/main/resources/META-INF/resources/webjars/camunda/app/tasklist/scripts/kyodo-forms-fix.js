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

// No plugins: Tasklist registers each entry of the default export as a plugin.
export default [];
