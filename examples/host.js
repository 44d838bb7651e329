// The host page's side: listens to the widget's events and hands the final answers to the
// page's own form. Nothing here is needed for the widget itself to work.
const widget = document.getElementById('intake');
const form = document.getElementById('contact');

widget.addEventListener('client-fit:complete', (event) => {
  // event.detail: { version: 1, questionnaire, language, client, answers, scores, verdict, flags }
  document.getElementById('client-fit-result').value = JSON.stringify(event.detail);
  form.hidden = false;
});
