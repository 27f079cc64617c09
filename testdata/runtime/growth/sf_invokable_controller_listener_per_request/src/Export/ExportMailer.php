<?php

namespace App\Export;

/**
 * Sends the generated export by e-mail (the SMTP part is left out).
 */
final class ExportMailer
{
    private int $sent = 0;

    public function send(CsvExport $export): void
    {
        if ('' !== $export->recipient && '' !== $export->csv) {
            ++$this->sent;
        }
    }
}
