/**
 * The few texts of a cookie declaration that the UI has no key for (the rest are the UI's
 * own: category titles, vendor purposes, "Cookie", "Lifetime"…), in every shipped
 * language. Only the command line carries them: the browser files do not grow.
 */
export interface DeclarationTexts {
  /** What Consentry's own cookie and storage entries are for. */
  consentry: string
  /** Marks a storage entry that is not a cookie. */
  localStorage: string
  /** The lifetime of a storage entry, which has no expiry. */
  untilDeleted: string
}

/** By shipped language tag; English is the fallback. */
export const DECLARATION_TEXTS: Record<string, DeclarationTexts> = {
  en: {
    consentry: 'Remembers your cookie choices on this device, and the record of them.',
    localStorage: 'local storage',
    untilDeleted: 'until deleted'
  },
  de: {
    consentry: 'Speichert Ihre Cookie-Auswahl auf diesem Gerät und den Nachweis darüber.',
    localStorage: 'lokaler Speicher',
    untilDeleted: 'bis zur Löschung'
  },
  fr: {
    consentry:
      'Mémorise vos choix en matière de cookies sur cet appareil, ainsi que leur preuve.',
    localStorage: 'stockage local',
    untilDeleted: 'jusqu’à suppression'
  },
  es: {
    consentry: 'Recuerda sus preferencias de cookies en este dispositivo y su registro.',
    localStorage: 'almacenamiento local',
    untilDeleted: 'hasta que se elimine'
  },
  it: {
    consentry:
      'Memorizza le tue scelte sui cookie su questo dispositivo e la relativa registrazione.',
    localStorage: 'archiviazione locale',
    untilDeleted: 'fino alla cancellazione'
  },
  'pt-BR': {
    consentry: 'Lembra suas escolhas de cookies neste dispositivo e o registro delas.',
    localStorage: 'armazenamento local',
    untilDeleted: 'até ser excluído'
  },
  nl: {
    consentry: 'Onthoudt uw cookiekeuzes op dit apparaat, en het bewijs daarvan.',
    localStorage: 'lokale opslag',
    untilDeleted: 'tot verwijdering'
  },
  pl: {
    consentry:
      'Zapamiętuje Twoje wybory dotyczące plików cookie na tym urządzeniu i ich zapis.',
    localStorage: 'pamięć lokalna',
    untilDeleted: 'do usunięcia'
  },
  ru: {
    consentry:
      'Запоминает ваш выбор в отношении cookie на этом устройстве и запись о нём.',
    localStorage: 'локальное хранилище',
    untilDeleted: 'до удаления'
  },
  'zh-CN': {
    consentry: '在此设备上记住您的 Cookie 选择及其记录。',
    localStorage: '本地存储',
    untilDeleted: '直至删除'
  },
  ja: {
    consentry: 'この端末でのクッキーの選択と、その記録を保存します。',
    localStorage: 'ローカルストレージ',
    untilDeleted: '削除されるまで'
  },
  ko: {
    consentry: '이 기기에서 쿠키 선택과 그 기록을 기억합니다.',
    localStorage: '로컬 스토리지',
    untilDeleted: '삭제할 때까지'
  },
  ar: {
    consentry: 'يحفظ اختياراتك بشأن ملفات تعريف الارتباط على هذا الجهاز وسجلّها.',
    localStorage: 'التخزين المحلي',
    untilDeleted: 'حتى الحذف'
  },
  sv: {
    consentry: 'Kommer ihåg dina cookieval på den här enheten och registreringen av dem.',
    localStorage: 'lokal lagring',
    untilDeleted: 'tills den raderas'
  },
  da: {
    consentry: 'Husker dine cookievalg på denne enhed og registreringen af dem.',
    localStorage: 'lokal lagring',
    untilDeleted: 'indtil den slettes'
  },
  nb: {
    consentry:
      'Husker valgene dine for informasjonskapsler på denne enheten, og registreringen av dem.',
    localStorage: 'lokal lagring',
    untilDeleted: 'til den slettes'
  },
  fi: {
    consentry: 'Muistaa evästevalintasi tällä laitteella sekä niistä tehdyn tallenteen.',
    localStorage: 'paikallinen tallennustila',
    untilDeleted: 'kunnes poistetaan'
  },
  cs: {
    consentry: 'Pamatuje si vaše volby souborů cookie na tomto zařízení a jejich záznam.',
    localStorage: 'místní úložiště',
    untilDeleted: 'do smazání'
  },
  ro: {
    consentry:
      'Reține alegerile tale privind cookie-urile pe acest dispozitiv și evidența lor.',
    localStorage: 'stocare locală',
    untilDeleted: 'până la ștergere'
  },
  hu: {
    consentry:
      'Megjegyzi a sütikre vonatkozó döntéseit ezen az eszközön, és azok nyilvántartását.',
    localStorage: 'helyi tárhely',
    untilDeleted: 'törlésig'
  },
  el: {
    consentry:
      'Θυμάται τις επιλογές σας για τα cookies σε αυτή τη συσκευή και την καταγραφή τους.',
    localStorage: 'τοπικός χώρος αποθήκευσης',
    untilDeleted: 'έως τη διαγραφή'
  }
}
