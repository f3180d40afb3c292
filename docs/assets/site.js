// The docs site's own script, after TypeDoc's main.js (typedoc.json `customJs`).
;(() => {
  const app = window.app
  if (!app?.showPage || !app.ensureActivePageVisible) return

  // Code in a table cell keeps to one line (site.css: `not in` or `-o, --out <file>` were split at
  // their spaces). Where that makes a table wider than the column (the emulator's answer shapes,
  // or any table on a narrow screen), its widest code wraps again, one at a time, until the table
  // fits. The entity reference's tables set their own code (site.css).
  const fitTables = () => {
    for (const table of document.querySelectorAll('.tsd-typography table')) {
      if (table.closest('.entity-fields')) continue
      const codes = [...table.querySelectorAll('td code')]
      for (const code of codes) code.classList.remove('wraps')
      if (table.scrollWidth <= table.clientWidth) continue
      const widths = new Map(codes.map((code) => [code, code.getBoundingClientRect().width]))
      codes.sort((a, b) => widths.get(b) - widths.get(a))
      for (const code of codes) {
        if (table.scrollWidth <= table.clientWidth) break
        code.classList.add('wraps')
      }
    }
  }

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

  // TypeDoc keeps the page hidden until showPage(), which then scrolls to the URL's #anchor: the
  // tables are fitted just before, in the same task, so nothing is painted in between.
  const showPage = app.showPage
  app.showPage = function (...args) {
    if (document.body.style.display) {
      document.body.style.removeProperty('display')
      fitTables()
      document.body.style.display = 'none'
    }
    return showPage.apply(this, args)
  }
  const ensureActivePageVisible = app.ensureActivePageVisible
  app.ensureActivePageVisible = function (...args) {
    ensureActivePageVisible.apply(this, args)
    revealCurrent()
  }
  let resizing = false
  window.addEventListener('resize', () => {
    if (resizing) return
    resizing = true
    requestAnimationFrame(() => {
      resizing = false
      fitTables()
    })
  })
  if (!document.body.style.display) fitTables()
  revealCurrent()
})()
