/*
 * Hallyu Search web page.
 *
 * The URL is the only source of truth for the search: every render starts from readState(location),
 * deliberate actions push a history entry, typing replaces it, and popstate re-renders. The server
 * escapes snippets except for <mark>; everything else from the API is inserted as text.
 */
'use strict';

(() => {
  const DEFAULT_SIZE = 10;
  const SORTS = ['relevance', 'newest', 'oldest'];
  const FACETS = ['artist', 'outlet', 'lang'];
  const SEARCH_DELAY_MS = 200;
  const SUGGEST_DELAY_MS = 80;
  const SUGGEST_SIZE = 8;
  const FACET_VISIBLE = 8;
  // Above this many months the histogram shows years, so bars stay wide enough to click.
  const MAX_MONTH_BARS = 60;

  // ---------------------------------------------------------------- labels

  const STRINGS = {
    ko: {
      searchLabel: '검색',
      placeholder: '아티스트, 제목, 기사 검색 (예: 아이유, ㅂㅌㅅㄴㄷ)',
      searchButton: '검색',
      suggestionsLabel: '추천 검색어',
      otherUiLang: 'English',
      uiLangHint: '페이지 언어를 영어로 바꿉니다',
      filters: '필터',
      facetArtist: '아티스트',
      facetOutlet: '언론사',
      facetLang: '언어',
      sortLabel: '정렬',
      sortRelevance: '정확도순',
      sortNewest: '최신순',
      sortOldest: '오래된순',
      histogramTitle: '월별 기사 수',
      histogramTitleYears: '연도별 기사 수',
      clearDates: '기간 해제',
      welcomeTitle: '한국어와 영어로 읽는 K-pop 뉴스',
      welcomeTips: '한글 이름, 영어 이름, 초성(ㅂㅌㅅㄴㄷ), 한/영 전환을 깜빡한 입력(dkdldb)도 알아듣습니다. 이렇게 시작해 보세요:',
      pagination: '페이지',
      prev: '이전',
      next: '다음',
      pageN: (n) => `${n}페이지`,
      close: '닫기',
      footer: '기사의 출처와 라이선스는 원문을 따릅니다. 링크를 눌러 원문을 확인하세요.',
      searching: '검색 중…',
      total: (n) => `검색 결과 ${n}건`,
      tookMs: (ms) => `${ms}ms`,
      range: (a, b) => `${a}–${b}번째`,
      noResults: (q) => `‘${q}’에 대한 검색 결과가 없습니다.`,
      noResultsFiltered: '선택한 필터에 맞는 기사가 없습니다.',
      clearFilters: '필터 모두 해제',
      searchEverywhere: (q) => `필터 없이 ‘${q}’ 검색`,
      didYouMean: '이런 검색어는 어떠세요?',
      emptyTips: '맞춤법을 확인하거나, 한국어 이름 대신 영어 이름(또는 그 반대)으로 검색해 보세요.',
      errorUnreachable: '검색 서버에 연결할 수 없습니다.',
      errorUnreachableDetail: '네트워크 연결을 확인한 뒤 다시 시도해 주세요.',
      errorServer: (status) => `서버에서 오류가 발생했습니다 (${status}).`,
      errorBadParam: (p) => `검색 조건이 올바르지 않습니다: ${p}`,
      retry: '다시 시도',
      resetSearch: '검색 초기화',
      removeFilter: (label) => `${label} 필터 해제`,
      filterByArtist: (label) => `${label}(으)로 좁히기`,
      showMore: (n) => `${n}개 더 보기`,
      showLess: '접기',
      noValues: '해당 없음',
      typeArtist: '아티스트',
      typeTitle: '기사',
      barLabel: (period, n) => `${period}: ${n}건`,
      dateRange: (from, to) => `기간 ${from} ~ ${to}`,
      readOriginal: '원문 보기',
      articleError: '기사를 불러오지 못했습니다.',
      loading: '불러오는 중…',
      allClear: '모두 해제',
      latestNews: '최신 뉴스 보기',
    },
    en: {
      searchLabel: 'Search',
      placeholder: 'Search artists, titles, news (e.g. IU, NewJeans)',
      searchButton: 'Search',
      suggestionsLabel: 'Suggestions',
      otherUiLang: '한국어',
      uiLangHint: 'Switch the page to Korean',
      filters: 'Filters',
      facetArtist: 'Artist',
      facetOutlet: 'Outlet',
      facetLang: 'Language',
      sortLabel: 'Sort',
      sortRelevance: 'Relevance',
      sortNewest: 'Newest first',
      sortOldest: 'Oldest first',
      histogramTitle: 'Articles per month',
      histogramTitleYears: 'Articles per year',
      clearDates: 'Clear dates',
      welcomeTitle: 'K-pop news in Korean and English',
      welcomeTips: 'Korean or English names, Hangul initials (ㅂㅌㅅㄴㄷ), even Korean typed with the English layout on (dkdldb). Try one:',
      pagination: 'Pages',
      prev: 'Previous',
      next: 'Next',
      pageN: (n) => `Page ${n}`,
      close: 'Close',
      footer: 'Articles keep their original sources and licenses; follow each link to read the original.',
      searching: 'Searching…',
      total: (n, count) => `${n} ${count === 1 ? 'result' : 'results'}`,
      tookMs: (ms) => `${ms} ms`,
      range: (a, b) => `showing ${a}–${b}`,
      noResults: (q) => `No results for “${q}”.`,
      noResultsFiltered: 'No articles match these filters.',
      clearFilters: 'Clear all filters',
      searchEverywhere: (q) => `Search “${q}” without filters`,
      didYouMean: 'Maybe you meant',
      emptyTips: 'Check the spelling, or try the English name instead of the Korean one (or the other way round).',
      errorUnreachable: 'Can’t reach the search server.',
      errorUnreachableDetail: 'Check your connection and try again.',
      errorServer: (status) => `The server answered with an error (${status}).`,
      errorBadParam: (p) => `Invalid search parameter: ${p}`,
      retry: 'Try again',
      resetSearch: 'Reset search',
      removeFilter: (label) => `Remove filter ${label}`,
      filterByArtist: (label) => `Show only ${label}`,
      showMore: (n) => `Show ${n} more`,
      showLess: 'Show less',
      noValues: 'None',
      typeArtist: 'Artist',
      typeTitle: 'Article',
      barLabel: (period, n) => `${period}: ${n} ${n === 1 ? 'article' : 'articles'}`,
      dateRange: (from, to) => `${from} – ${to}`,
      readOriginal: 'Read the original',
      articleError: 'Could not load the article.',
      loading: 'Loading…',
      allClear: 'Clear all',
      latestNews: 'See the latest news',
    },
  };

  let uiLang = initialUiLang();

  function initialUiLang() {
    let stored = null;
    try { stored = localStorage.getItem('hallyu.ui'); } catch { /* storage may be disabled */ }
    if (stored === 'ko' || stored === 'en') return stored;
    return (navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  function t(key, ...args) {
    const value = STRINGS[uiLang][key] ?? STRINGS.en[key] ?? key;
    return typeof value === 'function' ? value(...args) : value;
  }

  const numberFormat = () => new Intl.NumberFormat(uiLang === 'ko' ? 'ko-KR' : 'en-US');
  const fmtNumber = (n) => numberFormat().format(n);

  function fmtDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!m) return iso || '';
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return new Intl.DateTimeFormat(uiLang === 'ko' ? 'ko-KR' : 'en-US',
      { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
  }

  function fmtMonth(ym) {
    const m = /^(\d{4})-(\d{2})$/.exec(ym);
    if (!m) return ym;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
    return new Intl.DateTimeFormat(uiLang === 'ko' ? 'ko-KR' : 'en-US',
      { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
  }

  function langName(code) {
    try {
      const name = new Intl.DisplayNames([uiLang], { type: 'language' }).of(code);
      if (name && name !== code) return name;
    } catch { /* unknown code: fall through */ }
    return code;
  }

  // ---------------------------------------------------------------- URL state

  function readState(search = location.search) {
    const p = new URLSearchParams(search);
    const list = (k) => [...new Set(p.getAll(k).map((s) => s.trim()).filter(Boolean))];
    return {
      q: p.get('q') ?? '',
      artist: list('artist'),
      outlet: list('outlet'),
      lang: list('lang'),
      // Dates and sort pass through unchecked: the server validates them and a bad shared URL
      // should show its 400 answer rather than be silently "fixed".
      from: (p.get('from') ?? '').trim(),
      to: (p.get('to') ?? '').trim(),
      sort: (p.get('sort') ?? '').trim(), // empty: the server's default (relevance, or newest without words)
      page: positiveInt(p.get('page'), 1),
      size: positiveInt(p.get('size'), DEFAULT_SIZE),
      doc: p.get('doc') ?? '',
    };
  }

  function positiveInt(raw, fallback) {
    const n = Number.parseInt(raw ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  }

  /** Search parameters in a stable order; `forApi` always names page and size and drops `doc`. */
  function toParams(state, forApi) {
    const p = new URLSearchParams();
    if (state.q.trim() !== '' || forApi) p.set('q', forApi ? state.q.trim() : state.q);
    for (const facet of FACETS) for (const v of state[facet]) p.append(facet, v);
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.sort) p.set('sort', state.sort);
    if (forApi || state.page !== 1) p.set('page', String(state.page));
    if (forApi || state.size !== DEFAULT_SIZE) p.set('size', String(state.size));
    if (!forApi && state.doc) p.set('doc', state.doc);
    return p;
  }

  function urlFor(state) {
    const qs = toParams(state, false).toString();
    return location.pathname + (qs ? `?${qs}` : '');
  }

  const hasFilters = (s) => FACETS.some((f) => s[f].length > 0) || Boolean(s.from || s.to);
  const isLanding = (s) => s.q.trim() === '' && !hasFilters(s);

  let state = readState();
  // A burst of typing makes one history entry: the first debounced update pushes, later ones replace.
  let typingEntryOpen = false;

  function navigate(next, mode = 'push', historyState = null) {
    state = next;
    const url = urlFor(state);
    if (mode === 'push') history.pushState(historyState, '', url);
    else history.replaceState(historyState ?? history.state, '', url);
    if (mode === 'push') typingEntryOpen = false;
    render();
  }

  /**
   * Settles what was typed: the provisional entry the typing made is replaced, so Back skips
   * half-typed words like 아이ㅇ and returns to the search before them.
   */
  function commit(next, historyState = null) {
    const mode = typingEntryOpen ? 'replace' : 'push';
    typingEntryOpen = false;
    if (urlFor(next) === location.pathname + location.search) {
      state = next;
      render();
      return;
    }
    navigate(next, mode, mode === 'push' ? historyState : null);
  }

  /** A deliberate change to the search itself: back to page 1, article closed. */
  function refine(changes) {
    navigate({ ...state, ...changes, page: 1, doc: '' }, 'push');
  }

  function toggle(list, value) {
    return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  }

  // ---------------------------------------------------------------- elements

  const $ = (sel) => document.querySelector(sel);
  const el = {
    form: $('#search-form'),
    q: $('#q'),
    suggestions: $('#suggestions'),
    uiLang: $('#ui-lang'),
    filters: $('#filters'),
    total: $('#total'),
    sort: $('#sort'),
    active: $('#active-filters'),
    histogramPanel: $('#histogram-panel'),
    histogramTitle: $('#histogram-title'),
    histogram: $('#histogram'),
    clearDates: $('#clear-dates'),
    error: $('#error'),
    empty: $('#empty'),
    welcome: $('#welcome'),
    results: $('#results'),
    pager: $('#pager'),
    article: $('#article'),
  };

  function h(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  /** Keeps only text and <mark> from the server's snippet; anything else becomes its text. */
  function snippetNodes(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html || '';
    const out = [];
    const walk = (node, into) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) into.push(document.createTextNode(child.data));
        else if (child.nodeType === Node.ELEMENT_NODE && child.localName === 'mark') {
          const mark = document.createElement('mark');
          const inner = [];
          walk(child, inner);
          mark.append(...inner);
          into.push(mark);
        } else if (child.nodeType === Node.ELEMENT_NODE) walk(child, into);
      }
    };
    walk(tpl.content, out);
    return out;
  }

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, body) {
      super(body?.error || `HTTP ${status}`);
      this.status = status;
      this.body = body;
    }
  }

  async function getJson(path, signal) {
    const res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch { /* non-JSON error page */ }
    if (!res.ok) throw new ApiError(res.status, body);
    if (body === null) throw new ApiError(res.status, { error: 'empty or invalid JSON' });
    return body;
  }

  /** One in-flight request per purpose: a new one aborts the old, and stale answers are dropped. */
  function latestOnly() {
    let controller = null;
    let seq = 0;
    const cancel = () => { controller?.abort(); controller = null; seq++; };
    const run = async (path, onResult, onError) => {
      cancel();
      const mine = seq;
      controller = new AbortController();
      try {
        const body = await getJson(path, controller.signal);
        if (mine === seq) onResult(body);
      } catch (err) {
        if (err.name !== 'AbortError' && mine === seq) onError(err);
      }
    };
    run.cancel = cancel;
    return run;
  }

  const searchRequest = latestOnly();
  const suggestRequest = latestOnly();
  const emptyHintRequest = latestOnly();
  const articleRequest = latestOnly();

  // ---------------------------------------------------------------- rendering

  let lastResponse = null; // {key, state, body} of the results on screen
  const labels = { artist: new Map(), outlet: new Map(), lang: new Map() };
  const expanded = new Set();

  function render() {
    syncControls();
    syncArticle();
    const key = toParams(state, true).toString();
    if (lastResponse && lastResponse.key === key) {
      searchRequest.cancel();
      setBusy(false);
      renderResponse(state, lastResponse.body); // same search (e.g. only the article changed)
      return;
    }
    setBusy(true);
    const forState = state;
    searchRequest(`/api/search?${key}`,
      (body) => { lastResponse = { key, body }; setBusy(false); renderResponse(forState, body); },
      (err) => { setBusy(false); renderError(err); });
  }

  function syncControls() {
    // While the user types, the box is ahead of the URL; never move text under the caret.
    if (document.activeElement !== el.q) el.q.value = state.q;
    // Only an answer to this very search says which order it used; an older one (say, sorted
    // oldest before Back) would show a stale order until the new answer arrives.
    const current = lastResponse?.key === toParams(state, true).toString();
    syncSort(current ? lastResponse.body.sort : undefined);
    renderActiveFilters();
  }

  /** Shows the chosen order, the one the server says it used, or else the server's default. */
  function syncSort(effective) {
    const fallback = state.q.trim() === '' ? 'newest' : 'relevance';
    el.sort.value = SORTS.includes(state.sort) ? state.sort : SORTS.includes(effective) ? effective : fallback;
  }

  function setBusy(busy) {
    document.body.classList.toggle('is-loading', busy);
    el.results.setAttribute('aria-busy', String(busy));
    if (busy && !lastResponse) el.total.textContent = t('searching');
  }

  function showOnly(which) {
    el.error.hidden = which !== 'error';
    el.empty.hidden = which !== 'empty';
    el.welcome.hidden = which !== 'results' || !isLanding(state);
    const showResults = which === 'results';
    el.results.hidden = !showResults;
    el.pager.hidden = !showResults;
    document.body.dataset.view = which;
    document.body.classList.toggle('has-filters', hasFilters(state));
  }

  function renderResponse(forState, body) {
    const facets = body.facets || {};
    for (const f of FACETS) {
      for (const v of facets[f] || []) if (v.label) labels[f].set(v.value, v.label);
    }
    const total = Number(body.total) || 0;
    el.total.dataset.total = String(total);
    const hits = Array.isArray(body.hits) ? body.hits : [];
    const parts = [t('total', fmtNumber(total), total)];
    if (hits.length > 0) {
      const first = (forState.page - 1) * forState.size + 1;
      parts.push(t('range', fmtNumber(first), fmtNumber(first + hits.length - 1)));
    }
    if (Number.isFinite(body.tookMs)) parts.push(t('tookMs', body.tookMs));
    el.total.textContent = parts.join(' · ');

    syncSort(body.sort);
    for (const f of FACETS) renderFacet(f, facets[f] || []);
    renderHistogram(facets.month || []);
    renderActiveFilters();

    if (hits.length === 0) {
      el.results.replaceChildren();
      el.pager.replaceChildren();
      showOnly(total === 0 ? 'empty' : 'results');
      if (total === 0) renderEmpty(forState);
      else renderPager(total); // a page past the end: offer the way back
      return;
    }
    showOnly('results');
    el.results.replaceChildren(...hits.map(renderHit));
    renderPager(total);
  }

  function renderHit(hit) {
    const artists = Array.isArray(hit.artists) ? hit.artists : [];
    const href = urlFor({ ...state, doc: hit.id });
    return h('li', { class: 'hit', 'data-id': hit.id, lang: hit.lang || null },
      h('h3', { class: 'hit-title' },
        h('a', { href, 'data-doc': hit.id, text: hit.title || hit.id })),
      hit.snippet ? h('p', { class: 'hit-snippet' }, snippetNodes(hit.snippet)) : null,
      h('div', { class: 'hit-meta', lang: uiLang },
        hit.date ? h('time', { datetime: hit.date, text: fmtDate(hit.date) }) : null,
        hit.outlet ? h('span', { class: 'hit-outlet', text: hit.outlet }) : null,
        hit.lang ? h('span', { class: 'hit-lang', text: langName(hit.lang) }) : null),
      artists.length ? h('div', { class: 'chips' }, artists.map(artistChip)) : null);
  }

  function artistChip(value) {
    const label = labels.artist.get(value) || value;
    const on = state.artist.includes(value);
    return h('button', {
      type: 'button', class: 'chip', 'data-artist': value, 'aria-pressed': String(on),
      title: on ? t('removeFilter', label) : t('filterByArtist', label), text: label,
    });
  }

  function renderFacet(name, values) {
    const section = document.querySelector(`[data-facet="${name}"]`);
    const list = section.querySelector('.facet-values');
    const selected = state[name];
    const rows = values.map((v) => ({ value: v.value, label: v.label, count: v.count }));
    // A ticked value must stay visible, even with zero hits, so it can be unticked.
    for (const value of selected) {
      if (!rows.some((r) => r.value === value)) rows.push({ value, label: labels[name].get(value), count: 0 });
    }
    const focused = document.activeElement;
    const refocus = focused?.closest?.(`[data-facet="${name}"]`) && focused.type === 'checkbox'
      ? focused.value : null;

    const open = expanded.has(name);
    const items = rows.map((row, i) => {
      const checked = selected.includes(row.value);
      const text = name === 'lang' && (!row.label || row.label === row.value) ? langName(row.value) : (row.label || row.value);
      const hiddenRow = !open && i >= FACET_VISIBLE && !checked;
      return h('li', { class: 'facet-value', hidden: hiddenRow },
        h('label', {},
          h('input', { type: 'checkbox', value: row.value, checked, 'data-facet-input': name }),
          h('span', { class: 'facet-label', text }),
          h('span', { class: 'facet-count', text: fmtNumber(row.count ?? 0) })));
    });
    if (rows.length === 0) items.push(h('li', { class: 'facet-none', text: t('noValues') }));
    const extra = rows.length - FACET_VISIBLE;
    if (extra > 0) {
      items.push(h('li', { class: 'facet-more' }, h('button', {
        type: 'button', class: 'link-button', 'data-more': name, 'aria-expanded': String(open),
        text: open ? t('showLess') : t('showMore', extra),
      })));
    }
    list.replaceChildren(...items);
    // Checkboxes are rebuilt on every answer; keep keyboard focus where it was.
    if (refocus !== null) {
      const again = [...list.querySelectorAll('input[type=checkbox]')].find((i) => i.value === refocus);
      again?.focus();
    }
  }

  function monthRange(ym) {
    const [y, m] = ym.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${ym}-01`, to: `${ym}-${String(last).padStart(2, '0')}` };
  }

  const yearRange = (y) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

  function monthBucket(ym, tick) {
    return { key: ym, label: fmtMonth(ym), tick, ...monthRange(ym) };
  }

  /** The year a date filter covers, when it lies inside one calendar year. */
  function selectedYear() {
    const y = state.from.slice(0, 4);
    return /^\d{4}$/.test(y) && state.to.slice(0, 4) === y ? Number(y) : null;
  }

  /**
   * Bars for the month facet. Long spans show years; a year that is filtered on opens into its
   * months (the month facet ignores the date filter, so the other years stay countable).
   */
  function histogramBuckets(data) {
    if (data.length === 0) return { title: t('histogramTitle'), buckets: [] };
    const counts = new Map(data.map((m) => [m.value, m.count]));
    const [y0, m0] = data[0].value.split('-').map(Number);
    const [y1, m1] = data[data.length - 1].value.split('-').map(Number);
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    const months = [];
    if (span <= MAX_MONTH_BARS) {
      for (let i = 0; i < span; i++) {
        const y = y0 + Math.floor((m0 - 1 + i) / 12);
        const m = ((m0 - 1 + i) % 12) + 1;
        months.push(`${y}-${String(m).padStart(2, '0')}`);
      }
    } else {
      const year = selectedYear();
      if (year === null) {
        const perYear = new Map();
        for (const m of data) {
          const y = Number(m.value.slice(0, 4));
          perYear.set(y, (perYear.get(y) || 0) + m.count);
        }
        const every = y1 - y0 > 16 ? 2 : 1;
        const buckets = [];
        for (let y = y0; y <= y1; y++) {
          buckets.push({ key: String(y), label: uiLang === 'ko' ? `${y}년` : String(y),
            tick: (y - y0) % every === 0 ? String(y) : '', count: perYear.get(y) || 0, ...yearRange(y) });
        }
        return { title: t('histogramTitleYears'), buckets };
      }
      for (let m = 1; m <= 12; m++) months.push(`${year}-${String(m).padStart(2, '0')}`);
      const buckets = months.map((ym) => ({ ...monthBucket(ym, shortMonth(ym)), count: counts.get(ym) || 0,
        parent: yearRange(year) }));
      return { title: `${t('histogramTitle')} · ${uiLang === 'ko' ? `${year}년` : year}`, buckets };
    }
    // Few bars have room for month names; many get a year mark at each January.
    const named = months.length <= 12;
    const buckets = months.map((ym, i) => ({
      ...monthBucket(ym, named ? (i === 0 || ym.endsWith('-01') ? fmtMonth(ym) : shortMonth(ym))
        : (i === 0 || ym.endsWith('-01') ? ym.slice(0, 4) : '')),
      count: counts.get(ym) || 0,
    }));
    return { title: t('histogramTitle'), buckets };
  }

  function shortMonth(ym) {
    const d = new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 1));
    return new Intl.DateTimeFormat(uiLang === 'ko' ? 'ko-KR' : 'en-US', { month: 'short', timeZone: 'UTC' }).format(d);
  }

  function renderHistogram(months) {
    const data = months
      .filter((m) => /^\d{4}-\d{2}$/.test(m.value) && m.count > 0)
      .sort((a, b) => a.value.localeCompare(b.value));
    const hasDates = Boolean(state.from || state.to);
    el.clearDates.hidden = !hasDates;
    if (data.length === 0 && !hasDates) {
      el.histogramPanel.hidden = true;
      el.histogram.replaceChildren();
      return;
    }
    el.histogramPanel.hidden = false;
    const { title, buckets } = histogramBuckets(data);
    el.histogramTitle.textContent = title;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const bars = buckets.map((b) => {
      const on = state.from === b.from && state.to === b.to;
      const label = t('barLabel', b.label, fmtNumber(b.count));
      const bar = h('button', {
        type: 'button', class: 'bar', 'data-from': b.from, 'data-to': b.to, 'data-bucket': b.key,
        'data-parent-from': b.parent?.from, 'data-parent-to': b.parent?.to,
        'aria-pressed': String(on), disabled: b.count === 0 && !on, 'aria-label': label, title: label,
      }, h('span', { class: 'bar-fill' }), h('span', { class: 'bar-tick', 'aria-hidden': 'true', text: b.tick }));
      bar.style.setProperty('--h', `${Math.max(b.count > 0 ? 4 : 0, Math.round((b.count / max) * 100))}%`);
      return bar;
    });
    el.histogram.classList.toggle('has-selection', bars.some((bar) => bar.getAttribute('aria-pressed') === 'true'));
    el.histogram.classList.toggle('is-named', buckets.length <= 12);
    el.histogram.replaceChildren(...bars);
  }

  function renderActiveFilters() {
    const chips = [];
    for (const f of FACETS) {
      for (const v of state[f]) {
        const label = f === 'lang' ? langName(v) : (labels[f].get(v) || v);
        chips.push(h('button', {
          type: 'button', class: 'chip chip-remove', 'data-remove': f, 'data-value': v,
          'aria-label': t('removeFilter', label), text: label,
        }));
      }
    }
    if (state.from || state.to) {
      const label = t('dateRange', state.from ? fmtDate(state.from) : '…', state.to ? fmtDate(state.to) : '…');
      chips.push(h('button', {
        type: 'button', class: 'chip chip-remove', 'data-remove': 'dates',
        'aria-label': t('removeFilter', label), text: label,
      }));
    }
    if (chips.length > 1) {
      chips.push(h('button', { type: 'button', class: 'link-button', 'data-remove': 'all', text: t('allClear') }));
    }
    el.active.hidden = chips.length === 0;
    el.active.replaceChildren(...chips);
    // On a phone the panel is folded: its summary says how many filters are on.
    const on = FACETS.reduce((n, f) => n + state[f].length, 0) + (state.from || state.to ? 1 : 0);
    document.getElementById('filters-count').textContent = on > 0 ? fmtNumber(on) : '';
  }

  function renderPager(total) {
    const last = Math.max(1, Math.ceil(total / state.size));
    const page = state.page;
    if (last <= 1 && page <= 1) { el.pager.replaceChildren(); return; }
    const link = (p, text, extra = {}) => h('a', {
      href: urlFor({ ...state, page: p, doc: '' }), 'data-page': p, class: 'page', text, ...extra,
    });
    const items = [];
    items.push(page > 1 ? link(page - 1, t('prev'), { rel: 'prev', class: 'page page-step' })
      : h('span', { class: 'page page-step', 'aria-disabled': 'true', text: t('prev') }));
    const shown = new Set([1, last, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= last));
    let prev = 0;
    for (const p of [...shown].sort((a, b) => a - b)) {
      if (p - prev > 1) items.push(h('span', { class: 'page-gap', 'aria-hidden': 'true', text: '…' }));
      items.push(p === page
        ? h('span', { class: 'page', 'aria-current': 'page', 'aria-label': t('pageN', p), text: fmtNumber(p) })
        : link(p, fmtNumber(p), { 'aria-label': t('pageN', p) }));
      prev = p;
    }
    items.push(page < last ? link(page + 1, t('next'), { rel: 'next', class: 'page page-step' })
      : h('span', { class: 'page page-step', 'aria-disabled': 'true', text: t('next') }));
    el.pager.replaceChildren(...items);
  }

  function renderEmpty(forState) {
    const q = forState.q.trim();
    el.empty.querySelector('.notice-title').textContent = q ? t('noResults', q) : t('noResultsFiltered');
    const actions = [];
    if (hasFilters(forState)) {
      actions.push(h('button', { type: 'button', class: 'button', 'data-remove': 'all',
        text: q ? t('searchEverywhere', q) : t('clearFilters') }));
    }
    actions.push(h('a', { class: 'button button-quiet', href: location.pathname, 'data-home': '', text: t('latestNews') }));
    el.empty.querySelector('.notice-actions').replaceChildren(...actions);
    const box = el.empty.querySelector('.notice-suggestions');
    box.replaceChildren(h('p', { class: 'notice-detail', text: t('emptyTips') }));
    if (!q) return;
    emptyHintRequest(`/api/suggest?${new URLSearchParams({ q, size: '5' })}`, (body) => {
      const items = (body.suggestions || []).slice(0, 5);
      if (items.length === 0) return;
      box.replaceChildren(
        h('p', { class: 'notice-detail', text: t('didYouMean') }),
        h('ul', { class: 'did-you-mean' }, items.map((s) => h('li', {},
          h('button', { type: 'button', class: 'chip', 'data-suggestion': JSON.stringify(s),
            text: s.type === 'artist' && s.detail ? s.detail : s.text })))),
        h('p', { class: 'notice-detail', text: t('emptyTips') }));
    }, () => { /* hints are optional */ });
  }

  function renderError(err) {
    showOnly('error');
    el.total.textContent = '';
    delete el.total.dataset.total;
    el.histogramPanel.hidden = true;
    el.results.replaceChildren();
    el.pager.replaceChildren();
    lastResponse = null;
    const title = el.error.querySelector('.notice-title');
    const detail = el.error.querySelector('.notice-detail');
    const actions = [h('button', { type: 'button', class: 'button', 'data-action': 'retry', text: t('retry') })];
    if (err instanceof ApiError) {
      const param = err.body?.parameter;
      title.textContent = err.status === 400 && param ? t('errorBadParam', param) : t('errorServer', err.status);
      detail.textContent = err.body?.error || '';
      el.error.dataset.kind = err.status >= 500 ? 'server' : 'request';
      el.error.dataset.parameter = param || '';
      if (err.status >= 400 && err.status < 500) {
        actions.unshift(h('button', { type: 'button', class: 'button', 'data-action': 'reset', text: t('resetSearch') }));
      }
    } else {
      title.textContent = t('errorUnreachable');
      detail.textContent = t('errorUnreachableDetail');
      el.error.dataset.kind = 'network';
      el.error.dataset.parameter = '';
    }
    el.error.querySelector('.notice-actions').replaceChildren(...actions);
  }

  // ---------------------------------------------------------------- article dialog

  function syncArticle() {
    if (!state.doc) {
      if (el.article.open) el.article.close();
      return;
    }
    if (el.article.dataset.doc === state.doc && el.article.open) return;
    el.article.dataset.doc = state.doc;
    fillArticle({ title: t('loading') });
    if (!el.article.open) el.article.showModal();
    const id = state.doc;
    articleRequest(`/api/articles/${encodeURIComponent(id)}`,
      (a) => { if (state.doc === id) fillArticle(a); },
      () => { if (state.doc === id) fillArticle({ title: t('articleError') }); });
  }

  function fillArticle(a) {
    el.article.setAttribute('lang', a.lang || uiLang);
    el.article.querySelector('#article-title').textContent = a.title || '';
    const meta = [a.date ? fmtDate(a.date) : '', a.outlet || '', a.lang ? langName(a.lang) : ''].filter(Boolean);
    el.article.querySelector('.article-meta').textContent = meta.join(' · ');
    el.article.querySelector('.article-artists').replaceChildren(...(a.artists || []).map(artistChip));
    el.article.querySelector('.article-body').textContent = a.body || '';
    const source = el.article.querySelector('.article-source');
    source.replaceChildren();
    if (typeof a.url === 'string' && /^https?:\/\//i.test(a.url)) {
      source.append(h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: t('readOriginal') }));
    }
  }

  function openArticle(id) {
    navigate({ ...state, doc: id }, 'push', { articleFromPage: true });
  }

  el.article.addEventListener('close', () => {
    delete el.article.dataset.doc;
    if (!readState().doc) return; // closed by navigation, nothing to undo
    if (history.state?.articleFromPage) history.back();
    else navigate({ ...state, doc: '' }, 'replace');
  });

  // ---------------------------------------------------------------- suggestions (combobox)

  // items are the suggestions for the text in `query`; timer is the debounce before asking.
  const combo = { items: [], query: '', active: -1, timer: 0 };

  function scheduleSuggest(delay = SUGGEST_DELAY_MS) {
    cancelSuggest();
    const text = el.q.value;
    if (text.trim() === '') { combo.items = []; combo.query = ''; closeList(); return; }
    combo.timer = setTimeout(() => {
      suggestRequest(`/api/suggest?${new URLSearchParams({ q: text, size: String(SUGGEST_SIZE) })}`,
        (body) => {
          if (el.q.value !== text) return;
          combo.items = Array.isArray(body.suggestions) ? body.suggestions : [];
          combo.query = text;
          renderSuggestions();
        },
        () => { combo.items = []; combo.query = ''; closeList(); });
    }, delay);
  }

  /** Drops the suggestions on their way, so a late answer cannot reopen a list the user closed. */
  function cancelSuggest() {
    clearTimeout(combo.timer);
    suggestRequest.cancel();
  }

  /** The user is done with the list (Escape, a choice, leaving the box, a search, Back). */
  function dismissList() {
    cancelSuggest();
    closeList();
  }

  function renderSuggestions() {
    combo.active = -1;
    el.q.removeAttribute('aria-activedescendant');
    if (combo.items.length === 0 || document.activeElement !== el.q) { closeList(); return; }
    el.suggestions.dataset.query = combo.query;
    el.suggestions.replaceChildren(...combo.items.map((s, i) => h('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion suggestion-${s.type}`,
      'data-index': i, 'data-type': s.type, 'data-value': s.value ?? null,
    },
    h('span', { class: 'suggestion-type', text: s.type === 'artist' ? t('typeArtist') : t('typeTitle') }),
    h('span', { class: 'suggestion-text', text: s.text }),
    s.detail ? h('span', { class: 'suggestion-detail', text: s.detail }) : null)));
    openList();
  }

  function openList() {
    el.suggestions.hidden = false;
    el.q.setAttribute('aria-expanded', 'true');
  }

  function closeList() {
    el.suggestions.hidden = true;
    // A closed list keeps no options: nothing stale for assistive tech (or a test) to find.
    el.suggestions.replaceChildren();
    delete el.suggestions.dataset.query;
    el.q.setAttribute('aria-expanded', 'false');
    el.q.removeAttribute('aria-activedescendant');
    combo.active = -1;
  }

  function setActive(i) {
    const options = el.suggestions.querySelectorAll('[role=option]');
    combo.active = i;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && options[i]) {
      el.q.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      el.q.removeAttribute('aria-activedescendant');
    }
  }

  function choose(s) {
    clearTimeout(searchTimer);
    dismissList();
    if (s.type === 'artist' && s.value) {
      // The half-typed name has done its job: the artist filter replaces it.
      el.q.value = '';
      const artist = state.artist.includes(s.value) ? state.artist : [...state.artist, s.value];
      commit({ ...state, q: '', artist, page: 1, doc: '' });
    } else if (s.type === 'title' && s.id) {
      el.q.value = s.text;
      commit({ ...state, q: s.text, page: 1, doc: s.id }, { articleFromPage: true });
    } else {
      el.q.value = s.text;
      commit({ ...state, q: s.text, page: 1, doc: '' });
    }
  }

  el.q.addEventListener('keydown', (e) => {
    const open = !el.suggestions.hidden;
    const n = combo.items.length;
    switch (e.key) {
      case 'ArrowDown':
        if (!open && combo.query !== el.q.value) {
          // What we have answers older text (before Back, a choice, Escape-clear): ask again.
          if (el.q.value.trim() !== '') { e.preventDefault(); scheduleSuggest(0); }
          return;
        }
        if (n === 0) return;
        e.preventDefault();
        if (!open) { renderSuggestions(); setActive(0); } else setActive((combo.active + 1) % n);
        break;
      case 'ArrowUp':
        if (!open || n === 0) return;
        e.preventDefault();
        setActive(combo.active <= 0 ? n - 1 : combo.active - 1);
        break;
      case 'Enter':
        // Korean IMEs send an Enter that only commits the syllable; it is not a choice.
        if (e.isComposing || e.keyCode === 229) return;
        if (open && combo.active >= 0) { e.preventDefault(); choose(combo.items[combo.active]); }
        break;
      case 'Escape':
        // Open list: close it and keep the text. Closed list: the search field's own Escape clears it.
        if (open) { e.preventDefault(); dismissList(); }
        else cancelSuggest();
        break;
      case 'Tab':
        dismissList();
        break;
      default:
    }
  });

  el.suggestions.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the box
  el.suggestions.addEventListener('mousemove', (e) => {
    const li = e.target.closest('[role=option]');
    if (li && Number(li.dataset.index) !== combo.active) setActive(Number(li.dataset.index));
  });
  el.suggestions.addEventListener('click', (e) => {
    const li = e.target.closest('[role=option]');
    if (li) choose(combo.items[Number(li.dataset.index)]);
  });
  el.q.addEventListener('blur', () => dismissList());

  // ---------------------------------------------------------------- typing and submitting

  let searchTimer = 0;

  el.q.addEventListener('input', () => {
    scheduleSuggest();
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      const q = el.q.value;
      if (q === state.q) return;
      const mode = typingEntryOpen ? 'replace' : 'push';
      navigate({ ...state, q, page: 1, doc: '' }, mode);
      typingEntryOpen = true;
    }, SEARCH_DELAY_MS);
  });

  el.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(searchTimer);
    dismissList();
    commit({ ...state, q: el.q.value, page: 1, doc: '' });
  });

  // ---------------------------------------------------------------- clicks on rendered parts

  document.addEventListener('change', (e) => {
    const input = e.target;
    if (input.matches?.('input[data-facet-input]')) {
      const facet = input.dataset.facetInput;
      refine({ [facet]: toggle(state[facet], input.value) });
    }
  });

  el.sort.addEventListener('change', () => refine({ sort: el.sort.value }));

  document.addEventListener('click', (e) => {
    const target = e.target.closest('button, a');
    if (!target) return;
    const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

    if (target.dataset.artist !== undefined) {
      if (el.article.open) el.article.close();
      refine({ artist: toggle(state.artist, target.dataset.artist) });
    } else if (target.dataset.doc !== undefined && plain) {
      e.preventDefault();
      openArticle(target.dataset.doc);
    } else if (target.dataset.page !== undefined && plain) {
      e.preventDefault();
      navigate({ ...state, page: Number(target.dataset.page), doc: '' }, 'push');
      document.getElementById('main').scrollIntoView({ block: 'start' });
    } else if (target.dataset.from !== undefined) {
      // A second click on the chosen bar steps back out: to its year, or to all dates.
      const same = state.from === target.dataset.from && state.to === target.dataset.to;
      const out = { from: target.dataset.parentFrom ?? '', to: target.dataset.parentTo ?? '' };
      refine(same ? out : { from: target.dataset.from, to: target.dataset.to });
    } else if (target.dataset.remove !== undefined) {
      removeFilter(target.dataset.remove, target.dataset.value);
    } else if (target.dataset.more !== undefined) {
      const f = target.dataset.more;
      if (expanded.has(f)) expanded.delete(f); else expanded.add(f);
      if (lastResponse) renderFacet(f, lastResponse.body.facets?.[f] || []);
      document.querySelector(`[data-more="${f}"]`)?.focus();
    } else if (target.dataset.example !== undefined) {
      // Examples show off search-as-you-type, so they go through the box like typed text.
      el.q.value = target.dataset.example;
      el.q.focus();
      el.q.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (target.dataset.suggestion !== undefined) {
      choose(JSON.parse(target.dataset.suggestion));
    } else if (target.dataset.action === 'retry') {
      lastResponse = null;
      render();
    } else if (target.dataset.action === 'reset') {
      // Keep the words unless they are what the server rejected.
      const rejected = el.error.dataset.parameter;
      refine({ ...readState(''), q: rejected === 'q' ? '' : state.q });
    } else if (target.id === 'clear-dates') {
      refine({ from: '', to: '' });
    } else if ((target.id === 'home' || target.dataset.home !== undefined) && plain) {
      e.preventDefault();
      el.q.value = '';
      navigate(readState(''), 'push');
      el.q.focus();
    }
  });

  function removeFilter(what, value) {
    if (what === 'all') refine({ artist: [], outlet: [], lang: [], from: '', to: '' });
    else if (what === 'dates') refine({ from: '', to: '' });
    else refine({ [what]: state[what].filter((v) => v !== value) });
  }

  window.addEventListener('popstate', () => {
    clearTimeout(searchTimer);
    typingEntryOpen = false;
    state = readState();
    el.q.value = state.q;
    dismissList();
    render();
  });

  document.addEventListener('keydown', (e) => {
    const typing = e.target.closest?.('input, select, textarea, [contenteditable]');
    if (e.key === '/' && !typing && !el.article.open) {
      e.preventDefault();
      el.q.focus();
      el.q.select();
    }
  });

  // ---------------------------------------------------------------- language and layout

  function applyUiLang() {
    document.documentElement.lang = uiLang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    el.uiLang.textContent = t('otherUiLang');
    el.uiLang.lang = uiLang === 'ko' ? 'en' : 'ko';
    document.getElementById('ui-lang-hint').textContent = t('uiLangHint');
  }

  el.uiLang.addEventListener('click', () => {
    uiLang = uiLang === 'ko' ? 'en' : 'ko';
    try { localStorage.setItem('hallyu.ui', uiLang); } catch { /* not persisted, still switched */ }
    applyUiLang();
    if (lastResponse) renderResponse(state, lastResponse.body); else render();
  });

  // On a phone the filters fold into a disclosure above the results; on wider screens they stay open.
  const narrow = window.matchMedia('(max-width: 760px)');
  const syncFilters = () => { el.filters.open = !narrow.matches; };
  narrow.addEventListener('change', syncFilters);
  syncFilters();

  applyUiLang();
  el.q.value = state.q;
  render();
})();
