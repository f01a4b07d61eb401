// The import page: once a sheet is sent, the form says so and shows a moving bar until
// the server answers with the preview (a large sheet takes a few seconds to upload and
// to be checked row by row), and the button cannot send it twice. The form posts as it
// would without this script.
(function () {
  'use strict';
  var form = document.querySelector('form.import-upload');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function () {
    var file = form.querySelector('input[type=file]');
    var bar = form.querySelector('.upload-progress');
    if (!file || !file.files || !file.files.length || !bar) {
      return;
    }
    bar.hidden = false;
    var button = form.querySelector('button[type=submit]');
    if (button) {
      // disabled after this event, so that the form is still sent
      window.setTimeout(function () { button.disabled = true; }, 0);
    }
  });
})();
