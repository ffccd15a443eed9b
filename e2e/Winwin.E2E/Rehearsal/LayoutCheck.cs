using Microsoft.Playwright;

namespace Winwin.E2E.Rehearsal;

/// <summary>
/// Finds text that a person could not read whole: text cut by a box that clips it (a box whose content overflows it),
/// text that leaves the screen (sideways anywhere; downwards on a page that cannot scroll), text drawn over other text
/// (except under a bar pinned to the screen of a page that scrolls, where the reader scrolls to it),
/// and a search box or a list whose words do not fit. Text shortened on purpose, with an ellipsis (<c>text-overflow</c>
/// or <c>line-clamp</c>), is not cut: it is counted apart.
/// </summary>
public static class LayoutCheck
{
    private const string Script = """
        () => {
          const problems = [];
          const vw = document.documentElement.clientWidth, vh = window.innerHeight;
          const rootStyle = getComputedStyle(document.documentElement), bodyStyle = getComputedStyle(document.body);
          const scrolls = document.scrollingElement.scrollHeight > vh + 1 && rootStyle.overflowY !== 'hidden' && bodyStyle.overflowY !== 'hidden';
          const name = el => {
            let s = el.tagName.toLowerCase();
            if (el.id) s += '#' + el.id;
            if (el.classList.length) s += '.' + Array.from(el.classList).slice(0, 2).join('.');
            return s;
          };
          const shown = el => {
            // The content of a closed <details> keeps a layout box in Chromium (content-visibility: hidden), yet nobody sees it.
            if (el.checkVisibility && !el.checkVisibility()) return false;
            for (let e = el; e; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse' || Number(s.opacity) === 0) return false;
            }
            return true;
          };
          // A bar pinned to the screen (sticky or fixed) on a page that scrolls covers text the reader scrolls to: not an overlap.
          const pinned = el => {
            for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
              const p = getComputedStyle(e).position;
              if (p === 'sticky' || p === 'fixed') return e;
            }
            return null;
          };
          const clips = s => ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
          const onPurpose = s => (s.textOverflow === 'ellipsis') || (s.webkitLineClamp && s.webkitLineClamp !== 'none');
          const intersect = (a, b) => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
          const empty = r => r.right - r.left <= 0.5 || r.bottom - r.top <= 0.5;
          const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
          let shortened = 0;
          const boxes = [];
          const seen = new Set();
          const report = (kind, el, text) => {
            const key = kind + '|' + name(el) + '|' + text;
            if (!seen.has(key)) { seen.add(key); problems.push(kind + ': ' + name(el) + ' "' + text + '"'); }
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.trim();
            const el = node.parentElement;
            if (!text || !el || el.closest('template,script,style,noscript,[hidden]') || !shown(el)) continue;
            range.selectNodeContents(node);
            let cutOnPurpose = false;
            for (const r of range.getClientRects()) {
              if (r.width < 0.5 || r.height < 0.5) continue;
              let visible = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
              let hidden = false;
              for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
                const s = getComputedStyle(a);
                if (!clips(s)) continue;
                const box = a.getBoundingClientRect();
                if (onPurpose(s)) {
                  if (!inside(visible, box)) cutOnPurpose = true;
                  visible = intersect(visible, box);
                  if (empty(visible)) { hidden = true; break; }
                } else if (!inside(visible, box)) {
                  report('cut by ' + name(a), el, text.slice(0, 60));
                  visible = intersect(visible, box);
                  if (empty(visible)) { hidden = true; break; }
                }
              }
              if (hidden) continue;
              if (visible.right > vw + 1 || visible.left < -1) report('leaves the screen sideways', el, text.slice(0, 60));
              if (!scrolls && (visible.bottom > vh + 1 || visible.top < -1)) report('leaves the screen', el, text.slice(0, 60));
              boxes.push({ el, text, r: visible });
            }
            if (cutOnPurpose) shortened++;
          }
          // Text drawn over other text: boxes of different elements that cover each other for most of a line's height.
          boxes.sort((a, b) => a.r.top - b.r.top);
          for (let i = 0; i < boxes.length; i++) {
            const a = boxes[i];
            for (let j = i + 1; j < boxes.length && boxes[j].r.top < a.r.bottom; j++) {
              const b = boxes[j];
              if (a.el === b.el) continue;
              if (scrolls && pinned(a.el) !== pinned(b.el)) continue;
              const o = intersect(a.r, b.r);
              const height = Math.min(a.r.bottom - a.r.top, b.r.bottom - b.r.top);
              if (o.right - o.left > 2 && o.bottom - o.top > 0.4 * height) {
                report('overlaps ' + name(b.el) + ' "' + b.text.slice(0, 30) + '"', a.el, a.text.slice(0, 40));
              }
            }
          }
          // Form fields: the words in a box (typed or placeholder) and the chosen option of a list must fit.
          const canvas = document.createElement('canvas').getContext('2d');
          for (const field of document.querySelectorAll('input, select, textarea')) {
            if (!shown(field) || field.type === 'hidden' || field.type === 'checkbox' || field.type === 'radio') continue;
            const s = getComputedStyle(field);
            canvas.font = s.font;
            const text = field.tagName === 'SELECT' ? (field.selectedOptions[0] || {}).text || '' : field.value || field.placeholder || '';
            const room = field.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - (field.tagName === 'SELECT' ? 18 : 0);
            if (field.tagName !== 'TEXTAREA' && canvas.measureText(text).width > room + 1) report('does not fit its field', field, text.slice(0, 60));
          }
          return { problems, texts: boxes.length, shortened };
        }
        """;

    public sealed class Result
    {
        public string[] Problems { get; set; } = [];
        public int Texts { get; set; }
        public int Shortened { get; set; }
    }

    /// <summary>Checks the page as it is shown now (animations should be stopped first).</summary>
    public static Task<Result> RunAsync(IPage page) => page.EvaluateAsync<Result>(Script);
}
