import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from './errors';
import { detectFileType, maxUploadBytes, sanitizeFileName, storeUpload, storedFilePath } from './uploads';
import { sampleCsv, sampleDocx, sampleExecutable, sampleHtml, sampleJpeg, samplePdf, samplePng, sampleXlsx } from '../../test/support/sample-files';

describe('detectFileType', () => {
  it('knows each allowed type by its bytes', async () => {
    expect(detectFileType(samplePdf)?.mimeType).toBe('application/pdf');
    expect(detectFileType(samplePng)?.mimeType).toBe('image/png');
    expect(detectFileType(sampleJpeg)?.mimeType).toBe('image/jpeg');
    expect(detectFileType(await sampleDocx())?.extension).toBe('.docx');
    expect(detectFileType(await sampleXlsx())?.extension).toBe('.xlsx');
    expect(detectFileType(sampleCsv, 'data.csv')?.mimeType).toBe('text/csv');
    expect(detectFileType(Buffer.from('Notes in Français, 日本語\n'), 'notes.txt')?.mimeType).toBe('text/plain');
  });

  it('refuses what is not allowed, whatever its name', () => {
    expect(detectFileType(sampleHtml, 'brief.pdf')).toBeNull();
    expect(detectFileType(sampleExecutable, 'data.csv')).toBeNull();
    expect(detectFileType(Buffer.from([0xc3, 0x28, 0x41]), 'bad.txt')).toBeNull(); // not UTF-8
    expect(detectFileType(Buffer.from('PK\u0003\u0004 not really a zip'), 'x.docx')).toBeNull();
    expect(detectFileType(Buffer.alloc(0), 'empty.txt')).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  it('keeps only a harmless last segment', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\..\\windows\\win.ini')).toBe('win.ini');
    expect(sanitizeFileName('.hidden"; x=1\r\n.txt')).toBe('hidden x=1.txt');
    expect(sanitizeFileName('')).toBe('file');
    expect(sanitizeFileName('Brief ÉTÉ.pdf')).toBe('Brief ÉTÉ.pdf');
  });

  it('gives the extension of the real type', () => {
    expect(sanitizeFileName('photo.pdf', detectFileType(samplePng))).toBe('photo.pdf.png');
    expect(sanitizeFileName('photo.jpeg', detectFileType(sampleJpeg))).toBe('photo.jpeg');
  });
});

describe('storeUpload', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icat-uploads-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores under a random name inside the directory, whatever the name says', async () => {
    const stored = await storeUpload(join(dir, 'uploads'), samplePdf, '../../../tmp/evil.pdf');
    expect(stored.storedName).toMatch(/^[a-f0-9]{32}$/);
    expect(stored.originalName).toBe('evil.pdf');
    expect(readdirSync(join(dir, 'uploads'))).toEqual([stored.storedName]);
    expect(await readFile(storedFilePath(join(dir, 'uploads'), stored.storedName))).toEqual(samplePdf);
  });

  it('refuses the wrong type and the too large with their own codes', async () => {
    await expect(storeUpload(dir, sampleHtml, 'brief.pdf')).rejects.toSatisfy((error) => isAppError(error, 'UNSUPPORTED_MEDIA_TYPE'));
    const large = Buffer.concat([samplePdf, Buffer.alloc(maxUploadBytes)]);
    await expect(storeUpload(dir, large, 'big.pdf')).rejects.toSatisfy((error) => isAppError(error, 'PAYLOAD_TOO_LARGE'));
  });

  it('never resolves a stored name that is not one it made', () => {
    expect(() => storedFilePath(dir, '../secret')).toThrow();
  });
});
