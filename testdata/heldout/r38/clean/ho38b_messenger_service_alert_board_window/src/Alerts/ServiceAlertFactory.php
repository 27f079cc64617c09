<?php

declare(strict_types=1);

namespace App\Alerts;

use App\Message\ServiceAlertReceived;

final class ServiceAlertFactory
{
    private const SEVERITY = [
        'NO_SERVICE' => 'severe',
        'REDUCED_SERVICE' => 'warning',
        'SIGNIFICANT_DELAYS' => 'warning',
        'DETOUR' => 'info',
        'STOP_MOVED' => 'info',
    ];

    public function __construct(private string $language, private \DateTimeZone $zone)
    {
    }

    public function fromMessage(ServiceAlertReceived $m): ServiceAlert
    {
        $routes = [];
        $stops = [];
        foreach ($m->informedEntities as $entity) {
            if (isset($entity['route_id'])) {
                $routes[] = $entity['route_id'];
            }
            if (isset($entity['stop_id'])) {
                $stops[] = $entity['stop_id'];
            }
        }

        return new ServiceAlert(
            $m->alertId,
            self::SEVERITY[$m->effect] ?? 'info',
            $m->effect,
            array_values(array_unique($routes)),
            array_values(array_unique($stops)),
            $this->translate($m->headerText),
            $this->translate($m->descriptionText),
            (new \DateTimeImmutable('@' . $m->activeFrom))->setTimezone($this->zone),
            $m->activeUntil === null ? null : (new \DateTimeImmutable('@' . $m->activeUntil))->setTimezone($this->zone),
        );
    }

    private function translate(array $texts): string
    {
        return trim($texts[$this->language] ?? $texts['en'] ?? reset($texts) ?: '');
    }
}
