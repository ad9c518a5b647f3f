document.documentElement.dataset.js = '';
try {
  const theme = localStorage.getItem('dateline-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  /* storage blocked: the system theme applies */
}
