<?php

namespace App\Listeners;

use App\Repositories\InvoiceRepository;
use Laravel\Octane\Events\RequestTerminated;

final class ReportSlowQueries
{
    public int $reported = 0;

    public function handle(RequestTerminated $event): void
    {
        foreach (InvoiceRepository::queryLog() as $query) {
            if ($query['time'] > 250.0) {
                $this->reported++;
            }
        }
    }
}
