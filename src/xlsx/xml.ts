// A small, strict XML scanner for the parts of a workbook, linear in the size of its input:
// - no DTD at all: any `<!DOCTYPE`, `<!ENTITY`, `<!ELEMENT`… is refused (`xml-doctype`), as ECMA-376 Part 2 asks of
//   Office files, so that no entity can be expanded ("billion laughs") or fetched (external entities);
// - only the five predefined entities and character references are decoded; any other `&name;` is an error;
// - element and attribute names are reduced to their local names (a prefix such as `x:` is dropped);
// - end tags must match their start tags; no regular expression ever runs over the input.
import { invalidWorkbook, WorkbookRefusal } from './errors.js';

/** What a scan reports, in document order. Attribute objects have no prototype. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether a code point may appear in XML 1.0 text. */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Decodes the predefined entities and character references of a text; refuses any other entity. */
export function decodeEntities(text: string, part: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let last = 0;
  while (at >= 0) {
    const semicolon = text.indexOf(';', at);
    if (semicolon < 0 || semicolon - at > 12) throw invalidWorkbook(part, 'an "&" that starts no entity');
    const name = text.slice(at + 1, semicolon);
    let replacement: string | undefined;
    if (name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const code = /^[0-9A-Fa-f]{1,6}$/.test(digits) && (hex || /^\d+$/.test(digits)) ? Number.parseInt(digits, hex ? 16 : 10) : -1;
      if (!isXmlCharacter(code)) throw invalidWorkbook(part, `the character reference &${name.slice(0, 8)}; is not allowed in XML`);
      replacement = String.fromCodePoint(code);
    } else {
      replacement = Object.hasOwn(PREDEFINED, name) ? PREDEFINED[name] : undefined;
      if (replacement === undefined) throw invalidWorkbook(part, `the entity &${name.slice(0, 12)}; is not declared (an Office file uses only &lt; &gt; &amp; &quot; &apos;)`);
    }
    out += text.slice(last, at) + replacement;
    last = semicolon + 1;
    at = text.indexOf('&', last);
  }
  return out + text.slice(last);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Scans an XML text, calling the handler for each start tag, end tag and run of text inside the root element. */
export function scanXml(xml: string, handler: XmlHandler, part: string): void {
  const length = xml.length;
  const open: string[] = [];
  let seenRoot = false;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (open.length > 0) handler.text(decodeEntities(raw, part));
      else if (raw.trim() !== '') throw invalidWorkbook(part, 'text outside the root element');
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw invalidWorkbook(part, 'a processing instruction never ends');
      at = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw invalidWorkbook(part, 'a comment never ends');
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0 || open.length === 0) throw invalidWorkbook(part, 'a CDATA section never ends, or lies outside the root element');
        handler.text(xml.slice(lt + 9, end));
        at = end + 3;
      } else {
        // <!DOCTYPE, <!ENTITY, <!ELEMENT, <!ATTLIST, <!NOTATION: never in an Office file.
        throw new WorkbookRefusal({ code: 'xml-doctype', part });
      }
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw invalidWorkbook(part, 'an end tag never ends');
      const name = localName(xml.slice(lt + 2, end).trim());
      if (open.pop() !== name) throw invalidWorkbook(part, `the end tag </${name.slice(0, 20)}> does not match its start tag`);
      handler.close(name);
      at = end + 1;
    } else {
      let p = lt + 1;
      while (p < length && !isSpace(xml.charCodeAt(p)) && xml[p] !== '>' && xml[p] !== '/') p++;
      const name = localName(xml.slice(lt + 1, p));
      if (name === '') throw invalidWorkbook(part, 'an element without a name');
      if (open.length === 0) {
        if (seenRoot) throw invalidWorkbook(part, 'a second root element');
        seenRoot = true;
      }
      const attributes = Object.create(null) as Record<string, string>;
      let selfClosing = false;
      for (;;) {
        while (p < length && isSpace(xml.charCodeAt(p))) p++;
        if (p >= length) throw invalidWorkbook(part, 'a start tag never ends');
        if (xml[p] === '>') {
          p++;
          break;
        }
        if (xml[p] === '/' && xml[p + 1] === '>') {
          selfClosing = true;
          p += 2;
          break;
        }
        const equals = xml.indexOf('=', p);
        if (equals < 0) throw invalidWorkbook(part, 'an attribute without a value');
        const attribute = xml.slice(p, equals).trim();
        let q = equals + 1;
        while (q < length && isSpace(xml.charCodeAt(q))) q++;
        const quote = xml[q];
        if (quote !== '"' && quote !== "'") throw invalidWorkbook(part, 'an attribute value without quotes');
        const close = xml.indexOf(quote, q + 1);
        if (close < 0) throw invalidWorkbook(part, 'an attribute value never ends');
        const value = xml.slice(q + 1, close);
        if (value.includes('<')) throw invalidWorkbook(part, 'a "<" in an attribute value');
        attributes[localName(attribute)] = decodeEntities(value, part);
        p = close + 1;
      }
      handler.open(name, attributes);
      if (selfClosing) handler.close(name);
      else open.push(name);
      at = p;
    }
  }
  if (open.length > 0 || !seenRoot) throw invalidWorkbook(part, open.length > 0 ? `the element <${open[open.length - 1]?.slice(0, 20) ?? ''}> is never closed` : 'no root element');
}
