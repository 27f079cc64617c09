<?php

declare(strict_types=1);

namespace App\Handler;

use App\Alerts\Alerts;
use App\Alerts\ServiceAlertFactory;
use App\Message\ServiceAlertReceived;

final class ServiceAlertReceivedHandler
{
    public int $published = 0;

    public function __construct(private ServiceAlertFactory $factory)
    {
    }

    public function __invoke(ServiceAlertReceived $message): string
    {
        $alert = $this->factory->fromMessage($message);
        if ($alert->activeUntil !== null && $alert->activeUntil < $alert->activeFrom) {
            return 'skipped';
        }

        Alerts::publish($alert);
        $this->published++;

        return $alert->severity;
    }
}
