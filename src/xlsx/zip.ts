// A strict, bounded reader of the ZIP archive that holds a workbook. The central directory is read first and every
// declared size is checked against the limits before anything is uncompressed; each part is uncompressed only when it
// is asked for, through fflate's raw DEFLATE stream (`Inflate`) with a hard cap at its declared size. fflate's ZIP
// extraction (`unzip`, `unzipSync`) is never used: this file reads the archive's structure itself, with its own bounds.
import { Inflate } from 'fflate';
import { invalidWorkbook, WorkbookRefusal } from './errors.js';
import { decodeName } from './text.js';

/** The limits of an archive, checked before anything is uncompressed. */
export interface ZipLimits {
  /** The most bytes the declared uncompressed sizes of all the parts may add up to. */
  readonly maxUncompressedBytes: number;
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the central directory declares. */
  readonly size: number;
  readonly localOffset: number;
}

/** More parts than any workbook has: a sign of an archive made to waste time. */
const MAX_ENTRIES = 10_000;
/** DEFLATE cannot give more than about 1,032 bytes per byte: a part that claims more is lying. */
const MAX_RATIO = 1032;
/**
 * The parts of a workbook compress about 10 to 1 (the cell references change from cell to cell): 13 to 1 for a sheet
 * of 100,000 rows of the same numbers, measured. A part of over 1 MiB that claims more than 100 times its compressed
 * size is a zip bomb, refused before it is inflated.
 */
const PLAUSIBLE_RATIO = 100;
const PLAUSIBLE_FROM = 1024 * 1024;
/**
 * Compressed bytes fed to the inflater at a time: about what the part's declared size needs, from 1 to 64 KiB, so that
 * a part that gives more than it declares is stopped within about a megabyte of output (DEFLATE gives at most 1,032
 * bytes per byte), and a large part is read in few steps.
 */
function chunkOf(declared: number): number {
  return Math.min(64 * 1024, Math.max(1024, Math.ceil(declared / MAX_RATIO)));
}

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

let crcTable: Int32Array | undefined;

function crc32(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let c = -1;
  // A while loop with an index: three times as fast as for-of over a Uint8Array in Node 20 (measured on 50 MB).
  let at = 0;
  while (at < data.length) c = table[(c ^ data[at++]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Whether `bytes` holds `pattern` anywhere. */
function holds(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0];
  for (let at = bytes.indexOf(first ?? 0); at !== -1 && at + pattern.length <= bytes.length; at = bytes.indexOf(first ?? 0, at + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

/** A name as the UTF-16LE bytes of an OLE directory entry. */
function utf16(name: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < name.length; index++) bytes.push(name.charCodeAt(index), 0);
  return bytes;
}

/**
 * Refuses what is not a ZIP archive but is known: an OLE compound file is either an encrypted (password-protected)
 * workbook, whose stream "EncryptedPackage" it holds, or a legacy Office 97–2003 file such as an .xls workbook.
 */
function refuseOle(bytes: Uint8Array): void {
  if (bytes.length < 8 || OLE_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return;
  if (holds(bytes, utf16('EncryptedPackage'))) throw new WorkbookRefusal({ code: 'encrypted-workbook' });
  throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'xls' });
}

/** The archive of a workbook: its parts by name, read one at a time on demand. */
export class ZipArchive {
  /** Lower-cased part name → entry (part names are case-insensitive in Office files, ECMA-376 Part 2). */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private readonly bytes: Uint8Array;
  /** Where the central directory starts: every part's data lies before it. */
  private dataEnd = 0;

  constructor(bytes: Uint8Array, limits: ZipLimits) {
    refuseOle(bytes);
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readCentralDirectory(limits);
  }

  private readCentralDirectory(limits: ZipLimits): void {
    const { bytes, view } = this;
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) throw new WorkbookRefusal({ code: 'not-a-workbook', reason: 'not-a-zip' });
    const disk = view.getUint16(end + 4, true);
    const directoryDisk = view.getUint16(end + 6, true);
    const onDisk = view.getUint16(end + 8, true);
    const count = view.getUint16(end + 10, true);
    const directorySize = view.getUint32(end + 12, true);
    const directoryOffset = view.getUint32(end + 16, true);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) throw invalidWorkbook(null, 'a ZIP64 archive, which is not read');
    if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) throw invalidWorkbook(null, 'an archive split over several files');
    if (count > MAX_ENTRIES) throw invalidWorkbook(null, `the archive holds ${count} parts, more than the ${MAX_ENTRIES} a workbook may have`);
    if (directoryOffset + directorySize > end) throw invalidWorkbook(null, 'the archive’s directory lies outside the file (a download cut short?)');
    this.dataEnd = directoryOffset;
    let at = directoryOffset;
    let total = 0;
    for (let index = 0; index < count; index++) {
      if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) throw invalidWorkbook(null, 'the archive’s directory is damaged');
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const crc = view.getUint32(at + 16, true);
      const compressedSize = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const localOffset = view.getUint32(at + 42, true);
      if (at + 46 + nameLength > end) throw invalidWorkbook(null, 'the archive’s directory is damaged');
      const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === undefined) throw invalidWorkbook(null, 'a part’s name is not UTF-8');
      at += 46 + nameLength + extraLength + commentLength;
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw invalidWorkbook(name, 'a ZIP64 part, which is not read');
      if (flags & 1) throw new WorkbookRefusal({ code: 'encrypted-workbook' });
      if (name.endsWith('/')) continue;
      if (name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\0') || name.split('/').some((part) => part === '' || part === '.' || part === '..')) {
        throw invalidWorkbook(name, 'an unsafe part name');
      }
      if (method !== 0 && method !== 8) throw invalidWorkbook(name, `compression method ${method}, which is not read (only stored and DEFLATE)`);
      const key = name.toLowerCase();
      if (this.entries.has(key)) throw invalidWorkbook(name, 'two parts of the same name');
      if (localOffset + 30 > directoryOffset) throw invalidWorkbook(name, 'a part lies outside the archive');
      // A size that the compressed data cannot give is a lie, and would make the reader reserve memory for nothing; one
      // that no spreadsheet's data gives is a bomb.
      if (method === 8 ? size > compressedSize * MAX_RATIO + 1024 || (size > PLAUSIBLE_FROM && size > compressedSize * PLAUSIBLE_RATIO) : size !== compressedSize) {
        throw new WorkbookRefusal({ code: 'zip-bomb', part: name, reason: 'ratio', declaredBytes: size, compressedBytes: compressedSize });
      }
      total += size;
      if (total > limits.maxUncompressedBytes) {
        throw new WorkbookRefusal({ code: 'inflation-limit', part: name, bytes: total, maxUncompressedBytes: limits.maxUncompressedBytes });
      }
      this.entries.set(key, { name, method, crc, compressedSize, size, localOffset });
    }
  }

  /** The names of the parts, in the archive's order. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** Whether the archive has a part of this name (in any case). */
  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Uncompresses one part; `undefined` when there is none of that name. Refuses the part as soon as it gives more
   * than it declares (`zip-bomb`), and when its checksum is wrong.
   */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const { view, bytes } = this;
    if (view.getUint32(entry.localOffset, true) !== LOCAL_HEADER) throw invalidWorkbook(entry.name, 'a part’s header is damaged');
    const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.dataEnd) throw invalidWorkbook(entry.name, 'a part lies outside the archive');
    const source = bytes.subarray(start, end);
    const out = entry.method === 0 ? source : inflate(entry, source);
    if (crc32(out) !== entry.crc) throw invalidWorkbook(entry.name, 'a part’s checksum is wrong (the file is damaged)');
    return out;
  }
}

/** Uncompresses a DEFLATE part into exactly its declared size, and no more. */
function inflate(entry: ZipEntry, source: Uint8Array): Uint8Array {
  const out = new Uint8Array(entry.size);
  const state = { length: 0, ended: false };
  const inflater = new Inflate((chunk, final) => {
    if (state.length + chunk.length > entry.size) {
      throw new WorkbookRefusal({ code: 'zip-bomb', part: entry.name, reason: 'overrun', declaredBytes: entry.size, compressedBytes: entry.compressedSize });
    }
    out.set(chunk, state.length);
    state.length += chunk.length;
    state.ended ||= final;
  });
  try {
    if (source.length === 0) inflater.push(new Uint8Array(0), true);
    const chunk = chunkOf(entry.size);
    for (let at = 0; at < source.length; at += chunk) inflater.push(source.subarray(at, at + chunk), at + chunk >= source.length);
  } catch (error) {
    if (error instanceof WorkbookRefusal) throw error;
    throw invalidWorkbook(entry.name, 'a part’s compressed data is damaged');
  }
  if (!state.ended || state.length !== entry.size) throw invalidWorkbook(entry.name, `a part gave ${state.length} bytes where it declares ${entry.size}`);
  return out;
}
