/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Kyodo Flow: Japanese locale for Tasklist.
//
// How the bundled Tasklist (camunda-tasklist-bootstrap.js, 7.24.0) uses this file:
// - it is loaded with a dynamic import() of app/tasklist/scripts/config.js, so it
//   must stay an ES module with a default export;
// - the UI language is the primary subtag of the browser's *first* preferred
//   language (navigator.languages[0], e.g. 'ja-JP' -> 'ja') if it is listed in
//   locales.availableLocales, otherwise locales.fallbackLocale. There is no
//   separate "default" or "forced" locale setting;
// - labels come from app/tasklist/locales/<locale>.json; a key missing there is
//   looked up in the fallbackLocale file, and only then shown as the raw key;
// - both the chosen locale file and the fallback file are loaded, and the one
//   whose response is handled last also sets the date/time locale (moment.js,
//   "in 14 days", "a minute ago", month and weekday names). With 'ja' chosen
//   and 'en' as fallback, dates could come out in English (seen on a browser's
//   first visit, before the locale files are cached in localStorage).
// Our ja.json lives next to this file in src/main/resources, which comes before
// the Camunda webjar on the classpath.

// The same choice the bootstrap code makes (see above), made here so that the
// fallback locale and the shortcut descriptions (shown as-is, not translated by
// the app) follow the UI language.
const firstBrowserLanguage = (() => {
  const nav = window.navigator;
  const lang =
    (Array.isArray(nav.languages)
      ? nav.languages[0]
      : nav.language || nav.browserLanguage || nav.systemLanguage || nav.userLanguage) || '';
  return lang.split('-')[0].toLowerCase();
})();
const ja = firstBrowserLanguage === 'ja';

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },

  // Japanese for browsers whose first language is Japanese, English for all
  // others. The fallback is the UI language itself, so exactly one locale file
  // is loaded and labels and dates are always in the same language.
  // ja.json has every key of the 7.24.0 en.json (the last Camunda 7 CE release);
  // if Camunda is ever upgraded, compare the keys of both files again, because a
  // key missing from ja.json would be shown as its raw name.
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: ja ? 'ja' : 'en'
  },

  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],

  // Kyodo Flow: keeps Tasklist's Complete / Start button enabled after list
  // fields of a Camunda Form are edited (form-js leaves empty error entries for
  // them); real validation errors still disable it. See the file for details.
  // Each entry is imported as an ES module from app/tasklist/<entry>.js.
  customScripts: ['scripts/kyodo-forms-fix'],

  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: ja
        ? '選択中のタスクを担当します'
        : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: ja
        ? '一覧の最初のフィルターにフォーカスを移動します'
        : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: ja
        ? '一覧の最初のタスクにフォーカスを移動します'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: ja
        ? 'タスクフォームの最初の入力欄にフォーカスを移動します'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: ja
        ? 'プロセス開始のダイアログを開きます'
        : 'opens the start process modal dialog'
    }
  }
};
