// Progressive enhancement for the conversation form: autosave drafts and live language-coach
// hints. Without this file the form still works: "Save as draft" and the coach on save.
const form = document.getElementById('conversation-form')

if (form) {
  const status = document.getElementById('autosave-status')
  const csrf = () => form.querySelector('input[name="_csrf"]')?.value || ''
  let lastSent = ''

  const say = (text) => {
    if (status) status.textContent = text
  }

  const autosave = async () => {
    if (form.dataset.autosave !== 'true') return
    const data = new FormData(form)
    data.set('action', 'autosave')
    const body = new URLSearchParams(data).toString()
    if (body === lastSent) return
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(data),
        headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf() },
        credentials: 'same-origin'
      })
      const type = response.headers.get('Content-Type') || ''
      if (response.redirected || !type.includes('json')) {
        say(form.dataset.signedOut)
        return
      }
      const answer = await response.json()
      if (answer.saved) {
        lastSent = body
        document.getElementById('conversationId').value = answer.conversationId
        document.getElementById('version').value = answer.version
      }
      say(answer.message)
    } catch (offline) {
      say(form.dataset.failed)
    }
  }

  setInterval(autosave, 30000)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave()
  })

  // Quotes attributed to anyone but the practitioner are their own words: never checked.
  const checkable = (area) => {
    if (!area.id.endsWith('-words')) return true
    const who = document.getElementById(area.id.replace(/-words$/, '-attribution'))
    return !who || who.value === 'practitioner'
  }

  const show = (area, flags) => {
    const region = document.getElementById(area.id + '-coach')
    if (!region) return
    region.replaceChildren()
    if (!flags.length) return
    const box = document.createElement('div')
    box.className = 'govuk-inset-text govuk-!-margin-top-1 govuk-!-margin-bottom-1'
    const heading = document.createElement('p')
    heading.className = 'govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1'
    heading.textContent = form.dataset.coachTitle
    box.append(heading)
    const list = document.createElement('ul')
    list.className = 'govuk-list govuk-list--bullet'
    for (const flag of flags) {
      const item = document.createElement('li')
      item.textContent = `\u201C${flag.found}\u201D: try \u201C${flag.suggestion}\u201D. ${flag.explanation}`
      list.append(item)
    }
    box.append(list)
    region.append(box)
  }

  const check = async (area) => {
    if (!checkable(area)) {
      show(area, [])
      return
    }
    try {
      const response = await fetch('/language-coach/check', {
        method: 'POST',
        body: new URLSearchParams({ text: area.value, _csrf: csrf() }),
        headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf() },
        credentials: 'same-origin'
      })
      if (response.ok && (response.headers.get('Content-Type') || '').includes('json')) {
        show(area, await response.json())
      }
    } catch (offline) {
      // The coach runs again on save.
    }
  }

  const timers = new Map()
  form.querySelectorAll('textarea[data-coach]').forEach((area) => {
    area.addEventListener('input', () => {
      clearTimeout(timers.get(area))
      timers.set(area, setTimeout(() => check(area), 600))
    })
  })
  form.querySelectorAll('select[id$="-attribution"]').forEach((select) => {
    select.addEventListener('change', () => {
      const area = document.getElementById(select.id.replace(/-attribution$/, '-words'))
      if (area) check(area)
    })
  })
}
