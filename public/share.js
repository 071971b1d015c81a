// The share block's two buttons (src/site/share.rs); loaded only on pages that have the block.
const block = document.querySelector("[data-share-title]");
if (block) {
  const [copy, native] = block.querySelectorAll("button[data-share]");
  const field = block.querySelector("input");
  const url = field.value;
  copy.onclick = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      field.select();
      if (!document.execCommand("copy")) return;
    }
    // The page's language says it (`data-copied`, from the words file).
    block.querySelector("[role=status]").textContent = copy.dataset.copied;
  };
  copy.parentNode.hidden = false;
  if (navigator.share) {
    native.onclick = () => navigator.share({ title: block.dataset.shareTitle, url }).catch(() => {});
    native.parentNode.hidden = false;
  }
}
