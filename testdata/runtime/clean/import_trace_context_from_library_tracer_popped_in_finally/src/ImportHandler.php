<?php

namespace App;

use Acme\Trace\Tracer;

final class ImportHandler
{
    private int $imported = 0;

    public function handle(array $row): void
    {
        $tracer = Tracer::getInstance();
        $tracer->pushContext(['sku' => $row['sku'], 'note' => str_repeat('import ', 60)]);
        try {
            if ($row['qty'] === 0) {
                return; // nothing to import
            }
            $tracer->event('import');
            $this->imported += $row['qty'];
        } finally {
            $tracer->popContext();
        }
    }
}
