// Classic XSS vectors (after the OWASP filter-evasion cheat sheet, PortSwigger's XSS cheat sheet
// and the DOMPurify test suite), as they would arrive in a story's text. `PWN` stands for a call
// that records which vector ran in which field (window.__pwn in test/fixtures/recorder.js);
// vectors that can only call alert() are caught by the recorder's alert hook.

export const XSS_VECTORS: readonly string[] = [
  // <script> and friends
  '<script>PWN</script>',
  '<SCRIPT SRC=data:text/javascript,PWN></SCRIPT>',
  '<scr<script>ipt>PWN</script>',
  '<<script>PWN//<</script>',
  '</script><script>PWN</script>',
  '<script\x20type="text/javascript">PWN</script>',
  '<svg><script>PWN</script></svg>',
  '<svg><script href="data:text/javascript,PWN"></script></svg>',
  // event-handler attributes
  '<img src=x onerror=PWN>',
  '<img src="x" onerror="PWN">',
  '<img/src/onerror=PWN>',
  '<img src=x onerror=PWN',
  '<img src=x onerror="&#95;&#95;pwn(\'entity\')">',
  '<svg onload=PWN>',
  '<svg/onload=PWN//',
  '<body onload=PWN>',
  '<body/onpageshow=PWN>',
  '<details open ontoggle=PWN>',
  '<input autofocus onfocus=PWN>',
  '<select autofocus onfocus=PWN></select>',
  '<textarea autofocus onfocus=PWN></textarea>',
  '<video><source onerror=PWN></video>',
  '<audio src=x onerror=PWN>',
  '<marquee onstart=PWN>x</marquee>',
  '<div onmouseover=PWN style="position:fixed;inset:0">x</div>',
  '<x onclick=PWN>click</x>',
  '<svg><animate onbegin=PWN attributeName=x dur=1s>',
  '<svg><set attributeName=onmouseover to=PWN>',
  '<style onload=PWN></style>',
  '<iframe onload=PWN></iframe>',
  // frames and embedded documents
  '<iframe srcdoc="&lt;script&gt;parent.PWN&lt;/script&gt;"></iframe>',
  '<iframe src="javascript:parent.PWN"></iframe>',
  '<object data="javascript:PWN"></object>',
  '<embed src="javascript:PWN">',
  '<link rel=import href="data:text/html,<script>PWN</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:PWN">',
  '<base href="javascript:PWN//">',
  // javascript:, data: and vbscript: URLs
  'javascript:PWN',
  'JaVaScRiPt:PWN',
  ' javascript:PWN',
  'java\tscript:PWN',
  'java&#x09;script:PWN',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;PWN',
  '&#x6A;avascript:PWN',
  'data:text/html,<script>PWN</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+',
  'vbscript:msgbox("PWN")',
  '<a href="javascript:PWN">click</a>',
  '<svg><a xlink:href="javascript:PWN"><text x=20 y=20>x</text></a></svg>',
  '<form><button formaction=javascript:PWN>x</button></form>',
  '<div style="background:url(javascript:PWN)">x</div>',
  '<div style="width:expression(PWN)">x</div>',
  '<style>@import "javascript:PWN";</style>',
  // attribute breakouts
  '"><script>PWN</script>',
  "'><img src=x onerror=PWN>",
  '" onmouseover="PWN" x="',
  "' autofocus onfocus='PWN",
  '\\"><img src=x onerror=PWN>',
  '"-PWN-"',
  "';PWN;//",
  '` onmouseover=PWN `',
  // closing the surrounding element, comments and CDATA
  '</textarea><script>PWN</script>',
  '</title><script>PWN</script>',
  '</style><script>PWN</script>',
  '--><script>PWN</script><!--',
  '<!--<img src="--><img src=x onerror=PWN//">',
  ']]><script>PWN</script>',
  '<noscript><p title="</noscript><img src=x onerror=PWN>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=PWN>',
  '<template><img src=x onerror=PWN></template>',
  // entity and encoding tricks
  '&lt;script&gt;PWN&lt;/script&gt;',
  '&#60;img src=x onerror=PWN&#62;',
  '\\u003cimg src=x onerror=PWN\\u003e',
  '%3Cscript%3EPWN%3C/script%3E',
  '\u0000<script>PWN</script>',
  '\u202e<img src=x onerror=PWN>',
  '＜script＞PWN＜/script＞',
  '<img src=x onerror=PWN>\n<script>PWN</script>\nline three',
  // template injection
  '${PWN}',
  '`${PWN}`',
  '{{PWN}}',
  "{{constructor.constructor('PWN')()}}",
  "{{$on.constructor('PWN')()}}",
  '<%= PWN %>',
  '#{PWN}',
  // Lit's own markers, and the kit's own elements
  '<!--?lit$1234567890$--><img src=x onerror=PWN>',
  'lit$1234567890$<?lit$1234567890$>',
  '<coalition-summary onmouseover=PWN></coalition-summary>',
  '<quote-card quote="healey-post"></quote-card>',
  '<slot name="x"></slot><slot></slot>',
];

/**
 * Vectors that are still valid links to a post on X (https, on x.com or twitter.com: issue 13), so
 * a story may keep them as a link: the link must carry exactly that URL, nothing may break out of
 * the attribute, and it must stay https.
 */
export const URL_VECTORS: readonly string[] = [
  'https://x.com/"><script>PWN</script>',
  'https://x.com/?q=<img src=x onerror=PWN>',
  'https://x.com/#" onmouseover="PWN" x="',
  "https://twitter.com/' onfocus='PWN",
  'https://x.com/javascript:PWN',
  'https://mobile.twitter.com/<svg/onload=PWN>',
  'https://x.com/javascript:PWN@example.com/',
  'https://x.com/${PWN}',
  'https://x.com/{{PWN}}',
  'https://x.com/%0a%0d<script>PWN</script>',
];

/** The vector with its PWN placeholder made into a call naming this vector and field. */
export function arm(vector: string, id: string): string {
  return vector.replaceAll('PWN', `__pwn('${id}')`);
}
