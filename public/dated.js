// Shows, of the figures written for each dated period (src/students/page.rs), the ones in
// force today in Vietnam, or on the `?ngay=YYYY-MM-DD` preview date, so the figures switch
// when the policy data's dates say so even if the site was not rebuilt. When no period covers
// the day, the pre-rendered choice stays. Loaded only on pages that have dated figures.
const elements = [...document.querySelectorAll("[data-show-from]")];
const realDate = (text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? "")) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};
const preview = new URLSearchParams(location.search).get("ngay");
const day = realDate(preview)
  ? preview
  : new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
// ISO dates compare as text.
const shown = (element) => element.dataset.showFrom <= day && day <= element.dataset.showUntil;
if (elements.some(shown)) {
  for (const element of elements) element.hidden = !shown(element);
  document.documentElement.dataset.figuresDate = day;
}
