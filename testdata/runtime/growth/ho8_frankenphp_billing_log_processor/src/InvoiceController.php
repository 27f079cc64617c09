<?php

namespace App\Billing;

use Monolog\Logger;

final class InvoiceController
{
    public function __construct(private Logger $logger) {}

    public function create(array $server, array $query): int
    {
        $billing = [
            'request_id' => bin2hex(random_bytes(8)),
            'route' => $server['REQUEST_URI'],
            'customer' => 'cus_' . md5($query['q']),
            'address' => str_repeat('Apt 4B, 221 Market Street, Springfield ', 6),
            'tax_ids' => ['EU' . crc32($query['q']), 'GB' . strlen($query['q'])],
        ];
        $this->logger->pushProcessor(static function (array $record) use ($billing): array { // leak
            $record['extra']['billing'] = $billing;
            return $record;
        });

        $this->logger->info('Invoice drafted', ['lines' => 3]);
        $this->logger->info('Invoice finalized', ['total' => 129.00]);
        return 201;
    }
}
