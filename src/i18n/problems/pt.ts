import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} não pode ser usado.',
  notWebAddress: '{named} não é um endereço web; use um que comece com https:// ou http://.',
  unknownQuote: '{named} não é uma citação desta reportagem. {help}',
  noQuote: 'Defina quote="…" como o id de uma citação: {known}.',
  unknownHighlight: '{named} não corresponde a nenhum país do gráfico. {help}',
  unsupported: '{named} não é suportado; use {known}.',
  didYouMean: 'Você quis dizer {name}?',
  known: 'Valores possíveis: {names}.',
  twoPageStories:
    'Há dois elementos <coalition-data page> nesta página: {ignored} é ignorado, e os widgets fora de qualquer <coalition-data> mantêm a reportagem do primeiro, {first}.',
  loaderMissing:
    'O kit não conseguiu carregar seu módulo de carregamento de reportagens ({why}). Publique a pasta inteira do kit, incluindo chunks/.',
  couldNotLoad: 'Não foi possível carregar a reportagem de {url}: {why}',
  notUrl: 'não é uma URL válida.',
  onlyHttp: 'só são permitidas URLs http(s).',
  serverAnswered: 'o servidor respondeu {status}.',
  storyLimit: {
    one: 'uma reportagem pode ter no máximo {count} byte.',
    many: 'uma reportagem pode ter no máximo {count} de bytes.',
    other: 'uma reportagem pode ter no máximo {count} bytes.',
  },
  tooLargeAnnounced: {
    one: 'é grande demais: o servidor anuncia {count} byte; {limit}',
    many: 'é grande demais: o servidor anuncia {count} de bytes; {limit}',
    other: 'é grande demais: o servidor anuncia {count} bytes; {limit}',
  },
  tooLargeArrived: {
    one: 'é grande demais: chegaram mais de {count} byte; {limit}',
    many: 'é grande demais: chegaram mais de {count} de bytes; {limit}',
    other: 'é grande demais: chegaram mais de {count} bytes; {limit}',
  },
  tooLargeJson: {
    one: 'é grande demais: mais de {count} byte como JSON; {limit}',
    many: 'é grande demais: mais de {count} de bytes como JSON; {limit}',
    other: 'é grande demais: mais de {count} bytes como JSON; {limit}',
  },
  tooLargeInline: {
    one: 'é grande demais: mais de {count} byte; {limit}',
    many: 'é grande demais: mais de {count} de bytes; {limit}',
    other: 'é grande demais: mais de {count} bytes; {limit}',
  },
  notJson: 'não é um JSON válido ({why}).',
  noAnswer: 'o servidor não respondeu em {seconds} ({which}).',
  unfinished: {
    one: 'a resposta não terminou em {seconds} ({which}): chegaram {count} byte.',
    many: 'a resposta não terminou em {seconds} ({which}): chegaram {count} de bytes.',
    other: 'a resposta não terminou em {seconds} ({which}): chegaram {count} bytes.',
  },
  defaultTimeout: 'o tempo limite padrão',
  seconds: '{count} s',
  notWanted: 'nenhum elemento precisa mais desta reportagem.',
  networkFailed: 'a solicitação de rede falhou ({why}).',
  brokeOff: 'a resposta foi interrompida ({why}).',
  notValidStory: 'não é uma reportagem válida',
  invalidData: 'A propriedade data não é uma reportagem válida',
  invalidInline: 'A reportagem incorporada não é válida',
  readingFailed: 'a leitura falhou ({why}).',
  inlineNotJson: 'O <script type="application/json"> incorporado não é um JSON válido ({why}).',
  copyFailed: 'Não foi possível copiar: selecione o texto para copiá-lo.',
};
