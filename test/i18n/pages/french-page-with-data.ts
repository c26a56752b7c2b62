// Imported before the kit: a French page that has a story of its own in a <coalition-data> (its source
// set later by the test, if at all), as in an article's HTML when the kit's script runs.
document.documentElement.lang = 'fr';
document.body.append(document.createElement('coalition-data'));
