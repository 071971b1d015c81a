// "Nghe đọc": reads the current question, or the result's first two screens, aloud with the
// phone's own voice for the page's language, sentence by sentence. Nothing leaves the phone.
// The button stays hidden unless such a voice is installed: Android lists languages it cannot
// speak. Its words come from the page (`data-read`, `data-stop`), in the page's language.
const button = document.querySelector('[data-action="read-aloud"]');
const speech = window.speechSynthesis;
const language = document.documentElement.lang || 'vi';

// What is read, in order: the question and its answers, or the result's first screens.
const PARTS = [
  'form[data-question] h1', 'form[data-question] h2', 'form[data-question] .hint',
  'form[data-question] .choices__label',
  '.result-panel', '.next-step', '.result-where',
];

function pageVoice() {
  return speech.getVoices().find((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith(language)) || null;
}

function sentences() {
  const texts = [...document.querySelectorAll(PARTS.join(','))]
    .filter((element) => !element.closest('[hidden]'))
    .map((element) => element.innerText);
  return texts.flatMap((text) => text.split(/(?<=[.!?:;])\s+|\n+/)).map((s) => s.trim()).filter(Boolean);
}

function setReading(reading) {
  button.textContent = reading ? button.dataset.stop : button.dataset.read;
}

function read() {
  const voice = pageVoice();
  if (speech.speaking) {
    speech.cancel();
    setReading(false);
    return;
  }
  const all = sentences();
  all.forEach((sentence, index) => {
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = language === 'vi' ? 'vi-VN' : language;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    if (index === all.length - 1) utterance.onend = () => setReading(false);
    speech.speak(utterance);
  });
  setReading(all.length > 0);
}

function offerIfVoice() {
  if (pageVoice()) button.hidden = false;
}

if (button && speech && window.SpeechSynthesisUtterance) {
  button.addEventListener('click', read);
  speech.addEventListener('voiceschanged', offerIfVoice);
  offerIfVoice();
  // Leaving the page stops the voice.
  addEventListener('pagehide', () => speech.cancel());
}
