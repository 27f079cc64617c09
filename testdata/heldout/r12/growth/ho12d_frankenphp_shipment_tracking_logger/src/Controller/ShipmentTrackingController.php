<?php

declare(strict_types=1);

namespace App\Controller;

use Monolog\Logger;

final class CarrierGateway
{
    /** @var array<string, string> */
    private array $lastStatus = [];

    /** @return array{carrier: string, status: string, location: string, eta: string} */
    public function track(string $trackingNumber): array
    {
        $status = ['label_created', 'in_transit', 'out_for_delivery', 'delivered'][crc32($trackingNumber) % 4];
        $this->lastStatus[$trackingNumber] = $status;

        return [
            'carrier' => 'DHL Express',
            'status' => $status,
            'location' => 'Leipzig Hub, Sorting Center 3, Germany',
            'eta' => '2024-05-0' . (1 + crc32($trackingNumber) % 9),
        ];
    }

    public function reset(): void
    {
        $this->lastStatus = [];
    }
}

final class ShipmentTrackingController
{
    public function __construct(private Logger $logger, private CarrierGateway $carrier)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(array $query, array $server): array
    {
        $trackingNumber = $query['tracking'] ?? '';
        $this->logger->info('Tracking lookup requested', [ // leak
            'tracking_number' => $trackingNumber,
            'client_ip' => $server['REMOTE_ADDR'] ?? '-',
            'user_agent' => $server['HTTP_USER_AGENT'] ?? '-',
            'referer' => $server['HTTP_REFERER'] ?? '-',
        ]);

        $result = $this->carrier->track($trackingNumber);
        $this->logger->info('Carrier answered', ['tracking_number' => $trackingNumber] + $result); // leak

        return ['status' => 200, 'body' => json_encode($result)];
    }
}
