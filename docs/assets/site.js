// The docs site's own script, after TypeDoc's main.js (typedoc.json `customJs`).
;(() => {
  const app = window.app
  if (!app?.ensureActivePageVisible) return

  // Below 1600 px the site menu is its own scroll box under the page's contents (site.css).
  // TypeDoc's ensureActivePageVisible() scrolls the current menu item to a quarter of the window's
  // height, which there can be above the menu's box, or leaves it below the box while it is still
  // inside the window. Afterwards, if the item is outside the site menu's box, scroll it to a third
  // of the box.
  const revealCurrent = () => {
    const menu = document.querySelector('.site-menu')
    const current = menu?.querySelector('a.current')
    if (!current || menu.scrollHeight <= menu.clientHeight) return
    const box = menu.getBoundingClientRect()
    const item = current.getBoundingClientRect()
    if (item.top < box.top || item.bottom > box.bottom) {
      menu.scrollTop += item.top - box.top - (box.height - item.height) / 3
    }
  }

  const ensureActivePageVisible = app.ensureActivePageVisible
  app.ensureActivePageVisible = function (...args) {
    ensureActivePageVisible.apply(this, args)
    revealCurrent()
  }
  revealCurrent()
})()
