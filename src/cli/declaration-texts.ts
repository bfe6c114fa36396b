/**
 * The few texts of a cookie declaration that the UI has no key for (the rest are the UI's
 * own: category titles, vendor purposes, "Cookie", "Lifetime"…), in every shipped
 * language. Only the command line carries them: the browser files do not grow.
 */
export interface DeclarationTexts {
  /** What Consentry's own cookie and storage entries are for. */
  consentry: string
  /** Marks an entry of localStorage or sessionStorage, not a cookie. */
  storage: string
  /** The lifetime of a storage entry, which has no expiry. */
  untilDeleted: string
}

/** By shipped language tag; English is the fallback. */
export const DECLARATION_TEXTS: Record<string, DeclarationTexts> = {
  en: {
    consentry: 'Remembers your cookie choices on this device, and the record of them.',
    storage: 'browser storage',
    untilDeleted: 'until deleted'
  },
  de: {
    consentry: 'Speichert Ihre Cookie-Auswahl auf diesem Gerät und den Nachweis darüber.',
    storage: 'Browserspeicher',
    untilDeleted: 'bis zur Löschung'
  },
  fr: {
    consentry:
      'Mémorise vos choix en matière de cookies sur cet appareil, ainsi que leur preuve.',
    storage: 'stockage du navigateur',
    untilDeleted: 'jusqu’à suppression'
  },
  es: {
    consentry: 'Recuerda sus preferencias de cookies en este dispositivo y su registro.',
    storage: 'almacenamiento del navegador',
    untilDeleted: 'hasta que se elimine'
  },
  it: {
    consentry:
      'Memorizza le tue scelte sui cookie su questo dispositivo e la relativa registrazione.',
    storage: 'archiviazione del browser',
    untilDeleted: 'fino alla cancellazione'
  },
  'pt-BR': {
    consentry: 'Lembra suas escolhas de cookies neste dispositivo e o registro delas.',
    storage: 'armazenamento do navegador',
    untilDeleted: 'até ser excluído'
  },
  nl: {
    consentry: 'Onthoudt uw cookiekeuzes op dit apparaat, en het bewijs daarvan.',
    storage: 'browseropslag',
    untilDeleted: 'tot verwijdering'
  },
  pl: {
    consentry:
      'Zapamiętuje Twoje wybory dotyczące plików cookie na tym urządzeniu i ich zapis.',
    storage: 'pamięć przeglądarki',
    untilDeleted: 'do usunięcia'
  },
  ru: {
    consentry:
      'Запоминает ваш выбор в отношении cookie на этом устройстве и запись о нём.',
    storage: 'хранилище браузера',
    untilDeleted: 'до удаления'
  },
  'zh-CN': {
    consentry: '在此设备上记住您的 Cookie 选择及其记录。',
    storage: '浏览器存储',
    untilDeleted: '直至删除'
  },
  ja: {
    consentry: 'この端末でのクッキーの選択と、その記録を保存します。',
    storage: 'ブラウザーのストレージ',
    untilDeleted: '削除されるまで'
  },
  ko: {
    consentry: '이 기기에서 쿠키 선택과 그 기록을 기억합니다.',
    storage: '브라우저 저장소',
    untilDeleted: '삭제할 때까지'
  },
  ar: {
    consentry: 'يحفظ اختياراتك بشأن ملفات تعريف الارتباط على هذا الجهاز وسجلّها.',
    storage: 'تخزين المتصفح',
    untilDeleted: 'حتى الحذف'
  },
  sv: {
    consentry: 'Kommer ihåg dina cookieval på den här enheten och registreringen av dem.',
    storage: 'webbläsarens lagring',
    untilDeleted: 'tills den raderas'
  },
  da: {
    consentry: 'Husker dine cookievalg på denne enhed og registreringen af dem.',
    storage: 'browserens lager',
    untilDeleted: 'indtil den slettes'
  },
  nb: {
    consentry:
      'Husker valgene dine for informasjonskapsler på denne enheten, og registreringen av dem.',
    storage: 'nettleserlagring',
    untilDeleted: 'til den slettes'
  },
  fi: {
    consentry: 'Muistaa evästevalintasi tällä laitteella sekä niistä tehdyn tallenteen.',
    storage: 'selaimen tallennustila',
    untilDeleted: 'kunnes poistetaan'
  },
  cs: {
    consentry: 'Pamatuje si vaše volby souborů cookie na tomto zařízení a jejich záznam.',
    storage: 'úložiště prohlížeče',
    untilDeleted: 'do smazání'
  },
  ro: {
    consentry:
      'Reține alegerile tale privind cookie-urile pe acest dispozitiv și evidența lor.',
    storage: 'stocarea browserului',
    untilDeleted: 'până la ștergere'
  },
  hu: {
    consentry:
      'Megjegyzi a sütikre vonatkozó döntéseit ezen az eszközön, és azok nyilvántartását.',
    storage: 'böngésző tárhelye',
    untilDeleted: 'törlésig'
  },
  el: {
    consentry:
      'Θυμάται τις επιλογές σας για τα cookies σε αυτή τη συσκευή και την καταγραφή τους.',
    storage: 'χώρος αποθήκευσης του προγράμματος περιήγησης',
    untilDeleted: 'έως τη διαγραφή'
  },
  sk: {
    consentry:
      'Pamätá si vaše voľby týkajúce sa súborov cookie v tomto zariadení a ich záznam.',
    storage: 'úložisko prehliadača',
    untilDeleted: 'do vymazania'
  },
  sl: {
    consentry: 'Shrani vaše izbire glede piškotkov v tej napravi in njihov zapis.',
    storage: 'shramba brskalnika',
    untilDeleted: 'do izbrisa'
  },
  hr: {
    consentry: 'Pamti vaš odabir kolačića na ovom uređaju i zapis o njemu.',
    storage: 'pohrana preglednika',
    untilDeleted: 'do brisanja'
  },
  bg: {
    consentry: 'Запомня избора ви за бисквитките на това устройство и записа за него.',
    storage: 'хранилище на браузъра',
    untilDeleted: 'до изтриване'
  },
  et: {
    consentry: 'Jätab meelde teie küpsisevalikud selles seadmes ja nende kirje.',
    storage: 'brauseri salvestusruum',
    untilDeleted: 'kuni kustutamiseni'
  },
  lv: {
    consentry: 'Atceras jūsu sīkdatņu izvēles šajā ierīcē un to ierakstu.',
    storage: 'pārlūkprogrammas krātuve',
    untilDeleted: 'līdz dzēšanai'
  },
  lt: {
    consentry: 'Įsimena jūsų slapukų pasirinkimus šiame įrenginyje ir jų įrašą.',
    storage: 'naršyklės saugykla',
    untilDeleted: 'kol bus ištrinta'
  },
  'pt-PT': {
    consentry:
      'Memoriza as suas escolhas de cookies neste dispositivo e o respetivo registo.',
    storage: 'armazenamento do navegador',
    untilDeleted: 'até ser eliminado'
  },
  uk: {
    consentry:
      'Запам’ятовує ваш вибір щодо файлів cookie на цьому пристрої та запис про нього.',
    storage: 'сховище браузера',
    untilDeleted: 'до видалення'
  },
  tr: {
    consentry: 'Bu cihazdaki çerez seçimlerinizi ve bunların kaydını hatırlar.',
    storage: 'tarayıcı depolama alanı',
    untilDeleted: 'silinene kadar'
  }
}
