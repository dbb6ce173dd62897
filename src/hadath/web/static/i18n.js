/* Labels in English and Arabic, event-type colours. */
"use strict";
window.HADATH_I18N = {
  en: {
    title: "hadath", token: "API token", country: "Country", event_type: "Event type",
    sub_event_type: "Sub-event type", from: "From", to: "To", actor: "Actor", search: "Search",
    apply: "Apply", reset: "Reset", map: "Map", timeline: "Events per day", events: "Events",
    date: "Date", actor1: "Actor 1", actor2: "Actor 2", location: "Location",
    fatalities: "Fatalities", status: "Status", more: "More", back: "← All events", fields: "Fields",
    review: "Review", reviewer: "Reviewer", field: "Field", value: "New value", note: "Note",
    accept: "Accept", correct: "Save correction", reject: "Reject", history: "History",
    sources: "Sources", any: "(all)", articles: "articles", n_events: "events", shown: "shown",
    saved: "Saved.", need_token: "An API token is required to review (enter it above).",
    evidence: "Evidence", no_events: "No events match.", loading: "Loading…", offline: "offline outlines",
    machine: "machine", accepted: "accepted", corrected: "corrected", rejected: "rejected",
    lang_other: "العربية",
  },
  ar: {
    title: "حدث", token: "مفتاح الواجهة", country: "البلد", event_type: "نوع الحدث",
    sub_event_type: "النوع الفرعي", from: "من", to: "إلى", actor: "الفاعل", search: "بحث",
    apply: "تطبيق", reset: "إعادة ضبط", map: "الخريطة", timeline: "الأحداث يوميًا", events: "الأحداث",
    date: "التاريخ", actor1: "الفاعل الأول", actor2: "الفاعل الثاني", location: "المكان",
    fatalities: "القتلى", status: "الحالة", more: "المزيد", back: "→ كل الأحداث", fields: "الحقول",
    review: "المراجعة", reviewer: "المراجع", field: "الحقل", value: "القيمة الجديدة", note: "ملاحظة",
    accept: "قبول", correct: "حفظ التصحيح", reject: "رفض", history: "السجل",
    sources: "المصادر", any: "(الكل)", articles: "مقالات", n_events: "أحداث", shown: "معروضة",
    saved: "تم الحفظ.", need_token: "يلزم مفتاح الواجهة للمراجعة (أدخله في الأعلى).",
    evidence: "الأدلة", no_events: "لا أحداث مطابقة.", loading: "جارٍ التحميل…", offline: "حدود الدول دون اتصال",
    machine: "آلي", accepted: "مقبول", corrected: "مصحح", rejected: "مرفوض",
    lang_other: "English",
  },
};

window.HADATH_TYPES = {
  "Battles": { color: "#d62728", ar: "معارك" },
  "Explosions/Remote violence": { color: "#ff7f0e", ar: "انفجارات / عنف عن بعد" },
  "Violence against civilians": { color: "#9467bd", ar: "عنف ضد المدنيين" },
  "Protests": { color: "#2ca02c", ar: "احتجاجات" },
  "Riots": { color: "#8c564b", ar: "أعمال شغب" },
  "Strategic developments": { color: "#1f77b4", ar: "تطورات استراتيجية" },
};

window.HADATH_FIELDS = {
  trigger: "#fdd835", actor1: "#ef9a9a", actor2: "#f48fb1", assoc_actor_1: "#ffcc80",
  location: "#90caf9", event_date: "#a5d6a7", fatalities: "#ce93d8", injuries: "#b39ddb",
  weapon: "#ffab91",
};
