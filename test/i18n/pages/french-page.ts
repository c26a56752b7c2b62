// Imported before the kit: the test's page is marked French, as an article's <html lang="fr"> is when
// the kit's script runs.
document.documentElement.lang = 'fr';
