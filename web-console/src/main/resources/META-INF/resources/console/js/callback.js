// Back from the sign-in page: exchange the code for tokens, then open the console where the person was,
// or the live board when the sign-in started there.
import { completeSignIn } from './auth.js';
import { BOARD } from './config.js';
import { lang, setLang, t } from './i18n.js';
import { refreshTexts } from './dom.js';

setLang(lang());
refreshTexts(document);
completeSignIn(window.location.search)
  .then((returnTo) => {
    if (returnTo === BOARD) {
      window.location.replace(BOARD);
      return;
    }
    window.location.replace('index.html' + (returnTo && returnTo.startsWith('#') ? returnTo : ''));
  })
  .catch((error) => {
    const box = document.getElementById('callback-error');
    box.textContent = t('callback.failed') + ' (' + String(error.message || error) + ')';
  });
