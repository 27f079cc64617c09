<?php
declare(strict_types=1);

namespace App\Exports;

final class BatchValidator
{
    public function validate(InvoiceBatch $batch): bool
    {
        foreach ($batch->invoices as $invoice) {
            if ($invoice['total'] < 0) {
                return false;
            }
        }

        return true;
    }
}

final class PdfRenderer
{
    public function render(InvoiceBatch $batch): string
    {
        $out = "%PDF-1.7\n";
        foreach ($batch->invoices as $invoice) {
            $out .= sprintf("BT /F1 10 Tf (%s  %s  %10.2f EUR) Tj ET\n", $invoice['number'], $invoice['customer'], $invoice['total'] / 100);
        }

        return $out . "%%EOF\n";
    }
}

final class ArchiveDisk
{
    public int $bytesWritten = 0;

    public function put(string $path, string $contents): string
    {
        $this->bytesWritten += strlen($contents);

        return 's3://invoices-archive/' . $path;
    }
}
