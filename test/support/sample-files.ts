/** Small real files of each kind the upload checks know, made in memory. */
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';

export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const samplePng = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
export const sampleJpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
export const sampleCsv = Buffer.from('entity,work\nICMPD,policy brief\n');
export const sampleHtml = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
export const sampleExecutable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0), Buffer.from('This program cannot be run in DOS mode')]);

export async function sampleDocx(text = 'A policy brief'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

export async function sampleXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Data').addRow(['entity', 'work']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
