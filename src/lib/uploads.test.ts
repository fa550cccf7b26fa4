import { describe, expect, it } from 'vitest';
import { checkUpload, detectFileType, isStoredName, maxUploadBytes, sanitizeFileName } from './uploads';
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

describe('checkUpload', () => {
  it('names a file by its real type, whatever its name says', () => {
    const checked = checkUpload(samplePdf, '../../../tmp/evil.pdf');
    expect(checked).toMatchObject({ originalName: 'evil.pdf', mimeType: 'application/pdf', sizeBytes: samplePdf.length });
    expect(checked.sha256).toMatch(/^[a-f0-9]{64}$/);
  });

  it('refuses the wrong type and the too large with their own codes', () => {
    expect(() => checkUpload(sampleHtml, 'brief.pdf')).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    const large = Buffer.concat([samplePdf, Buffer.alloc(maxUploadBytes)]);
    expect(() => checkUpload(large, 'big.pdf')).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }));
  });

  it('knows the shape of a stored name', () => {
    expect(isStoredName('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(isStoredName('../secret')).toBe(false);
  });
});
