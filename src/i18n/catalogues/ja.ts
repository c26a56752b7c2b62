import type { Formats, Messages } from '../catalogue.js';

// Japanese: "とされる" and "可能性がある" carry the report's hedging. One plural form (other), so every
// message is one text; counters after the numbers (か国, 基).
export const messages: Messages = {
  closestPartners: '主要パートナー：{names}',
  countriesTakingPart: '{figure}か国が参加',
  readyOfTotal: '{total}か国中{ready}か国',
  consideringTroops: '{figure}が派兵を検討しているとされる',
  reportedBy: '{name}が報じた。',
  forceSize: '同盟軍の規模は{figure}人になる可能性がある',
  objectives: '目標',
  usPosition: '米国の立場',
  soughtFromUs: '有志連合が引き続き米国に求めているもの：{items}。',
  reportBy: '{author}（{city}）、{date}',
  satellitesTitle: '国別の軍事衛星数',
  showTable: '数値を表で表示',
  country: '国',
  militarySatellites: '軍事衛星',
  source: '出典：{source}',
  noSatellites: '衛星の数は示されていない。',
  satellitesReported: '{reporters}によると、{country}の軍事衛星は{count}基',
  satellitesUnreported: '{country}の軍事衛星は{count}基',
  comparedTimes: '{country}（{figure}基）の約{count}倍',
  comparedSame: '{country}（{figure}基）とほぼ同数',
  comparedNone: '{country}（{figure}基）はゼロ',
  comparison: '{lead}で、{comparisons}。',
  postLabel: '{name}による{platform}の投稿',
  viewPost: '{platform}で投稿を見る',
  sources: '出典：{names}',
  updated: '更新：{date}',
  correction: '訂正（{date}）：{text}',
  readFullStory: '記事全文を読む',
  newTab: '（新しいタブで開きます）',
  andMore: 'ほか{count}件',
};

export const formats: Formats = {
  plural: () => 'other',
  number: [',', '.'],
  range: '{min}～{max}',
  months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  date: '{year}年{month}月{day}日',
  list: ['、', '、'],
};
